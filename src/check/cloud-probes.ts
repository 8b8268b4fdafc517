/**
 * The live probes of one Bitbucket Cloud credential: an OAuth consumer mints a token first, then
 * REST and Git are asked concurrently within the budget, a lone 401 is asked again after a
 * pause, and an API token's expiry is looked up in the admin API once its owner is known.
 */
import type { Classification } from '../core/classify.js'
import type { GitProbes, OAuthProbe, Probes } from '../core/evaluate.js'
import type { GitPlan, ProbePlan } from '../core/probe-plan.js'
import type { CredentialSpec, Repository } from '../core/types.js'
import { probeGit } from '../probe/probe-git.js'
import type { OAuthResult } from '../probe/probe-oauth.js'
import { probeRepository, probeUser } from '../probe/probe-rest.js'
import { basic } from '../secrets/secret-forms.js'
import type { CheckContext } from './check-credential.js'
import { pauseToConfirm } from './confirm-pause.js'
import { mintConsumerToken } from './mint-consumer-token.js'

export interface CloudProbes {
  probes: Probes
  /** The access token minted for an OAuth consumer ('' when none). */
  minted: string
}

/** The usernames Git is asked with (the job's, then the kind's own), for masking. */
export const gitUsernames = (plan: ProbePlan): string[] =>
  plan.git ? [plan.git.username, plan.git.fallback ?? ''] : []

/** The REST Authorization header for the kind, or null when the identity it needs is missing. */
function restAuthorization(plan: ProbePlan, secret: string, bearer: string): string | null {
  if (!plan.rest) return null
  if (plan.restUser === null) return bearer ? `Bearer ${bearer}` : null
  return `Basic ${basic(plan.restUser, secret)}`
}

/** Whether every REST answer so far was a 401 (no acceptance, no other answer to weigh). */
export function onlyRejected(probes: Probes): boolean {
  const rest = [probes.user, probes.repo].filter((p) => p !== undefined)
  return (
    rest.length > 0 &&
    rest.some((p) => p.outcome === 'rejected') &&
    !rest.some((p) => p.outcome === 'accepted' || p.outcome === 'forbidden')
  )
}

/** Git refused to let the username read: the username (or the secret) is what it refused. */
const gitRefused = (g?: GitProbes) =>
  g?.read?.outcome === 'rejected' || g?.read?.outcome === 'forbidden'

/** The token endpoint's answer as the evaluation weighs it (never the token itself). */
function oauthProbeOf(oauth: OAuthResult): OAuthProbe {
  return oauth.outcome === 'minted'
    ? { outcome: 'minted', expiresIn: oauth.expiresIn, scopes: oauth.scopes }
    : { outcome: oauth.outcome, detail: oauth.detail }
}

/** Git read (and write) probes as one username; the result fills in as the answers come. */
function probeGitAs(
  ctx: CheckContext,
  repository: Repository,
  username: string,
  secret: string,
  write: boolean,
  deadline: number
): { result: GitProbes; done: Promise<void> } {
  const result: GitProbes = { username }
  const auth = `Basic ${basic(username, secret)}`
  const runs = [
    probeGit(ctx.client, ctx.gitUrl, repository, 'git-upload-pack', auth, deadline).then(
      (r) => void (result.read = r)
    )
  ]
  if (write) {
    runs.push(
      probeGit(ctx.client, ctx.gitUrl, repository, 'git-receive-pack', auth, deadline).then(
        (r) => void (result.write = r)
      )
    )
  }
  return { result, done: Promise.all(runs).then(() => undefined) }
}

/** Git as the job sends it; when that username is refused, as the kind's own username too. */
async function probeGitPlan(
  ctx: CheckContext,
  repository: Repository,
  git: GitPlan,
  bearer: string,
  deadline: number,
  probes: Probes
): Promise<void> {
  const job = probeGitAs(ctx, repository, git.username, bearer, git.write, deadline)
  probes.git = job.result
  await job.done
  if (!git.fallback || !gitRefused(probes.git)) return
  const alt = probeGitAs(ctx, repository, git.fallback, bearer, git.write, deadline)
  probes.altGit = alt.result
  await alt.done
}

/** Asks REST (the user, and the repository when one is named) into `probes`; again if called again. */
function restAsker(
  ctx: CheckContext,
  plan: ProbePlan,
  authorization: string | null,
  deadline: number,
  probes: Probes
): () => Promise<void> {
  if (!authorization) return () => Promise.resolve()
  const target = { apiUrl: ctx.apiUrl, authorization, deadline }
  const { repository } = plan
  return async () => {
    await Promise.all([
      probeUser(ctx.client, target).then((r) => void (probes.user = r)),
      repository
        ? probeRepository(ctx.client, target, repository).then((r) => void (probes.repo = r))
        : undefined
    ])
  }
}

/** One 401 is weak evidence (sporadic 401s under concurrent use): ask once more after a pause. */
async function confirmRejection(
  ctx: CheckContext,
  deadline: number,
  probes: Probes,
  askRest: () => Promise<void>
): Promise<void> {
  if (!onlyRejected(probes) || !(await pauseToConfirm(ctx.sleep, deadline))) return
  await askRest()
  probes.restConfirmed = onlyRejected(probes)
}

/** Runs the probes the plan asks for, within the budget that ends at `deadline`. */
export async function runCloudProbes(
  spec: CredentialSpec,
  cls: Classification,
  plan: ProbePlan,
  ctx: CheckContext,
  deadline: number
): Promise<CloudProbes> {
  const probes: Probes = {}
  let bearer = cls.secret
  let minted = ''
  if (cls.type === 'oauth-consumer') {
    const oauth = await mintConsumerToken(ctx, cls, deadline, gitUsernames(plan))
    probes.oauth = oauthProbeOf(oauth)
    bearer = minted = oauth.outcome === 'minted' ? oauth.accessToken : ''
  }
  const authorization = restAuthorization(plan, cls.secret, bearer)
  const askRest = restAsker(ctx, plan, authorization, deadline, probes)
  const { repository, git } = plan
  await Promise.all([
    askRest(),
    bearer && repository && git
      ? probeGitPlan(ctx, repository, git, bearer, deadline, probes)
      : undefined
  ])
  await confirmRejection(ctx, deadline, probes, askRest)
  if (ctx.adminLookup && cls.type === 'api-token') {
    probes.admin = await ctx.adminLookup(probes.user?.identity ?? null, spec)
  }
  return { probes, minted }
}
