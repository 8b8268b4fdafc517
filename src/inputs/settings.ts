/**
 * One typed settings object from raw named values. The action reads them from `INPUT_*`, the
 * CLI from flags and environment variables; both call `readSettings`.
 */
import type { CredentialSpec } from '../core/types.js'
import { parseCredentialList, SPEC_KEYS, toSpec, type RawSpec } from './credential-specs.js'
import {
  InputError,
  parseBaseUrl,
  parseBoolean,
  parseChoice,
  parseInteger,
  parseSeconds
} from './parse-values.js'

export interface Settings {
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
  'github-token'
] as const

export interface SettingsSources {
  /** A raw value by its input name ('' when unset). */
  get: (name: string) => string
  readFile: (path: string) => string
  env: Record<string, string | undefined>
  /** Called with each secret as soon as it is read. */
  mask: (secret: string) => void
}

export function readSettings({ get, readFile, env, mask }: SettingsSources): Settings {
  /** A policy value, or its default: DEFAULTS is the one place defaults are written. */
  const value = (name: keyof typeof DEFAULTS) => get(name).trim() || DEFAULTS[name]
  for (const secret of [
    get('token'),
    get('client-secret'),
    get('atlassian-admin-key'),
    get('github-token')
  ]) {
    if (secret.trim()) mask(secret)
  }
  const credentials: CredentialSpec[] = []
  const direct: RawSpec = {}
  for (const key of SPEC_KEYS) direct[key] = get(key)
  const listText = get('credentials')
  const filePath = get('credentials-file').trim()
  const hasDirect = Boolean(
    direct.token?.trim() || direct['client-id']?.trim() || direct['client-secret']?.trim()
  )
  if (hasDirect || (!listText.trim() && !filePath))
    credentials.push(toSpec(direct, direct.name?.trim() || 'credential'))
  if (listText.trim()) {
    credentials.push(
      ...parseCredentialList({ label: 'credentials', text: listText, fromFile: false, env })
    )
  }
  if (filePath) {
    let text: string
    try {
      text = readFile(filePath)
    } catch (error) {
      const code = (error as { code?: string }).code
      throw new InputError(
        `credentials-file '${filePath}' cannot be read (${code ?? 'error'}). Check the path; it is relative to the working directory.`
      )
    }
    credentials.push(
      ...parseCredentialList({
        label: `credentials-file ${filePath}`,
        text,
        fromFile: true,
        file: filePath,
        env
      })
    )
  }
  for (const spec of credentials) {
    if (spec.token.trim()) mask(spec.token)
    if (spec.clientSecret.trim()) mask(spec.clientSecret)
  }

  const settings: Settings = {
    credentials,
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
  if (Boolean(settings.atlassianOrgId) !== Boolean(settings.atlassianAdminKey)) {
    throw new InputError(
      `atlassian-org-id and atlassian-admin-key go together: set ${settings.atlassianOrgId ? 'atlassian-admin-key' : 'atlassian-org-id'} too, or neither.`
    )
  }
  return settings
}
