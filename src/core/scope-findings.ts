/** Scope findings: missing and excess scopes, the read:user notice, and repository reach. */
import { finding } from './findings.js'
import { KINDS, isAccessToken, reachOf } from './kinds.js'
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

export function scopeFindings(
  spec: CredentialSpec,
  type: CredentialType,
  granted: string[] | null,
  probes: Probes
) {
  const vocabulary =
    type === 'unknown'
      ? granted?.some(isGranular)
        ? 'granular'
        : 'classic'
      : KINDS[type].vocabulary
  const required = unique([
    ...toVocabulary(spec.scopes, vocabulary),
    ...scopesForPurposes(spec.purposes, vocabulary)
  ])
  const findings: Finding[] = []
  let missing: string[] = []
  let excess: string[] = []
  // A 403 on the repository that names the scopes it needs is a scope problem (facts §4.2, §8).
  const named =
    probes.repo?.outcome === 'forbidden' ? toVocabulary(probes.repo.requiredScopes, vocabulary) : []
  if (granted || named.length > 0) {
    // The header's vocabulary is observed, not documented: compare in the credential's own.
    const have = granted ? unique([...granted, ...toVocabulary(granted, vocabulary)]) : []
    missing = unique([
      ...(granted ? missingScopes(required, have) : []),
      ...missingScopes(named, have)
    ])
    if (missing.length > 0) {
      const all = unique([
        ...required,
        ...missing,
        ...(granted ?? []).filter((g) => !excessScopes([g], required, vocabulary).length)
      ])
      findings.push(
        finding(
          'missing-scopes',
          `The job needs ${missing.length === 1 ? 'a scope' : 'scopes'} this credential lacks: ${missing.join(', ')}. Granted: ${granted ? granted.join(', ') || 'none' : 'not revealed'}. Create the replacement with: ${all.join(', ')}.`
        )
      )
    }
    if (spec.purposes.length > 0 && granted) {
      excess = excessScopes(granted, required, vocabulary)
      if (excess.length > 0) {
        findings.push(
          finding(
            'excess-scopes',
            `Granted but not needed for ${spec.purposes.join(', ')}: ${excess.join(', ')}. The narrower token needs only: ${required.join(', ') || 'no extra scopes'}.`
          )
        )
      }
    }
  }
  const userForbidden =
    probes.user?.outcome === 'forbidden' && !isAccessToken(type) && type !== 'oauth-consumer'
  if (userForbidden) {
    const need =
      probes.user?.requiredScopes.join(', ') ||
      (vocabulary === 'granular' ? 'read:user:bitbucket' : 'account')
    findings.push(
      finding(
        'read-user-scope-missing',
        `Bitbucket accepted the credential but answered 403 on /2.0/user (needs ${need}), so its user could not be read.`,
        undefined,
        vocabulary === 'granular'
          ? undefined
          : 'The credential works, but tools that identify the user need the account scope; add it when you next create the credential.'
      )
    )
  }
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
