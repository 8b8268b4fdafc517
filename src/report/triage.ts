/**
 * The questions a reader asks of a report, answered once for every renderer: how many of each
 * status, which need action (worst first), and what expires next. Pure.
 */
import { SEVERITY } from '../core/findings.js'
import type { ExpiryThresholds } from '../core/probes.js'
import type { CredentialReport, Finding, Report, Status } from '../core/types.js'

export interface Counts {
  checked: number
  failing: number
  warnings: number
  ok: number
}

export function countsOf(report: Report): Counts {
  const count = (s: Status) => report.credentials.filter((c) => c.status === s).length
  return {
    checked: report.credentials.length,
    failing: count('failure'),
    warnings: count('warning'),
    ok: count('ok')
  }
}

/** "1.2 s", "850 ms". */
export function durationText(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

/** The closing line of a run: "40 checked in 1.2 s: 15 failing, 3 warnings, 22 ok". */
export function countsLine(report: Report, ms?: number): string {
  const n = countsOf(report)
  const took = ms === undefined ? '' : ` in ${durationText(ms)}`
  const warnings = `${n.warnings} warning${n.warnings === 1 ? '' : 's'}`
  return `${n.checked} checked${took}: ${n.failing} failing, ${warnings}, ${n.ok} ok`
}

/** Statuses from best to worst: the one order every ranking of statuses uses. */
export const STATUS_RANK: Record<Status, number> = { ok: 0, warning: 1, failure: 2 }

/** The finding that decides the credential's status: the most severe, the first of equals. */
export function worstFinding(c: CredentialReport): Finding | undefined {
  return c.findings.reduce<Finding | undefined>(
    (worst, f) => (!worst || SEVERITY[f.level] > SEVERITY[worst.level] ? f : worst),
    undefined
  )
}

/** Failures before warnings before ok; then the fewest days left; then input order. */
export function worstFirst(credentials: CredentialReport[]): CredentialReport[] {
  const days = (c: CredentialReport) => c.daysLeft ?? Number.POSITIVE_INFINITY
  return credentials
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        STATUS_RANK[b.c.status] - STATUS_RANK[a.c.status] || days(a.c) - days(b.c) || a.i - b.i
    )
    .map(({ c }) => c)
}

/** The credentials that need a person: status failure or warning, worst first. */
export function needsAction(report: Report): CredentialReport[] {
  return worstFirst(report.credentials.filter((c) => c.status !== 'ok'))
}

export type ExpiryGroup = 'expired' | 'fail' | 'warn' | 'later' | 'unknown'

export type ExpiryPolicyView = ExpiryThresholds

/**
 * A credential's expiry worth a reader's attention: an OAuth consumer's expiry is that of the
 * token minted during the check (a new one each run), so it never "dies".
 */
export function hasKnownExpiry(c: CredentialReport): boolean {
  return c.expiresAt !== null && c.daysLeft !== null && c.expirySource !== 'oauth'
}

export function expiryGroupOf(c: CredentialReport, policy: ExpiryPolicyView): ExpiryGroup {
  if (!hasKnownExpiry(c) || c.daysLeft === null) return 'unknown'
  if (c.daysLeft < 0 || c.verdict === 'expired') return 'expired'
  if (c.daysLeft <= policy.failDays) return 'fail'
  if (c.daysLeft <= policy.warnDays) return 'warn'
  return 'later'
}

/** Credentials with a known expiry, soonest first (input order among equals). */
export function bySoonest(report: Report): CredentialReport[] {
  return report.credentials
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => hasKnownExpiry(c))
    .sort((a, b) => Date.parse(a.c.expiresAt ?? '') - Date.parse(b.c.expiresAt ?? '') || a.i - b.i)
    .map(({ c }) => c)
}

/** The credential that expires first, for the soonest-* outputs. */
export function soonest(report: Report): CredentialReport | undefined {
  return bySoonest(report)[0]
}
