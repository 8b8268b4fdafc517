/**
 * Replays a consumer's first requests (read-only) as that tool sends them, then judges them
 * (pure core: consumer-replay.ts plans, consumer-judge.ts judges).
 */
import type { Classification } from '../core/classify.js'
import { statusOf } from '../core/evaluate.js'
import { judgeReplay, type StepAnswers } from '../core/consumer-judge.js'
import { isConsumerName } from '../core/consumer-profiles.js'
import { planReplay, type Attempt, type ReplayStep } from '../core/consumer-replay.js'
import { unavailable, type ProbeResult } from '../core/probe-result.js'
import type { CredentialReport, CredentialSpec } from '../core/types.js'
import { probeGit } from '../probe/probe-git.js'
import { mintToken } from '../probe/probe-oauth.js'
import { readRestOutcome } from '../probe/rest-answer.js'
import type { CheckContext } from './check-credential.js'
import { pauseToConfirm } from './confirm-pause.js'
import { basic, secretForms } from '../secrets/secret-forms.js'

interface Secrets {
  secret: string
  minted: string
}

function authorization(attempt: Attempt, s: Secrets, git: boolean): string {
  if (git) return `Basic ${basic(attempt.user, attempt.scheme === 'oauth' ? s.minted : s.secret)}`
  if (attempt.scheme === 'basic') return `Basic ${basic(attempt.user, s.secret)}`
  return `Bearer ${attempt.scheme === 'oauth' ? s.minted : s.secret}`
}

async function replayStep(
  ctx: CheckContext,
  step: ReplayStep,
  s: Secrets,
  repository: CredentialSpec['repository'],
  deadline: number
): Promise<StepAnswers> {
  const answers: ProbeResult[] = []
  for (const attempt of step.attempts) {
    let answer: ProbeResult
    if ('git' in step.target) {
      if (!repository) break
      const auth = authorization(attempt, s, true)
      answer = await probeGit(ctx.client, ctx.gitUrl, repository, step.target.git, auth, deadline)
    } else {
      const outcome = await ctx.client.send(
        {
          url: `${ctx.apiUrl}${step.target.rest}`,
          headers: { Authorization: authorization(attempt, s, false), Accept: 'application/json' }
        },
        deadline
      )
      answer = readRestOutcome(outcome, false)
    }
    answers.push(answer)
    if (answer.outcome === 'accepted') break
  }
  return answers
}

/** The report with its `consumer` object and findings; `consumer: null` without a profile. */
export async function replayConsumer(
  report: CredentialReport,
  spec: CredentialSpec,
  cls: Classification,
  ctx: CheckContext,
  deadline: number,
  /** The access token the check already minted for an OAuth consumer ('' when none). */
  minted = ''
): Promise<CredentialReport> {
  if (!spec.consumer || !isConsumerName(spec.consumer)) return { ...report, consumer: null }
  const plan = planReplay(spec.consumer, spec, cls)
  const users = plan.steps.flatMap((step) => step.attempts.map((a) => a.user))
  for (const form of secretForms(cls.secret, users)) ctx.mask(form)
  const live = cls.verdict === null && !ctx.policy.offline && !plan.unsupported
  let answers: (StepAnswers | undefined)[] = []
  if (live && plan.steps.length > 0) {
    // The check's own token serves the replay too: one mint per credential, not two.
    const secrets: Secrets = { secret: cls.secret, minted }
    let mintFailure: ProbeResult | null = null
    if (plan.mint && !minted) {
      const oauth = await mintToken(
        ctx.client,
        ctx.oauthUrl,
        `Basic ${basic(cls.restUser ?? '', cls.secret)}`,
        deadline,
        ctx.mask
      )
      if (oauth.outcome === 'minted') {
        secrets.minted = oauth.accessToken
        for (const form of secretForms(oauth.accessToken, users)) ctx.mask(form)
      } else {
        mintFailure =
          oauth.outcome === 'rejected'
            ? { ...unavailable(oauth.detail, oauth.status), outcome: 'rejected' }
            : unavailable(oauth.detail)
      }
    }
    const replay = (step: ReplayStep) =>
      mintFailure
        ? Promise.resolve([mintFailure])
        : replayStep(ctx, step, secrets, plan.repository, deadline)
    answers = await Promise.all(plan.steps.map(replay))
    // One 401 is weak evidence (sporadic 401s, BCLOUD-24107): ask the refused steps once more.
    const refused = (a?: StepAnswers) =>
      !!a &&
      a.length > 0 &&
      a.every((x) => x.outcome !== 'accepted') &&
      a.at(-1)?.outcome === 'rejected'
    if (!mintFailure && answers.some(refused) && (await pauseToConfirm(ctx.sleep, deadline))) {
      answers = await Promise.all(
        plan.steps.map((step, i) =>
          refused(answers[i]) ? replay(step) : Promise.resolve(answers[i])
        )
      )
    }
  }
  const judged = judgeReplay(plan, answers, {
    type: report.type,
    username: spec.username.trim(),
    secret: cls.secret
  })
  const findings = [...report.findings, ...judged.findings]
  return { ...report, consumer: judged.consumer, findings, status: statusOf(findings) }
}
