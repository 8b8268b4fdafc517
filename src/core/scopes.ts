/**
 * Scope vocabularies as data (docs/bitbucket-facts.md §3.3, §5.1): the classic names used by access
 * tokens, OAuth consumers and app passwords, the granular names used by API tokens, what each
 * classic scope implies, and how one vocabulary translates into the other.
 */
import type { Vocabulary } from './kinds.js'
import { own } from './own.js'

/**
 * Classic scope → the classic scopes it implies (docs/bitbucket-facts.md §5.1). Granular scopes
 * imply nothing.
 */
export const CLASSIC_IMPLIES: Record<string, string[]> = {
  'repository:write': ['repository'],
  pullrequest: ['repository'],
  'pullrequest:write': ['pullrequest', 'repository:write', 'repository'],
  project: ['repository'],
  'project:admin': ['project', 'repository'],
  'pipeline:write': ['pipeline'],
  'pipeline:variable': ['pipeline', 'pipeline:write'],
  'runner:write': ['runner'],
  'issue:write': ['issue'],
  'snippet:write': ['snippet'],
  'account:write': ['account']
}

export const CLASSIC_SCOPES = [
  'project',
  'project:write',
  'project:admin',
  'repository',
  'repository:write',
  'repository:admin',
  'repository:delete',
  'pullrequest',
  'pullrequest:write',
  'issue',
  'issue:write',
  'wiki',
  'webhook',
  'snippet',
  'snippet:write',
  'email',
  'account',
  'account:write',
  'team',
  'team:write',
  'pipeline',
  'pipeline:write',
  'pipeline:variable',
  'runner',
  'runner:write'
]

const GRANULAR_AREAS: Record<string, string[]> = {
  repository: ['read', 'write', 'admin', 'delete'],
  pullrequest: ['read', 'write'],
  project: ['read', 'admin'],
  workspace: ['read', 'admin'],
  user: ['read', 'write'],
  pipeline: ['read', 'write', 'admin'],
  runner: ['read', 'write'],
  issue: ['read', 'write', 'delete'],
  webhook: ['read', 'write', 'delete'],
  snippet: ['read', 'write', 'delete'],
  'ssh-key': ['read', 'write', 'delete'],
  'gpg-key': ['read', 'write', 'delete'],
  permission: ['read', 'write', 'delete'],
  package: ['read', 'write']
}

export const GRANULAR_SCOPES = Object.entries(GRANULAR_AREAS).flatMap(([area, verbs]) =>
  verbs.map((verb) => `${verb}:${area}:bitbucket`)
)

/**
 * Classic scope → the granular scopes an API token needs for the same work
 * (docs/bitbucket-facts.md §5.1, §5.2).
 */
export const CLASSIC_TO_GRANULAR: Record<string, string[]> = {
  repository: ['read:repository:bitbucket'],
  'repository:write': ['read:repository:bitbucket', 'write:repository:bitbucket'],
  'repository:admin': ['admin:repository:bitbucket'],
  'repository:delete': ['delete:repository:bitbucket'],
  pullrequest: ['read:pullrequest:bitbucket'],
  'pullrequest:write': ['read:pullrequest:bitbucket', 'write:pullrequest:bitbucket'],
  project: ['read:project:bitbucket'],
  'project:write': ['read:project:bitbucket'],
  'project:admin': ['admin:project:bitbucket'],
  account: ['read:user:bitbucket', 'read:workspace:bitbucket'],
  'account:write': ['write:user:bitbucket'],
  email: ['read:user:bitbucket'],
  team: ['read:workspace:bitbucket'],
  'team:write': ['admin:workspace:bitbucket'],
  pipeline: ['read:pipeline:bitbucket'],
  'pipeline:write': ['read:pipeline:bitbucket', 'write:pipeline:bitbucket'],
  'pipeline:variable': ['read:pipeline:bitbucket', 'admin:pipeline:bitbucket'],
  runner: ['read:runner:bitbucket'],
  'runner:write': ['read:runner:bitbucket', 'write:runner:bitbucket'],
  webhook: ['read:webhook:bitbucket', 'write:webhook:bitbucket', 'delete:webhook:bitbucket'],
  issue: ['read:issue:bitbucket'],
  'issue:write': ['read:issue:bitbucket', 'write:issue:bitbucket'],
  snippet: ['read:snippet:bitbucket'],
  'snippet:write': ['read:snippet:bitbucket', 'write:snippet:bitbucket'],
  wiki: []
}

/** Granular scope → the one classic scope that covers it. */
export const GRANULAR_TO_CLASSIC: Record<string, string> = {
  'read:repository:bitbucket': 'repository',
  'write:repository:bitbucket': 'repository:write',
  'admin:repository:bitbucket': 'repository:admin',
  'delete:repository:bitbucket': 'repository:delete',
  'read:pullrequest:bitbucket': 'pullrequest',
  'write:pullrequest:bitbucket': 'pullrequest:write',
  'read:project:bitbucket': 'project',
  'admin:project:bitbucket': 'project:admin',
  'read:workspace:bitbucket': 'account',
  'admin:workspace:bitbucket': 'account',
  'read:user:bitbucket': 'account',
  'write:user:bitbucket': 'account:write',
  'read:pipeline:bitbucket': 'pipeline',
  'write:pipeline:bitbucket': 'pipeline:write',
  'admin:pipeline:bitbucket': 'pipeline:variable',
  'read:runner:bitbucket': 'runner',
  'write:runner:bitbucket': 'runner:write',
  'read:webhook:bitbucket': 'webhook',
  'write:webhook:bitbucket': 'webhook',
  'delete:webhook:bitbucket': 'webhook',
  'read:issue:bitbucket': 'issue',
  'write:issue:bitbucket': 'issue:write',
  'delete:issue:bitbucket': 'issue:write',
  'read:snippet:bitbucket': 'snippet',
  'write:snippet:bitbucket': 'snippet:write',
  'delete:snippet:bitbucket': 'snippet:write'
}

export function isGranular(scope: string): boolean {
  return scope.endsWith(':bitbucket')
}

export function isKnownScope(scope: string): boolean {
  return CLASSIC_SCOPES.includes(scope) || GRANULAR_SCOPES.includes(scope)
}

/** Splits a scope list on commas, spaces and newlines; drops empties and duplicates. */
export function parseScopeList(text: string | undefined | null): string[] {
  if (!text) return []
  return unique(
    text
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean)
  )
}

/** The shape of a scope name, classic (`repository:write`) or granular (`read:repository:bitbucket`). */
const SCOPE_NAME = /^[a-z][a-z0-9_-]{0,39}(?::[a-z][a-z0-9_-]{0,39}){0,3}$/
/** More scope names than any credential can hold: the rest of a server's list is dropped. */
const MAX_SERVER_SCOPES = 100

/** Whether a name has the grammar of a Bitbucket scope (server text is checked before use). */
export function isScopeName(name: string): boolean {
  return SCOPE_NAME.test(name)
}

/**
 * Scope names from a server (a header, an error body, an OAuth answer): only well-formed names,
 * at most MAX_SERVER_SCOPES of them; anything else a server sends is not a scope.
 */
export function serverScopes(values: readonly unknown[]): string[] {
  const names = values.filter((v): v is string => typeof v === 'string' && isScopeName(v))
  return unique(names).slice(0, MAX_SERVER_SCOPES)
}

/** How much of a server's scope list (a header, an OAuth answer) is read: far more than 100 names. */
const MAX_SCOPE_TEXT = 10_000

/** The scope names in a server's space- or comma-separated list, bounded (see serverScopes). */
export function serverScopeList(text: string): string[] {
  return serverScopes(parseScopeList(text.slice(0, MAX_SCOPE_TEXT)))
}

/** Expresses required scopes in one vocabulary (the credential's own). */
export function toVocabulary(scopes: string[], vocabulary: Vocabulary): string[] {
  const out: string[] = []
  for (const scope of scopes) {
    if (vocabulary === 'granular') {
      out.push(...(isGranular(scope) ? [scope] : (own(CLASSIC_TO_GRANULAR, scope) ?? [scope])))
    } else {
      out.push(isGranular(scope) ? (own(GRANULAR_TO_CLASSIC, scope) ?? scope) : scope)
    }
  }
  return unique(out)
}

/** Granted scopes plus everything they imply. */
export function expandGranted(granted: string[]): Set<string> {
  const all = new Set<string>()
  for (const scope of granted) {
    all.add(scope)
    for (const implied of own(CLASSIC_IMPLIES, scope) ?? []) all.add(implied)
  }
  return all
}

/** The required scopes not covered by the granted ones (after implications). */
export function missingScopes(required: string[], granted: string[]): string[] {
  const have = expandGranted(granted)
  return required.filter((scope) => !have.has(scope))
}

/** Scopes that carry power beyond reading: admin, delete, write, pipeline variables, webhooks. */
export function isPrivileged(scope: string): boolean {
  if (isGranular(scope)) return !scope.startsWith('read:')
  return /:(write|admin|delete|variable)$/.test(scope) || scope === 'webhook'
}

/**
 * Privileged granted scopes that no required scope needs. With the credential's vocabulary, a
 * granted scope named in the other vocabulary is judged by its translation.
 */
export function excessScopes(
  granted: string[],
  required: string[],
  vocabulary?: Vocabulary
): string[] {
  const needed = expandGranted(required)
  const neededAsTranslated = (scope: string) => {
    if (!vocabulary || isGranular(scope) === (vocabulary === 'granular')) return false
    const privileged = toVocabulary([scope], vocabulary).filter(isPrivileged)
    return privileged.length > 0 && privileged.every((s) => needed.has(s))
  }
  return granted.filter(
    (scope) => isPrivileged(scope) && !needed.has(scope) && !neededAsTranslated(scope)
  )
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}
