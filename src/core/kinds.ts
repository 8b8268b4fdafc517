/** Credential kinds as data: prefix, how REST and Git authenticate, which scope vocabulary. */
import type { CredentialType } from './types.js'

export type Scheme = 'basic-email' | 'basic-username' | 'bearer' | 'oauth-client-credentials'
export type Vocabulary = 'granular' | 'classic'

export interface KindInfo {
  label: string
  scheme: Scheme
  vocabulary: Vocabulary
  /** The Git-over-HTTPS username this kind needs; null: the Bitbucket username. */
  gitUsername: string | null
  /** Other Git usernames Bitbucket accepts for this kind ('username' = the Bitbucket username). */
  altGitUsernames: string[]
  restHint: string
}

export const API_TOKEN_GIT_USER = 'x-bitbucket-api-token-auth'
export const ACCESS_TOKEN_GIT_USER = 'x-token-auth'

const accessToken = (label: string): KindInfo => ({
  label,
  scheme: 'bearer',
  vocabulary: 'classic',
  gitUsername: ACCESS_TOKEN_GIT_USER,
  altGitUsernames: [],
  restHint: 'Authorization: Bearer <token>'
})

export const KINDS: Record<CredentialType, KindInfo> = {
  'api-token': {
    label: 'Atlassian API token',
    scheme: 'basic-email',
    vocabulary: 'granular',
    gitUsername: API_TOKEN_GIT_USER,
    altGitUsernames: ['username'],
    restHint: 'Basic auth, user = Atlassian account email, password = the token'
  },
  'app-password': {
    label: 'app password (removed 2026-07-28)',
    scheme: 'basic-username',
    vocabulary: 'classic',
    gitUsername: null,
    altGitUsernames: [],
    restHint: 'Basic auth, user = Bitbucket username (no longer accepted)'
  },
  'repository-access-token': accessToken('repository access token'),
  'project-access-token': accessToken('project access token'),
  'workspace-access-token': accessToken('workspace access token'),
  'access-token': accessToken('access token (repository, project or workspace)'),
  'oauth-consumer': {
    label: 'OAuth consumer',
    scheme: 'oauth-client-credentials',
    vocabulary: 'classic',
    gitUsername: ACCESS_TOKEN_GIT_USER,
    altGitUsernames: [],
    restHint: 'client-credentials grant, then Authorization: Bearer <access token>'
  },
  'oauth-access-token': {
    label: 'OAuth access token',
    scheme: 'bearer',
    vocabulary: 'classic',
    gitUsername: ACCESS_TOKEN_GIT_USER,
    altGitUsernames: [],
    restHint: 'Authorization: Bearer <token>'
  },
  'data-center-token': {
    label: 'Bitbucket Data Center HTTP access token',
    scheme: 'bearer',
    vocabulary: 'classic',
    gitUsername: null,
    altGitUsernames: [],
    restHint: 'Authorization: Bearer <token> to the Data Center server (server-url)'
  },
  unknown: {
    label: 'unknown kind',
    scheme: 'bearer',
    vocabulary: 'classic',
    gitUsername: null,
    altGitUsernames: [],
    restHint: 'unknown'
  }
}

/** `x-credential-type` header values (facts §3.2) to our kinds. */
export const CREDENTIAL_TYPE_HEADER: Record<string, CredentialType> = {
  api_token: 'api-token',
  repo_access_token: 'repository-access-token',
  repository_access_token: 'repository-access-token',
  project_access_token: 'project-access-token',
  workspace_access_token: 'workspace-access-token',
  app_password: 'app-password',
  apikey: 'app-password',
  oauth2: 'oauth-access-token',
  oauth: 'oauth-access-token',
  app_user: 'oauth-access-token'
}

export function isAccessToken(type: CredentialType): boolean {
  return type.endsWith('access-token') && type !== 'oauth-access-token'
}

/** Where an access token reaches, from its kind. */
export function reachOf(type: CredentialType): 'repository' | 'project' | 'workspace' | null {
  if (type === 'repository-access-token') return 'repository'
  if (type === 'project-access-token') return 'project'
  if (type === 'workspace-access-token') return 'workspace'
  return null
}

/** App passwords stopped working on this date (facts §4.3). */
export const APP_PASSWORD_REMOVED_AT = new Date('2026-07-28T00:00:00.000Z')
/** Every unscoped legacy API token had expired by this date (facts §6). */
export const LEGACY_TOKENS_EXPIRED_BY = new Date('2026-05-12T00:00:00.000Z')
