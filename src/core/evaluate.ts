/**
 * Evaluation: classification and probe results in, one report entry out. Pure: no I/O, no
 * clock (now is passed in). Decides the kind, the verdict, scopes, reach, Git, expiry and
 * the findings, in that order.
 */
import type { Classification } from './classify.js'
import { decideVerdict, refineType } from './decide-verdict.js'
import { evaluateExpiry, type KnownExpiry } from './expiry.js'
import { SEVERITY, dropSuperseded, finding } from './findings.js'
import { gitFindings, gitResult } from './git-findings.js'
import { isAccessToken, reachOf } from './kinds.js'
import { jobGitUsername, kindGitUsername } from './probe-plan.js'
import type { EvaluationPolicy, Probes } from './probes.js'
import { grantedScopes, repositoryFindings, scopeFindings } from './scope-findings.js'
import type { CredentialReport, CredentialSpec, Finding, Status } from './types.js'
import { usageFor } from './usage.js'

export type {
  AdminLookup,
  EvaluationPolicy,
  GitProbes,
  History,
  OAuthProbe,
  Probes
} from './probes.js'

export function statusOf(findings: Finding[]): Status {
  const worst = Math.max(-1, ...findings.map((f) => SEVERITY[f.level]))
  return worst >= 2 ? 'failure' : worst === 1 ? 'warning' : 'ok'
}

/**
 * The admin API's record, only where it is this token's (contract, "The report"): found by
 * label, or as the owner's only token while Bitbucket accepts this one; never for a rejected
 * token; an only-token guess never stands against a declared date.
 */
function adminRecord(
  probes: Probes,
  verdict: string,
  spec: CredentialSpec
): { expiresAt?: Date; unknownBecause?: string } {
  const admin = probes.admin
  if (!admin) return {}
  if (admin.outcome !== 'found') return { unknownBecause: admin.detail }
  if (admin.by === 'label')
    return verdict === 'valid' || verdict === 'indeterminate' ? { expiresAt: admin.expiresAt } : {}
  if (verdict !== 'valid') return {}
  if (spec.expiresAt) return {}
  return { expiresAt: admin.expiresAt }
}

export function evaluate(
  spec: CredentialSpec,
  cls: Classification,
  probes: Probes,
  policy: EvaluationPolicy,
  now: Date
): CredentialReport {
  const type = refineType(cls, probes)
  const findings: Finding[] = [...cls.findings]
  const decision = decideVerdict(cls, type, probes, policy)
  findings.push(...decision.findings)
  let verdict = decision.verdict

  const identity = probes.user?.identity ?? null
  const bitbucketUsername =
    identity?.username ?? (spec.username && !spec.username.includes('@') ? spec.username : null)

  const granted = verdict === 'valid' ? grantedScopes(probes) : null
  const scopes = scopeFindings(spec, type, granted, probes)
  if (verdict === 'valid') {
    findings.push(...scopes.findings)
    findings.push(...repositoryFindings(spec, type, probes.repo))
  }
  const jobUser = jobGitUsername(cls, spec)
  const chosen = jobUser !== kindGitUsername(cls, spec)
  if ((verdict !== 'malformed' && verdict !== 'skipped') || chosen) {
    findings.push(
      ...gitFindings({
        spec,
        type,
        verdict,
        probes,
        jobUser,
        chosen,
        bitbucketUsername,
        missing: scopes.missing,
        existing: findings,
        policy
      })
    )
  }

  const known: KnownExpiry[] = []
  if (cls.expiry) known.push(cls.expiry)
  const admin = adminRecord(probes, verdict, spec)
  if (admin.expiresAt) known.push({ at: admin.expiresAt, source: 'admin-api' })
  if (spec.expiresAt) known.push({ at: spec.expiresAt, source: 'declared' })
  if (probes.oauth?.outcome === 'minted' && probes.oauth.expiresIn) {
    known.push({ at: new Date(now.getTime() + probes.oauth.expiresIn * 1000), source: 'oauth' })
  }
  const lifetimeBound = type === 'api-token' || isAccessToken(type)
  if (probes.history?.firstSeenValid && lifetimeBound) {
    const first = new Date(probes.history.firstSeenValid)
    const bound = new Date(first.getTime() + policy.maxLifetimeDays * 86_400_000)
    // An upper bound that has passed while Bitbucket still accepts the token bounds nothing.
    if (bound > now || verdict !== 'valid') known.push({ at: bound, source: 'lifetime-bound' })
  }
  const emptySecret = findings.some((f) => f.code === 'empty-secret')
  const checked =
    verdict === 'valid' ||
    verdict === 'indeterminate' ||
    (verdict === 'skipped' && policy.offline && !emptySecret)
  const expiry = evaluateExpiry({
    known,
    type,
    verdict,
    policy,
    now,
    checked,
    declaredZoneless: spec.expiresAtZoneless,
    unknownBecause: type === 'api-token' ? admin.unknownBecause : undefined
  })
  findings.push(...expiry.findings)
  if (
    expiry.expired &&
    ['valid', 'invalid', 'indeterminate', 'skipped'].includes(verdict) &&
    !emptySecret
  ) {
    verdict = 'expired'
  }
  if (type === 'oauth-access-token' && verdict === 'valid') {
    findings.push(
      finding(
        'expires-soon',
        'This is an OAuth access token: it expires within hours (1–2 h), so the job will fail soon after it was stored.',
        'warning',
        'Store the OAuth consumer (client-id and client-secret) instead and let each run mint a token.'
      )
    )
  }
  if (type === 'oauth-consumer' && verdict === 'valid') {
    findings.push(
      finding(
        'expires-in',
        `The consumer's key and secret do not expire; each run mints a new access token${probes.oauth?.expiresIn ? ` (this one for ${Math.round(probes.oauth.expiresIn / 60)} minutes)` : ''}.`
      )
    )
  }

  const kept = dropSuperseded(findings)
  return {
    name: spec.name,
    type,
    verdict,
    status: statusOf(kept),
    identity: identity ? { username: identity.username, accountId: identity.accountId } : null,
    scopes: granted ?? [],
    missingScopes: scopes.missing,
    excessScopes: scopes.excess,
    reach: reachOf(type),
    expiresAt: expiry.expiresAt ? expiry.expiresAt.toISOString() : null,
    expirySource: expiry.expirySource,
    daysLeft: expiry.daysLeft,
    git: gitResult(probes),
    usage:
      ['malformed', 'removed'].includes(verdict) || (verdict === 'skipped' && emptySecret)
        ? null
        : usageFor(type, spec, bitbucketUsername, policy),
    findings: kept
  }
}
