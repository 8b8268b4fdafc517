/** The report entry of a credential whose check stopped on something unexpected: indeterminate. */
import { finding } from './findings.js'
import { indeterminateLevel, type EvaluationPolicy } from './probes.js'
import { cleanText } from './server-text.js'
import type { CredentialReport, CredentialSpec, Status } from './types.js'

/** One credential's trouble costs only its own result: this is what it gets instead. */
export function uncheckedReport(
  spec: CredentialSpec,
  cause: string,
  policy: Pick<EvaluationPolicy, 'failOnIndeterminate'>
): CredentialReport {
  const level = indeterminateLevel(policy)
  const status: Status = level === 'error' ? 'failure' : 'warning'
  return {
    name: spec.name,
    type: 'unknown',
    verdict: 'indeterminate',
    status,
    identity: null,
    scopes: [],
    missingScopes: [],
    excessScopes: [],
    reach: null,
    expiresAt: null,
    expirySource: null,
    daysLeft: null,
    git: null,
    usage: null,
    findings: [
      finding(
        'indeterminate',
        `The check of this credential stopped on an answer it could not handle (${cleanText(cause, 200) || 'no detail'}), so nothing is known about it; the other credentials were checked as usual.`,
        level,
        'Re-run the check; if it happens again, report it to bitbucket-credential-check with this message.'
      )
    ]
  }
}
