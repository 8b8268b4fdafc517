/**
 * Replays a consumer's first requests (read-only) as that tool sends them, then judges them
 * (pure core: consumer-replay.ts plans, consumer-judge.ts judges).
 */
import type { Classification } from '../core/classification.js'
import { statusOf } from '../core/evaluate.js'
import { judgeReplay, type StepAnswers } from '../core/consumer-judge.js'
import { isConsumerName } from '../core/consumer-profiles.js'
import {
  planReplay,
  type Attempt,
  type ReplayPlan,
  type ReplayStep
} from '../core/consumer-replay.js'
import { unavailable, type ProbeResult } from '../core/probe-result.js'
import type { CredentialReport, CredentialSpec } from '../core/types.js'
import { probeGit } from '../probe/probe-git.js'
import type { OAuthResult } from '../probe/probe-oauth.js'
import { readRestOutcome } from '../probe/rest-answer.js'
import type { CheckContext } from './check-credential.js'
import { pauseToConfirm } from './confirm-pause.js'
import { mintConsumerToken } from './mint-consumer-token.js'
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

/** A step refused: no attempt accepted, and the last one answered 401. */
const refused = (a?: StepAnswers) =>
  !!a &&
  a.length > 0 &&
  a.every((x) => x.outcome !== 'accepted') &&
  a.at(-1)?.outcome === 'rejected'

/** The token endpoint's refusal, as the answer of every step that needed the token. */
function mintFailure(oauth: Exclude<OAuthResult, { outcome: 'minted' }>): ProbeResult {
  return oauth.outcome === 'rejected'
    ? { ...unavailable(oauth.detail, oauth.status), outcome: 'rejected' }
    : unavailable(oauth.detail)
}

/** One 401 is weak evidence (sporadic 401s, BCLOUD-24107): ask the refused steps once more. */
async function askRefusedAgain(
  ctx: CheckContext,
  deadline: number,
  steps: ReplayStep[],
  answers: StepAnswers[],
  replay: (step: ReplayStep) => Promise<StepAnswers>
): Promise<StepAnswers[]> {
  if (!answers.some(refused) || !(await pauseToConfirm(ctx.sleep, deadline))) return answers
  return Promise.all(
    steps.map((step, i) => (refused(answers[i]) ? replay(step) : Promise.resolve(answers[i])))
  )
}

/** Every step's answers, sent live; a failed mint answers for every step. */
async function replayLive(
  plan: ReplayPlan,
  cls: Classification,
  ctx: CheckContext,
  deadline: number,
  minted: string,
  users: string[]
): Promise<StepAnswers[]> {
  // The check's own token serves the replay too: one mint per credential, not two.
  const secrets: Secrets = { secret: cls.secret, minted }
  if (plan.mint && !minted) {
    const oauth = await mintConsumerToken(ctx, cls, deadline, users)
    if (oauth.outcome !== 'minted') {
      const failure = mintFailure(oauth)
      return plan.steps.map(() => [failure])
    }
    secrets.minted = oauth.accessToken
  }
  const replay = (step: ReplayStep) => replayStep(ctx, step, secrets, plan.repository, deadline)
  const answers = await Promise.all(plan.steps.map(replay))
  return askRefusedAgain(ctx, deadline, plan.steps, answers, replay)
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
  const answers =
    live && plan.steps.length > 0 ? await replayLive(plan, cls, ctx, deadline, minted, users) : []
  const judged = judgeReplay(plan, answers, {
    type: report.type,
    username: spec.username.trim(),
    secret: cls.secret
  })
  const findings = [...report.findings, ...judged.findings]
  return { ...report, consumer: judged.consumer, findings, status: statusOf(findings) }
}
