/**
 * Expiry: choose the most trusted known date (admin API, declared, OAuth, lifetime bound),
 * count whole days left, and turn that into a finding by the warn/fail thresholds.
 */
import { finding } from './findings.js'
import { isAccessToken } from './kinds.js'
import type { EvaluationPolicy } from './probes.js'
import type { CredentialType, ExpirySource, Finding, Verdict } from './types.js'

const DAY_MS = 86_400_000

export type ExpiryPolicy = Pick<EvaluationPolicy, 'warnDays' | 'failDays' | 'failOnUnknownExpiry'>

export interface KnownExpiry {
  at: Date
  source: ExpirySource
}

export interface ExpiryResult {
  expiresAt: Date | null
  expirySource: ExpirySource | null
  daysLeft: number | null
  expired: boolean
  findings: Finding[]
}

const TRUST: ExpirySource[] = ['removed', 'admin-api', 'declared', 'oauth', 'lifetime-bound']

/** The most trusted of the known dates. */
export function pickExpiry(known: KnownExpiry[]): KnownExpiry | null {
  const sorted = [...known].sort((a, b) => TRUST.indexOf(a.source) - TRUST.indexOf(b.source))
  return sorted[0] ?? null
}

export function daysBetween(now: Date, at: Date): number {
  return Math.floor((at.getTime() - now.getTime()) / DAY_MS)
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/** Whole days since a past instant: "today" under a day (daysLeft is already -1 by then). */
function agoText(now: Date, at: Date): string {
  const days = Math.floor((now.getTime() - at.getTime()) / DAY_MS)
  return days === 0 ? 'less than a day ago' : `${days} day(s) ago`
}

function phrase(source: ExpirySource, at: Date, zoneless = false): string {
  const day = isoDay(at)
  switch (source) {
    case 'lifetime-bound':
      return `expires no later than ${day} (the longest life such a token can have)`
    case 'admin-api':
      return `expires on ${day} (Atlassian admin API)`
    case 'declared':
      return zoneless
        ? `expires on ${day} (declared expires-at, a date-time without a zone, read as UTC)`
        : `expires on ${day} (declared expires-at)`
    case 'server-api':
      return `expires on ${day} (the token's record on the Data Center server)`
    default:
      return `expires on ${day}`
  }
}

export interface ExpiryInput {
  known: KnownExpiry[]
  type: CredentialType
  verdict: Verdict
  policy: ExpiryPolicy
  now: Date
  /** Whether the credential was checked, so an unknown expiry is worth a finding. */
  checked?: boolean
  /** The declared date-time had no zone and was read as UTC. */
  declaredZoneless?: boolean
  /** Why no source gave a date (the admin API's answer), when there is a specific reason. */
  unknownBecause?: string
}

const UNKNOWN_FIX_ACCESS_TOKEN =
  'No API reveals the expiry of access tokens: set expires-at to the date shown when the token was created (YYYY-MM-DD).'
const UNKNOWN_FIX_ADMIN =
  'Until then, set expires-at to the date chosen when the token was created (YYYY-MM-DD).'

function unknownExpiryFinding(input: ExpiryInput): Finding {
  const { type, policy, unknownBecause } = input
  const level = policy.failOnUnknownExpiry ? 'error' : 'warning'
  if (unknownBecause) {
    return finding(
      'expiry-unknown',
      `The Atlassian admin API gave no expiry: ${unknownBecause}`,
      level,
      UNKNOWN_FIX_ADMIN
    )
  }
  if (isAccessToken(type)) {
    const detail =
      'No expiry is known for this credential. Access tokens expire when the workspace admin chose (90, 180 or 365 days, or never).'
    return finding('expiry-unknown', detail, level, UNKNOWN_FIX_ACCESS_TOKEN)
  }
  const detail =
    'No expiry is known for this credential. API tokens expire after at most one year, and Atlassian emails only the owner, one day ahead.'
  return finding('expiry-unknown', detail, level)
}

/** What a reader should know beside the date: a contradicted declaration, the admin API's reason. */
function notesOn(input: ExpiryInput, chosen: KnownExpiry): { note: string; contradicted: boolean } {
  const conflict = input.known.find((k) => k.source === 'declared' && chosen.source === 'admin-api')
  const contradiction =
    conflict && isoDay(conflict.at) !== isoDay(chosen.at)
      ? ` The declared expires-at (${isoDay(conflict.at)}) contradicts the Atlassian admin API; correct expires-at.`
      : ''
  const adminNote = input.unknownBecause
    ? ` (The Atlassian admin API gave no date: ${input.unknownBecause})`
    : ''
  return { note: contradiction + adminNote, contradicted: contradiction !== '' }
}

/** The finding for a known date: expired, within fail-days or warn-days, or just the days left. */
function dateFinding(input: ExpiryInput, chosen: KnownExpiry, daysLeft: number): Finding {
  const { policy, now, verdict } = input
  const { note, contradicted } = notesOn(input, chosen)
  const expires = phrase(chosen.source, chosen.at, input.declaredZoneless)
  if (chosen.at.getTime() <= now.getTime()) {
    const still =
      verdict === 'valid'
        ? ' Bitbucket still accepted it during this check: if the date is wrong, correct expires-at.'
        : ''
    const expired = expires.replace('expires', 'expired')
    return finding(
      'expired',
      `This credential ${expired}, ${agoText(now, chosen.at)}.${still}${note}`
    )
  }
  if (policy.failDays > 0 && daysLeft <= policy.failDays) {
    const detail = `This credential ${expires}: ${daysLeft} day(s) left (fail-days is ${policy.failDays}).${note}`
    return finding('expires-soon', detail, 'error')
  }
  if (policy.warnDays > 0 && daysLeft <= policy.warnDays) {
    const detail = `This credential ${expires}: ${daysLeft} day(s) left (warn-days is ${policy.warnDays}).${note}`
    return finding('expires-soon', detail)
  }
  const detail = `This credential ${expires}: ${daysLeft} day(s) left.${note}`
  return finding('expires-in', detail, contradicted ? 'warning' : 'notice')
}

/**
 * Evaluates one credential's expiry. `removed` and OAuth-consumer dates are reported without
 * expiry findings: a removed kind is explained by its own finding, and a consumer mints a new
 * token on every use.
 */
export function evaluateExpiry(input: ExpiryInput): ExpiryResult {
  const { known, type, verdict, now } = input
  const checked = input.checked ?? (verdict === 'valid' || verdict === 'indeterminate')
  const chosen = pickExpiry(known)
  if (!chosen) {
    const worthSaying = checked && type !== 'oauth-consumer' && type !== 'oauth-access-token'
    const findings = worthSaying ? [unknownExpiryFinding(input)] : []
    return { expiresAt: null, expirySource: null, daysLeft: null, expired: false, findings }
  }
  const daysLeft = daysBetween(now, chosen.at)
  const expired = chosen.at.getTime() <= now.getTime()
  const result = { expiresAt: chosen.at, expirySource: chosen.source, daysLeft, expired }
  if (chosen.source === 'removed' || chosen.source === 'oauth') {
    return { ...result, expired: false, findings: [] }
  }
  if (verdict === 'removed' || verdict === 'malformed') return { ...result, findings: [] }
  return { ...result, findings: [dateFinding(input, chosen, daysLeft)] }
}
