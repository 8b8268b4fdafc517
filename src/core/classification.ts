/** What offline classification tells about a credential: plain data, read by every later step. */
import type { Scheme } from './kinds.js'
import type { CredentialType, ExpirySource, Finding, Repository, Verdict } from './types.js'

export interface Classification {
  type: CredentialType
  scheme: Scheme
  secret: string
  /** The user for Basic auth (email for API tokens, username for app passwords). */
  restUser: string | null
  /** Git username and repository recovered from a pasted URL. */
  gitUsername?: string
  repository?: Repository
  /** An API token given no email: it cannot be used on REST as configured. */
  missingEmail: boolean
  /** The identity given beside the secret is wrong for its kind (a wrong-identity finding). */
  wrongIdentity: boolean
  /** No secret (or an OAuth consumer without its id or secret): nothing could be checked. */
  emptySecret: boolean
  /** A verdict reached without any request; null when a live check decides. */
  verdict: Verdict | null
  expiry: { at: Date; source: ExpirySource } | null
  findings: Finding[]
}

/** What every classification starts from: nothing decided, nothing found. */
export function blank(findings: Finding[]): Omit<Classification, 'type' | 'scheme' | 'secret'> {
  return {
    restUser: null,
    gitUsername: undefined,
    repository: undefined,
    verdict: null,
    missingEmail: false,
    wrongIdentity: false,
    emptySecret: false,
    expiry: null,
    findings
  }
}
