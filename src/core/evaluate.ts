/**
 * Evaluation: classification and probe results in, one report entry out. Pure: no I/O, no
 * clock (now is passed in). Decides the kind, the verdict, scopes, reach, Git, expiry and
 * the findings, in that order.
 */
import type { Classification } from './classify.js'
import { gitUsernameProblem } from './classify.js'
import { evaluateExpiry, type KnownExpiry } from './expiry.js'
import { finding } from './findings.js'
import { CREDENTIAL_TYPE_HEADER, KINDS, isAccessToken, reachOf } from './kinds.js'
import type { ProbeResult } from './probe-result.js'
import { scopesForPurposes } from './purposes.js'
import { excessScopes, isGranular, missingScopes, toVocabulary, unique } from './scopes.js'
import type {
  CredentialReport,
  CredentialSpec,
  CredentialType,
  Finding,
  GitResult,
  Level,
  Status,
  Usage,
  Verdict
} from './types.js'

export interface OAuthProbe {
  outcome: 'minted' | 'rejected' | 'rate-limited' | 'unavailable'
  detail?: string
  expiresIn?: number | null
  scopes?: string[]
}

export interface GitProbes {
  username: string
  read?: ProbeResult
  write?: ProbeResult
}

export interface History {
  firstSeenValid: string | null
  lastVerdict: Verdict | null
}

export interface AdminLookup {
  outcome: 'found' | 'ambiguous' | 'not-found' | 'forbidden' | 'unavailable'
  expiresAt?: Date
  detail: string
}

export interface Probes {
  oauth?: OAuthProbe
  user?: ProbeResult
  repo?: ProbeResult
  git?: GitProbes
  declaredGit?: GitProbes
  admin?: AdminLookup
  history?: History
}

export interface EvaluationPolicy {
  warnDays: number
  failDays: number
  failOnIndeterminate: boolean
  failOnUnknownExpiry: boolean
  maxLifetimeDays: number
  offline: boolean
  /** The Git base URL (git-url), for the advised clone URL. */
  gitUrl: string
  apiHost: string
}

const ORDER: Record<Level, number> = { notice: 0, warning: 1, error: 2 }

export function statusOf(findings: Finding[]): Status {
  const worst = Math.max(-1, ...findings.map((f) => ORDER[f.level]))
  return worst >= 2 ? 'failure' : worst === 1 ? 'warning' : 'ok'
}

function refineType(cls: Classification, probes: Probes): CredentialType {
  if (cls.type === 'oauth-consumer') return cls.type
  const header = probes.user?.credentialType ?? probes.repo?.credentialType ?? null
  const fromHeader = header ? CREDENTIAL_TYPE_HEADER[header.toLowerCase()] : undefined
  if (cls.type === 'access-token' && fromHeader && isAccessToken(fromHeader)) return fromHeader
  if (cls.type === 'unknown') {
    if (fromHeader) return fromHeader
    const accepted = [probes.user, probes.repo].some(
      (p) => p?.outcome === 'accepted' || p?.outcome === 'forbidden'
    )
    if (accepted && cls.scheme === 'bearer') return 'oauth-access-token'
  }
  return cls.type
}

const authenticated = (p?: ProbeResult) => p?.outcome === 'accepted' || p?.outcome === 'forbidden'

function rejectionCauses(type: CredentialType, history?: History): string {
  const previously =
    history?.lastVerdict === 'valid' || history?.firstSeenValid
      ? `It was valid in an earlier check${history.firstSeenValid ? ` (first seen valid ${history.firstSeenValid.slice(0, 10)})` : ''}, so it was most likely revoked or has expired, not mistyped. `
      : ''
  switch (type) {
    case 'api-token':
      return `${previously}Likely causes, most likely first: (1) the token has no Bitbucket scopes (made with "Create API token" instead of "Create API token with scopes"); (2) the email is not the one of the Atlassian account that created the token; (3) the token expired or was revoked (API tokens live at most one year).`
    case 'app-password':
      return `${previously}App passwords were removed on 2026-07-28.`
    case 'oauth-consumer':
      return `${previously}Likely causes: (1) the client id or secret is wrong, or the consumer was deleted; (2) the consumer is marked public (the client-credentials grant needs a private consumer).`
    case 'oauth-access-token':
      return `${previously}OAuth access tokens expire within hours: store the OAuth consumer's key and secret instead and let each run mint a token.`
    case 'unknown':
      return `${previously}The secret matches no known Bitbucket format: check that it is the whole token, and give email (API token) or username beside it when the kind needs one.`
    default:
      return `${previously}Likely causes, most likely first: (1) the access token expired (admins set 90, 180 or 365 days) or was revoked or rotated; (2) its repository, project or workspace was deleted or the repository transferred; (3) it is an Atlassian organization admin API key (same ATCTT3 prefix), not a Bitbucket access token.`
  }
}

interface VerdictDecision {
  verdict: Verdict
  findings: Finding[]
}

function decideVerdict(
  cls: Classification,
  type: CredentialType,
  probes: Probes,
  policy: EvaluationPolicy
): VerdictDecision {
  const findings: Finding[] = []
  if (cls.verdict) return { verdict: cls.verdict, findings }
  if (policy.offline) return { verdict: 'skipped', findings }
  const indeterminateLevel: Level = policy.failOnIndeterminate ? 'error' : 'warning'
  const gitAccepted =
    probes.git?.read?.outcome === 'accepted' || probes.declaredGit?.read?.outcome === 'accepted'

  if (probes.oauth && probes.oauth.outcome !== 'minted') {
    if (probes.oauth.outcome === 'rejected') {
      findings.push(
        finding(
          'credential-rejected',
          `The OAuth token endpoint refused the client-credentials grant: "${probes.oauth.detail ?? ''}". ${rejectionCauses(type, probes.history)}`
        )
      )
      return { verdict: 'invalid', findings }
    }
    const code = probes.oauth.outcome === 'rate-limited' ? 'rate-limited' : 'indeterminate'
    findings.push(
      finding(
        code,
        `The OAuth token endpoint could not be asked: ${probes.oauth.detail ?? 'no answer'}.`,
        indeterminateLevel
      )
    )
    return { verdict: 'indeterminate', findings }
  }

  const rest = [probes.user, probes.repo].filter((p): p is ProbeResult => p !== undefined)
  const gone = [...rest, probes.git?.read, probes.git?.write].some((p) => p?.outcome === 'gone')
  if (gone) return { verdict: 'removed', findings }
  if (probes.oauth?.outcome === 'minted' || rest.some(authenticated) || gitAccepted) {
    return { verdict: 'valid', findings }
  }
  if (
    probes.user?.outcome === 'rejected' ||
    probes.repo?.outcome === 'rejected' ||
    (rest.length === 0 && probes.git?.read?.outcome === 'rejected')
  ) {
    const wrongIdentity = cls.findings.some((f) => f.code === 'wrong-identity')
    if (!wrongIdentity) {
      const said = probes.user?.detail || probes.repo?.detail
      const scheme = KINDS[type].restHint
      findings.push(
        finding(
          'credential-rejected',
          `Bitbucket answered HTTP 401 to ${scheme}${said ? ` ("${said}")` : ''}. ${rejectionCauses(type, probes.history)}`
        )
      )
    }
    return { verdict: 'invalid', findings }
  }
  const probesRun = [...rest, probes.git?.read].filter((p): p is ProbeResult => p !== undefined)
  if (probesRun.length === 0) return { verdict: 'skipped', findings }
  const limited = probesRun.find((p) => p.outcome === 'rate-limited')
  if (limited) {
    findings.push(
      finding(
        'rate-limited',
        `Bitbucket answered HTTP 429 (${limited.detail}), so the credential could not be checked.`,
        indeterminateLevel
      )
    )
  } else {
    const why = probesRun.map((p) => p.detail).filter(Boolean)[0] ?? 'no usable answer'
    findings.push(
      finding('indeterminate', `Bitbucket could not be asked: ${why}.`, indeterminateLevel)
    )
  }
  return { verdict: 'indeterminate', findings }
}

function grantedScopes(probes: Probes): string[] | null {
  if (probes.oauth?.outcome === 'minted' && probes.oauth.scopes && probes.oauth.scopes.length > 0) {
    return probes.oauth.scopes
  }
  const lists = [probes.user?.scopes, probes.repo?.scopes].filter((s): s is string[] =>
    Array.isArray(s)
  )
  return lists.length > 0 ? unique(lists.flat()) : null
}

function scopeFindings(
  spec: CredentialSpec,
  type: CredentialType,
  granted: string[] | null,
  probes: Probes
) {
  const vocabulary =
    type === 'unknown'
      ? granted?.some(isGranular)
        ? 'granular'
        : 'classic'
      : KINDS[type].vocabulary
  const required = unique([
    ...toVocabulary(spec.scopes, vocabulary),
    ...scopesForPurposes(spec.purposes, vocabulary)
  ])
  const findings: Finding[] = []
  let missing: string[] = []
  let excess: string[] = []
  if (granted) {
    // The header's vocabulary is observed, not documented: compare in the credential's own.
    missing = missingScopes(required, unique([...granted, ...toVocabulary(granted, vocabulary)]))
    if (missing.length > 0) {
      const all = unique([
        ...required,
        ...granted.filter((g) => !excessScopes([g], required, vocabulary).length)
      ])
      findings.push(
        finding(
          'missing-scopes',
          `The job needs ${missing.length === 1 ? 'a scope' : 'scopes'} this credential lacks: ${missing.join(', ')}. Granted: ${granted.join(', ') || 'none'}. Create the replacement with: ${all.join(', ')}.`
        )
      )
    }
    if (spec.purposes.length > 0) {
      excess = excessScopes(granted, required, vocabulary)
      if (excess.length > 0) {
        findings.push(
          finding(
            'excess-scopes',
            `Granted but not needed for ${spec.purposes.join(', ')}: ${excess.join(', ')}. The narrower token needs only: ${required.join(', ') || 'no extra scopes'}.`
          )
        )
      }
    }
  }
  const userForbidden =
    probes.user?.outcome === 'forbidden' && !isAccessToken(type) && type !== 'oauth-consumer'
  if (userForbidden) {
    const need =
      probes.user?.requiredScopes.join(', ') ||
      (vocabulary === 'granular' ? 'read:user:bitbucket' : 'account')
    findings.push(
      finding(
        'read-user-scope-missing',
        `Bitbucket accepted the credential but answered 403 on /2.0/user (needs ${need}), so its user could not be read.`
      )
    )
  }
  return { required, missing, excess, findings }
}

function repositoryFindings(
  spec: CredentialSpec,
  type: CredentialType,
  repo?: ProbeResult
): Finding[] {
  if (!spec.repository || !repo) return []
  if (repo.outcome !== 'forbidden' && repo.outcome !== 'not-found') return []
  const name = `${spec.repository.workspace}/${spec.repository.slug}`
  const reach = reachOf(type)
  const reachNote = reach
    ? ` This is a ${reach} access token: it reaches only its own ${reach}, and ${name} lies outside it.`
    : ''
  return [
    finding(
      'repository-unreachable',
      `The credential is valid but cannot reach ${name} (HTTP ${repo.status}).${reachNote}`
    )
  ]
}

function gitResult(probes: Probes): GitResult | null {
  if (!probes.git) return null
  const flag = (p?: ProbeResult) =>
    p === undefined
      ? null
      : p.outcome === 'accepted'
        ? true
        : p.outcome === 'rejected' ||
            p.outcome === 'forbidden' ||
            p.outcome === 'gone' ||
            p.outcome === 'not-found'
          ? false
          : null
  const result: GitResult = {
    username: probes.git.username,
    read: flag(probes.git.read),
    write: flag(probes.git.write)
  }
  if (probes.declaredGit) {
    result.declared = {
      username: probes.declaredGit.username,
      read: flag(probes.declaredGit.read),
      write: flag(probes.declaredGit.write)
    }
  }
  return result
}

function gitFindings(
  spec: CredentialSpec,
  type: CredentialType,
  probes: Probes,
  declaredUser: string,
  bitbucketUsername: string | null,
  existing: Finding[],
  policy: EvaluationPolicy
): Finding[] {
  const findings: Finding[] = []
  const has = (code: string) =>
    existing.some((f) => f.code === code) || findings.some((f) => f.code === code)
  const problem = declaredUser ? gitUsernameProblem(type, declaredUser, bitbucketUsername) : null
  const right =
    probes.git?.username ??
    KINDS[type].gitUsername ??
    bitbucketUsername ??
    'your Bitbucket username'
  if (problem) {
    const tried = probes.declaredGit?.read
      ? ` Probed: with "${declaredUser}" Git ${probes.declaredGit.read.outcome === 'accepted' ? 'worked' : `said HTTP ${probes.declaredGit.read.status ?? 'nothing'}`}; with "${right}" it ${probes.git?.read?.outcome === 'accepted' ? 'worked' : `said HTTP ${probes.git?.read?.status ?? 'nothing'}`}.`
      : ''
    findings.push(finding('git-username-wrong', `${problem} Use "${right}".${tried}`))
  }
  const git = probes.git
  if (!git || !spec.repository) return findings
  const name = `${spec.repository.workspace}/${spec.repository.slug}`
  for (const [label, probe] of [
    ['clone (git-upload-pack)', git.read],
    ['push (git-receive-pack)', git.write]
  ] as const) {
    if (!probe) continue
    const removedAlready = [...existing, ...findings].some(
      (f) => f.code === 'app-password-removed' && f.level === 'error'
    )
    if (probe.outcome === 'gone' && !removedAlready) {
      findings.push(
        finding(
          'app-password-removed',
          `Git answered HTTP 410 for ${name}: ${firstLine(probe.detail) || 'functionality has been deprecated'}.`
        )
      )
    } else if (probe.outcome === 'not-found' && !has('repository-unreachable')) {
      findings.push(
        finding('repository-unreachable', `Git over HTTPS found no repository ${name} (HTTP 404).`)
      )
    } else if (probe.outcome === 'rejected' || probe.outcome === 'forbidden') {
      const vocabulary = KINDS[type].vocabulary
      const scope = label.startsWith('push')
        ? vocabulary === 'granular'
          ? 'read:repository:bitbucket and write:repository:bitbucket'
          : 'repository:write'
        : vocabulary === 'granular'
          ? 'read:repository:bitbucket'
          : 'repository'
      const cause =
        label.startsWith('push') && git.read?.outcome === 'accepted'
          ? `It can clone but not push: the token needs ${scope}, and branch restrictions may also block it.`
          : `Likely causes: the username "${git.username}" is wrong for this kind, the token lacks ${scope}, or it does not reach ${name}.`
      findings.push(
        finding(
          'git-auth-failed',
          `Git ${label} for ${name} as "${git.username}" failed with HTTP ${probe.status}. ${cause}`
        )
      )
    } else if (
      (probe.outcome === 'unavailable' || probe.outcome === 'rate-limited') &&
      !has('indeterminate') &&
      !has('rate-limited')
    ) {
      findings.push(
        finding(
          probe.outcome === 'rate-limited' ? 'rate-limited' : 'indeterminate',
          `Git over HTTPS could not be asked: ${probe.detail}.`,
          policy.failOnIndeterminate ? 'error' : 'warning'
        )
      )
    }
  }
  return findings
}

function firstLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^remote:\s*/, '').trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' ')
}

export function usageFor(
  type: CredentialType,
  spec: CredentialSpec,
  bitbucketUsername: string | null,
  policy: EvaluationPolicy
): Usage | null {
  if (type === 'unknown' || type === 'app-password') return null
  const base = new URL(policy.gitUrl)
  const prefix = `${base.protocol}//`
  const hostPath = `${base.host}${base.pathname.replace(/\/$/, '')}`
  const kind = KINDS[type]
  const gitUsername =
    kind.gitUsername ?? bitbucketUsername ?? (spec.username || '<bitbucket-username>')
  const repo = spec.repository
    ? `${spec.repository.workspace}/${spec.repository.slug}`
    : '<workspace>/<repo>'
  const rest =
    type === 'api-token'
      ? `${kind.restHint} (in a URL, write the email's @ as %40: https://jdoe%40example.com:<token>@${policy.apiHost}/…)`
      : kind.restHint
  return {
    rest,
    gitUsername,
    cloneUrl: `${prefix}${encodeURIComponent(gitUsername)}:<token>@${hostPath}/${repo}.git`
  }
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
  const declaredUser = spec.gitUsername || cls.gitUsername || ''
  if ((verdict !== 'malformed' && verdict !== 'skipped') || declaredUser) {
    findings.push(
      ...gitFindings(spec, type, probes, declaredUser, bitbucketUsername, findings, policy)
    )
  }

  if (findings.some((f) => f.code === 'app-password-removed' && f.level === 'error')) {
    const early = findings.findIndex(
      (f) => f.code === 'app-password-removed' && f.level !== 'error'
    )
    if (early >= 0) findings.splice(early, 1)
  }

  const known: KnownExpiry[] = []
  if (cls.expiry) known.push(cls.expiry)
  if (probes.admin?.outcome === 'found' && probes.admin.expiresAt)
    known.push({ at: probes.admin.expiresAt, source: 'admin-api' })
  if (spec.expiresAt) known.push({ at: spec.expiresAt, source: 'declared' })
  if (probes.oauth?.outcome === 'minted' && probes.oauth.expiresIn) {
    known.push({ at: new Date(now.getTime() + probes.oauth.expiresIn * 1000), source: 'oauth' })
  }
  const lifetimeTypes: CredentialType[] = [
    'api-token',
    'access-token',
    'repository-access-token',
    'project-access-token',
    'workspace-access-token'
  ]
  if (probes.history?.firstSeenValid && lifetimeTypes.includes(type)) {
    const first = new Date(probes.history.firstSeenValid)
    const bound = new Date(first.getTime() + policy.maxLifetimeDays * 86_400_000)
    // An upper bound that has passed while Bitbucket still accepts the token bounds nothing.
    if (bound > now || verdict !== 'valid') known.push({ at: bound, source: 'lifetime-bound' })
  }
  if (
    probes.admin &&
    probes.admin.outcome !== 'found' &&
    type === 'api-token' &&
    verdict === 'valid'
  ) {
    findings.push(
      finding(
        'expiry-unknown',
        `The Atlassian admin API gave no expiry: ${probes.admin.detail}`,
        'warning'
      )
    )
  }
  const emptySecret = findings.some((f) => f.code === 'empty-secret')
  const checked =
    verdict === 'valid' ||
    verdict === 'indeterminate' ||
    (verdict === 'skipped' && policy.offline && !emptySecret)
  const expiry = evaluateExpiry(known, type, verdict, policy, now, checked)
  findings.push(
    ...expiry.findings.filter(
      (f) => !(f.code === 'expiry-unknown' && findings.some((g) => g.code === 'expiry-unknown'))
    )
  )
  if (
    expiry.expired &&
    ['valid', 'invalid', 'indeterminate', 'skipped'].includes(verdict) &&
    !emptySecret
  ) {
    verdict = 'expired'
    const rejected = findings.findIndex((f) => f.code === 'credential-rejected')
    if (rejected >= 0) findings.splice(rejected, 1)
  }
  if (type === 'oauth-access-token' && verdict === 'valid') {
    findings.push(
      finding(
        'expires-soon',
        'This is an OAuth access token: it expires within hours (1–2 h), so the job will fail soon after it was stored. Store the OAuth consumer (client-id and client-secret) instead and mint a token per run.'
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

  return {
    name: spec.name,
    type,
    verdict,
    status: statusOf(findings),
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
    findings
  }
}
