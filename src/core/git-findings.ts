/** Git over HTTPS: the report's git field and its findings (auth, username, 410, reach). */
import { gitUsernameProblem } from './classify.js'
import { finding } from './findings.js'
import { KINDS } from './kinds.js'
import { indeterminateLevel } from './probes.js'
import { PURPOSES } from './purposes.js'
import { fullName } from './repository.js'
import type { ProbeResult } from './probe-result.js'
import type { EvaluationPolicy, GitProbes, Probes } from './probes.js'
import type {
  CredentialSpec,
  CredentialType,
  Finding,
  GitAnswer,
  GitResult,
  Verdict
} from './types.js'

const refusedOutcomes = new Set(['rejected', 'forbidden', 'gone', 'not-found'])

function flag(p?: ProbeResult): boolean | null {
  if (p === undefined) return null
  if (p.outcome === 'accepted') return true
  return refusedOutcomes.has(p.outcome) ? false : null
}

const answer = (g: GitProbes): GitAnswer => ({
  username: g.username,
  read: flag(g.read),
  write: flag(g.write)
})

/** Whether every Git operation asked as this username was allowed. */
const works = (g?: GitProbes) =>
  g?.read?.outcome === 'accepted' && (g.write === undefined || g.write.outcome === 'accepted')

const refused = (p?: ProbeResult) => p?.outcome === 'rejected' || p?.outcome === 'forbidden'

/** The report's git: the job's username; `working` only when it fails and another works. */
export function gitResult(probes: Probes): GitResult | null {
  if (!probes.git) return null
  const working = !works(probes.git) && works(probes.altGit) ? answer(probes.altGit!) : null
  return { ...answer(probes.git), working }
}

export interface GitContext {
  spec: CredentialSpec
  type: CredentialType
  verdict: Verdict
  probes: Probes
  /** The username the job sends to Git. */
  jobUser: string
  /** Whether the job chose that username (git-username, a pasted URL, an API token's username). */
  chosen: boolean
  bitbucketUsername: string | null
  /** Scopes the job needs and the credential lacks (they explain a refused clone or push). */
  missing: string[]
  existing: Finding[]
  policy: EvaluationPolicy
}

/** A Git probe that got no usable answer: indeterminate (or rate-limited), else null. */
export function gitUnasked(probe: ProbeResult, policy: EvaluationPolicy): Finding | null {
  if (probe.outcome !== 'unavailable' && probe.outcome !== 'rate-limited') return null
  return finding(
    probe.outcome === 'rate-limited' ? 'rate-limited' : 'indeterminate',
    `Git over HTTPS could not be asked: ${probe.detail}.`,
    indeterminateLevel(policy)
  )
}

export function gitFindings(ctx: GitContext): Finding[] {
  const { spec, type, probes, jobUser, policy } = ctx
  const findings: Finding[] = []
  const has = (code: string) =>
    ctx.existing.some((f) => f.code === code) || findings.some((f) => f.code === code)
  const problem = ctx.chosen ? gitUsernameProblem(type, jobUser, ctx.bitbucketUsername) : null
  const kindUser =
    probes.altGit?.username ??
    KINDS[type].gitUsername ??
    ctx.bitbucketUsername ??
    'your Bitbucket username'
  if (policy.checkGit === 'true' && !spec.repository && !policy.offline) {
    const detail =
      'check-git is true but no repository is set for this credential, so Git over HTTPS was not probed.'
    const fix = 'Set repository (workspace/repo-slug) for it, or check-git to auto.'
    findings.push(finding('indeterminate', detail, indeterminateLevel(policy), fix))
  }
  const git = probes.git
  if (!git || !spec.repository) {
    // Not probed: what is known offline about the username is still worth saying.
    if (problem) findings.push(finding('git-username-wrong', `${problem} Use "${kindUser}".`))
    return findings
  }
  const name = fullName(spec.repository)
  const alt = probes.altGit
  if (!works(git) && refused(git.read) && works(alt)) {
    findings.push(
      finding(
        'git-username-wrong',
        `Git over HTTPS refused "${git.username}" for ${name} (HTTP ${git.read?.status ?? '?'}) and accepted "${alt!.username}".${problem ? ` ${problem}` : ''}`,
        'error',
        `Use "${alt!.username}" as the Git username (in the clone URL or credential helper).`
      )
    )
    return findings
  }
  // A rejected, expired or removed credential explains every refused Git request.
  const explained = ctx.verdict !== 'valid' && ctx.verdict !== 'indeterminate'
  for (const [op, probe] of [
    ['clone', git.read],
    ['push', git.write]
  ] as const) {
    if (!probe) continue
    const label = op === 'clone' ? 'clone (git-upload-pack)' : 'push (git-receive-pack)'
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
    } else if (probe.outcome === 'not-found' && !has('repository-unreachable') && !explained) {
      findings.push(
        finding('repository-unreachable', `Git over HTTPS found no repository ${name} (HTTP 404).`)
      )
    } else if (refused(probe) && !explained) {
      const vocabulary = KINDS[type].vocabulary
      const needed = PURPOSES[op][vocabulary]
      // missing-scopes already names the cause: one root cause, one error.
      if (needed.some((s) => ctx.missing.includes(s))) continue
      if (problem) {
        if (!has('git-username-wrong')) {
          const also = alt
            ? ` Git refused "${alt.username}" too, so the token may also lack ${needed.join(' and ')} or not reach ${name}.`
            : ''
          findings.push(finding('git-username-wrong', `${problem} Use "${kindUser}".${also}`))
        }
        continue
      }
      const scope = needed.join(' and ')
      const cause =
        op === 'push' && git.read?.outcome === 'accepted'
          ? `It can clone but not push: the token needs ${scope}, and branch restrictions may also block it.`
          : `Likely causes: the username "${git.username}" is wrong for this kind, the token lacks ${scope}, or it does not reach ${name}.${alt ? ` Git refused "${alt.username}" too.` : ''}`
      findings.push(
        finding(
          'git-auth-failed',
          `Git ${label} for ${name} as "${git.username}" failed with HTTP ${probe.status}. ${cause}`
        )
      )
    } else if (!has('indeterminate') && !has('rate-limited')) {
      const unasked = gitUnasked(probe, policy)
      if (unasked) findings.push(unasked)
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
