/**
 * Credential specs from their three sources: the direct inputs, the `credentials` YAML list,
 * and a `credentials-file` whose secrets are named by environment variables.
 */
import { YAMLException } from 'js-yaml'
import { cleanSecret } from '../core/clean-secret.js'
import { isDataCenterPermission } from '../core/data-center-permissions.js'
import { dataCenterShape } from '../core/data-center-token.js'
import { isPurpose, PURPOSES } from '../core/purposes.js'
import { CLASSIC_SCOPES, GRANULAR_SCOPES, isKnownScope } from '../core/scopes.js'
import type { CredentialSpec, Purpose, Repository } from '../core/types.js'
import { MAX_SECRET_LENGTH } from '../core/classify.js'
import { cleanText } from '../core/server-text.js'
import { parseConsumer } from './consumer-input.js'
import {
  InputError,
  parseBaseUrl,
  parseDateTime,
  parseList,
  shown,
  suggest
} from './parse-values.js'
import { parseYamlList, type ItemPosition, type ParsedYaml } from './yaml-list.js'

export const SPEC_KEYS = [
  'name',
  'token',
  'email',
  'username',
  'client-id',
  'client-secret',
  'purpose',
  'scopes',
  'repository',
  'git-username',
  'expires-at',
  'token-label',
  'server-url',
  'consumer',
  'consumer-setting'
] as const
export const ENV_KEYS = [
  'token-env',
  'client-secret-env',
  'email-env',
  'username-env',
  'client-id-env'
] as const
const SECRET_KEYS = ['token', 'client-secret'] as const

export type RawSpec = Partial<Record<(typeof SPEC_KEYS)[number], string>>

function parseRepository(where: string, raw: string, dataCenter: boolean): Repository | undefined {
  const value = raw.trim()
  if (!value) return undefined
  const match = /^(~?[\w.-]{1,100})\/([\w.-]{1,100}?)(\.git)?$/.exec(value)
  // Segments of dots only would leave the configured path (../..).
  if (!match || /^~?\.+$/.test(match[1]) || /^\.+$/.test(match[2]))
    throw new InputError(
      `Invalid repository${where}: ${shown(value)}. Expected workspace/repo-slug (letters, digits, '-', '_', '.'; Bitbucket Data Center: PROJECT/repo-slug or ~user/repo-slug).`
    )
  if (match[1].startsWith('~') && !dataCenter)
    throw new InputError(
      `Invalid repository${where}: ${shown(value)}: ~user/repo-slug names a personal repository on Bitbucket Data Center, and this is not a Data Center token. Expected workspace/repo-slug.`
    )
  return { workspace: match[1], slug: match[2] }
}

function parsePurposes(where: string, raw: string): Purpose[] {
  return parseList(raw.toLowerCase()).map((p) => {
    if (!isPurpose(p)) {
      throw new InputError(
        `Invalid purpose${where}: ${shown(p)}.${suggest(p, Object.keys(PURPOSES))} Expected any of: ${Object.keys(PURPOSES).join(', ')}.`
      )
    }
    return p
  })
}

function parseScopes(where: string, raw: string, dataCenter: boolean): string[] {
  return parseList(raw).map((s) => {
    const scope = s.trim()
    if (dataCenter && isDataCenterPermission(scope)) return scope
    if (!isKnownScope(scope) && !/^(read|write|admin|delete):[a-z-]+:bitbucket$/.test(scope)) {
      throw new InputError(
        `Invalid scope${where}: ${shown(scope)}.${suggest(scope, [...CLASSIC_SCOPES, ...GRANULAR_SCOPES])} Expected a classic scope (repository:write) or an API-token scope (write:repository:bitbucket)${dataCenter ? ', or for this Data Center token a permission (REPO_READ, REPO_WRITE, REPO_ADMIN, PROJECT_READ, PROJECT_WRITE, PROJECT_ADMIN)' : ''}.`
      )
    }
    return scope
  })
}

/** Validates one credential's raw fields into a spec. `where` locates it in messages. */
export function toSpec(raw: RawSpec, defaultName: string, where = ''): CredentialSpec {
  const get = (key: (typeof SPEC_KEYS)[number]) => raw[key] ?? ''
  const clientId = get('client-id').trim()
  const clientSecret = get('client-secret')
  const expires = get('expires-at').trim()
  const expiry = expires ? parseDateTime(`expires-at${where}`, expires) : undefined
  const dataCenter = dataCenterShape(cleanSecret(get('token')).secret) !== null
  const serverUrl = get('server-url').trim()
  return {
    name: cleanText(get('name'), MAX_SECRET_LENGTH) || defaultName,
    token: get('token'),
    email: get('email').trim(),
    username: get('username').trim(),
    clientId,
    clientSecret,
    purposes: parsePurposes(where, get('purpose')),
    scopes: parseScopes(where, get('scopes'), dataCenter),
    repository: parseRepository(where, get('repository'), dataCenter),
    gitUsername: get('git-username').trim(),
    expiresAt: expiry?.date,
    expiresAtZoneless: expiry?.zoneless,
    tokenLabel: get('token-label').trim(),
    ...(serverUrl ? { serverUrl: parseBaseUrl(`server-url${where}`, serverUrl) } : {}),
    ...parseConsumer(where, get('consumer'), get('consumer-setting'))
  }
}

function scalar(value: unknown, where: () => string, key: string): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value) && (key === 'purpose' || key === 'scopes')) {
    if (value.length > LIST_LIMITS.listValues)
      throw new InputError(`${where()}: '${key}' has more than ${LIST_LIMITS.listValues} values.`)
    // One level only: nested lists through aliases would multiply past any alias limit.
    if (value.some(Array.isArray))
      throw new InputError(
        `${where()}: '${key}' must be a list of single values, not of lists (e.g. [clone, push]).`
      )
    return value.map((v) => scalar(v, where, key)).join(',')
  }
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  throw new InputError(
    `${where()}: '${key}' must be a single value, not a ${Array.isArray(value) ? 'list' : 'mapping'}.`
  )
}

/** Limits on a credentials list: its size, its items, and YAML aliases (no alias bombs). */
export const LIST_LIMITS = { bytes: 4 * 1024 * 1024, items: 10_000, aliases: 100, listValues: 100 }

export interface ListSource {
  /** What to call the source in messages: "credentials" or "credentials-file x.yml". */
  label: string
  text: string
  /** In a file, secrets come from environment variables only. */
  fromFile: boolean
  /** The file's path as given, for annotations that point at an item. */
  file?: string
  env: Record<string, string | undefined>
}

function tooLarge(source: ListSource): InputError {
  return new InputError(
    `${source.label} is ${Math.round(source.text.length / 1024)} KB, more than the ${LIST_LIMITS.bytes / 1024 / 1024} MB a credentials list may be. Split it over several steps.`
  )
}

/** Parses the text once, within the bounds; invalid YAML becomes an input error with its line. */
function parseListYaml(source: ListSource): ParsedYaml {
  try {
    return parseYamlList(source.text, { maxAliases: LIST_LIMITS.aliases, maxDepth: 20 })
  } catch (error) {
    const e = error as YAMLException
    const line = e.mark ? ` (line ${e.mark.line + 1})` : ''
    const reason =
      e instanceof YAMLException ? cleanText(e.reason ?? 'parse error', 200) : 'parse error'
    throw new InputError(
      `${source.label} is not valid YAML${line}: ${reason}. Expected a list of credentials (at most ${LIST_LIMITS.aliases} aliases), e.g.\n- name: deploy\n  token-env: BB_TOKEN`
    )
  }
}

/** The parsed document as a list of items within the item limit ([] for an empty document). */
function listItems(source: ListSource, data: unknown): unknown[] {
  if (data === null || data === undefined) return []
  if (!Array.isArray(data)) {
    throw new InputError(
      `${source.label} must be a YAML list ("- name: …" items), not a ${typeof data === 'object' ? 'mapping' : typeof data}.`
    )
  }
  if (data.length > LIST_LIMITS.items) {
    throw new InputError(
      `${source.label} has ${data.length} items, more than the ${LIST_LIMITS.items} one run checks. Split it over several steps.`
    )
  }
  return data
}

const ALLOWED_KEYS: string[] = [...SPEC_KEYS, ...ENV_KEYS]

/** Names one item, or one key of it with the key's line, in messages. */
type ItemLocator = (key?: string) => string

/** The value an `-env` key names, read from the environment. */
function envValue(source: ListSource, key: string, text: string, at: ItemLocator): string {
  const variable = text.trim()
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(variable)) {
    throw new InputError(
      `${at(key)}: ${key} must name an environment variable (letters, digits and _), not ${shown(variable)}.`
    )
  }
  const value = Object.hasOwn(source.env, variable) ? source.env[variable] : undefined
  if (value === undefined) {
    throw new InputError(
      `${at(key)}: environment variable '${variable}' (${key}) is not set. Pass it to the step, e.g. env: { ${variable}: \${{ secrets.${variable} }} }.`
    )
  }
  return value
}

/** Checks one key of an item and writes its value (or its variable's) into `raw`. */
function readKey(source: ListSource, raw: RawSpec, key: string, value: unknown, at: ItemLocator) {
  if (!ALLOWED_KEYS.includes(key)) {
    throw new InputError(
      `${at(key)}: unknown key ${shown(key)}.${suggest(key, ALLOWED_KEYS)} Valid keys: ${ALLOWED_KEYS.join(', ')}.`
    )
  }
  if (source.fromFile && (SECRET_KEYS as readonly string[]).includes(key)) {
    throw new InputError(
      `${at(key)}: do not write secrets in the file; name an environment variable with '${key}-env' instead.`
    )
  }
  const text = scalar(value, () => at(key), key)
  if (key.endsWith('-env')) raw[key.slice(0, -4) as keyof RawSpec] = envValue(source, key, text, at)
  else raw[key as keyof RawSpec] = text
}

/** One item of the list as a spec that knows where it was declared. */
function itemSpec(
  source: ListSource,
  item: unknown,
  index: number,
  position: ItemPosition | undefined
): CredentialSpec {
  const at: ItemLocator = (key) => {
    const line = key ? position?.keyLines.get(key) : undefined
    return `${source.label}, item ${index + 1}${line ? ` (line ${line})` : ''}`
  }
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    throw new InputError(
      `${at()}: each item must be a mapping of keys such as name, token-env, email.`
    )
  }
  const raw: RawSpec = {}
  for (const [key, value] of Object.entries(item as Record<string, unknown>))
    readKey(source, raw, key, value, at)
  const spec = toSpec(raw, raw.name?.trim() || `credential-${index + 1}`, ` in ${at()}`)
  const line = position?.line
  spec.source = source.fromFile
    ? { input: 'credentials-file', file: source.file, line }
    : { input: 'credentials', line }
  return spec
}

/** Parses a YAML list of credentials. */
export function parseCredentialList(source: ListSource): CredentialSpec[] {
  if (source.text.length > LIST_LIMITS.bytes) throw tooLarge(source)
  const parsed = parseListYaml(source)
  return listItems(source, parsed.data).map((item, index) =>
    itemSpec(source, item, index, parsed.items[index])
  )
}
