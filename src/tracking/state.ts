/**
 * Per-fingerprint state kept between runs (in the tracking issue or a state file): validated
 * entry by entry, merged, advanced by a report and pruned. Pure: `now` is passed in.
 */
import { STATUS_RANK } from '../report/triage.js'
import type { ExpiryThresholds } from '../core/probes.js'
import type { History } from '../core/probes.js'
import type { Report, Status, Verdict } from '../core/types.js'

export const STATE_SCHEMA = 'bitbucket-credential-check/state'
export const STATE_VERSION = 2
/** More entries than any sane set of credentials; beyond it the least recently seen go. */
export const MAX_ENTRIES = 2000
const NAME_LIMIT = 80

export interface StateEntry extends History {
  /** The credential's name when last seen, for people reading the state (not used to match). */
  name: string
  lastStatus: Status | null
  lastSeen: string
  /** The expiry stage last reached (see expiryStage): each stage is announced once. */
  stage: number
}

export type State = Record<string, StateEntry>

export interface StateDocument {
  schema: typeof STATE_SCHEMA
  version: typeof STATE_VERSION
  entries: State
}

export interface ParsedState {
  state: State
  warnings: string[]
}

export interface StatePolicy extends ExpiryThresholds {
  maxLifetimeDays: number
}

const VERDICTS = {
  valid: true,
  invalid: true,
  expired: true,
  removed: true,
  malformed: true,
  indeterminate: true,
  skipped: true,
  unsupported: true
} as const satisfies Record<Verdict, true>
const STATUSES = { ok: true, warning: true, failure: true } as const satisfies Record<Status, true>
const FINGERPRINT = /^[0-9a-f]{16}$/
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const DAY = 86_400_000
export const MAX_STAGE = 4

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isIso = (v: unknown): v is string =>
  typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v))
const isVerdict = (v: unknown): v is Verdict => typeof v === 'string' && Object.hasOwn(VERDICTS, v)
const isStatus = (v: unknown): v is Status => typeof v === 'string' && Object.hasOwn(STATUSES, v)
// eslint-disable-next-line no-control-regex
const cleanName = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, NAME_LIMIT)

export const statusRank = (s: Status | null) => (s ? STATUS_RANK[s] : 0)

/** An entry's fields as stored; each is checked against ENTRY_RULES before it is read. */
interface RawEntry {
  name?: string
  firstSeenValid?: string | null
  lastVerdict?: Verdict | null
  lastStatus?: Status | null
  lastSeen?: string
  stage?: number
}

const absent = (v: unknown) => v === undefined
const nullable = (v: unknown) => v === undefined || v === null
const isStage = (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_STAGE

/** Each field of an entry: what it may hold, and the reason given when it holds anything else. */
const ENTRY_RULES: [field: keyof RawEntry, ok: (v: unknown) => boolean, reason: string][] = [
  ['name', (v) => absent(v) || typeof v === 'string', 'name is not text'],
  ['firstSeenValid', (v) => nullable(v) || isIso(v), 'firstSeenValid is not an ISO date-time'],
  ['lastVerdict', (v) => nullable(v) || isVerdict(v), 'lastVerdict is not a known verdict'],
  ['lastStatus', (v) => nullable(v) || isStatus(v), 'lastStatus is not a known status'],
  ['lastSeen', (v) => absent(v) || isIso(v), 'lastSeen is not an ISO date-time'],
  ['stage', (v) => absent(v) || isStage(v), `stage is not a whole number from 0 to ${MAX_STAGE}`]
]

/** One entry, or the reason it is not one (never echoing its value). */
function parseEntry(raw: unknown, now: Date): StateEntry | string {
  if (!isObject(raw)) return 'not an object'
  const broken = ENTRY_RULES.find(([field, ok]) => !ok(raw[field]))
  if (broken) return broken[2]
  const entry = raw as RawEntry
  return {
    name: cleanName(entry.name ?? ''),
    firstSeenValid: entry.firstSeenValid ?? null,
    lastVerdict: entry.lastVerdict ?? null,
    lastStatus: entry.lastStatus ?? null,
    // Version 1 kept no lastSeen: such an entry counts as seen now, and ages from here.
    lastSeen: entry.lastSeen ?? now.toISOString(),
    stage: entry.stage ?? 0
  }
}

/**
 * Reads state from parsed JSON: a version-2 document, or a version-1 map of entries (the first
 * tracking issues). Unknown or malformed entries are dropped, each with a warning; nothing throws.
 */
export function parseState(raw: unknown, source: string, now: Date): ParsedState {
  const warnings: string[] = []
  if (!isObject(raw)) return { state: {}, warnings: [`${source}: not a JSON object; ignored.`] }
  let entries: unknown = raw
  if ('version' in raw || 'schema' in raw) {
    if (raw.schema !== STATE_SCHEMA || raw.version !== STATE_VERSION) {
      const v = typeof raw.version === 'number' ? `version ${raw.version}` : 'an unknown version'
      const what =
        raw.schema === STATE_SCHEMA
          ? `state of ${v} (this release reads version ${STATE_VERSION})`
          : `not this tool's state (schema ${typeof raw.schema === 'string' ? JSON.stringify(raw.schema.slice(0, 60)) : 'missing'}, expected ${STATE_SCHEMA})`
      return {
        state: {},
        warnings: [`${source}: ${what}; ignored and rewritten.`]
      }
    }
    entries = raw.entries
  }
  if (!isObject(entries)) return { state: {}, warnings: [`${source}: no entries object; ignored.`] }
  const state: State = {}
  const dropped: string[] = []
  for (const [fp, value] of Object.entries(entries)) {
    if (!FINGERPRINT.test(fp)) {
      dropped.push('an entry whose key is not a fingerprint')
      continue
    }
    const entry = parseEntry(value, now)
    if (typeof entry === 'string') dropped.push(`entry ${fp}: ${entry}`)
    else state[fp] = entry
  }
  if (dropped.length) {
    warnings.push(
      `${source}: ignored ${dropped.length} malformed entr${dropped.length === 1 ? 'y' : 'ies'} (${dropped.slice(0, 3).join('; ')}${dropped.length > 3 ? '; …' : ''}).`
    )
  }
  return { state: capEntries(state), warnings }
}

/** Keeps the MAX_ENTRIES most recently seen entries. */
function capEntries(state: State, max = MAX_ENTRIES): State {
  const keys = Object.keys(state)
  if (keys.length <= max) return state
  const kept = keys.sort((a, b) => state[b].lastSeen.localeCompare(state[a].lastSeen)).slice(0, max)
  return Object.fromEntries(kept.map((k) => [k, state[k]]))
}

export function toDocument(state: State): StateDocument {
  return { schema: STATE_SCHEMA, version: STATE_VERSION, entries: state }
}

/** Both sources of one fingerprint: the earliest first-valid, the latest of everything else. */
export function mergeStates(a: State, b: State): State {
  const out: State = { ...a }
  for (const [fp, entry] of Object.entries(b)) {
    const other = out[fp]
    if (!other) {
      out[fp] = entry
      continue
    }
    const [older, newer] = other.lastSeen <= entry.lastSeen ? [other, entry] : [entry, other]
    const firsts = [older.firstSeenValid, newer.firstSeenValid].filter((d): d is string => !!d)
    out[fp] = { ...newer, firstSeenValid: firsts.sort()[0] ?? null }
  }
  return capEntries(out)
}

export function historyOf(state: State, fp: string): History | undefined {
  const entry = Object.hasOwn(state, fp) ? state[fp] : undefined
  return entry
    ? { firstSeenValid: entry.firstSeenValid, lastVerdict: entry.lastVerdict }
    : undefined
}

/**
 * How far along its expiry a credential is: 0 none, 1 within warn-days, 2 within fail-days,
 * 3 within a day, 4 expired. An OAuth consumer's per-run token has no stage.
 */
export function expiryStage(
  c: { verdict: Verdict; daysLeft: number | null; expirySource: string | null },
  policy: Pick<StatePolicy, 'warnDays' | 'failDays'>
): number {
  if (c.verdict === 'expired') return 4
  if (c.daysLeft === null || c.expirySource === 'oauth') return 0
  if (c.daysLeft < 0) return 4
  if (c.daysLeft <= 1) return 3
  if (c.daysLeft <= policy.failDays) return 2
  if (c.daysLeft <= policy.warnDays) return 1
  return 0
}

/** Verdicts that say something about the credential itself (not about the network or the run). */
const DEFINITIVE = (v: Verdict) => v !== 'indeterminate' && v !== 'skipped'

/**
 * The state after a run: each checked credential's entry advanced, entries not seen for
 * max-lifetime-days pruned (no token lives longer, so their history bounds nothing).
 */
export function nextState(
  previous: State,
  report: Report,
  fingerprints: readonly string[],
  policy: StatePolicy
): State {
  const now = new Date(report.checkedAt)
  const cutoff = new Date(now.getTime() - policy.maxLifetimeDays * DAY).toISOString()
  const state: State = {}
  for (const [fp, entry] of Object.entries(previous)) {
    if (entry.lastSeen >= cutoff) state[fp] = entry
  }
  report.credentials.forEach((c, i) => {
    const fp = fingerprints[i]
    if (!fp) return
    const before = Object.hasOwn(previous, fp) ? previous[fp] : undefined
    state[fp] = {
      name: cleanName(c.name),
      firstSeenValid: before?.firstSeenValid ?? (c.verdict === 'valid' ? report.checkedAt : null),
      // An indeterminate or skipped run says nothing new: "valid before" survives a network blip.
      lastVerdict: DEFINITIVE(c.verdict) ? c.verdict : (before?.lastVerdict ?? null),
      lastStatus: c.status,
      lastSeen: report.checkedAt,
      stage: expiryStage(c, policy)
    }
  })
  return capEntries(state)
}
