/**
 * Finding codes as data (README "Finding codes"): each code's default level, a short title
 * for annotations, and the fix a reader at 2 a.m. should apply.
 */
import { API_TOKEN_GIT_USER, APP_PASSWORD_REMOVAL_DAY } from './kinds.js'
import type { Finding, Level } from './types.js'

export const API_TOKEN_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens'

interface FindingInfo {
  level: Level
  title: string
  fix: string
}

export const FINDINGS = {
  'app-password-removed': {
    level: 'error',
    title: 'app password no longer works',
    fix: `Bitbucket removed app passwords on ${APP_PASSWORD_REMOVAL_DAY}. Create an Atlassian API token with scopes at ${API_TOKEN_URL} ("Create API token with scopes" → Bitbucket), store it in this secret, and send it with your Atlassian email (REST) or ${API_TOKEN_GIT_USER} (Git).`
  },
  'legacy-token-format': {
    level: 'error',
    title: 'legacy token format',
    fix: `Create a new API token with Bitbucket scopes at ${API_TOKEN_URL} ("Create API token with scopes") and replace this secret.`
  },
  'checksum-mismatch': {
    level: 'error',
    title: 'secret is truncated or mistyped',
    fix: 'Copy the whole token again from where it was created (it is shown only once; create a new one if it is lost) and save it in the secret without edits.'
  },
  'empty-secret': {
    level: 'warning',
    title: 'secret is empty',
    fix: 'Secrets are not passed to workflows triggered from forks; run this check on push, schedule or workflow_dispatch, or check that the secret name is spelled right.'
  },
  'whitespace-trimmed': {
    level: 'warning',
    title: 'secret had extra characters around it',
    fix: 'Re-save the secret without surrounding spaces, newlines, quotes or prefixes: tools that send it as-is will be rejected.'
  },
  'credential-rejected': {
    level: 'error',
    title: 'Bitbucket rejected the credential',
    fix: 'Fix the most likely cause first; if none applies, create a new credential and update the secret.'
  },
  'wrong-identity': {
    level: 'error',
    title: 'wrong identity for this kind',
    fix: 'Correct the identity input and re-run this check.'
  },
  'missing-scopes': {
    level: 'error',
    title: 'missing scopes',
    fix: 'Scopes cannot be added to an existing token: create a new token with all the scopes listed and replace the secret.'
  },
  'excess-scopes': {
    level: 'warning',
    title: 'more power than the job needs',
    fix: 'Create a narrower token with only the scopes the job needs and replace this one; then revoke the old token.'
  },
  'read-user-scope-missing': {
    level: 'notice',
    title: 'token cannot read its user',
    fix: 'The credential works, but tools that identify the user (Sourcetree, Git Credential Manager, many CI plugins) need read:user:bitbucket; add it when you next create the token.'
  },
  'repository-unreachable': {
    level: 'error',
    title: 'repository unreachable',
    fix: 'Check the workspace/repo-slug spelling, that the token was created for this repository, project or workspace, and that its owner can access the repository.'
  },
  expired: {
    level: 'error',
    title: 'expired',
    fix: 'Create a new credential, update the secret and the declared expires-at.'
  },
  'expires-soon': {
    level: 'warning',
    title: 'expires soon',
    fix: 'Create a replacement now, update the secret and its expires-at, then revoke the old one.'
  },
  'expires-in': {
    level: 'notice',
    title: 'expiry',
    fix: ''
  },
  'expiry-unknown': {
    level: 'warning',
    title: 'expiry unknown',
    fix: 'Bitbucket does not reveal expiry through its API: set expires-at to the date chosen when the token was created (YYYY-MM-DD), or give atlassian-org-id and atlassian-admin-key so it is read from the Atlassian admin API.'
  },
  'git-auth-failed': {
    level: 'error',
    title: 'Git over HTTPS failed',
    fix: 'Use the Git username named here, and a token with the read (clone) or write (push) repository scope that reaches this repository.'
  },
  'git-username-wrong': {
    level: 'error',
    title: 'wrong Git username',
    fix: 'Change the username in the clone URL or credential helper to the one shown.'
  },
  indeterminate: {
    level: 'warning',
    title: 'could not be checked',
    fix: 'This is not a verdict on the credential: re-run the job; if it persists, check the network path to Bitbucket and https://bitbucket.status.atlassian.com.'
  },
  'data-center-token': {
    level: 'error',
    title: 'Bitbucket Data Center token',
    fix: 'Set server-url to the base URL of your Bitbucket Data Center (https://bitbucket.example.com) so the token is checked there; for Bitbucket Cloud, use an API token or an access token instead.'
  },
  'consumer-mismatch': {
    level: 'error',
    title: 'fails as the tool sends it',
    fix: "Change the tool's setting named here."
  },
  'consumer-unsupported': {
    level: 'error',
    title: 'the tool cannot use this kind',
    fix: 'Use a kind of credential the tool supports.'
  },
  'rate-limited': {
    level: 'warning',
    title: 'rate limited',
    fix: 'Bitbucket limits requests per account per hour: re-run later, or check fewer credentials of the same account per run.'
  }
} satisfies Record<string, FindingInfo>

export type FindingCode = keyof typeof FINDINGS

/** The short title of a code, for annotation titles and the summary. */
export function findingTitle(code: string): string {
  return Object.hasOwn(FINDINGS, code) ? FINDINGS[code as FindingCode].title : code
}

/** A finding: the specific detail first, then the code's fix (or one that fits this case better). */
export function finding(code: FindingCode, detail: string, level?: Level, fix?: string): Finding {
  const info: FindingInfo = FINDINGS[code]
  const message = [detail, fix ?? info.fix].filter(Boolean).join(' ')
  return { level: level ?? info.level, code, message }
}

/** Levels from least to most severe: the one order every ranking uses. */
export const SEVERITY: Record<Level, number> = { notice: 0, warning: 1, error: 2 }

/**
 * Codes that a finding of another code makes redundant, stated once: a credential whose date
 * has passed is `expired`, not also `credential-rejected` (its rejection is the expiry).
 */
const SUPERSEDED_BY: Partial<Record<FindingCode, FindingCode[]>> = {
  'credential-rejected': ['expired']
}

/**
 * The findings a reader needs: none superseded by another code (SUPERSEDED_BY), for each code
 * only its most severe findings (a Git 410 error supersedes the app password's removal-date
 * warning), and each message once.
 */
export function dropSuperseded(findings: Finding[]): Finding[] {
  const worst = new Map<FindingCode, number>()
  for (const f of findings) worst.set(f.code, Math.max(worst.get(f.code) ?? 0, SEVERITY[f.level]))
  const present = (code: FindingCode) => worst.has(code) && worst.get(code) === SEVERITY.error
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.message}`
    if ((SUPERSEDED_BY[f.code] ?? []).some(present)) return false
    if (SEVERITY[f.level] < (worst.get(f.code) ?? 0) || seen.has(key)) return false
    seen.add(key)
    return true
  })
}
