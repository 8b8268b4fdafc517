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
  /** The REST API already found the repository out of reach (repository-unreachable). */
  repositoryUnreachable: boolean
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

/** check-git: true with no repository to ask: nothing was probed, and the reader must know. */
function gitNotProbed(ctx: GitContext): Finding[] {
  const { spec, policy } = ctx
  if (policy.checkGit !== 'true' || spec.repository || policy.offline) return []
  const detail =
    'check-git is true but no repository is set for this credential, so Git over HTTPS was not probed.'
  const fix = 'Set repository (workspace/repo-slug) for it, or check-git to auto.'
  return [finding('indeterminate', detail, indeterminateLevel(policy), fix)]
}

/** The username the kind needs for Git, in words, for "Use …" advice. */
function kindUserOf(ctx: GitContext): string {
  return (
    ctx.probes.altGit?.username ??
    KINDS[ctx.type].gitUsername ??
    ctx.bitbucketUsername ??
    'your Bitbucket username'
  )
}

/** Git refused the job's username and accepted the kind's: the one fix is the username. */
function usernameSwitch(ctx: GitContext, git: GitProbes, problem: string | null): Finding | null {
  const alt = ctx.probes.altGit
  if (works(git) || !refused(git.read) || !works(alt)) return null
  return finding(
    'git-username-wrong',
    `Git over HTTPS refused "${git.username}" for ${fullName(ctx.spec.repository!)} (HTTP ${git.read?.status ?? '?'}) and accepted "${alt!.username}".${problem ? ` ${problem}` : ''}`,
    'error',
    `Use "${alt!.username}" as the Git username (in the clone URL or credential helper).`
  )
}

type GitOperation = 'clone' | 'push'

/** One run over the operations: the context, the username problem, and what was said so far. */
interface GitRun extends GitContext {
  problem: string | null
  /** Each cause is said once: no answer, a wrong git-url, a wrong username. */
  said: { unasked: boolean; gitUrl: boolean; username: boolean }
}

/** A refused clone or push, explained by the most likely cause (or by nothing new). */
function refusedFinding(ctx: GitRun, op: GitOperation, probe: ProbeResult): Finding | null {
  const { problem, said } = ctx
  const { git, altGit: alt } = ctx.probes
  const name = fullName(ctx.spec.repository!)
  const needed = PURPOSES[op][KINDS[ctx.type].vocabulary]
  // missing-scopes already names the cause: one root cause, one error.
  if (needed.some((s) => ctx.missing.includes(s))) return null
  if (problem) {
    if (said.username) return null
    said.username = true
    const also = alt
      ? ` Git refused "${alt.username}" too, so the token may also lack ${needed.join(' and ')} or not reach ${name}.`
      : ''
    return finding('git-username-wrong', `${problem} Use "${kindUserOf(ctx)}".${also}`)
  }
  const scope = needed.join(' and ')
  const cause =
    op === 'push' && git?.read?.outcome === 'accepted'
      ? `It can clone but not push: the token needs ${scope}, and branch restrictions may also block it.`
      : `Likely causes: the username "${git!.username}" is wrong for this kind, the token lacks ${scope}, or it does not reach ${name}.${alt ? ` Git refused "${alt.username}" too.` : ''}`
  return finding(
    'git-auth-failed',
    `Git ${OPERATION_LABEL[op]} for ${name} as "${git!.username}" failed with HTTP ${probe.status}. ${cause}`
  )
}

const OPERATION_LABEL: Record<GitOperation, string> = {
  clone: 'clone (git-upload-pack)',
  push: 'push (git-receive-pack)'
}

/** A Git 404 for a repository: a wrong git-url when REST sees it, else out of reach. */
function notFoundFinding(ctx: GitRun, op: GitOperation): Finding | null {
  const { said } = ctx
  const name = fullName(ctx.spec.repository!)
  if (ctx.probes.repo?.outcome === 'accepted') {
    if (said.gitUrl) return null
    said.gitUrl = true
    const detail = `Git over HTTPS answered HTTP 404 for ${name} (${OPERATION_LABEL[op]}), which the REST API can see.`
    const fix =
      'Check git-url: it should be the Git host that goes with api-url (https://bitbucket.org for Bitbucket Cloud).'
    return finding('indeterminate', detail, indeterminateLevel(ctx.policy), fix)
  }
  if (ctx.repositoryUnreachable || explainedByVerdict(ctx)) return null
  return finding('repository-unreachable', `Git over HTTPS found no repository ${name} (HTTP 404).`)
}

/** A rejected, expired or removed credential explains every refused Git request. */
const explainedByVerdict = (ctx: GitContext) =>
  ctx.verdict !== 'valid' && ctx.verdict !== 'indeterminate'

function operationFinding(ctx: GitRun, op: GitOperation, probe: ProbeResult): Finding | null {
  const { said } = ctx
  if (probe.outcome === 'gone') {
    return finding(
      'app-password-removed',
      `Git answered HTTP 410 for ${fullName(ctx.spec.repository!)}: ${firstLine(probe.detail) || 'functionality has been deprecated'}.`
    )
  }
  if (probe.outcome === 'not-found') return notFoundFinding(ctx, op)
  if (refused(probe)) {
    return explainedByVerdict(ctx) ? null : refusedFinding(ctx, op, probe)
  }
  if (said.unasked) return null
  const unasked = gitUnasked(probe, ctx.policy)
  if (unasked) said.unasked = true
  return unasked
}

/**
 * Git's findings for the username the job uses: a wrong username (offline, or shown by a
 * username that works), a removed app password, an unreachable repository, a refused clone or
 * push with its likely cause, or no answer. An indeterminate REST verdict has already said
 * that Bitbucket could not be asked.
 */
export function gitFindings(ctx: GitContext): Finding[] {
  const findings = gitNotProbed(ctx)
  const problem = ctx.chosen
    ? gitUsernameProblem(ctx.type, ctx.jobUser, ctx.bitbucketUsername)
    : null
  const git = ctx.probes.git
  if (!git || !ctx.spec.repository) {
    // Not probed: what is known offline about the username is still worth saying.
    if (problem)
      findings.push(finding('git-username-wrong', `${problem} Use "${kindUserOf(ctx)}".`))
    return findings
  }
  const switched = usernameSwitch(ctx, git, problem)
  if (switched) return [...findings, switched]
  const run: GitRun = {
    ...ctx,
    problem,
    said: { unasked: ctx.verdict === 'indeterminate', gitUrl: false, username: false }
  }
  const operations: [GitOperation, ProbeResult | undefined][] = [
    ['clone', git.read],
    ['push', git.write]
  ]
  for (const [op, probe] of operations) {
    const found = probe ? operationFinding(run, op, probe) : null
    if (found) findings.push(found)
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
