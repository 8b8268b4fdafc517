/**
 * Offline classification of Bitbucket Data Center tokens: the shape check (a truncated token is
 * malformed, no request), and `unsupported` without `server-url`: such a token is never sent to
 * Bitbucket Cloud.
 */
import { blank, type Classification } from './classification.js'
import type { CleanedSecret } from './clean-secret.js'
import { dataCenterShape } from './data-center-token.js'
import { finding } from './findings.js'
import type { CredentialSpec, Finding } from './types.js'

const WHOLE =
  'A whole one is BBDC- followed by 44 base64 characters that decode to <token id>:<20 bytes>'

/** The classification of a Data Center token, or null when the secret is not one. */
export function classifyDataCenter(
  spec: CredentialSpec,
  cleaned: CleanedSecret,
  findings: Finding[]
): Classification | null {
  const { secret } = cleaned
  const shape = dataCenterShape(secret)
  if (!shape) return null
  const base: Classification = {
    ...blank(findings),
    type: 'data-center-token',
    scheme: 'bearer',
    secret,
    gitUsername: cleaned.gitUsername,
    repository: cleaned.repository
  }
  if (!shape.ok) {
    findings.push(
      finding(
        'checksum-mismatch',
        `This Bitbucket Data Center token (${secret.length} characters) ${shape.problem}. ${WHOLE}, so part of it is missing or changed. It was not sent anywhere.`
      )
    )
    return { ...base, verdict: 'malformed' }
  }
  if (!shape.prefixed) {
    findings.push(
      finding(
        'data-center-token',
        'This secret has no BBDC- prefix but the shape of a Data Center HTTP access token (base64 of <token id>:<20 bytes>): read as an older Bitbucket Data Center token. Jira and Confluence Data Center tokens have the same shape.',
        'notice',
        ''
      )
    )
  }
  if (!spec.serverUrl) {
    findings.push(
      finding(
        'data-center-token',
        'This is a Bitbucket Data Center HTTP access token: it works only on its own self-hosted server, never on Bitbucket Cloud, so it was not sent anywhere.'
      )
    )
    return { ...base, verdict: 'unsupported' }
  }
  return base
}
