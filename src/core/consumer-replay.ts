/**
 * The replay of a consumer profile (pure): which requests the tool would send for this
 * credential (scheme, identity, Git username, endpoints), read from its row of the table.
 */
import { API_TOKEN_GIT_USER } from './kinds.js'
import type { Classification } from './classification.js'
import { CONSUMERS, type ConsumerName } from './consumer-profiles.js'
import type {
  ConsumerProfile,
  Endpoint,
  KindGroup,
  RestAuth,
  SecretSetting
} from './consumer-types.js'
import { gitNeed } from './purposes.js'
import { urlPath } from './repository.js'
import type { CredentialSpec, CredentialType, Repository } from './types.js'

/** One way the tool authenticates a request; `oauth` means Bearer with the minted token. */
export interface Attempt {
  scheme: 'basic' | 'bearer' | 'oauth'
  /** The Basic user ('' for Bearer). */
  user: string
}

export interface ReplayStep {
  /** What the report's `checked` lists: "GET /2.0/user", "git-upload-pack as x-token-auth". */
  label: string
  target: { rest: string } | { git: 'git-upload-pack' | 'git-receive-pack' }
  /** The tool tries these in order; the step passes when one is accepted. */
  attempts: Attempt[]
  tolerated: boolean
}

export interface ReplayPlan {
  consumer: ConsumerName
  profile: ConsumerProfile
  setting: SecretSetting | null
  /** The kind is none the tool can use (consumer-unsupported). */
  unsupported: boolean
  /** The client-credentials grant comes first. */
  mint: boolean
  steps: ReplayStep[]
  repository?: Repository
}

export function kindGroup(type: CredentialType): KindGroup | null {
  if (type === 'unknown') return null
  if (type.endsWith('access-token') && type !== 'oauth-access-token') return 'access-token'
  return type as KindGroup
}

function restPath(endpoint: Endpoint, repository?: Repository): string | null {
  if (endpoint === 'user') return '/user'
  if (!repository) return null
  const ws = encodeURIComponent(repository.workspace)
  if (endpoint === 'workspace') return `/workspaces/${ws}`
  if (endpoint === 'workspace-repositories') return `/repositories/${ws}`
  if (endpoint === 'repository') return `/repositories/${urlPath(repository)}`
  return `/repositories/${urlPath(repository)}/pullrequests`
}

function restAttempts(rest: RestAuth, spec: CredentialSpec): Attempt[] {
  const username = spec.username.trim()
  switch (rest) {
    case 'basic-user':
      return [{ scheme: 'basic', user: username }]
    case 'basic-email':
      return [{ scheme: 'basic', user: spec.email.trim() || username }]
    case 'bearer':
      return [{ scheme: 'bearer', user: '' }]
    case 'oauth':
      return [{ scheme: 'oauth', user: '' }]
    case 'basic-or-bearer':
      return [username ? { scheme: 'basic', user: username } : { scheme: 'bearer', user: '' }]
    case 'bearer-then-basic':
      return [
        { scheme: 'bearer', user: '' },
        { scheme: 'basic', user: username }
      ]
  }
}

function gitUser(setting: SecretSetting, spec: CredentialSpec, secret: string): string | null {
  const rule = setting.git
  if (rule === null) return null
  if (typeof rule === 'object') return rule.fixed
  // The tool's own rule: it sends its API-token username when the secret starts with ATAT.
  if (rule === 'atat-or-user' && secret.startsWith('ATAT')) return API_TOKEN_GIT_USER
  return spec.username.trim()
}

/** The setting that holds the secret: the one named, else the one documented for the kind. */
export function settingFor(
  profile: ConsumerProfile,
  group: KindGroup | null,
  named?: string
): SecretSetting | null {
  if (named) return profile.secretSettings.find((s) => s.name === named) ?? null
  return group ? (profile.secretSettings.find((s) => s.kinds.includes(group)) ?? null) : null
}

export function planReplay(
  consumer: ConsumerName,
  spec: CredentialSpec,
  cls: Pick<Classification, 'type' | 'secret' | 'repository'>
): ReplayPlan {
  const profile: ConsumerProfile = CONSUMERS[consumer]
  const group = kindGroup(cls.type)
  const supported = group !== null && profile.secretSettings.some((s) => s.kinds.includes(group))
  const setting = settingFor(profile, group, spec.consumerSetting)
  const repository = spec.repository ?? cls.repository
  const base = { consumer, profile, setting, repository, steps: [], mint: false }
  if (!supported || !setting) return { ...base, unsupported: group !== null && !supported }
  const steps: ReplayStep[] = []
  if (setting.rest) {
    const attempts = restAttempts(setting.rest, spec)
    for (const { endpoint, tolerated } of setting.endpoints) {
      const path = restPath(endpoint, repository)
      if (path)
        steps.push({
          label: `GET /2.0${path}`,
          target: { rest: path },
          attempts,
          tolerated: !!tolerated
        })
    }
  }
  const user = gitUser(setting, spec, cls.secret)
  if (user !== null && repository) {
    const scheme = setting.rest === 'oauth' ? 'oauth' : 'basic'
    const services: ('git-upload-pack' | 'git-receive-pack')[] = ['git-upload-pack']
    if (gitNeed(spec.purposes) === 'write') services.push('git-receive-pack')
    for (const service of services) {
      steps.push({
        label: `${service} as ${user || '(no username)'}`,
        target: { git: service },
        attempts: [{ scheme, user }],
        tolerated: false
      })
    }
  }
  return { ...base, steps, unsupported: false, mint: setting.rest === 'oauth' }
}
