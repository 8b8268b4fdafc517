/** Findings on what an accepted Data Center token can do: reach, permissions, Git. Pure. */
import {
  excessPermissions,
  missingPermissions,
  purposesWithoutDataCenter,
  requiredPermissions
} from './data-center-permissions.js'
import type { DataCenterProbes } from './data-center-probes.js'
import { fullName } from './repository.js'
import { finding } from './findings.js'
import type { ProbeResult } from './probe-result.js'
import { indeterminateLevel, type EvaluationPolicy } from './probes.js'
import type { CredentialSpec, Finding, GitResult } from './types.js'

const PERMISSION_FIX =
  "Its owner (or an admin) can change a token's permissions under HTTP access tokens; or create a new token with them and replace the secret."

export interface PermissionCheck {
  scopes: string[]
  missing: string[]
  excess: string[]
  findings: Finding[]
}

export function permissionFindings(
  spec: CredentialSpec,
  probes: DataCenterProbes
): PermissionCheck {
  const findings: Finding[] = []
  const required = requiredPermissions(spec.purposes, spec.scopes)
  const without = purposesWithoutDataCenter(spec.purposes)
  if (without.length > 0) {
    findings.push(
      finding(
        'data-center-token',
        `Bitbucket Data Center has no Pipelines, so ${without.join(', ')} cannot apply to this token.`,
        'warning',
        'Remove these purposes from this credential.'
      )
    )
  }
  const record = probes.record
  if (record?.outcome !== 'found') return { scopes: [], missing: [], excess: [], findings }
  const granted = record.permissions
  const missing = missingPermissions(required, granted)
  if (missing.length > 0) {
    findings.push(
      finding(
        'missing-scopes',
        `The job (${spec.purposes.join(', ') || 'scopes'}) needs ${missing.join(', ')}; this token's permissions are ${granted.join(', ') || 'none'}.`,
        undefined,
        PERMISSION_FIX
      )
    )
  }
  const excess = spec.purposes.length > 0 ? excessPermissions(granted, required) : []
  if (excess.length > 0) {
    findings.push(
      finding(
        'excess-scopes',
        `Granted but not needed for ${spec.purposes.join(', ')}: ${excess.join(', ')}. The job needs only: ${required.join(', ') || 'read access'}.`,
        undefined,
        "Lower the token's permissions (HTTP access tokens settings), or create a narrower token and revoke this one."
      )
    )
  }
  return { scopes: granted, missing, excess, findings }
}

export const unreachable = (p?: ProbeResult) =>
  p?.outcome === 'rejected' || p?.outcome === 'forbidden' || p?.outcome === 'not-found'

export function reachFindings(
  spec: CredentialSpec,
  probes: DataCenterProbes,
  policy: EvaluationPolicy
): Finding[] {
  const repo = probes.repo
  if (!spec.repository || !repo) return []
  const name = fullName(spec.repository)
  if (unreachable(repo)) {
    const kind = probes.record?.outcome === 'found' ? probes.record.kind : null
    const note =
      kind === 'personal'
        ? ' A personal token reaches what its owner can reach, within its permissions.'
        : kind
          ? ` This is a ${kind} token: it sees only its own ${kind}.`
          : ' Project and repository tokens see only their own project or repository.'
    return [
      finding(
        'repository-unreachable',
        `The token is valid but cannot reach ${name} (HTTP ${repo.status}).${note}`,
        undefined,
        'Check the PROJECT/repo-slug (or ~user/repo-slug) spelling and that the token was created for this project or repository.'
      )
    ]
  }
  if (repo.outcome === 'unavailable' || repo.outcome === 'rate-limited') {
    return [
      finding(
        repo.outcome === 'rate-limited' ? 'rate-limited' : 'indeterminate',
        `The repository ${name} could not be asked about: ${repo.detail}.`,
        indeterminateLevel(policy)
      )
    ]
  }
  return []
}

const flag = (p?: ProbeResult) =>
  p === undefined ? null : p.outcome === 'accepted' ? true : unreachable(p) ? false : null

export const BEARER_GIT_USER = '(Authorization: Bearer header)'

export function dataCenterGitResult(probes: DataCenterProbes): GitResult | null {
  const git = probes.git
  if (!git) return null
  const username = git.plan.mode === 'bearer' ? BEARER_GIT_USER : git.plan.username
  return { username, read: flag(git.read), write: flag(git.write), working: null }
}
