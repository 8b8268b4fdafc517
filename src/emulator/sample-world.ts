/** A small Bitbucket world for the demo and the tests: accounts, repositories and one secret per case. */
import type { EmuAccount, EmuToken, EmulatorOptions } from './emulator-core.js'
import { makeAccessToken, makeApiToken, makeAppPassword, makeOAuthToken } from './tokens.js'

export const JDOE: EmuAccount = {
  accountId: '557058:f1d2c3b4-0000-4000-8000-00000000a1a1',
  username: 'jdoe',
  email: 'jdoe@example.com',
  displayName: 'Jane Doe'
}

export const REPO = 'acme/web'
export const OTHER_REPO = 'acme/api'

const day = 86_400_000
export const inDays = (now: Date, days: number) =>
  new Date(now.getTime() + days * day).toISOString().slice(0, 10)

export const SECRETS = {
  healthy: makeApiToken('healthy'),
  readOnly: makeApiToken('read-only'),
  noReadUser: makeApiToken('no-read-user'),
  admin: makeApiToken('admin'),
  noScopes: makeApiToken('no-scopes'),
  revoked: makeApiToken('revoked'),
  repoToken: makeAccessToken('repo-token'),
  projectToken: makeAccessToken('project-token'),
  workspaceToken: makeAccessToken('workspace-token'),
  readOnlyRepoToken: makeAccessToken('read-only-repo-token'),
  appPassword: makeAppPassword('app-password'),
  adminOnly: makeApiToken('admin-only'),
  expiredOAuth: makeOAuthToken('expired-oauth'),
  repoTokenUser401: makeAccessToken('repo-token-user-401')
}

export const CONSUMER = {
  key: 'K8sPq2Vx7mW4nR9tY3bZ6cF1gH5jL0aD',
  secret: 'consumer-secret-' + 'x'.repeat(60)
}

const apiToken = (secret: string, scopes: string[], extra: Partial<EmuToken> = {}): EmuToken => ({
  secret,
  kind: 'api-token',
  scopes,
  account: JDOE,
  ...extra
})

/** The API tokens (one per scope case), the unscoped one and the app password, all Jane Doe's. */
function accountTokens(): EmuToken[] {
  return [
    apiToken(SECRETS.healthy, [
      'read:user:bitbucket',
      'read:repository:bitbucket',
      'write:repository:bitbucket'
    ]),
    apiToken(SECRETS.readOnly, ['read:user:bitbucket', 'read:repository:bitbucket']),
    apiToken(SECRETS.noReadUser, ['read:repository:bitbucket', 'write:repository:bitbucket']),
    apiToken(SECRETS.admin, [
      'read:user:bitbucket',
      'read:repository:bitbucket',
      'write:repository:bitbucket',
      'admin:repository:bitbucket',
      'delete:repository:bitbucket'
    ]),
    { secret: SECRETS.noScopes, kind: 'unscoped-api-token', scopes: [], account: JDOE },
    apiToken(SECRETS.revoked, ['read:user:bitbucket', 'read:repository:bitbucket'], {
      revoked: true
    }),
    { secret: SECRETS.appPassword, kind: 'app-password', scopes: ['repository'], account: JDOE },
    apiToken(SECRETS.adminOnly, ['read:user:bitbucket', 'admin:repository:bitbucket'])
  ]
}

/** Repository, project and workspace access tokens, and a stored OAuth token past its life. */
function accessTokens(): EmuToken[] {
  return [
    {
      secret: SECRETS.repoToken,
      kind: 'repository-access-token',
      scopes: ['repository', 'repository:write', 'pullrequest'],
      repositories: [REPO]
    },
    {
      secret: SECRETS.projectToken,
      kind: 'project-access-token',
      scopes: ['repository', 'project'],
      repositories: [REPO, OTHER_REPO]
    },
    {
      secret: SECRETS.workspaceToken,
      kind: 'workspace-access-token',
      scopes: ['repository', 'account', 'webhook'],
      repositories: [REPO, OTHER_REPO]
    },
    {
      secret: SECRETS.readOnlyRepoToken,
      kind: 'repository-access-token',
      scopes: ['repository'],
      repositories: [REPO]
    },
    {
      secret: SECRETS.expiredOAuth,
      kind: 'oauth-access-token',
      scopes: ['repository'],
      expiresAt: '2026-01-01T00:00:00.000Z'
    },
    {
      secret: SECRETS.repoTokenUser401,
      kind: 'repository-access-token',
      scopes: ['repository'],
      repositories: [REPO],
      userAnswer: 401
    }
  ]
}

export function sampleWorld(): EmulatorOptions {
  return {
    repositories: [REPO, OTHER_REPO],
    tokens: [...accountTokens(), ...accessTokens()],
    consumers: [
      {
        key: CONSUMER.key,
        secret: CONSUMER.secret,
        scopes: ['repository', 'pullrequest', 'account'],
        expiresIn: 7200
      }
    ]
  }
}
