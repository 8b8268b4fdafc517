/**
 * The Data Center token records (facts §5): `GET /rest/access-tokens/latest/users/{slug}/{id}`,
 * `…/projects/{key}/{id}` and `…/projects/{key}/repos/{slug}/{id}`, with the 401 and 404 texts
 * of the REST documentation. Who may read a record is not documented (facts §11.2): the owner's
 * personal tokens may, and each token as its `canReadRecord` says.
 */
import type { DcToken } from './data-center.js'
import { dcErrors } from './data-center-send.js'

const NOT_PERMITTED = dcErrors(
  'The currently authenticated user is not permitted to get access tokens on behalf of this user or authentication failed.',
  'com.atlassian.bitbucket.AuthorisationException'
)
const NOT_FOUND = dcErrors(
  'The specified user or token does not exist.',
  'com.atlassian.bitbucket.NoSuchEntityException'
)

/** Which token a record path names, by where it lives and its id. */
function located(tokens: DcToken[], path: string): DcToken | undefined | null {
  const m =
    /^\/rest\/access-tokens\/(?:latest|1\.0)\/(?:users\/([^/]+)|projects\/([^/]+)(?:\/repos\/([^/]+))?)\/(\d+)$/.exec(
      path
    )
  if (!m) return null
  const [, user, project, slug, id] = m.map((v) => (v === undefined ? v : decodeURIComponent(v)))
  return tokens.find((t) => {
    if (t.id !== id) return false
    if (user !== undefined) return t.kind === 'personal' && t.user?.slug === user.toLowerCase()
    if (slug !== undefined)
      return (
        t.kind === 'repository' && t.resource?.toLowerCase() === `${project}/${slug}`.toLowerCase()
      )
    return t.kind === 'project' && t.resource?.toLowerCase() === project?.toLowerCase()
  })
}

function recordOf(t: DcToken): Record<string, unknown> {
  const created = 1_760_000_000_000
  return {
    id: t.id,
    name: t.name,
    createdDate: created,
    lastAuthenticated: created + 86_400_000,
    permissions: t.permissions,
    ...(t.expiryDate !== undefined
      ? { expiryDays: Math.round((t.expiryDate - created) / 86_400_000), expiryDate: t.expiryDate }
      : {}),
    ...(t.user
      ? {
          user: {
            name: t.user.name,
            emailAddress: t.user.emailAddress,
            id: 101,
            displayName: t.user.displayName,
            active: true,
            slug: t.user.slug,
            type: 'NORMAL'
          }
        }
      : {})
  }
}

export function recordAnswer(
  tokens: DcToken[],
  caller: DcToken | null,
  path: string
): { status: number; body: unknown } {
  if (!caller) return { status: 401, body: NOT_PERMITTED }
  const target = located(tokens, path)
  if (target === null) return { status: 404, body: NOT_FOUND }
  const ownerToken =
    caller.kind === 'personal' &&
    target?.kind === 'personal' &&
    caller.user?.slug === target.user?.slug
  const self = target === caller
  const permitted = self ? (caller.canReadRecord ?? caller.kind === 'personal') : ownerToken
  if (!target)
    return {
      status: caller.kind === 'personal' ? 404 : 401,
      body: caller.kind === 'personal' ? NOT_FOUND : NOT_PERMITTED
    }
  if (!permitted) return { status: 401, body: NOT_PERMITTED }
  return { status: 200, body: recordOf(target) }
}
