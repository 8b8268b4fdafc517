/** Scope findings: missing and excess scopes, the read:user notice, and repository reach. */
import { finding } from './findings.js'
import { KINDS, isAccessToken, reachOf, type Vocabulary } from './kinds.js'
import type { ProbeResult } from './probe-result.js'
import type { Probes } from './probes.js'
import { scopesForPurposes } from './purposes.js'
import { fullName } from './repository.js'
import { excessScopes, isGranular, missingScopes, toVocabulary, unique } from './scopes.js'
import type { CredentialSpec, CredentialType, Finding } from './types.js'

export function grantedScopes(probes: Probes): string[] | null {
  if (probes.oauth?.outcome === 'minted' && probes.oauth.scopes && probes.oauth.scopes.length > 0) {
    return probes.oauth.scopes
  }
  const lists = [probes.user?.scopes, probes.repo?.scopes].filter((s): s is string[] =>
    Array.isArray(s)
  )
  return lists.length > 0 ? unique(lists.flat()) : null
}

export interface ScopeResult {
  required: string[]
  missing: string[]
  excess: string[]
  findings: Finding[]
}

/** The vocabulary to compare in: the kind's own, or for an unknown kind what it was granted. */
function vocabularyOf(type: CredentialType, granted: string[] | null): Vocabulary {
  if (type !== 'unknown') return KINDS[type].vocabulary
  return granted?.some(isGranular) ? 'granular' : 'classic'
}

function missingFinding(
  missing: string[],
  required: string[],
  granted: string[] | null,
  vocabulary: Vocabulary
): Finding {
  const kept = (granted ?? []).filter((g) => !excessScopes([g], required, vocabulary).length)
  const all = unique([...required, ...missing, ...kept])
  return finding(
    'missing-scopes',
    `The job needs ${missing.length === 1 ? 'a scope' : 'scopes'} this credential lacks: ${missing.join(', ')}. Granted: ${granted ? granted.join(', ') || 'none' : 'not revealed'}. Create the replacement with: ${all.join(', ')}.`
  )
}

function excessFinding(spec: CredentialSpec, excess: string[], required: string[]): Finding {
  return finding(
    'excess-scopes',
    `Granted but not needed for ${spec.purposes.join(', ')}: ${excess.join(', ')}. The narrower token needs only: ${required.join(', ') || 'no extra scopes'}.`
  )
}

/** A 403 on /2.0/user for a kind that should read its user: the credential works, tools may not. */
function readUserNotice(type: CredentialType, probes: Probes, vocabulary: Vocabulary): Finding[] {
  const forbidden =
    probes.user?.outcome === 'forbidden' && !isAccessToken(type) && type !== 'oauth-consumer'
  if (!forbidden) return []
  const granular = vocabulary === 'granular'
  const need =
    probes.user?.requiredScopes.join(', ') || (granular ? 'read:user:bitbucket' : 'account')
  return [
    finding(
      'read-user-scope-missing',
      `Bitbucket accepted the credential but answered 403 on /2.0/user (needs ${need}), so its user could not be read.`,
      undefined,
      granular
        ? undefined
        : 'The credential works, but tools that identify the user need the account scope; add it when you next create the credential.'
    )
  ]
}

/**
 * The scopes the job needs (declared scopes and purposes) against those granted (or named by a
 * 403 on the repository): missing and excess scopes, and the read:user notice.
 */
export function scopeFindings(
  spec: CredentialSpec,
  type: CredentialType,
  granted: string[] | null,
  probes: Probes
): ScopeResult {
  const vocabulary = vocabularyOf(type, granted)
  const required = unique([
    ...toVocabulary(spec.scopes, vocabulary),
    ...scopesForPurposes(spec.purposes, vocabulary)
  ])
  // A 403 on the repository that names the scopes it needs is a scope problem
  // (docs/bitbucket-facts.md §4.2, §8).
  const named =
    probes.repo?.outcome === 'forbidden' ? toVocabulary(probes.repo.requiredScopes, vocabulary) : []
  // The header's vocabulary is observed, not documented: compare in the credential's own.
  const have = granted ? unique([...granted, ...toVocabulary(granted, vocabulary)]) : []
  const missing = unique([
    ...(granted ? missingScopes(required, have) : []),
    ...missingScopes(named, have)
  ])
  const excess =
    granted && spec.purposes.length > 0 ? excessScopes(granted, required, vocabulary) : []
  const findings: Finding[] = []
  if (missing.length > 0) findings.push(missingFinding(missing, required, granted, vocabulary))
  if (excess.length > 0) findings.push(excessFinding(spec, excess, required))
  findings.push(...readUserNotice(type, probes, vocabulary))
  return { required, missing, excess, findings }
}

export function repositoryFindings(
  spec: CredentialSpec,
  type: CredentialType,
  repo?: ProbeResult
): Finding[] {
  if (!spec.repository || !repo) return []
  // Out of reach: a 404, or a 403 that names no missing scope (one that does is missing-scopes).
  const outOfReach =
    repo.outcome === 'not-found' ||
    (repo.outcome === 'forbidden' && repo.requiredScopes.length === 0)
  if (!outOfReach) return []
  const name = fullName(spec.repository)
  const reach = reachOf(type)
  const reachNote = reach
    ? ` This is a ${reach} access token: it reaches only its own ${reach}, and ${name} lies outside it.`
    : ''
  return [
    finding(
      'repository-unreachable',
      `The credential is valid but cannot reach ${name} (HTTP ${repo.status}).${reachNote}`
    )
  ]
}
