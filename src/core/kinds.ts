/**
 * Credential kinds as data, the one home of every fact about a kind: the prefix of its
 * secrets, its labels, how REST and Git authenticate it, which scope vocabulary it speaks
 * (docs/bitbucket-facts.md §1, §2).
 */
import type { CredentialType } from './types.js'

export type Scheme = 'basic-email' | 'basic-username' | 'bearer' | 'oauth-client-credentials'
export type Vocabulary = 'granular' | 'classic'

export interface KindInfo {
  label: string
  /** The kind in two or three words, for "This <short label> …" sentences. */
  shortLabel: string
  /** What every secret of this kind starts with; null when the kind has no prefix. */
  prefix: string | null
  scheme: Scheme
  vocabulary: Vocabulary
  /** The Git-over-HTTPS username this kind needs; null: the Bitbucket username. */
  gitUsername: string | null
  /** Whether Git also accepts the owner's Bitbucket username in place of gitUsername. */
  gitAcceptsBitbucketUsername: boolean
  restHint: string
  /** Where an access token of this kind reaches; null for other kinds (and unknown reach). */
  reach: 'repository' | 'project' | 'workspace' | null
}

export const API_TOKEN_GIT_USER = 'x-bitbucket-api-token-auth'
export const ACCESS_TOKEN_GIT_USER = 'x-token-auth'

/** App passwords stopped working on this date (docs/bitbucket-facts.md §4.3). */
export const APP_PASSWORD_REMOVED_AT = new Date('2026-07-28T00:00:00.000Z')
/** The removal date as written in messages: 2026-07-28. */
export const APP_PASSWORD_REMOVAL_DAY = APP_PASSWORD_REMOVED_AT.toISOString().slice(0, 10)
/** Every unscoped legacy API token had expired by this date (docs/bitbucket-facts.md §6). */
export const LEGACY_TOKENS_EXPIRED_BY = new Date('2026-05-12T00:00:00.000Z')

const ACCESS_TOKEN_PREFIX = 'ATCTT3'

const accessToken = (label: string, reach: KindInfo['reach']): KindInfo => ({
  label,
  reach,
  shortLabel: 'access token',
  prefix: ACCESS_TOKEN_PREFIX,
  scheme: 'bearer',
  vocabulary: 'classic',
  gitUsername: ACCESS_TOKEN_GIT_USER,
  gitAcceptsBitbucketUsername: false,
  restHint: 'Authorization: Bearer <token>'
})

export const KINDS: Record<CredentialType, KindInfo> = {
  'api-token': {
    label: 'Atlassian API token',
    shortLabel: 'Atlassian API token',
    prefix: 'ATATT3',
    scheme: 'basic-email',
    vocabulary: 'granular',
    gitUsername: API_TOKEN_GIT_USER,
    gitAcceptsBitbucketUsername: true,
    restHint: 'Basic auth, user = Atlassian account email, password = the token',
    reach: null
  },
  'app-password': {
    label: `app password (removed ${APP_PASSWORD_REMOVAL_DAY})`,
    shortLabel: 'app password',
    prefix: 'ATBB',
    scheme: 'basic-username',
    vocabulary: 'classic',
    gitUsername: null,
    gitAcceptsBitbucketUsername: true,
    restHint: 'Basic auth, user = Bitbucket username (no longer accepted)',
    reach: null
  },
  'repository-access-token': accessToken('repository access token', 'repository'),
  'project-access-token': accessToken('project access token', 'project'),
  'workspace-access-token': accessToken('workspace access token', 'workspace'),
  'access-token': accessToken('access token (repository, project or workspace)', null),
  'oauth-consumer': {
    label: 'OAuth consumer',
    shortLabel: 'OAuth consumer',
    prefix: null,
    scheme: 'oauth-client-credentials',
    vocabulary: 'classic',
    gitUsername: ACCESS_TOKEN_GIT_USER,
    gitAcceptsBitbucketUsername: false,
    restHint: 'client-credentials grant, then Authorization: Bearer <access token>',
    reach: null
  },
  'oauth-access-token': {
    label: 'OAuth access token',
    shortLabel: 'OAuth access token',
    prefix: null,
    scheme: 'bearer',
    vocabulary: 'classic',
    gitUsername: ACCESS_TOKEN_GIT_USER,
    gitAcceptsBitbucketUsername: false,
    restHint: 'Authorization: Bearer <token>',
    reach: null
  },
  'data-center-token': {
    label: 'Bitbucket Data Center HTTP access token',
    shortLabel: 'Data Center token',
    prefix: 'BBDC-',
    scheme: 'bearer',
    vocabulary: 'classic',
    gitUsername: null,
    gitAcceptsBitbucketUsername: true,
    restHint: 'Authorization: Bearer <token> to the Data Center server (server-url)',
    reach: null
  },
  unknown: {
    label: 'unknown kind',
    shortLabel: 'secret',
    prefix: null,
    scheme: 'bearer',
    vocabulary: 'classic',
    gitUsername: null,
    gitAcceptsBitbucketUsername: true,
    restHint: 'unknown',
    reach: null
  }
}

/** The kinds a secret's prefix alone tells apart (an ATCTT3 secret is some access token). */
const PREFIXED: CredentialType[] = [
  'api-token',
  'access-token',
  'app-password',
  'data-center-token'
]

/** Every known secret prefix: ATATT3, ATCTT3, ATBB, BBDC-. */
export const SECRET_PREFIXES: readonly string[] = PREFIXED.map((t) => KINDS[t].prefix!)

/** The kind a secret's prefix names, or null when it has no known prefix. */
export function kindOfPrefix(secret: string): CredentialType | null {
  return PREFIXED.find((t) => secret.startsWith(KINDS[t].prefix!)) ?? null
}

/** `x-credential-type` header values (docs/bitbucket-facts.md §3.2) to our kinds. */
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
export function reachOf(type: CredentialType): KindInfo['reach'] {
  return KINDS[type].reach
}
