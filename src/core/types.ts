/** Plain data shared by every stage: credential specs in, report items out. */
import type { FindingCode } from './findings.js'

export type CredentialType =
  | 'api-token'
  | 'app-password'
  | 'repository-access-token'
  | 'project-access-token'
  | 'workspace-access-token'
  | 'access-token'
  | 'oauth-consumer'
  | 'oauth-access-token'
  | 'data-center-token'
  | 'unknown'

export type Verdict =
  | 'valid'
  | 'invalid'
  | 'expired'
  | 'removed'
  | 'malformed'
  | 'unsupported'
  | 'indeterminate'
  | 'skipped'

export type Status = 'ok' | 'warning' | 'failure'
export type Level = 'error' | 'warning' | 'notice'
export type ExpirySource =
  'declared' | 'admin-api' | 'server-api' | 'oauth' | 'lifetime-bound' | 'removed'

export type Purpose =
  | 'read'
  | 'clone'
  | 'push'
  | 'mirror'
  | 'pull-requests'
  | 'pull-requests-write'
  | 'pipelines'
  | 'pipeline-variables'
  | 'webhooks'
  | 'identity'

export interface Repository {
  workspace: string
  slug: string
}

/** Where a credential was declared: an item of the `credentials` list or of `credentials-file`. */
export interface SpecSource {
  input: 'credentials' | 'credentials-file'
  /** The file's path as given (credentials-file only). */
  file?: string
  /** The 1-based line of the item's `-`. */
  line?: number
}

/** One credential as the user described it, before any check. */
export interface CredentialSpec {
  name: string
  token: string
  email: string
  username: string
  clientId: string
  clientSecret: string
  purposes: Purpose[]
  scopes: string[]
  repository?: Repository
  gitUsername: string
  expiresAt?: Date
  /** expires-at was a date-time without a zone, read as UTC (the message says so). */
  expiresAtZoneless?: boolean
  tokenLabel: string
  /** Bitbucket Data Center base URL (`server-url`), for `BBDC-…` tokens. */
  serverUrl?: string
  /** Absent for the direct inputs (`token`, `email`, …). */
  source?: SpecSource
  /** The tool that uses the credential (README "Consumer profiles"). */
  consumer?: string
  /** Which of the tool's settings holds the secret. */
  consumerSetting?: string
}

export interface Finding {
  level: Level
  code: FindingCode
  message: string
}

export interface Identity {
  username: string | null
  accountId: string | null
  displayName?: string | null
  email?: string | null
}

export interface GitAnswer {
  username: string
  read: boolean | null
  write: boolean | null
}

/** Git over HTTPS for the username the job uses; `working`: another username that works. */
export interface GitResult extends GitAnswer {
  working: GitAnswer | null
}

/** One credential's entry in the report (README "Outputs", the report). */
export interface CredentialReport {
  name: string
  type: CredentialType
  verdict: Verdict
  status: Status
  identity: Identity | null
  scopes: string[]
  missingScopes: string[]
  excessScopes: string[]
  reach: 'repository' | 'project' | 'workspace' | null
  expiresAt: string | null
  expirySource: ExpirySource | null
  daysLeft: number | null
  git: GitResult | null
  usage: Usage | null
  /** The credential as its consumer sends it; null without a consumer. */
  consumer?: ConsumerResult | null
  findings: Finding[]
}

/** A consumer replay's result (README "Consumer profiles"). */
export interface ConsumerResult {
  name: string
  works: boolean | null
  checked: string[]
  settings: string
}

/** How to use the credential: REST scheme and identity, Git clone URL form. */
export interface Usage {
  rest: string
  gitUsername: string
  cloneUrl: string
}

export interface Report {
  status: Status
  checkedAt: string
  credentials: CredentialReport[]
}
