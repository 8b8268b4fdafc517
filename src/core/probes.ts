/** What the probes learned about one credential, and the policy the evaluation applies: plain data. */
import type { ProbeResult } from './probe-result.js'
import type { Level, Verdict } from './types.js'

export interface OAuthProbe {
  outcome: 'minted' | 'rejected' | 'rate-limited' | 'unavailable'
  detail?: string
  expiresIn?: number | null
  scopes?: string[]
}

export interface GitProbes {
  username: string
  read?: ProbeResult
  write?: ProbeResult
}

export interface History {
  firstSeenValid: string | null
  lastVerdict: Verdict | null
}

export interface AdminLookup {
  outcome: 'found' | 'ambiguous' | 'not-found' | 'forbidden' | 'unavailable'
  expiresAt?: Date
  /** How the record was tied to this token: its label, or as the owner's only token. */
  by?: 'label' | 'only-token'
  detail: string
}

export interface Probes {
  oauth?: OAuthProbe
  user?: ProbeResult
  repo?: ProbeResult
  /** Git as the job sends it (its own username). */
  git?: GitProbes
  /** Git with the username the kind needs, asked only when the job's was refused. */
  altGit?: GitProbes
  /** Every REST answer was 401 twice, a pause apart (not a sporadic 401). */
  restConfirmed?: boolean
  admin?: AdminLookup
  history?: History
}

/** warn-days and fail-days: how close to its expiry a credential warns, then fails. */
export interface ExpiryThresholds {
  warnDays: number
  failDays: number
}

export interface EvaluationPolicy extends ExpiryThresholds {
  failOnIndeterminate: boolean
  failOnUnknownExpiry: boolean
  maxLifetimeDays: number
  offline: boolean
  /** The Git base URL (git-url), for the advised clone URL. */
  gitUrl: string
  /** check-git: 'true' asks for a Git probe even where no purpose needs one. */
  checkGit: 'auto' | 'true' | 'false'
  apiHost: string
}

/** Findings about what could not be checked: warnings, or errors with fail-on-indeterminate. */
export function indeterminateLevel(policy: Pick<EvaluationPolicy, 'failOnIndeterminate'>): Level {
  return policy.failOnIndeterminate ? 'error' : 'warning'
}
