/**
 * Which requests a credential needs, decided from its spec and classification alone (pure):
 * the REST identity and scheme, the repository, and Git as the job uses it (the job's username
 * first; the kind's own username only as a fallback, to name the one that works).
 */
import { looksLikeEmail } from './email.js'
import type { Classification } from './classification.js'
import { API_TOKEN_GIT_USER, KINDS } from './kinds.js'
import type { EvaluationPolicy } from './probes.js'
import { gitNeed } from './purposes.js'
import type { CredentialSpec, Repository } from './types.js'

export interface GitPlan {
  /** The username the job sends to Git: the one the report describes. */
  username: string
  /** The username the kind needs, tried only when the job's is refused; null when the same. */
  fallback: string | null
  write: boolean
}

export interface ProbePlan {
  /** REST Basic user, or null for Bearer (and for no REST request). */
  restUser: string | null
  /** Whether the REST API is asked at all (an identity the kind needs is present). */
  rest: boolean
  repository?: Repository
  git: GitPlan | null
}

/** The username the kind needs for Git, or null when it is the Bitbucket username. */
export function kindGitUsername(cls: Classification, spec: CredentialSpec): string {
  const kindUser = KINDS[cls.type].gitUsername
  if (kindUser) return kindUser
  const username = spec.username.trim()
  if (cls.type === 'app-password') return username
  // Unknown kinds: the declared username if any, else the static API-token username.
  return username || API_TOKEN_GIT_USER
}

/**
 * The Git username the job uses (README "Outputs", the report's `git`): the declared git-username
 * (or the user part of a pasted URL); else, for an API token, the declared username (a Git identity
 * of an API token, unless it stands in for the missing email); else the username the kind needs.
 */
export function jobGitUsername(cls: Classification, spec: CredentialSpec): string {
  const declared = (spec.gitUsername || cls.gitUsername || '').trim()
  if (declared) return declared
  const username = spec.username.trim()
  if (cls.type === 'api-token' && username) {
    const standsInForEmail = looksLikeEmail(username) && !spec.email.trim()
    if (!standsInForEmail) return username
  }
  return kindGitUsername(cls, spec)
}

/** Whether Git over HTTPS is probed, given check-git and what the job does. */
export function wantsGit(spec: CredentialSpec, mode: EvaluationPolicy['checkGit']): boolean {
  if (mode === 'false') return false
  if (mode === 'true') return true
  return gitNeed(spec.purposes) !== null || spec.gitUsername.trim() !== ''
}

export function planProbes(
  spec: CredentialSpec,
  cls: Classification,
  policy: Pick<EvaluationPolicy, 'checkGit'>
): ProbePlan {
  const repository = spec.repository ?? cls.repository
  const bearer = cls.scheme === 'bearer' || cls.scheme === 'oauth-client-credentials'
  // An API token without an email cannot be used on REST: asking with a username proves nothing.
  const restUser = bearer ? null : cls.restUser
  const rest =
    bearer || (restUser !== null && (cls.type !== 'api-token' || looksLikeEmail(restUser)))
  let git: GitPlan | null = null
  if (repository && wantsGit({ ...spec, repository }, policy.checkGit)) {
    const username = jobGitUsername(cls, spec)
    const kindUser = kindGitUsername(cls, spec)
    git = {
      username,
      fallback: kindUser && kindUser !== username ? kindUser : null,
      write: gitNeed(spec.purposes) === 'write'
    }
  }
  return { restUser, rest, repository, git }
}
