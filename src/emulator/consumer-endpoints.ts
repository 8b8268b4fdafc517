/**
 * The endpoints consumer profiles replay (docs/bitbucket-facts.md §3.1, §5): which scope each needs
 * in either vocabulary, and what it reaches (a repository or a whole workspace).
 */
export interface ScopedRoute {
  granular: string
  /** '' when the endpoint lists no classic scope. */
  classic: string
  /** A repository (workspace/slug) or, for workspace endpoints, the workspace alone. */
  repository?: string
  workspace: string
  body: (target: string) => unknown
}

const page = (values: unknown[]) => ({ pagelen: 10, page: 1, size: values.length, values })

export function matchScopedRoute(path: string): ScopedRoute | null {
  const d = decodeURIComponent
  let m = /^\/2\.0\/workspaces\/([^/]+)\/?$/.exec(path)
  if (m)
    return {
      granular: 'read:workspace:bitbucket',
      // The OpenAPI lists no classic scope for this endpoint (docs/bitbucket-facts.md §3.1).
      classic: '',
      workspace: d(m[1]),
      body: (ws) => ({ type: 'workspace', slug: ws })
    }
  m = /^\/2\.0\/repositories\/([^/]+)\/?$/.exec(path)
  if (m)
    return {
      granular: 'read:repository:bitbucket',
      classic: 'repository',
      workspace: d(m[1]),
      body: () => page([])
    }
  m = /^\/2\.0\/repositories\/([^/]+)\/([^/]+)\/pullrequests\/?$/.exec(path)
  if (m)
    return {
      granular: 'read:pullrequest:bitbucket',
      classic: 'pullrequest',
      workspace: d(m[1]),
      repository: `${d(m[1])}/${d(m[2])}`,
      body: () => page([])
    }
  m = /^\/2\.0\/repositories\/([^/]+)\/([^/]+)\/commit\/([0-9a-f]{7,40})\/statuses\/?$/.exec(path)
  if (m)
    return {
      granular: 'read:repository:bitbucket',
      classic: 'repository',
      workspace: d(m[1]),
      repository: `${d(m[1])}/${d(m[2])}`,
      body: () => page([])
    }
  return null
}
