/**
 * Offline classification: from the secret's shape and the identity given beside it, the
 * credential's kind, the identity to authenticate with, and the verdicts that need no request
 * (malformed, removed, skipped).
 */
import { looksLikeEmail } from './email.js'
import { checksumMatches } from './checksum.js'
import { blank, type Classification } from './classification.js'
import { cleanSecret, type CleanedSecret } from './clean-secret.js'
import { classifyDataCenter } from './data-center-classify.js'
import { API_TOKEN_URL, finding } from './findings.js'
import {
  ACCESS_TOKEN_GIT_USER,
  APP_PASSWORD_REMOVAL_DAY,
  APP_PASSWORD_REMOVED_AT,
  KINDS,
  LEGACY_TOKENS_EXPIRED_BY,
  kindOfPrefix
} from './kinds.js'
import { scopesForPurposes } from './purposes.js'
import { toVocabulary } from './scopes.js'
import type { CredentialSpec, CredentialType, Finding, Verdict } from './types.js'

export type { Classification } from './classification.js'

/** Longer than any Bitbucket credential, pasted URL included. */
export const MAX_SECRET_LENGTH = 4096

const UNUSABLE_FIX =
  'Store only the token itself in the secret (copy it again from where it was created), with nothing around it.'

/**
 * Why a secret cannot be a credential before any costly parsing: too long, or characters that
 * an HTTP header cannot carry (control characters, anything beyond Latin-1). Null when usable.
 */
function unusableSecret(raw: string): string | null {
  if (raw.length > MAX_SECRET_LENGTH) {
    return `The secret is ${raw.length} characters long, longer than any Bitbucket credential (at most ${MAX_SECRET_LENGTH}): something else was stored in it.`
  }
  const inner = raw.trim()
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (/[\u0000-\u001F\u007F]|[^\u0000-\u00FF]/.test(inner)) {
    return 'The secret contains characters that HTTP cannot carry (a control character, or one beyond Latin-1 such as a smart quote or an emoji), so it was not sent.'
  }
  return null
}

/** The API-token scopes that replace an app password for this job. */
export function replacementScopes(spec: CredentialSpec): string[] {
  const fromPurposes = scopesForPurposes(spec.purposes, 'granular')
  const declared = toVocabulary(spec.scopes, 'granular')
  const all = [...new Set([...fromPurposes, ...declared])]
  if (all.length > 0) return all
  return ['read:repository:bitbucket', 'write:repository:bitbucket']
}

function appPasswordFinding(spec: CredentialSpec, now: Date, legacy: boolean): Finding {
  const scopes = replacementScopes(spec).join(', ')
  const what = legacy
    ? 'This looks like a legacy 20-character app password.'
    : `This is an app password (${KINDS['app-password'].prefix}…).`
  if (now < APP_PASSWORD_REMOVED_AT) {
    return finding(
      'app-password-removed',
      `${what} App passwords stop working on ${APP_PASSWORD_REMOVAL_DAY}.`,
      'warning',
      `Before then, create an Atlassian API token with the scopes ${scopes} at ${API_TOKEN_URL} ("Create API token with scopes" → Bitbucket) and store it in this secret.`
    )
  }
  return finding(
    'app-password-removed',
    `${what} Bitbucket no longer accepts it. For this job the API token needs the scopes: ${scopes}.`
  )
}

function restIdentity(
  spec: CredentialSpec,
  type: CredentialType,
  findings: Finding[]
): string | null {
  const email = spec.email.trim()
  const username = spec.username.trim()
  if (type === 'api-token') {
    if (email && looksLikeEmail(email)) return email
    if (email) {
      findings.push(
        finding(
          'wrong-identity',
          'The email input does not look like an email address. An API token authenticates to the REST API as Basic <Atlassian account email>:<token>. Set email to the address of the Atlassian account that created the token.'
        )
      )
      return email
    }
    if (username && looksLikeEmail(username)) return username
    findings.push(
      finding(
        'wrong-identity',
        username
          ? 'An API token was given with a username but no email. Bitbucket rejects the username with API tokens on the REST API: set email to the Atlassian account email that owns the token; the username only works for Git.'
          : 'An API token needs the email of the Atlassian account that created it: set email (REST uses Basic <email>:<token>).'
      )
    )
    return username || null
  }
  if (type === 'app-password') return username || email || null
  if (type === 'unknown') return email || username || null
  return null
}

/** A classification reached without looking further: unusable, empty or a consumer. */
function settled(
  findings: Finding[],
  fields: Partial<Classification> & Pick<Classification, 'type' | 'scheme' | 'secret'>
): Classification {
  return { ...blank(findings), ...fields }
}

/** An OAuth consumer (client-id and client-secret): minted at check time, never classified. */
function classifyConsumer(spec: CredentialSpec): Classification {
  const secret = spec.clientSecret.trim()
  const empty = !secret || !spec.clientId.trim()
  const findings = empty
    ? [
        finding(
          'empty-secret',
          `The OAuth consumer's ${secret ? 'client-id' : 'client-secret'} is empty.`
        )
      ]
    : []
  return settled(findings, {
    type: 'oauth-consumer',
    scheme: 'oauth-client-credentials',
    secret,
    restUser: spec.clientId.trim(),
    verdict: empty ? 'skipped' : null,
    emptySecret: empty
  })
}

interface Shape {
  type: CredentialType
  verdict: Verdict | null
  expiry: Classification['expiry']
}

/**
 * The kind from the secret's shape: a known prefix (checked against its CRC-32 suffix), a
 * legacy 24-character API token, or a 20-character app password given with an identity.
 */
function shapeOf(secret: string, spec: CredentialSpec, findings: Finding[]): Shape {
  const prefixed = kindOfPrefix(secret)
  if (prefixed && !checksumMatches(secret)) {
    findings.push(
      finding(
        'checksum-mismatch',
        `This ${KINDS[prefixed].shortLabel} (${secret.length} characters) fails its built-in checksum: the last 8 characters should be a CRC-32 of the rest, so part of it is missing or changed.`
      )
    )
    return { type: prefixed, verdict: 'malformed', expiry: null }
  }
  if (prefixed) return { type: prefixed, verdict: null, expiry: null }
  if (/^[A-Za-z0-9]{24}$/.test(secret) && !spec.username.trim()) {
    const by = LEGACY_TOKENS_EXPIRED_BY.toISOString().slice(0, 10)
    findings.push(
      finding(
        'legacy-token-format',
        `This 24-character secret is a legacy, unscoped Atlassian API token. Bitbucket only accepts API tokens with scopes, and every token of this format expired by ${by}.`
      )
    )
    return {
      type: 'api-token',
      verdict: 'removed',
      expiry: { at: LEGACY_TOKENS_EXPIRED_BY, source: 'lifetime-bound' }
    }
  }
  const identified = spec.username.trim() || spec.email.trim()
  if (/^[A-Za-z0-9]{20}$/.test(secret) && identified) {
    return { type: 'app-password', verdict: null, expiry: null }
  }
  return { type: 'unknown', verdict: null, expiry: null }
}

/** An app password works until the removal date, and is `removed` from then on. */
function appPasswordShape(
  shape: Shape,
  secret: string,
  spec: CredentialSpec,
  now: Date,
  findings: Finding[]
): Shape {
  if (shape.type !== 'app-password' || shape.verdict !== null) return shape
  const prefix = KINDS['app-password'].prefix!
  findings.push(appPasswordFinding(spec, now, !secret.startsWith(prefix)))
  if (now < APP_PASSWORD_REMOVED_AT) return shape
  return {
    ...shape,
    verdict: 'removed',
    expiry: { at: APP_PASSWORD_REMOVED_AT, source: 'removed' }
  }
}

/** A secret no credential can be: malformed before any parsing; null when it may be one. */
function unusable(raw: string, findings: Finding[]): Classification | null {
  const why = unusableSecret(raw)
  if (!why) return null
  findings.push(finding('checksum-mismatch', why, 'error', UNUSABLE_FIX))
  return settled(findings, { type: 'unknown', scheme: 'bearer', secret: '', verdict: 'malformed' })
}

/** An empty secret is skipped; one stored with extra characters is checked without them. */
function emptyOrTrimmed(cleaned: CleanedSecret, findings: Finding[]): Classification | null {
  if (!cleaned.secret) {
    findings.push(
      finding('empty-secret', 'No secret was given for this credential, so it was not checked.')
    )
    return settled(findings, {
      type: 'unknown',
      scheme: 'bearer',
      secret: '',
      verdict: 'skipped',
      emptySecret: true
    })
  }
  if (cleaned.removed.length > 0) {
    findings.push(
      finding(
        'whitespace-trimmed',
        `The secret was stored with ${cleaned.removed.join(', ')}; it was checked without them.`
      )
    )
  }
  return null
}

/** The REST identity (and scheme) of a classified token, and whether it is unusable as given. */
function withIdentity(
  spec: CredentialSpec,
  cleaned: CleanedSecret,
  shape: Shape,
  findings: Finding[]
): Classification {
  // An email in a pasted URL's user part can stand in for a missing email input.
  const urlEmail =
    cleaned.gitUsername && looksLikeEmail(cleaned.gitUsername) ? cleaned.gitUsername : ''
  const identity = spec.email || spec.username || !urlEmail ? spec : { ...spec, email: urlEmail }
  const before = findings.length
  const restUser = shape.verdict === null ? restIdentity(identity, shape.type, findings) : null
  let scheme = KINDS[shape.type].scheme
  if (shape.type === 'unknown' && restUser)
    scheme = looksLikeEmail(restUser) ? 'basic-email' : 'basic-username'
  return {
    ...blank(findings),
    ...shape,
    scheme,
    secret: cleaned.secret,
    restUser,
    gitUsername: cleaned.gitUsername,
    repository: cleaned.repository,
    wrongIdentity: findings.length > before,
    missingEmail:
      shape.verdict === null &&
      shape.type === 'api-token' &&
      (restUser === null || !looksLikeEmail(restUser)) &&
      !identity.email.trim()
  }
}

/**
 * Classifies one credential offline: an OAuth consumer; a secret that cannot be one (too
 * long, unsendable characters) or is empty; a Data Center token; else a Cloud kind from its
 * shape, with the identity it authenticates with.
 */
export function classify(spec: CredentialSpec, now: Date): Classification {
  if (spec.clientId.trim() || spec.clientSecret.trim()) return classifyConsumer(spec)
  const findings: Finding[] = []
  const bad = unusable(spec.token, findings)
  if (bad) return bad
  const cleaned = cleanSecret(spec.token)
  const empty = emptyOrTrimmed(cleaned, findings)
  if (empty) return empty
  // A Data Center token (BBDC-…) goes to its own server only, never to Bitbucket Cloud.
  const dataCenter = classifyDataCenter(spec, cleaned, findings)
  if (dataCenter) return dataCenter
  const shape = appPasswordShape(
    shapeOf(cleaned.secret, spec, findings),
    cleaned.secret,
    spec,
    now,
    findings
  )
  return withIdentity(spec, cleaned, shape, findings)
}

/**
 * Whether a declared Git username is wrong for the kind (KINDS: the literal username it needs,
 * and whether the owner's Bitbucket username works instead); the reason, or null when fine.
 */
export function gitUsernameProblem(
  type: CredentialType,
  declared: string,
  bitbucketUsername: string | null
): string | null {
  const user = declared.trim()
  const kind = KINDS[type]
  if (!user || type === 'unknown' || user === kind.gitUsername) return null
  if (!kind.gitAcceptsBitbucketUsername) {
    return `${kind.label} authenticates to Git with the literal username ${kind.gitUsername}.`
  }
  if (looksLikeEmail(user)) {
    return type === 'app-password'
      ? 'App passwords never accepted an email as the Git username.'
      : `An email address does not work as the Git username with an ${kind.shortLabel}.`
  }
  if (user === ACCESS_TOKEN_GIT_USER) {
    return `${ACCESS_TOKEN_GIT_USER} is the Git username of access tokens, not of ${kind.shortLabel}s.`
  }
  if (bitbucketUsername && user !== bitbucketUsername) {
    return `This ${kind.shortLabel} belongs to the Bitbucket user "${bitbucketUsername}", not "${user}".`
  }
  return null
}
