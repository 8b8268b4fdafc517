/**
 * The state block a tracking issue carries: an HTML comment that ends the body. It is read only
 * from the end, so a marker planted anywhere in the rendered report (server text) is never read
 * as state. Pure.
 */
import { parseState, toDocument, type ParsedState, type State } from './state.js'

export const MARKER = 'bitbucket-credential-check-state'

/** JSON that cannot close an HTML comment or open a new one: `<`, `>` and `--` are escaped. */
export function writeState(state: State): string {
  const json = JSON.stringify(toDocument(state))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/--/g, '-\\u002d')
  return `<!-- ${MARKER}: ${json} -->`
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

/** The trailing state block of an issue body (the last marker, and only at the very end). */
export function readState(body: string | null | undefined, now: Date): ParsedState {
  const text = (body ?? '').trimEnd()
  const start = text.lastIndexOf(`<!-- ${MARKER}: `)
  if (start < 0 || !text.endsWith(' -->')) return { state: {}, warnings: [] }
  const json = text.slice(start + `<!-- ${MARKER}: `.length, -' -->'.length)
  if (json.includes('-->')) return { state: {}, warnings: [] }
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return {
      state: {},
      warnings: ['tracking issue: its state block is not valid JSON; starting from no history.']
    }
  }
  return parseState(parsed, 'tracking issue state', now)
}
