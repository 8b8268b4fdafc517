/**
 * Checks one credential: classify offline, mask every derived form, run the probes it needs
 * concurrently within its budget, then evaluate (pure).
 */
import { classify } from '../core/classify.js'
import {
  evaluate,
  type AdminLookup,
  type EvaluationPolicy,
  type GitProbes,
  type History,
  type Probes
} from '../core/evaluate.js'
import { planProbes, type ProbePlan } from '../core/probe-plan.js'
import type { CredentialReport, CredentialSpec, Identity, Repository } from '../core/types.js'
import type { HttpClient } from '../probe/http-client.js'
import { probeGit } from '../probe/probe-git.js'
import { mintToken } from '../probe/probe-oauth.js'
import { probeRepository, probeUser } from '../probe/probe-rest.js'
import { checkDataCenter } from './check-data-center.js'
import { replayConsumer } from './replay-consumer.js'
import { pauseToConfirm } from './confirm-pause.js'
import { basic, secretForms } from '../secrets/secret-forms.js'

export interface CheckContext {
  client: HttpClient
  apiUrl: string
  gitUrl: string
  oauthUrl: string
  timeoutSeconds: number
  policy: EvaluationPolicy
  now: () => Date
  /** Waits (injected so tests need not). */
  sleep: (ms: number) => Promise<void>
  mask: (secret: string) => void
  /** Earlier results, keyed by the credential's fingerprint (tracking issue). */
  history?: (fingerprint: string) => Promise<History | undefined>
  /** Expiry from the Atlassian admin API, once the owner is known. */
  adminLookup?: (
    identity: Identity | null,
    spec: CredentialSpec
  ) => Promise<AdminLookup | undefined>
}

/** The REST Authorization header for the kind, or null when the identity it needs is missing. */
function restAuthorization(plan: ProbePlan, secret: string, bearer: string): string | null {
  if (!plan.rest) return null
  if (plan.restUser === null) return bearer ? `Bearer ${bearer}` : null
  return `Basic ${basic(plan.restUser, secret)}`
}

/** Whether every REST answer so far was a 401 (no acceptance, no other answer to weigh). */
function onlyRejected(probes: Probes): boolean {
  const rest = [probes.user, probes.repo].filter((p) => p !== undefined)
  return (
    rest.length > 0 &&
    rest.some((p) => p.outcome === 'rejected') &&
    !rest.some((p) => p.outcome === 'accepted' || p.outcome === 'forbidden')
  )
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

/** Git refused to let the username read: the username (or the secret) is what it refused. */
const gitRefused = (g?: GitProbes) =>
  g?.read?.outcome === 'rejected' || g?.read?.outcome === 'forbidden'

export async function checkCredential(
  spec: CredentialSpec,
  ctx: CheckContext,
  fingerprint: string
): Promise<CredentialReport> {
  const now = ctx.now()
  const deadline = Date.now() + ctx.timeoutSeconds * 1000
  const cls = classify(spec, now)
  // Bitbucket Data Center tokens are checked against their own server only (or not at all).
  if (cls.type === 'data-center-token') return checkDataCenter(spec, cls, ctx)
  const plan = planProbes(spec, cls, ctx.policy)
  const { repository } = plan
  const effective: CredentialSpec = { ...spec, repository }
  const gitUsers = plan.git ? [plan.git.username, plan.git.fallback ?? ''] : []
  for (const form of secretForms(cls.secret, [cls.restUser ?? '', ...gitUsers])) ctx.mask(form)
  for (const form of secretForms(spec.token, [])) ctx.mask(form)

  const history = ctx.history?.(fingerprint)
  const probes: Probes = {}
  let minted = ''
  if (cls.verdict === null && !ctx.policy.offline) {
    let bearer = cls.secret
    if (cls.type === 'oauth-consumer') {
      const oauth = await mintToken(
        ctx.client,
        ctx.oauthUrl,
        `Basic ${basic(cls.restUser ?? '', cls.secret)}`,
        deadline,
        ctx.mask
      )
      probes.oauth =
        oauth.outcome === 'minted'
          ? { outcome: 'minted', expiresIn: oauth.expiresIn, scopes: oauth.scopes }
          : { outcome: oauth.outcome, detail: oauth.detail }
      bearer = oauth.outcome === 'minted' ? oauth.accessToken : ''
      minted = bearer
      if (bearer) for (const form of secretForms(bearer, gitUsers)) ctx.mask(form)
    }
    const authorization = restAuthorization(plan, cls.secret, bearer)
    const target = authorization ? { apiUrl: ctx.apiUrl, authorization, deadline } : null
    const askRest = async () => {
      if (!target) return
      await Promise.all([
        probeUser(ctx.client, target).then((r) => void (probes.user = r)),
        repository
          ? probeRepository(ctx.client, target, repository).then((r) => void (probes.repo = r))
          : undefined
      ])
    }
    const tasks: Promise<void>[] = [askRest()]
    const gitPlan = plan.git
    if (bearer && repository && gitPlan) {
      tasks.push(
        (async () => {
          const job = probeGitAs(ctx, repository, gitPlan.username, bearer, gitPlan.write, deadline)
          probes.git = job.result
          await job.done
          // The job's username was refused: find out whether the kind's own username works.
          if (gitPlan.fallback && gitRefused(probes.git)) {
            const alt = probeGitAs(
              ctx,
              repository,
              gitPlan.fallback,
              bearer,
              gitPlan.write,
              deadline
            )
            probes.altGit = alt.result
            await alt.done
          }
        })()
      )
    }
    await Promise.all(tasks)
    // One 401 is weak evidence (sporadic 401s under concurrent use): ask once more after a pause.
    if (onlyRejected(probes) && (await pauseToConfirm(ctx.sleep, deadline))) {
      await askRest()
      probes.restConfirmed = onlyRejected(probes)
    }
    if (ctx.adminLookup && cls.type === 'api-token') {
      probes.admin = await ctx.adminLookup(probes.user?.identity ?? null, spec)
    }
  }
  probes.history = await history
  const report = evaluate(effective, cls, probes, ctx.policy, now)
  return replayConsumer(report, effective, cls, ctx, deadline, minted)
}
