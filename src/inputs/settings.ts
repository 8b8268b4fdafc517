/**
 * One typed settings object from raw named values. The action reads them from `INPUT_*`, the
 * CLI from flags and environment variables; both call `readSettings`.
 */
import { cleanText } from '../core/server-text.js'
import type { CredentialSpec } from '../core/types.js'
import {
  LIST_LIMITS,
  parseCredentialList,
  SPEC_KEYS,
  toSpec,
  type RawSpec
} from './credential-specs.js'
import {
  InputError,
  parseBaseUrl,
  parseBoolean,
  parseChoice,
  parseInteger,
  parseSeconds,
  secretLikeParts,
  shown
} from './parse-values.js'
import {
  DEFAULT_ISSUE_TITLE,
  readTrackingSettings,
  TRACKING_KEYS,
  type TrackingSettings
} from './tracking-settings.js'

export interface Settings extends TrackingSettings {
  credentials: CredentialSpec[]
  warnDays: number
  failDays: number
  failOnIndeterminate: boolean
  failOnUnknownExpiry: boolean
  checkGit: 'auto' | 'true' | 'false'
  offline: boolean
  apiUrl: string
  gitUrl: string
  oauthUrl: string
  atlassianApiUrl: string
  atlassianOrgId: string
  atlassianAdminKey: string
  trackingIssue: boolean
  githubToken: string
  timeoutSeconds: number
  concurrency: number
  maxLifetimeDays: number
}

export const DEFAULTS = {
  'warn-days': '30',
  'fail-days': '7',
  'fail-on-indeterminate': 'false',
  'fail-on-unknown-expiry': 'false',
  'check-git': 'auto',
  offline: 'false',
  'api-url': 'https://api.bitbucket.org/2.0',
  'git-url': 'https://bitbucket.org',
  'oauth-url': 'https://bitbucket.org/site/oauth2/access_token',
  'atlassian-api-url': 'https://api.atlassian.com',
  'tracking-issue': 'false',
  'tracking-issue-title': DEFAULT_ISSUE_TITLE,
  'timeout-seconds': '20',
  concurrency: '8',
  'max-lifetime-days': '365'
} as const

export const SETTING_KEYS = [
  ...SPEC_KEYS,
  'credentials',
  'credentials-file',
  ...Object.keys(DEFAULTS),
  'atlassian-org-id',
  'atlassian-admin-key',
  'github-token',
  ...TRACKING_KEYS
] as const

export interface SettingsSources {
  /** A raw value by its input name ('' when unset). */
  get: (name: string) => string
  readFile: (path: string) => string
  env: Record<string, string | undefined>
  /** Called with each secret as soon as it is read. */
  mask: (secret: string) => void
}

/**
 * A secret that landed in a field that is shown (a YAML slip folds a token into `name`) is
 * masked and taken out of that field.
 */
function hideFoldedSecrets(spec: CredentialSpec, mask: (secret: string) => void): void {
  for (const field of ['name', 'email', 'username', 'gitUsername', 'tokenLabel'] as const) {
    const parts = secretLikeParts(spec[field])
    for (const part of parts) {
      mask(part)
      spec[field] = spec[field].split(part).join('***')
    }
  }
  // Names are labels: one line, and short enough for a title.
  spec.name = cleanText(spec.name, 100)
}

/** Masks every secret given directly, before anything else reads or reports it. */
function maskDirectSecrets({ get, mask }: SettingsSources): void {
  for (const name of ['token', 'client-secret', 'atlassian-admin-key', 'github-token']) {
    const secret = get(name)
    // As given and as used (trimmed): a trailing newline must not leave the used form unmasked.
    if (secret.trim()) [secret, secret.trim()].forEach(mask)
  }
}

/** The credential given by the direct inputs, when one is given or nothing else is. */
function directCredential({ get }: SettingsSources): CredentialSpec[] {
  const direct: RawSpec = {}
  for (const key of SPEC_KEYS) direct[key] = get(key)
  const hasDirect = Boolean(
    direct.token?.trim() || direct['client-id']?.trim() || direct['client-secret']?.trim()
  )
  const hasList = Boolean(get('credentials').trim() || get('credentials-file').trim())
  return hasDirect || !hasList ? [toSpec(direct, direct.name?.trim() || 'credential')] : []
}

/** The credentials of the `credentials` YAML input. */
function listCredentials({ get, env }: SettingsSources): CredentialSpec[] {
  const text = get('credentials')
  if (!text.trim()) return []
  return parseCredentialList({ label: 'credentials', text, fromFile: false, env })
}

/** The file's text; an unreadable file is an input error that names it. */
function readCredentialsFile(readFile: SettingsSources['readFile'], filePath: string): string {
  try {
    return readFile(filePath)
  } catch (error) {
    const code = (error as { code?: string }).code
    const why =
      code === 'EFBIG'
        ? `it is larger than ${LIST_LIMITS.bytes / 1024 / 1024} MB`
        : (code ?? 'error')
    throw new InputError(
      `credentials-file ${shown(filePath)} cannot be read (${why}). Check the path; it is relative to the working directory.`
    )
  }
}

/** The credentials of the `credentials-file`, whose secrets come from the environment. */
function fileCredentials({ get, readFile, env }: SettingsSources): CredentialSpec[] {
  const filePath = get('credentials-file').trim()
  if (!filePath) return []
  const text = readCredentialsFile(readFile, filePath)
  return parseCredentialList({
    label: `credentials-file ${filePath}`,
    text,
    fromFile: true,
    file: filePath,
    env
  })
}

/** Gives each credential the default server, and masks its secrets and any folded into labels. */
function finishCredentials(credentials: CredentialSpec[], { get, mask }: SettingsSources): void {
  const serverUrl = get('server-url').trim()
  for (const spec of credentials) {
    // server-url is the default of every credential that does not name its own.
    if (serverUrl && !spec.serverUrl) spec.serverUrl = parseBaseUrl('server-url', serverUrl)
    if (spec.token.trim()) mask(spec.token)
    if (spec.clientSecret.trim()) mask(spec.clientSecret)
    hideFoldedSecrets(spec, mask)
  }
}

/** Every credential, from the direct inputs, the YAML list and the file, in that order. */
function readCredentials(sources: SettingsSources): CredentialSpec[] {
  const credentials = [
    ...directCredential(sources),
    ...listCredentials(sources),
    ...fileCredentials(sources)
  ]
  finishCredentials(credentials, sources)
  return credentials
}

/** The policy, endpoint and run settings: each input or its default, parsed. */
function readPolicy(
  get: SettingsSources['get']
): Omit<Settings, 'credentials' | keyof TrackingSettings> {
  /** A policy value, or its default: DEFAULTS is the one place defaults are written. */
  const value = (name: keyof typeof DEFAULTS) => get(name).trim() || DEFAULTS[name]
  return {
    warnDays: parseInteger('warn-days', value('warn-days'), 0, 3650),
    failDays: parseInteger('fail-days', value('fail-days'), 0, 3650),
    failOnIndeterminate: parseBoolean('fail-on-indeterminate', value('fail-on-indeterminate')),
    failOnUnknownExpiry: parseBoolean('fail-on-unknown-expiry', value('fail-on-unknown-expiry')),
    checkGit: parseChoice('check-git', value('check-git'), ['auto', 'true', 'false'] as const),
    offline: parseBoolean('offline', value('offline')),
    apiUrl: parseBaseUrl('api-url', value('api-url')),
    gitUrl: parseBaseUrl('git-url', value('git-url')),
    oauthUrl: parseBaseUrl('oauth-url', value('oauth-url')),
    atlassianApiUrl: parseBaseUrl('atlassian-api-url', value('atlassian-api-url')),
    atlassianOrgId: get('atlassian-org-id').trim(),
    atlassianAdminKey: get('atlassian-admin-key').trim(),
    trackingIssue: parseBoolean('tracking-issue', value('tracking-issue')),
    githubToken: get('github-token').trim(),
    timeoutSeconds: parseSeconds('timeout-seconds', value('timeout-seconds')),
    concurrency: parseInteger('concurrency', value('concurrency'), 1, 64),
    maxLifetimeDays: parseInteger('max-lifetime-days', value('max-lifetime-days'), 1, 3650)
  }
}

/** The Atlassian organization and its admin key are given both or neither. */
function checkAdminPair(settings: Settings): void {
  if (Boolean(settings.atlassianOrgId) !== Boolean(settings.atlassianAdminKey)) {
    throw new InputError(
      `atlassian-org-id and atlassian-admin-key go together: set ${settings.atlassianOrgId ? 'atlassian-admin-key' : 'atlassian-org-id'} too, or neither.`
    )
  }
}

export function readSettings(sources: SettingsSources): Settings {
  maskDirectSecrets(sources)
  const credentials = readCredentials(sources)
  const policy = readPolicy(sources.get)
  const settings: Settings = {
    credentials,
    ...policy,
    ...readTrackingSettings(
      sources.get,
      sources.env,
      policy.trackingIssue,
      sources.get('github-token').trim()
    )
  }
  checkAdminPair(settings)
  return settings
}
