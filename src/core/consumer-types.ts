/** The shape of a consumer profile row: how one tool sends a Bitbucket Cloud credential. */

/** Kinds as the tools tell them apart (the access-token levels are one kind to every tool). */
export type KindGroup =
  'api-token' | 'access-token' | 'oauth-consumer' | 'oauth-access-token' | 'app-password'

/**
 * How the tool authenticates on REST: Basic with its user setting (`basic-user`) or its second
 * identity falling back to the user setting (`basic-email`), Bearer, the client-credentials grant
 * then Bearer (`oauth`), Basic when a user setting is set else Bearer (`basic-or-bearer`), or
 * Bearer first then Basic with the user setting (`bearer-then-basic`, either one accepted).
 */
export type RestAuth =
  'basic-user' | 'basic-email' | 'bearer' | 'oauth' | 'basic-or-bearer' | 'bearer-then-basic'

/**
 * How the tool picks its Git username: a fixed name, its user setting as stored, or
 * `x-bitbucket-api-token-auth` when the secret starts with `ATAT`, else the user setting.
 */
export type GitRule = { fixed: string } | 'user' | 'atat-or-user'

/** REST endpoints a tool's first requests use. */
export type Endpoint =
  'user' | 'repository' | 'workspace' | 'workspace-repositories' | 'pull-requests'

export interface ReplayEndpoint {
  endpoint: Endpoint
  /** The tool only logs a failure here and carries on: it never decides `works`. */
  tolerated?: boolean
}

/** One of the tool's places for the secret, with how the tool sends what is stored there. */
export interface SecretSetting {
  /** The tool's own name for the setting (the value of `consumer-setting`). */
  name: string
  /** Kinds the tool documents for this setting: the default setting for them. */
  kinds: KindGroup[]
  rest: RestAuth | null
  git: GitRule | null
  endpoints: ReplayEndpoint[]
  /** The tool's configuration for this credential; the secret is a placeholder. */
  settings: string[]
}

export interface ConsumerProfile {
  tool: string
  /** Where the facts of this row come from (docs/consumer-profiles.md). */
  source: string
  /** The tool's own names for `username` and `email` (its user setting and second identity). */
  userSetting: string
  emailSetting: string | null
  secretSettings: SecretSetting[]
  /** What the tool supports, said when the kind is not among its settings' kinds. */
  supports: string
  /** What to change when the replay fails with an identity refused (401). */
  identityFix: string
  /** Heuristics the tool applies to an API token (Jenkins: email + 192 characters). */
  apiTokenShape?: { userIsEmail: boolean; length: number; fix: string }
}
