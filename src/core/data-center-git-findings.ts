/** Git over HTTPS findings for a Data Center token, as the job sends it. Pure. */
import type { DataCenterProbes } from './data-center-probes.js'
import { fullName } from './repository.js'
import { finding } from './findings.js'
import { gitUnasked } from './git-findings.js'
import type { EvaluationPolicy } from './probes.js'
import type { ProbeResult } from './probe-result.js'
import type { CredentialSpec, Finding } from './types.js'

const BEARER_HOWTO =
  'git -c http.extraHeader="Authorization: Bearer <token>" clone <server-url>/scm/<project>/<repo>.git'

/** What the repository probe already said, so that Git does not say it again. */
export interface RepositoryFacts {
  /** The repository endpoint found it out of reach (repository-unreachable). */
  unreachable: boolean
  /** The repository endpoint could not be asked (indeterminate or rate-limited). */
  unasked: boolean
}

/** Whether the answer to one Git operation is no answer at all. */
const noAnswer = (p: ProbeResult) => p.outcome === 'unavailable' || p.outcome === 'rate-limited'

/** A refused clone or push, with the cause that fits how the job sends the token. */
function refusedFinding(
  git: NonNullable<DataCenterProbes['git']>,
  probe: ProbeResult,
  label: string,
  need: string,
  name: string
): Finding {
  const { plan } = git
  const as = plan.mode === 'basic' ? `Basic as "${plan.username}"` : 'Authorization: Bearer'
  const cause =
    plan.mode === 'basic'
      ? `Data Center takes a personal token in Basic auth only with its owner's username, and project or repository tokens only as a header (${BEARER_HOWTO}).`
      : `The token lacks ${need} on ${name}, or does not reach it.`
  const withheld =
    probe === git.read && git.writeWithheld
      ? ' Push was not tried: after a rejected Basic login no second one is sent, because failed Basic logins lock the account behind a CAPTCHA.'
      : ''
  return finding(
    'git-auth-failed',
    `Git ${label} for ${name} with ${as} failed with HTTP ${probe.status}. ${cause}${withheld}`
  )
}

/** Git's findings for a Data Center token, as the job sends it, each cause said once. */
export function dataCenterGitFindings(
  spec: CredentialSpec,
  probes: DataCenterProbes,
  repository: RepositoryFacts,
  policy: EvaluationPolicy
): Finding[] {
  const git = probes.git
  if (!git || !spec.repository) return []
  const name = fullName(spec.repository)
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
  const findings: Finding[] = []
  const said = { unreachable: repository.unreachable, unasked: repository.unasked }
  for (const [label, probe, need] of [
    ['clone (git-upload-pack)', git.read, 'REPO_READ'],
    ['push (git-receive-pack)', git.write, 'REPO_WRITE']
  ] as const) {
    if (!probe) continue
    if (probe.outcome === 'rejected' || probe.outcome === 'forbidden') {
      findings.push(refusedFinding(git, probe, label, need, name))
    } else if (probe.outcome === 'not-found' && !said.unreachable) {
      said.unreachable = true
      findings.push(
        finding('repository-unreachable', `Git over HTTPS found no repository ${name} (HTTP 404).`)
      )
    } else if (noAnswer(probe) && !said.unasked) {
      said.unasked = true
      findings.push(gitUnasked(probe, policy)!)
    }
  }
  return findings
}
