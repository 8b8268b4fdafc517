/** Fixed reports for the renderers' golden tests: every status, verdict and expiry group, and hostile names. */
import type { CredentialReport, Finding, Report } from '../src/core/types.js'

export const CHECKED_AT = '2026-11-28T10:00:00.000Z'
const DAY = 86_400_000
const inDays = (n: number) => new Date(Date.parse(CHECKED_AT) + n * DAY + 3_600_000).toISOString()

const f = (level: Finding['level'], code: Finding['code'], message: string): Finding => ({
  level,
  code,
  message
})

const base = (name: string): CredentialReport => ({
  name,
  type: 'api-token',
  verdict: 'valid',
  status: 'ok',
  identity: { username: 'jdoe', accountId: '557058:0000' },
  scopes: ['read:repository:bitbucket'],
  missingScopes: [],
  excessScopes: [],
  reach: null,
  expiresAt: null,
  expirySource: null,
  daysLeft: null,
  git: null,
  usage: {
    rest: 'Basic auth, user = Atlassian account email, password = the token',
    gitUsername: 'x-bitbucket-api-token-auth',
    cloneUrl: 'https://x-bitbucket-api-token-auth:<token>@bitbucket.org/acme/web.git'
  },
  findings: []
})

const expiring = (c: CredentialReport, days: number): CredentialReport => ({
  ...c,
  expiresAt: inDays(days),
  expirySource: 'declared',
  daysLeft: days
})

/** Nine credentials: two failing, three warnings, four ok, in a deliberately unsorted order. */
export function sampleReport(): Report {
  const credentials: CredentialReport[] = [
    {
      ...expiring(base('deploy'), 200),
      scopes: ['read:repository:bitbucket', 'write:repository:bitbucket'],
      git: { username: 'x-bitbucket-api-token-auth', read: true, write: true, working: null },
      findings: [
        f('notice', 'expires-in', 'This credential expires on 2027-06-16: 200 day(s) left.')
      ]
    },
    {
      ...expiring(base('release-bot'), 5),
      status: 'failure',
      findings: [
        f(
          'error',
          'expires-soon',
          'This credential expires on 2026-12-03 (declared): 5 day(s) left (fail-days is 7). Create a replacement now, update the secret and its expires-at, then revoke the old one.'
        )
      ]
    },
    {
      ...base('<img src=x onerror=alert(1)> | @acme/admins see #12'),
      status: 'warning',
      findings: [
        f(
          'warning',
          'expiry-unknown',
          'No expiry is known. Set expires-at to the date chosen when the token was created.'
        )
      ]
    },
    {
      ...base('mirror'),
      type: 'repository-access-token',
      verdict: 'invalid',
      status: 'failure',
      identity: null,
      scopes: [],
      reach: 'repository',
      usage: {
        rest: 'Authorization: Bearer <token>',
        gitUsername: 'x-token-auth',
        cloneUrl: 'https://x-token-auth:<token>@bitbucket.org/acme/web.git'
      },
      findings: [
        f(
          'error',
          'credential-rejected',
          'Bitbucket answered 401: the token was revoked or has expired. Create a new credential and update the secret.'
        ),
        f('warning', 'expiry-unknown', 'No expiry is known.')
      ]
    },
    {
      ...expiring(base('ci-clone'), 21),
      type: 'repository-access-token',
      status: 'warning',
      scopes: ['repository', 'pullrequest'],
      reach: 'repository',
      findings: [
        f(
          'warning',
          'expires-soon',
          'This credential expires on 2026-12-19 (declared): 21 day(s) left (warn-days is 30).'
        )
      ]
    },
    {
      ...expiring(base('old-bot'), -3),
      verdict: 'expired',
      status: 'failure',
      identity: null,
      scopes: [],
      findings: [
        f('error', 'expired', 'This credential expired on 2026-11-25 (declared), 3 day(s) ago.')
      ]
    },
    {
      ...base('reporting consumer'),
      type: 'oauth-consumer',
      expiresAt: inDays(0),
      expirySource: 'oauth',
      daysLeft: 0,
      findings: [f('notice', 'expires-in', "The consumer's key and secret do not expire.")]
    },
    {
      ...expiring(base('pipelines'), 90),
      expirySource: 'lifetime-bound',
      findings: [
        f(
          'notice',
          'read-user-scope-missing',
          'The credential works, but tools need read:user:bitbucket.'
        )
      ]
    },
    {
      ...expiring(base('```\n# Heading'), 45),
      status: 'warning',
      findings: [
        f('warning', 'excess-scopes', 'It has admin:repository:bitbucket, which no purpose needs.')
      ]
    }
  ]
  return { status: 'failure', checkedAt: CHECKED_AT, credentials }
}

/**
 * `n` credentials: the healthy first, then `warning` expiring within warn-days, then `failing`
 * revoked (last in input order, so an emitter in input order would spend the budget before them).
 */
export function manyCredentials(n: number, failing: number, warning: number): Report {
  const credentials = Array.from({ length: n }, (_, i): CredentialReport => {
    const name = `cred-${String(i + 1).padStart(String(n).length, '0')}`
    const healthy = n - failing - warning
    if (i >= healthy + warning) {
      return {
        ...base(name),
        verdict: 'invalid',
        status: 'failure',
        findings: [
          f(
            'error',
            'credential-rejected',
            `Bitbucket answered 401 for ${name}. Create a new one.`
          ),
          f('warning', 'expiry-unknown', 'No expiry is known.')
        ]
      }
    }
    if (i >= healthy) {
      return {
        ...expiring(base(name), 10 + (i % 20)),
        status: 'warning',
        findings: [f('warning', 'expires-soon', `${name} expires soon.`)]
      }
    }
    return {
      ...expiring(base(name), 40 + (i % 300)),
      findings: [f('notice', 'expires-in', `${name} has days left.`)]
    }
  })
  const status = failing ? 'failure' : warning ? 'warning' : 'ok'
  return { status, checkedAt: CHECKED_AT, credentials }
}
