/**
 * The state file (`state-file` / `--state-file`): the tracking issue's per-fingerprint state as
 * a schema-versioned JSON file, for CIs that keep it in a cache. Written atomically (a temporary
 * file renamed over it), so a cancelled job never leaves half a file. Never holds a secret.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { readBounded } from '../inputs/read-bounded.js'
import { parseState, toDocument, type ParsedState, type State } from './state.js'

/** A state file is a few hundred kB at most; anything larger is not ours. */
const MAX_BYTES = 5 * 1024 * 1024

export function readStateFile(path: string, now: Date): ParsedState {
  const label = `state-file ${path}`
  let text: string
  try {
    // Bounded as it is read: a device such as /dev/zero reports size 0 and never ends.
    text = readBounded(path, MAX_BYTES)
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'EFBIG')
      return { state: {}, warnings: [`${label}: larger than 5 MB, so not a state file; ignored.`] }
    // The first run has no file yet: that is not worth a warning.
    if (code === 'ENOENT') return { state: {}, warnings: [] }
    return {
      state: {},
      warnings: [`${label}: cannot be read (${code ?? 'error'}); starting from no history.`]
    }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { state: {}, warnings: [`${label}: not valid JSON; starting from no history.`] }
  }
  return parseState(parsed, label, now)
}

/** Writes the state next to its final place, then renames it there. Throws on failure. */
export function writeStateFile(path: string, state: State): void {
  const dir = dirname(path)
  mkdirSync(dir, { recursive: true })
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  try {
    writeFileSync(temp, JSON.stringify(toDocument(state), null, 1) + '\n', { mode: 0o644 })
    renameSync(temp, path)
  } finally {
    rmSync(temp, { force: true })
  }
}
