/** What a probe learned, as plain data for the pure evaluation. */
import type { Identity } from './types.js'

export type ProbeOutcome =
  'accepted' | 'forbidden' | 'rejected' | 'not-found' | 'gone' | 'rate-limited' | 'unavailable'

export interface ProbeResult {
  outcome: ProbeOutcome
  status: number | null
  /** Why the answer could not be used (indeterminate), or Bitbucket's own error message. */
  detail: string
  credentialType: string | null
  scopes: string[] | null
  requiredScopes: string[]
  identity: Identity | null
}

export function unavailable(detail: string, status: number | null = null): ProbeResult {
  return {
    outcome: 'unavailable',
    status,
    detail,
    credentialType: null,
    scopes: null,
    requiredScopes: [],
    identity: null
  }
}
