/** Git over HTTPS: the report's git field and its findings (auth, username, 410, reach). */
import { gitUsernameProblem } from './classify.js'
import { finding } from './findings.js'
import { KINDS } from './kinds.js'
import { indeterminateLevel } from './probes.js'
import { PURPOSES } from './purposes.js'
import { fullName } from './repository.js'
import type { ProbeResult } from './probe-result.js'
import type { EvaluationPolicy, Probes } from './probes.js'
import type { CredentialSpec, CredentialType, Finding, GitResult } from './types.js'

export function gitResult(probes: Probes): GitResult | null {
  if (!probes.git) return null
  const flag = (p?: ProbeResult) =>
    p === undefined
      ? null
      : p.outcome === 'accepted'
        ? true
        : p.outcome === 'rejected' ||
            p.outcome === 'forbidden' ||
            p.outcome === 'gone' ||
            p.outcome === 'not-found'
          ? false
          : null
  const result: GitResult = {
    username: probes.git.username,
    read: flag(probes.git.read),
    write: flag(probes.git.write)
  }
  if (probes.declaredGit) {
    result.declared = {
      username: probes.declaredGit.username,
      read: flag(probes.declaredGit.read),
      write: flag(probes.declaredGit.write)
    }
  }
  return result
}

export function gitFindings(
  spec: CredentialSpec,
  type: CredentialType,
  probes: Probes,
  declaredUser: string,
  bitbucketUsername: string | null,
  existing: Finding[],
  policy: EvaluationPolicy
): Finding[] {
  const findings: Finding[] = []
  const has = (code: string) =>
    existing.some((f) => f.code === code) || findings.some((f) => f.code === code)
  const problem = declaredUser ? gitUsernameProblem(type, declaredUser, bitbucketUsername) : null
  const right =
    probes.git?.username ??
    KINDS[type].gitUsername ??
    bitbucketUsername ??
    'your Bitbucket username'
  if (problem) {
    const tried = probes.declaredGit?.read
      ? ` Probed: with "${declaredUser}" Git ${probes.declaredGit.read.outcome === 'accepted' ? 'worked' : `said HTTP ${probes.declaredGit.read.status ?? 'nothing'}`}; with "${right}" it ${probes.git?.read?.outcome === 'accepted' ? 'worked' : `said HTTP ${probes.git?.read?.status ?? 'nothing'}`}.`
      : ''
    findings.push(finding('git-username-wrong', `${problem} Use "${right}".${tried}`))
  }
  const git = probes.git
  if (policy.checkGit === 'true' && !spec.repository && !policy.offline) {
    const detail =
      'check-git is true but no repository is set for this credential, so Git over HTTPS was not probed.'
    const fix = 'Set repository (workspace/repo-slug) for it, or check-git to auto.'
    findings.push(finding('indeterminate', detail, indeterminateLevel(policy), fix))
  }
  if (!git || !spec.repository) return findings
  const name = fullName(spec.repository)
  for (const [label, probe] of [
    ['clone (git-upload-pack)', git.read],
    ['push (git-receive-pack)', git.write]
  ] as const) {
    if (!probe) continue
    if (probe.outcome === 'gone') {
      findings.push(
        finding(
          'app-password-removed',
          `Git answered HTTP 410 for ${name}: ${firstLine(probe.detail) || 'functionality has been deprecated'}.`
        )
      )
    } else if (probe.outcome === 'not-found' && probes.repo?.outcome === 'accepted') {
      if (!has('indeterminate')) {
        const detail = `Git over HTTPS answered HTTP 404 for ${name} (${label}), which the REST API can see.`
        const fix =
          'Check git-url: it should be the Git host that goes with api-url (https://bitbucket.org for Bitbucket Cloud).'
        findings.push(finding('indeterminate', detail, indeterminateLevel(policy), fix))
      }
    } else if (probe.outcome === 'not-found' && !has('repository-unreachable')) {
      findings.push(
        finding('repository-unreachable', `Git over HTTPS found no repository ${name} (HTTP 404).`)
      )
    } else if (probe.outcome === 'rejected' || probe.outcome === 'forbidden') {
      const vocabulary = KINDS[type].vocabulary
      const scope = PURPOSES[label.startsWith('push') ? 'push' : 'clone'][vocabulary].join(' and ')
      const cause =
        label.startsWith('push') && git.read?.outcome === 'accepted'
          ? `It can clone but not push: the token needs ${scope}, and branch restrictions may also block it.`
          : `Likely causes: the username "${git.username}" is wrong for this kind, the token lacks ${scope}, or it does not reach ${name}.`
      findings.push(
        finding(
          'git-auth-failed',
          `Git ${label} for ${name} as "${git.username}" failed with HTTP ${probe.status}. ${cause}`
        )
      )
    } else if (
      (probe.outcome === 'unavailable' || probe.outcome === 'rate-limited') &&
      !has('indeterminate') &&
      !has('rate-limited')
    ) {
      findings.push(
        finding(
          probe.outcome === 'rate-limited' ? 'rate-limited' : 'indeterminate',
          `Git over HTTPS could not be asked: ${probe.detail}.`,
          indeterminateLevel(policy)
        )
      )
    }
  }
  return findings
}

function firstLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^remote:\s*/, '').trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' ')
}
