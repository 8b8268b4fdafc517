/** Git over HTTPS findings for a Data Center token, as the job sends it. Pure. */
import { dataCenterName, type DataCenterProbes } from './data-center-probes.js'
import { finding } from './findings.js'
import { gitUnasked } from './git-findings.js'
import type { EvaluationPolicy } from './probes.js'
import type { CredentialSpec, Finding } from './types.js'

const BEARER_HOWTO =
  'git -c http.extraHeader="Authorization: Bearer <token>" clone <server-url>/scm/<project>/<repo>.git'

export function dataCenterGitFindings(
  spec: CredentialSpec,
  probes: DataCenterProbes,
  existing: Finding[],
  policy: EvaluationPolicy
): Finding[] {
  const git = probes.git
  if (!git || !spec.repository) return []
  const name = dataCenterName(spec.repository)
  const { plan } = git
  if (plan.mode === 'not-sent') {
    return [
      finding(
        'git-username-wrong',
        `${plan.reason} Git as "${plan.username}" was not tried: failed Basic logins lock the account behind a CAPTCHA.`,
        undefined,
        `Send the token as a header instead (${BEARER_HOWTO}), or, for a personal token, use its owner's username.`
      )
    ]
  }
  const as = plan.mode === 'basic' ? `Basic as "${plan.username}"` : 'Authorization: Bearer'
  const findings: Finding[] = []
  const has = (code: string) => [...existing, ...findings].some((f) => f.code === code)
  for (const [label, probe, need] of [
    ['clone (git-upload-pack)', git.read, 'REPO_READ'],
    ['push (git-receive-pack)', git.write, 'REPO_WRITE']
  ] as const) {
    if (!probe) continue
    if (probe.outcome === 'rejected' || probe.outcome === 'forbidden') {
      const cause =
        plan.mode === 'basic'
          ? `Data Center takes a personal token in Basic auth only with its owner's username, and project or repository tokens only as a header (${BEARER_HOWTO}).`
          : `The token lacks ${need} on ${name}, or does not reach it.`
      const withheld =
        probe === git.read && git.writeWithheld
          ? ' Push was not tried: after a rejected Basic login no second one is sent, because failed Basic logins lock the account behind a CAPTCHA.'
          : ''
      findings.push(
        finding(
          'git-auth-failed',
          `Git ${label} for ${name} with ${as} failed with HTTP ${probe.status}. ${cause}${withheld}`
        )
      )
    } else if (probe.outcome === 'not-found' && !has('repository-unreachable')) {
      findings.push(
        finding('repository-unreachable', `Git over HTTPS found no repository ${name} (HTTP 404).`)
      )
    } else if (!has('indeterminate') && !has('rate-limited')) {
      const unasked = gitUnasked(probe, policy)
      if (unasked) findings.push(unasked)
    }
  }
  return findings
}
