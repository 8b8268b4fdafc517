/**
 * Evaluation: classification and probe results in, one report entry out. Pure: no I/O, no
 * clock (now is passed in). Decides the kind, the verdict, scopes, reach, Git, expiry and
 * the findings, in that order.
 */
import type { Classification } from './classification.js'
import { decideVerdict, refineType } from './decide-verdict.js'
import { evaluateExpiry, type ExpiryResult, type KnownExpiry } from './expiry.js'
import { SEVERITY, dropSuperseded, finding } from './findings.js'
import { gitFindings, gitResult } from './git-findings.js'
import { isAccessToken, reachOf } from './kinds.js'
import { jobGitUsername, kindGitUsername } from './probe-plan.js'
import type { EvaluationPolicy, Probes } from './probes.js'
import {
  grantedScopes,
  repositoryFindings,
  scopeFindings,
  type ScopeResult
} from './scope-findings.js'
import type {
  CredentialReport,
  CredentialSpec,
  CredentialType,
  Finding,
  Status,
  Verdict
} from './types.js'
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
 * The admin API's record, only where it is this token's (README "Outputs", the report): found by
 * label, or as the owner's only token while Bitbucket accepts this one; never for a rejected
 * token; an only-token guess never stands against a declared date.
 */
function adminRecord(
  probes: Probes,
  verdict: Verdict,
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

/** Findings from the REST answers of a valid credential: scopes, and the repository's reach. */
function restFindings(
  spec: CredentialSpec,
  type: CredentialType,
  probes: Probes,
  valid: boolean
): { scopes: ScopeResult; granted: string[] | null; repository: Finding[] } {
  const granted = valid ? grantedScopes(probes) : null
  const scopes = scopeFindings(spec, type, granted, probes)
  const repository = valid ? repositoryFindings(spec, type, probes.repo) : []
  return { scopes, granted, repository }
}

/** Everything one evaluation reads, once the kind and the verdict are decided. */
interface Evaluation {
  spec: CredentialSpec
  cls: Classification
  type: CredentialType
  verdict: Verdict
  probes: Probes
  policy: EvaluationPolicy
  now: Date
}

/** The dates known for this credential, from every source that gives one. */
function knownExpiries(e: Evaluation): { known: KnownExpiry[]; adminUnknownBecause?: string } {
  const { spec, cls, type, verdict, probes, policy, now } = e
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
  return { known, adminUnknownBecause: admin.unknownBecause }
}

function expiryOf(e: Evaluation): ExpiryResult {
  const { spec, cls, type, verdict, policy, now } = e
  const { known, adminUnknownBecause } = knownExpiries(e)
  // Whether Bitbucket (or, offline, the classification) said enough to ask about expiry.
  const checked =
    verdict === 'valid' ||
    verdict === 'indeterminate' ||
    (verdict === 'skipped' && policy.offline && !cls.emptySecret)
  return evaluateExpiry({
    known,
    type,
    verdict,
    policy,
    now,
    checked,
    declaredZoneless: spec.expiresAtZoneless,
    unknownBecause: type === 'api-token' ? adminUnknownBecause : undefined
  })
}

/** A date that has passed makes the credential expired, unless another verdict explains more. */
export function withExpiry(
  verdict: Verdict,
  expiry: Pick<ExpiryResult, 'expired'>,
  cls: Pick<Classification, 'emptySecret'>
): Verdict {
  const overridable: Verdict[] = ['valid', 'invalid', 'indeterminate', 'skipped']
  return expiry.expired && overridable.includes(verdict) && !cls.emptySecret ? 'expired' : verdict
}

/** What a valid OAuth credential's life means: a stored token dies soon, a consumer never. */
function oauthNotes(type: CredentialType, verdict: Verdict, probes: Probes): Finding[] {
  if (verdict !== 'valid') return []
  if (type === 'oauth-access-token') {
    return [
      finding(
        'expires-soon',
        'This is an OAuth access token: it expires within hours (1–2 h), so the job will fail soon after it was stored.',
        'warning',
        'Store the OAuth consumer (client-id and client-secret) instead and let each run mint a token.'
      )
    ]
  }
  if (type !== 'oauth-consumer') return []
  const minutes = probes.oauth?.expiresIn ? Math.round(probes.oauth.expiresIn / 60) : null
  return [
    finding(
      'expires-in',
      `The consumer's key and secret do not expire; each run mints a new access token${minutes ? ` (this one for ${minutes} minutes)` : ''}.`
    )
  ]
}

/** Git's findings, unless nothing was checked and the job chose no username of its own. */
function gitStep(
  e: Evaluation,
  facts: { bitbucketUsername: string | null; missing: string[]; repositoryUnreachable: boolean }
): Finding[] {
  const { spec, cls, type, verdict, probes, policy } = e
  const jobUser = jobGitUsername(cls, spec)
  const chosen = jobUser !== kindGitUsername(cls, spec)
  if ((verdict === 'malformed' || verdict === 'skipped') && !chosen) return []
  return gitFindings({ spec, type, verdict, probes, jobUser, chosen, policy, ...facts })
}

/**
 * One credential's report entry, in order: its kind, the verdict, REST findings (scopes and
 * reach) for a valid credential, Git, expiry (which can turn the verdict to expired), the
 * OAuth notes; then superseded findings are dropped and the status follows from the rest.
 */
export function evaluate(
  spec: CredentialSpec,
  cls: Classification,
  probes: Probes,
  policy: EvaluationPolicy,
  now: Date
): CredentialReport {
  const type = refineType(cls, probes)
  const decision = decideVerdict(cls, type, probes, policy)
  const identity = probes.user?.identity ?? null
  const bitbucketUsername =
    identity?.username ?? (spec.username && !spec.username.includes('@') ? spec.username : null)
  const valid = decision.verdict === 'valid'
  const rest = restFindings(spec, type, probes, valid)
  const e: Evaluation = { spec, cls, type, verdict: decision.verdict, probes, policy, now }
  const git = gitStep(e, {
    bitbucketUsername,
    missing: rest.scopes.missing,
    repositoryUnreachable: rest.repository.length > 0
  })
  const expiry = expiryOf(e)
  const verdict = withExpiry(decision.verdict, expiry, cls)
  const kept = dropSuperseded([
    ...cls.findings,
    ...decision.findings,
    ...(valid ? rest.scopes.findings : []),
    ...rest.repository,
    ...git,
    ...expiry.findings,
    ...oauthNotes(type, verdict, probes)
  ])
  const unusable = verdict === 'malformed' || verdict === 'removed'
  return {
    name: spec.name,
    type,
    verdict,
    status: statusOf(kept),
    identity: identity ? { username: identity.username, accountId: identity.accountId } : null,
    scopes: rest.granted ?? [],
    missingScopes: rest.scopes.missing,
    excessScopes: rest.scopes.excess,
    reach: reachOf(type),
    expiresAt: expiry.expiresAt ? expiry.expiresAt.toISOString() : null,
    expirySource: expiry.expirySource,
    daysLeft: expiry.daysLeft,
    git: gitResult(probes),
    usage:
      unusable || (verdict === 'skipped' && cls.emptySecret)
        ? null
        : usageFor(type, spec, bitbucketUsername, policy),
    findings: kept
  }
}
