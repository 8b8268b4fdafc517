/**
 * The verdict on a Data Center token: valid only when the server named the token's user
 * (`X-AUSERNAME`), invalid only when it refused it, indeterminate when no answer could be had.
 */
import type { Classification } from './classification.js'
import type { DataCenterProbes } from './data-center-probes.js'
import { finding } from './findings.js'
import { indeterminateLevel, type EvaluationPolicy } from './probes.js'
import type { Finding, Verdict } from './types.js'

const REJECTED_CAUSES =
  'Likely causes, most likely first: (1) the token expired (its expiry is set when it is created and cannot be changed) or was revoked; (2) server-url points to another Data Center instance than the one that issued the token; (3) its owner lost access to Bitbucket (the "Bitbucket User" global permission).'

export function decideDataCenterVerdict(
  cls: Classification,
  probes: DataCenterProbes,
  policy: EvaluationPolicy
): { verdict: Verdict; findings: Finding[] } {
  const findings: Finding[] = []
  if (cls.verdict) return { verdict: cls.verdict, findings }
  if (policy.offline) return { verdict: 'skipped', findings }
  const identity = probes.identity
  if (!identity) return { verdict: 'skipped', findings }
  if (identity.outcome === 'accepted') return { verdict: 'valid', findings }
  if (identity.outcome === 'rejected') {
    const said = identity.detail ? ` (${identity.detail})` : ''
    findings.push(
      finding(
        'credential-rejected',
        `Bitbucket Data Center did not accept the token as Authorization: Bearer on /rest/api/1.0/application-properties: HTTP ${identity.status ?? '—'}${said}. ${REJECTED_CAUSES}`
      )
    )
    return { verdict: 'invalid', findings }
  }
  const level = indeterminateLevel(policy)
  const limited = identity.outcome === 'rate-limited'
  findings.push(
    finding(
      limited ? 'rate-limited' : 'indeterminate',
      `Bitbucket Data Center could not be asked: ${identity.detail || 'no usable answer'}.`,
      level,
      limited
        ? 'The server limits requests per user (an admin setting): re-run later.'
        : 'This is not a verdict on the token: re-run the job; if it persists, check server-url and the network path to the server.'
    )
  )
  return { verdict: 'indeterminate', findings }
}
