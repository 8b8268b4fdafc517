/**
 * Judges a consumer replay (pure): `works` from the replayed answers alone, the report's
 * `consumer` object, and the consumer-mismatch / consumer-unsupported findings.
 */
import { looksLikeEmail } from './email.js'
import type { ReplayPlan, ReplayStep } from './consumer-replay.js'
import { finding } from './findings.js'
import { KINDS } from './kinds.js'
import type { ProbeResult } from './probe-result.js'
import type { ConsumerResult, CredentialType, Finding } from './types.js'

/** The answers to one step, one per attempt made (the tool stops at the first accepted). */
export type StepAnswers = ProbeResult[]

type StepVerdict = 'passed' | 'failed' | 'unknown'

function stepVerdict(answers: StepAnswers | undefined): StepVerdict {
  if (!answers || answers.length === 0) return 'unknown'
  if (answers.some((a) => a.outcome === 'accepted')) return 'passed'
  if (answers.some((a) => a.outcome === 'unavailable' || a.outcome === 'rate-limited'))
    return 'unknown'
  return 'failed'
}

function describeAttempts(step: ReplayStep): string {
  return step.attempts
    .map((a) =>
      a.scheme === 'basic'
        ? `Basic with user ${a.user ? `"${a.user}"` : '(empty)'}`
        : a.scheme === 'oauth'
          ? 'Bearer (client-credentials token)'
          : 'Bearer'
    )
    .join(', then ')
}

function failure(plan: ReplayPlan, step: ReplayStep, answers: StepAnswers): Finding {
  const { profile } = plan
  const last = answers[answers.length - 1]
  const status = last.status ? `HTTP ${last.status}` : last.outcome
  const how = 'git' in step.target ? '' : ` (${describeAttempts(step)})`
  const head = `${profile.tool} would fail: ${step.label}${how} was answered ${status}.`
  let fix = profile.identityFix
  if (last.outcome === 'forbidden') {
    const needs = last.requiredScopes.length ? ` (${last.requiredScopes.join(', ')})` : ''
    fix = `The credential lacks a scope this request needs${needs}: add it, or use a credential that has it.`
  } else if (last.outcome === 'not-found') {
    fix =
      'The credential does not reach this repository or workspace: check its name and that the credential was created for it.'
  }
  const level = step.tolerated ? 'warning' : 'error'
  const note = step.tolerated ? ` ${profile.tool} only logs this failure and carries on.` : ''
  return finding('consumer-mismatch', `${head}${note}`, level, fix)
}

/** Heuristics the tool applies before it sends anything (Jenkins: email + 192 characters). */
function shapeFindings(
  plan: ReplayPlan,
  type: CredentialType,
  username: string,
  secret: string
): Finding[] {
  const shape = plan.profile.apiTokenShape
  if (!shape || type !== 'api-token' || !plan.setting?.kinds.includes('api-token')) return []
  const emailOk = !shape.userIsEmail || looksLikeEmail(username)
  if (emailOk && secret.length === shape.length) return []
  const why = emailOk
    ? `the secret is ${secret.length} characters, not ${shape.length}`
    : `${plan.profile.userSetting} is not an email`
  return [finding('consumer-mismatch', `${plan.profile.tool}: ${why}.`, 'warning', shape.fix)]
}

export interface Judgement {
  consumer: ConsumerResult
  findings: Finding[]
}

export function judgeReplay(
  plan: ReplayPlan,
  answers: (StepAnswers | undefined)[],
  cred: { type: CredentialType; username: string; secret: string }
): Judgement {
  const { profile } = plan
  const settings = (plan.setting ?? profile.secretSettings[0]).settings.join('\n')
  const consumer = (works: boolean | null): ConsumerResult => ({
    name: plan.consumer,
    works,
    checked: plan.steps.map((s, i) => (answers[i] ? s.label : '')).filter(Boolean),
    settings
  })
  if (plan.unsupported) {
    return {
      consumer: consumer(false),
      findings: [
        finding(
          'consumer-unsupported',
          `${profile.tool} cannot use a ${KINDS[cred.type].label}.`,
          'error',
          `${profile.tool} supports ${profile.supports}.`
        )
      ]
    }
  }
  const findings = shapeFindings(plan, cred.type, cred.username, cred.secret)
  let works: boolean | null = plan.steps.length > 0 ? true : null
  plan.steps.forEach((step, i) => {
    const verdict = stepVerdict(answers[i])
    if (verdict === 'failed') findings.push(failure(plan, step, answers[i] ?? []))
    if (step.tolerated) return
    if (verdict === 'failed') works = false
    else if (verdict === 'unknown' && works !== false) works = null
  })
  return { consumer: consumer(works), findings }
}
