/**
 * Credential specs from their three sources: the direct inputs, the `credentials` YAML list,
 * and a `credentials-file` whose secrets are named by environment variables.
 */
import { load, YAMLException } from 'js-yaml'
import { isPurpose, PURPOSES } from '../core/purposes.js'
import { CLASSIC_SCOPES, GRANULAR_SCOPES, isKnownScope } from '../core/scopes.js'
import type { CredentialSpec, Purpose, Repository } from '../core/types.js'
import { InputError, parseDate, parseList, suggest } from './parse-values.js'

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
  'token-label'
] as const
export const ENV_KEYS = ['token-env', 'client-secret-env', 'email-env'] as const
const SECRET_KEYS = ['token', 'client-secret'] as const

export type RawSpec = Partial<Record<(typeof SPEC_KEYS)[number], string>>

function parseRepository(where: string, raw: string): Repository | undefined {
  const value = raw.trim()
  if (!value) return undefined
  const match = /^([\w.-]+)\/([\w.-]+?)(\.git)?$/.exec(value)
  if (!match)
    throw new InputError(`Invalid repository '${value}'${where}. Expected workspace/repo-slug.`)
  return { workspace: match[1], slug: match[2] }
}

function parsePurposes(where: string, raw: string): Purpose[] {
  return parseList(raw.toLowerCase()).map((p) => {
    if (!isPurpose(p)) {
      throw new InputError(
        `Invalid purpose '${p}'${where}.${suggest(p, Object.keys(PURPOSES))} Expected any of: ${Object.keys(PURPOSES).join(', ')}.`
      )
    }
    return p
  })
}

function parseScopes(where: string, raw: string): string[] {
  return parseList(raw).map((s) => {
    const scope = s.trim()
    if (!isKnownScope(scope) && !/^(read|write|admin|delete):[a-z-]+:bitbucket$/.test(scope)) {
      throw new InputError(
        `Invalid scope '${scope}'${where}.${suggest(scope, [...CLASSIC_SCOPES, ...GRANULAR_SCOPES])} Expected a classic scope (repository:write) or an API-token scope (write:repository:bitbucket).`
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
  return {
    name: get('name').trim() || defaultName,
    token: get('token'),
    email: get('email').trim(),
    username: get('username').trim(),
    clientId,
    clientSecret,
    purposes: parsePurposes(where, get('purpose')),
    scopes: parseScopes(where, get('scopes')),
    repository: parseRepository(where, get('repository')),
    gitUsername: get('git-username').trim(),
    expiresAt: expires ? parseDate(`expires-at${where}`, expires) : undefined,
    tokenLabel: get('token-label').trim()
  }
}

function lineOf(text: string, key: string, itemIndex: number): number | null {
  const lines = text.split('\n')
  let item = -1
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*-(\s|$)/.test(lines[i])) item++
    if (
      item === itemIndex &&
      new RegExp(`^\\s*(-\\s+)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(lines[i])
    )
      return i + 1
  }
  return null
}

/** The 1-based line of each top-level list item's `-` (the least indented dashes). */
export function itemLines(text: string): number[] {
  const dashes: { line: number; indent: number }[] = []
  text.split('\n').forEach((l, i) => {
    const m = /^(\s*)-(\s|$)/.exec(l)
    if (m) dashes.push({ line: i + 1, indent: m[1].length })
  })
  const top = Math.min(...dashes.map((d) => d.indent))
  return dashes.filter((d) => d.indent === top).map((d) => d.line)
}

function scalar(value: unknown, where: () => string, key: string): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value) && (key === 'purpose' || key === 'scopes'))
    return value.map((v) => scalar(v, where, key)).join(',')
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  throw new InputError(
    `${where()}: '${key}' must be a single value, not a ${Array.isArray(value) ? 'list' : 'mapping'}.`
  )
}

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

/** Parses a YAML list of credentials. */
export function parseCredentialList(source: ListSource): CredentialSpec[] {
  let data: unknown
  try {
    data = load(source.text)
  } catch (error) {
    const e = error as YAMLException
    const line = e.mark ? ` (line ${e.mark.line + 1})` : ''
    throw new InputError(
      `${source.label} is not valid YAML${line}: ${e.reason ?? 'parse error'}. Expected a list of credentials, e.g.\n- name: deploy\n  token-env: BB_TOKEN`
    )
  }
  if (data === null || data === undefined) return []
  if (!Array.isArray(data)) {
    throw new InputError(
      `${source.label} must be a YAML list ("- name: …" items), not a ${typeof data === 'object' ? 'mapping' : typeof data}.`
    )
  }
  const allowed: string[] = [...SPEC_KEYS, ...ENV_KEYS]
  const lines = itemLines(source.text)
  return data.map((item: unknown, index) => {
    const at = (key?: string) => {
      const line = key ? lineOf(source.text, key, index) : null
      return `${source.label}, item ${index + 1}${line ? ` (line ${line})` : ''}`
    }
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw new InputError(
        `${at()}: each item must be a mapping of keys such as name, token-env, email.`
      )
    }
    const raw: RawSpec = {}
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (!allowed.includes(key)) {
        throw new InputError(
          `${at(key)}: unknown key '${key}'.${suggest(key, allowed)} Valid keys: ${allowed.join(', ')}.`
        )
      }
      if (source.fromFile && (SECRET_KEYS as readonly string[]).includes(key)) {
        throw new InputError(
          `${at(key)}: do not write secrets in the file; name an environment variable with '${key}-env' instead.`
        )
      }
      const text = scalar(value, () => at(key), key)
      if (key.endsWith('-env')) {
        const target = key.slice(0, -4) as keyof RawSpec
        const variable = text.trim()
        const envValue = source.env[variable]
        if (!variable || envValue === undefined) {
          throw new InputError(
            `${at(key)}: environment variable '${variable}' (${key}) is not set. Pass it to the step, e.g. env: { ${variable || 'BB_TOKEN'}: \${{ secrets.${variable || 'BB_TOKEN'} }} }.`
          )
        }
        raw[target] = envValue
      } else {
        raw[key as keyof RawSpec] = text
      }
    }
    const spec = toSpec(raw, raw.name?.trim() || `credential-${index + 1}`, ` in ${at()}`)
    spec.source = source.fromFile
      ? { input: 'credentials-file', file: source.file, line: lines[index] }
      : { input: 'credentials', line: lines[index] }
    return spec
  })
}
