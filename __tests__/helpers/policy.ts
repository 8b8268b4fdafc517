/** The evaluation policy and probe results the pure-core tests start from. */
import type { EvaluationPolicy } from '../../src/core/evaluate.js'
import type { ProbeResult } from '../../src/core/probe-result.js'

/** The action's defaults: warn at 30 days, fail at 7, Git checked when the job needs it. */
export const DEFAULT_POLICY: EvaluationPolicy = {
  warnDays: 30,
  failDays: 7,
  failOnIndeterminate: false,
  failOnUnknownExpiry: false,
  maxLifetimeDays: 365,
  offline: false,
  gitUrl: 'https://bitbucket.org',
  checkGit: 'auto',
  apiHost: 'api.bitbucket.org'
}

/** A probe result with this outcome and nothing else learned, unless given. */
export const probe = (
  outcome: ProbeResult['outcome'],
  extra: Partial<ProbeResult> = {}
): ProbeResult => ({
  outcome,
  status: null,
  detail: '',
  credentialType: null,
  scopes: null,
  requiredScopes: [],
  identity: null,
  ...extra
})
