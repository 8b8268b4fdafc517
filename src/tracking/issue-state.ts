/**
 * The state block a tracking issue carries: an HTML comment that ends the body. It is read only
 * from the end, so a marker planted anywhere in the rendered report (server text) is never read
 * as state. The JSON document is deflated and base64-encoded (about a tenth of its size, so the
 * state of 2,000 credentials with ordinary names fits in an issue body); base64 cannot close an HTML comment. Blocks written
 * as plain JSON by earlier releases are still read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { parseState, toDocument, type ParsedState, type State } from './state.js'

export const MARKER = 'bitbucket-credential-check-state'
const PLAIN = `<!-- ${MARKER}: `
const PACKED = `<!-- ${MARKER} deflate-base64: `
/** A state document never inflates past this (a planted block cannot exhaust memory). */
const MAX_INFLATED = 4 * 1024 * 1024

export function writeState(state: State): string {
  const packed = deflateRawSync(JSON.stringify(toDocument(state)), { level: 9 })
  return `${PACKED}${packed.toString('base64')} -->`
}

/**
 * The state block within `budget` characters: when it is larger, the entries seen least
 * recently are dropped (those of the current run were seen last, so they stay).
 */
export function writeStateWithin(state: State, budget: number): { block: string; dropped: number } {
  const keys = Object.keys(state).sort((a, b) => state[b].lastSeen.localeCompare(state[a].lastSeen))
  let block = writeState(state)
  let kept = keys.length
  while (block.length > budget && kept > 0) {
    const perEntry = block.length / kept
    kept = Math.min(kept - 1, Math.floor(budget / perEntry))
    block = writeState(Object.fromEntries(keys.slice(0, kept).map((k) => [k, state[k]])))
  }
  return { block, dropped: keys.length - kept }
}

/** The JSON text of the trailing block (packed or plain), or null when the body ends in none. */
function trailingJson(text: string): string | null {
  if (!text.endsWith(' -->')) return null
  const packed = text.lastIndexOf(PACKED)
  const plain = text.lastIndexOf(PLAIN)
  const start = Math.max(packed, plain)
  if (start < 0) return null
  const content = text.slice(start + (start === packed ? PACKED : PLAIN).length, -' -->'.length)
  if (content.includes('-->')) return null
  if (start === plain) return content
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) throw new Error('not base64')
  const raw = Buffer.from(content, 'base64')
  return inflateRawSync(raw, { maxOutputLength: MAX_INFLATED }).toString('utf8')
}

/** The trailing state block of an issue body (the last marker, and only at the very end). */
export function readState(body: string | null | undefined, now: Date): ParsedState {
  let parsed: unknown
  try {
    const json = trailingJson((body ?? '').trimEnd())
    if (json === null) return { state: {}, warnings: [] }
    parsed = JSON.parse(json)
  } catch {
    return {
      state: {},
      warnings: ['tracking issue: its state block cannot be read; starting from no history.']
    }
  }
  return parseState(parsed, 'tracking issue state', now)
}
