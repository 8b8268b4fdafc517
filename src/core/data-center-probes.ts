/** What the Data Center probes learned about one token, as plain data for the pure evaluation. */
import type { ProbeResult } from './probe-result.js'

/**
 * Which kind of token the record was found under (docs/data-center-facts.md §5: users, projects,
 * repos).
 */
export type DataCenterTokenKind = 'personal' | 'project' | 'repository'

export type DataCenterRecord =
  | {
      outcome: 'found'
      kind: DataCenterTokenKind
      /** null: the record has no expiry date (the token does not expire). */
      expiresAt: Date | null
      permissions: string[]
    }
  /** The server answered, but would not show the record (401/403/404): unknown, never invalid. */
  | { outcome: 'unreadable'; detail: string }
  /** No answer could be had (network, 5xx, 429). */
  | { outcome: 'unavailable'; detail: string }

/** How Git was probed: as the job sends the token (Basic with git-username, else Bearer). */
export type DataCenterGitPlan =
  | { mode: 'bearer' }
  | { mode: 'basic'; username: string }
  /** Basic that would be rejected: not sent (failures lock the account behind a CAPTCHA). */
  | { mode: 'not-sent'; username: string; reason: string }

export interface DataCenterGit {
  plan: DataCenterGitPlan
  read?: ProbeResult
  write?: ProbeResult
  /** Push was not tried because the Basic read was rejected (no second rejected Basic request). */
  writeWithheld?: boolean
}

export interface DataCenterProbes {
  /** GET /rest/api/1.0/application-properties: accepted only with X-AUSERNAME. */
  identity?: ProbeResult
  repo?: ProbeResult
  record?: DataCenterRecord
  git?: DataCenterGit
}
