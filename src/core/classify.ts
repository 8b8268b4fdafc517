/**
 * Offline classification: from the secret's shape and the identity given beside it, the
 * credential's kind, the identity to authenticate with, and the verdicts that need no request
 * (malformed, removed, skipped).
 */
import { checksumMatches } from './checksum.js'
import { cleanSecret } from './clean-secret.js'
import { classifyDataCenter } from './data-center-classify.js'
import { API_TOKEN_URL, finding } from './findings.js'
import {
  API_TOKEN_GIT_USER,
  APP_PASSWORD_REMOVED_AT,
  KINDS,
  LEGACY_TOKENS_EXPIRED_BY,
  type Scheme
} from './kinds.js'
import { scopesForPurposes } from './purposes.js'
import { toVocabulary } from './scopes.js'
import type {
  CredentialSpec,
  CredentialType,
  ExpirySource,
  Finding,
  Repository,
  Verdict
} from './types.js'

export interface Classification {
  type: CredentialType
  scheme: Scheme
  secret: string
  /** The user for Basic auth (email for API tokens, username for app passwords). */
  restUser: string | null
  /** Git username and repository recovered from a pasted URL. */
  gitUsername?: string
  repository?: Repository
  /** An API token given no email: it cannot be used on REST as configured. */
  missingEmail: boolean
  /** A verdict reached without any request; null when a live check decides. */
  verdict: Verdict | null
  expiry: { at: Date; source: ExpirySource } | null
  findings: Finding[]
}

const PREFIXES: { prefix: string; type: CredentialType; label: string }[] = [
  { prefix: 'ATATT3', type: 'api-token', label: 'Atlassian API token' },
  { prefix: 'ATCTT3', type: 'access-token', label: 'access token' },
  { prefix: 'ATBB', type: 'app-password', label: 'app password' }
]

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

const looksLikeEmail = (text: string) => /^[^@\s]+@[^@\s]+$/.test(text)

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
    : 'This is an app password (ATBB…).'
  if (now < APP_PASSWORD_REMOVED_AT) {
    return finding(
      'app-password-removed',
      `${what} App passwords stop working on 2026-07-28.`,
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

export function classify(spec: CredentialSpec, now: Date): Classification {
  const findings: Finding[] = []
  const base = {
    gitUsername: undefined as string | undefined,
    repository: undefined as Repository | undefined
  }

  if (spec.clientId.trim() || spec.clientSecret.trim()) {
    const secret = spec.clientSecret.trim()
    const empty = !secret || !spec.clientId.trim()
    if (empty)
      findings.push(
        finding(
          'empty-secret',
          `The OAuth consumer's ${secret ? 'client-id' : 'client-secret'} is empty.`
        )
      )
    return {
      ...base,
      type: 'oauth-consumer',
      scheme: 'oauth-client-credentials',
      secret,
      restUser: spec.clientId.trim(),
      verdict: empty ? 'skipped' : null,
      missingEmail: false,
      expiry: null,
      findings
    }
  }

  const unusable = unusableSecret(spec.token)
  if (unusable) {
    findings.push(finding('checksum-mismatch', unusable, 'error', UNUSABLE_FIX))
    return {
      ...base,
      type: 'unknown',
      scheme: 'bearer',
      secret: '',
      restUser: null,
      verdict: 'malformed',
      missingEmail: false,
      expiry: null,
      findings
    }
  }
  const cleaned = cleanSecret(spec.token)
  const { secret } = cleaned
  if (!secret) {
    findings.push(
      finding('empty-secret', 'No secret was given for this credential, so it was not checked.')
    )
    return {
      ...base,
      type: 'unknown',
      scheme: 'bearer',
      secret,
      restUser: null,
      verdict: 'skipped',
      missingEmail: false,
      expiry: null,
      findings
    }
  }
  if (cleaned.removed.length > 0) {
    findings.push(
      finding(
        'whitespace-trimmed',
        `The secret was stored with ${cleaned.removed.join(', ')}; it was checked without them.`
      )
    )
  }

  // A Data Center token (BBDC-…) goes to its own server only, never to Bitbucket Cloud.
  const dataCenter = classifyDataCenter(spec, cleaned, findings)
  if (dataCenter) return dataCenter

  const known = PREFIXES.find((p) => secret.startsWith(p.prefix))
  let type: CredentialType = known?.type ?? 'unknown'
  let verdict: Verdict | null = null
  let expiry: Classification['expiry'] = null

  if (known && !checksumMatches(secret)) {
    findings.push(
      finding(
        'checksum-mismatch',
        `This ${known.label} (${secret.length} characters) fails its built-in checksum: the last 8 characters should be a CRC-32 of the rest, so part of it is missing or changed.`
      )
    )
    verdict = 'malformed'
  } else if (!known && /^[A-Za-z0-9]{24}$/.test(secret) && !spec.username.trim()) {
    type = 'api-token'
    verdict = 'removed'
    expiry = { at: LEGACY_TOKENS_EXPIRED_BY, source: 'lifetime-bound' }
    findings.push(
      finding(
        'legacy-token-format',
        'This 24-character secret is a legacy, unscoped Atlassian API token. Bitbucket only accepts API tokens with scopes, and every token of this format expired by 2026-05-12.'
      )
    )
  } else if (
    !known &&
    /^[A-Za-z0-9]{20}$/.test(secret) &&
    (spec.username.trim() || spec.email.trim())
  ) {
    type = 'app-password'
  }

  if (type === 'app-password' && verdict === null) {
    const legacy = !secret.startsWith('ATBB')
    findings.push(appPasswordFinding(spec, now, legacy))
    if (now >= APP_PASSWORD_REMOVED_AT) {
      verdict = 'removed'
      expiry = { at: APP_PASSWORD_REMOVED_AT, source: 'removed' }
    }
  }

  // An email in a pasted URL's user part can stand in for a missing email input.
  const urlEmail =
    cleaned.gitUsername && looksLikeEmail(cleaned.gitUsername) ? cleaned.gitUsername : ''
  const identity = spec.email || spec.username || !urlEmail ? spec : { ...spec, email: urlEmail }
  const restUser = verdict === null ? restIdentity(identity, type, findings) : null
  let scheme = KINDS[type].scheme
  if (type === 'unknown' && restUser)
    scheme = looksLikeEmail(restUser) ? 'basic-email' : 'basic-username'
  return {
    type,
    scheme,
    secret,
    restUser,
    gitUsername: cleaned.gitUsername,
    repository: cleaned.repository,
    verdict,
    missingEmail:
      verdict === null &&
      type === 'api-token' &&
      (restUser === null || !looksLikeEmail(restUser)) &&
      !identity.email.trim(),
    expiry,
    findings
  }
}

/** Whether a declared Git username is wrong for the kind; the reason, or null when it is fine. */
export function gitUsernameProblem(
  type: CredentialType,
  declared: string,
  bitbucketUsername: string | null
): string | null {
  const user = declared.trim()
  if (!user) return null
  if (type === 'api-token') {
    if (looksLikeEmail(user))
      return 'An email address does not work as the Git username with an API token.'
    if (user === 'x-token-auth')
      return 'x-token-auth is the Git username of access tokens, not of API tokens.'
    if (user === API_TOKEN_GIT_USER) return null
    if (bitbucketUsername && user !== bitbucketUsername)
      return `This token belongs to the Bitbucket user "${bitbucketUsername}", not "${user}".`
    return null
  }
  if (type === 'app-password') {
    return looksLikeEmail(user)
      ? 'App passwords never accepted an email as the Git username.'
      : null
  }
  if (type === 'unknown') return null
  if (user !== 'x-token-auth') {
    return `${KINDS[type].label} authenticates to Git with the literal username x-token-auth.`
  }
  return null
}
