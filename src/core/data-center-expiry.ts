/**
 * The expiry of a Data Center token: the server's record first (`server-api`), else the declared
 * `expires-at`. A record without an expiry date means the token does not expire. Pure.
 */
import type { DataCenterProbes } from './data-center-probes.js'
import { evaluateExpiry, type ExpiryResult, type KnownExpiry } from './expiry.js'
import { finding } from './findings.js'
import type { EvaluationPolicy } from './probes.js'
import type { CredentialSpec, Finding, Verdict } from './types.js'

const DECLARE =
  'Set expires-at to the expiry date shown when the token was created (YYYY-MM-DD); a Data Center token keeps the expiry it was created with.'
const EXPIRY_CODES = new Set(['expired', 'expires-soon', 'expires-in'])
const isoDay = (d: Date) => d.toISOString().slice(0, 10)

function unknownReason(probes: DataCenterProbes): string {
  const record = probes.record
  if (record?.outcome === 'unreadable')
    return `The token is valid but cannot read its own record on the server (${record.detail}), so the server gave no expiry.`
  if (record?.outcome === 'unavailable')
    return `The token's record could not be fetched (${record.detail}), so its expiry is unknown.`
  return 'No expiry is known for this token.'
}

/** Appends a contradiction between the declared date and the server's to the expiry finding. */
function withContradiction(findings: Finding[], declared: Date, server: Date | null): Finding[] {
  if (server && isoDay(declared) === isoDay(server)) return findings
  const said = server ? `expires on ${isoDay(server)}` : 'does not expire'
  const note = ` The declared expires-at (${isoDay(declared)}) contradicts the server, whose record says the token ${said}: correct expires-at.`
  return findings.map((f) =>
    EXPIRY_CODES.has(f.code)
      ? { ...f, message: f.message + note, level: f.level === 'notice' ? 'warning' : f.level }
      : f
  )
}

export function dataCenterExpiry(
  spec: CredentialSpec,
  probes: DataCenterProbes,
  verdict: Verdict,
  policy: EvaluationPolicy,
  now: Date
): ExpiryResult {
  const record = probes.record?.outcome === 'found' ? probes.record : null
  const checked =
    verdict === 'valid' || verdict === 'indeterminate' || (verdict === 'skipped' && policy.offline)
  if (record && record.expiresAt === null) {
    const never = [
      finding(
        'expires-in',
        "The token's record on the server has no expiry date: this token does not expire."
      )
    ]
    return {
      expiresAt: null,
      expirySource: 'server-api',
      daysLeft: null,
      expired: false,
      findings: spec.expiresAt ? withContradiction(never, spec.expiresAt, null) : never
    }
  }
  // One date only: the server's record outranks a declared date (the shared trust order is not needed).
  const known: KnownExpiry[] = []
  if (record?.expiresAt) known.push({ at: record.expiresAt, source: 'server-api' })
  else if (spec.expiresAt) known.push({ at: spec.expiresAt, source: 'declared' })
  const result = evaluateExpiry({
    known,
    type: 'data-center-token',
    verdict,
    policy,
    now,
    checked: known.length > 0 && checked
  })
  if (known.length === 0 && checked) {
    const level = policy.failOnUnknownExpiry ? 'error' : 'warning'
    result.findings.push(finding('expiry-unknown', unknownReason(probes), level, DECLARE))
  }
  if (record?.expiresAt && spec.expiresAt)
    result.findings = withContradiction(result.findings, spec.expiresAt, record.expiresAt)
  return result
}
