/**
 * Checks one credential: classify offline, mask every derived form, run the probes it needs
 * concurrently within its budget (cloud-probes.ts), then evaluate (pure) and replay its consumer.
 */
import { classify, type Classification } from '../core/classify.js'
import {
  evaluate,
  type AdminLookup,
  type EvaluationPolicy,
  type History
} from '../core/evaluate.js'
import { planProbes, type ProbePlan } from '../core/probe-plan.js'
import type { CredentialReport, CredentialSpec, Identity } from '../core/types.js'
import type { HttpClient } from '../probe/http-client.js'
import { secretForms } from '../secrets/secret-forms.js'
import { checkDataCenter } from './check-data-center.js'
import { gitUsernames, runCloudProbes, type CloudProbes } from './cloud-probes.js'
import { replayConsumer } from './replay-consumer.js'

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

/** Masks the secret in every form it can be shown in: alone, encoded, and in Basic headers. */
function maskSecretForms(
  ctx: CheckContext,
  spec: CredentialSpec,
  cls: Classification,
  plan: ProbePlan
) {
  const users = [cls.restUser ?? '', ...gitUsernames(plan)]
  for (const form of secretForms(cls.secret, users)) ctx.mask(form)
  for (const form of secretForms(spec.token, [])) ctx.mask(form)
}

/** The report of one credential; whatever its probes could not learn is indeterminate, never thrown. */
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
  const effective: CredentialSpec = { ...spec, repository: plan.repository }
  maskSecretForms(ctx, spec, cls, plan)
  const history = ctx.history?.(fingerprint)
  const live = cls.verdict === null && !ctx.policy.offline
  const { probes, minted }: CloudProbes = live
    ? await runCloudProbes(spec, cls, plan, ctx, deadline)
    : { probes: {}, minted: '' }
  probes.history = await history
  const report = evaluate(effective, cls, probes, ctx.policy, now)
  return replayConsumer(report, effective, cls, ctx, deadline, minted)
}
