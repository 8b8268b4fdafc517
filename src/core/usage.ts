/** How to use a credential: REST scheme and identity, Git username and clone URL form. */
import { KINDS } from './kinds.js'
import { fullName } from './repository.js'
import type { EvaluationPolicy } from './probes.js'
import type { CredentialSpec, CredentialType, Usage } from './types.js'

export function usageFor(
  type: CredentialType,
  spec: CredentialSpec,
  bitbucketUsername: string | null,
  policy: EvaluationPolicy
): Usage | null {
  if (type === 'unknown' || type === 'app-password') return null
  const base = new URL(policy.gitUrl)
  const prefix = `${base.protocol}//`
  const hostPath = `${base.host}${base.pathname.replace(/\/$/, '')}`
  const kind = KINDS[type]
  const gitUsername =
    kind.gitUsername ?? bitbucketUsername ?? (spec.username || '<bitbucket-username>')
  const repo = spec.repository ? fullName(spec.repository) : '<workspace>/<repo>'
  const rest =
    type === 'api-token'
      ? `${kind.restHint} (in a URL, write the email's @ as %40: https://<email, its @ as %40>:<token>@${policy.apiHost}/…)`
      : kind.restHint
  return {
    rest,
    gitUsername,
    cloneUrl: `${prefix}${encodeURIComponent(gitUsername)}:<token>@${hostPath}/${repo}.git`
  }
}
