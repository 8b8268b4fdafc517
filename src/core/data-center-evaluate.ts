/**
 * Evaluation of a Bitbucket Data Center token: classification and probe results in, one report
 * entry out. Pure: no I/O, no clock (now is passed in).
 */
import type { Classification } from './classification.js'
import {
  dataCenterGitResult,
  permissionFindings,
  reachFindings,
  unreachable,
  BEARER_GIT_USER
} from './data-center-access.js'
import { dataCenterExpiry } from './data-center-expiry.js'
import { dataCenterGitFindings } from './data-center-git-findings.js'
import type { DataCenterProbes } from './data-center-probes.js'
import { fullName } from './repository.js'
import { decideDataCenterVerdict } from './data-center-verdict.js'
import { statusOf, withExpiry } from './evaluate.js'
import { dropSuperseded } from './findings.js'
import type { EvaluationPolicy } from './probes.js'
import type { CredentialReport, CredentialSpec, Finding, Usage, Verdict } from './types.js'

function usage(
  spec: CredentialSpec,
  probes: DataCenterProbes,
  username: string | null
): Usage | null {
  if (!spec.serverUrl) return null
  const base = new URL(spec.serverUrl)
  const repo = spec.repository ? fullName(spec.repository) : '<PROJECT>/<repo>'
  const path = `${base.host}${base.pathname.replace(/\/$/, '')}/scm/${repo}.git`
  const personal = probes.record?.outcome === 'found' && probes.record.kind === 'personal'
  if (personal && username) {
    return {
      rest: 'Authorization: Bearer <token>, or Basic auth with the username and the token',
      gitUsername: username,
      cloneUrl: `${base.protocol}//${encodeURIComponent(username)}:<token>@${path}`
    }
  }
  return {
    rest: 'Authorization: Bearer <token> (project and repository tokens: Bearer only)',
    gitUsername: BEARER_GIT_USER,
    cloneUrl: `git -c http.extraHeader="Authorization: Bearer <token>" clone ${base.protocol}//${path}`
  }
}

export function evaluateDataCenter(
  spec: CredentialSpec,
  cls: Classification,
  probes: DataCenterProbes,
  policy: EvaluationPolicy,
  now: Date
): CredentialReport {
  const findings: Finding[] = [...cls.findings]
  const decision = decideDataCenterVerdict(cls, probes, policy)
  findings.push(...decision.findings)
  let verdict: Verdict = decision.verdict
  const username = probes.identity?.identity?.username ?? null

  const permissions = permissionFindings(spec, probes)
  if (verdict === 'valid') {
    findings.push(...permissions.findings, ...reachFindings(spec, probes, policy))
    const repository = {
      unreachable: unreachable(probes.repo),
      unasked: probes.repo?.outcome === 'unavailable' || probes.repo?.outcome === 'rate-limited'
    }
    findings.push(...dataCenterGitFindings(spec, probes, repository, policy))
  }
  const expiry = dataCenterExpiry(spec, probes, verdict, policy, now)
  findings.push(...expiry.findings)
  verdict = withExpiry(verdict, expiry, cls)
  const kept = dropSuperseded(findings)
  const kind = probes.record?.outcome === 'found' ? probes.record.kind : null
  return {
    name: spec.name,
    type: 'data-center-token',
    verdict,
    status: statusOf(kept),
    identity: username ? { username, accountId: null } : null,
    scopes: permissions.scopes,
    missingScopes: permissions.missing,
    excessScopes: permissions.excess,
    reach: kind === 'project' || kind === 'repository' ? kind : null,
    expiresAt: expiry.expiresAt ? expiry.expiresAt.toISOString() : null,
    expirySource: expiry.expirySource,
    daysLeft: expiry.daysLeft,
    git: dataCenterGitResult(probes),
    usage: ['malformed', 'unsupported'].includes(verdict) ? null : usage(spec, probes, username),
    findings: kept
  }
}
