/** The verdict from probe results: valid only on Bitbucket's word, never invalid for the network's fault. */
import type { Classification } from './classification.js'
import { finding } from './findings.js'
import { APP_PASSWORD_REMOVAL_DAY, CREDENTIAL_TYPE_HEADER, KINDS, isAccessToken } from './kinds.js'
import { own } from './own.js'
import type { ProbeResult } from './probe-result.js'
import { indeterminateLevel, type EvaluationPolicy, type History, type Probes } from './probes.js'
import type { CredentialType, Finding, Level, Verdict } from './types.js'

/** Bitbucket accepted the credential: it answered, or refused only for a missing scope. */
const authenticated = (p?: ProbeResult) => p?.outcome === 'accepted' || p?.outcome === 'forbidden'

/**
 * Bitbucket's answer to a stored OAuth access token past its life
 * (docs/bitbucket-facts.md §4.1, §8).
 */
const OAUTH_EXPIRED = /^access token expired/i

function saysOAuthExpired(probes: Probes): boolean {
  return [probes.user, probes.repo].some(
    (p) => p?.outcome === 'rejected' && OAUTH_EXPIRED.test(p.detail)
  )
}

export function refineType(cls: Classification, probes: Probes): CredentialType {
  if (cls.type === 'oauth-consumer') return cls.type
  if (cls.type === 'unknown' && cls.scheme === 'bearer' && saysOAuthExpired(probes))
    return 'oauth-access-token'
  const header = probes.user?.credentialType ?? probes.repo?.credentialType ?? null
  const fromHeader = header ? own(CREDENTIAL_TYPE_HEADER, header.toLowerCase()) : undefined
  if (cls.type === 'access-token' && fromHeader && isAccessToken(fromHeader)) return fromHeader
  if (cls.type === 'unknown') {
    if (fromHeader) return fromHeader
    const accepted = [probes.user, probes.repo].some(authenticated)
    if (accepted && cls.scheme === 'bearer') return 'oauth-access-token'
  }
  return cls.type
}

function rejectionCauses(type: CredentialType, history?: History): string {
  const previously =
    history?.lastVerdict === 'valid' || history?.firstSeenValid
      ? `It was valid in an earlier check${history.firstSeenValid ? ` (first seen valid ${history.firstSeenValid.slice(0, 10)})` : ''}, so it was most likely revoked or has expired, not mistyped. `
      : ''
  switch (type) {
    case 'api-token':
      return `${previously}Likely causes, most likely first: (1) the token has no Bitbucket scopes (made with "Create API token" instead of "Create API token with scopes"); (2) the email is not the one of the Atlassian account that created the token; (3) the token expired or was revoked (API tokens live at most one year).`
    case 'app-password':
      return `${previously}App passwords were removed on ${APP_PASSWORD_REMOVAL_DAY}.`
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

const decided = (verdict: Verdict, ...findings: Finding[]): VerdictDecision => ({
  verdict,
  findings
})

/** The OAuth token endpoint refused the consumer, or could not be asked. */
function oauthNotMinted(
  oauth: NonNullable<Probes['oauth']>,
  type: CredentialType,
  probes: Probes,
  level: Level
): VerdictDecision {
  if (oauth.outcome === 'rejected') {
    return decided(
      'invalid',
      finding(
        'credential-rejected',
        `The OAuth token endpoint refused the client-credentials grant: "${oauth.detail ?? ''}". ${rejectionCauses(type, probes.history)}`
      )
    )
  }
  const code = oauth.outcome === 'rate-limited' ? 'rate-limited' : 'indeterminate'
  const detail = `The OAuth token endpoint could not be asked: ${oauth.detail ?? 'no answer'}.`
  return decided('indeterminate', finding(code, detail, level))
}

/** A stored OAuth access token past its life: Bitbucket says so in its 401. */
function oauthExpired(type: CredentialType, probes: Probes): VerdictDecision | null {
  if (type !== 'oauth-access-token' || !saysOAuthExpired(probes)) return null
  return decided(
    'expired',
    finding(
      'expired',
      'Bitbucket answered HTTP 401 "Access token expired.": this secret is an OAuth access token, and such tokens live only 1–2 hours.',
      'error',
      'Store the OAuth consumer instead (its key as client-id, its secret as client-secret): each run then mints a fresh access token.'
    )
  )
}

/**
 * /2.0/user answers access tokens 401 or 403 (docs/bitbucket-facts.md §7.4, §8): only a repository
 * can tell.
 */
function accessTokenWithoutRepository(
  type: CredentialType,
  probes: Probes,
  level: Level
): VerdictDecision | null {
  if (!isAccessToken(type) || probes.repo || probes.user?.outcome !== 'rejected') return null
  return decided(
    'indeterminate',
    finding(
      'indeterminate',
      `Bitbucket answered HTTP 401 on /2.0/user${probes.user.detail ? ` ("${probes.user.detail}")` : ''}, which it also answers to valid access tokens, and no repository was given to ask instead.`,
      level,
      'Set repository (workspace/repo-slug) to a repository this access token reaches, so that Bitbucket can be asked about it.'
    )
  )
}

/** A 401: invalid once confirmed by a second request, indeterminate when it could not be. */
function rejected(
  cls: Classification,
  type: CredentialType,
  probes: Probes,
  level: Level
): VerdictDecision | null {
  if (probes.user?.outcome !== 'rejected' && probes.repo?.outcome !== 'rejected') return null
  const said = probes.user?.detail || probes.repo?.detail
  const answer = `HTTP 401 to ${KINDS[type].restHint}${said ? ` ("${said}")` : ''}`
  if (!probes.restConfirmed) {
    return decided(
      'indeterminate',
      finding(
        'indeterminate',
        `Bitbucket answered ${answer} once, and no time was left to ask again; a single 401 can be sporadic (BCLOUD-24107).`,
        level,
        'Re-run the check, or raise timeout-seconds so that a 401 can be confirmed.'
      )
    )
  }
  // A wrong identity (from the classification) is the cause, and its finding says what to set.
  if (cls.wrongIdentity) return decided('invalid')
  return decided(
    'invalid',
    finding(
      'credential-rejected',
      `Bitbucket answered ${answer}, confirmed by a second request after a pause. ${rejectionCauses(type, probes.history)}`
    )
  )
}

/** No usable answer at all: rate-limited or unavailable, never a verdict on the credential. */
function unanswered(probes: Probes, rest: ProbeResult[], level: Level): VerdictDecision {
  const probesRun = [...rest, probes.git?.read].filter((p): p is ProbeResult => p !== undefined)
  if (probesRun.length === 0) return decided('skipped')
  const limited = probesRun.find((p) => p.outcome === 'rate-limited')
  if (limited) {
    const detail = `Bitbucket answered HTTP 429 (${limited.detail}), so the credential could not be checked.`
    return decided('indeterminate', finding('rate-limited', detail, level))
  }
  const why = probesRun.map((p) => p.detail).filter(Boolean)[0] ?? 'no usable answer'
  return decided(
    'indeterminate',
    finding('indeterminate', `Bitbucket could not be asked: ${why}.`, level)
  )
}

/**
 * The verdict, in order: decided offline; skipped offline; an API token without email cannot
 * be used; the OAuth endpoint's refusal; removed (410); valid on any acceptance; then the kinds
 * of refusal; else nobody answered.
 */
export function decideVerdict(
  cls: Classification,
  type: CredentialType,
  probes: Probes,
  policy: EvaluationPolicy
): VerdictDecision {
  if (cls.verdict) return decided(cls.verdict)
  if (policy.offline) return decided('skipped')
  // wrong-identity (from the classification) says what to set; nothing was sent to REST.
  if (cls.missingEmail) return decided('invalid')
  const level = indeterminateLevel(policy)
  if (probes.oauth && probes.oauth.outcome !== 'minted') {
    return oauthNotMinted(probes.oauth, type, probes, level)
  }
  const rest = [probes.user, probes.repo].filter((p): p is ProbeResult => p !== undefined)
  const git = [probes.git?.read, probes.git?.write]
  if ([...rest, ...git].some((p) => p?.outcome === 'gone')) return decided('removed')
  const gitAccepted = [probes.git?.read, probes.altGit?.read].some((p) => p?.outcome === 'accepted')
  if (probes.oauth?.outcome === 'minted' || rest.some(authenticated) || gitAccepted) {
    return decided('valid')
  }
  return (
    oauthExpired(type, probes) ??
    accessTokenWithoutRepository(type, probes, level) ??
    rejected(cls, type, probes, level) ??
    unanswered(probes, rest, level)
  )
}
