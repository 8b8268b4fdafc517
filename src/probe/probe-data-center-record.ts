/**
 * The token's own record from `/rest/access-tokens/latest/…` (docs/data-center-facts.md §5): its
 * expiry date and permissions. The id is the number encoded at the start of the token
 * (docs/data-center-facts.md §2, §11.3). The kind is not in the token, so the record is looked for
 * where each kind keeps it: under the user, then the repository, then the project. Whether a token
 * may read its own record is not documented (docs/data-center-facts.md §11.2): 401, 403 and 404
 * everywhere leave the record unreadable, never the token invalid.
 */
import { isDataCenterPermission } from '../core/data-center-permissions.js'
import type { DataCenterRecord, DataCenterTokenKind } from '../core/data-center-probes.js'
import type { Repository } from '../core/types.js'
import { errorMessage, jsonOf } from './data-center-answer.js'
import type { HttpClient } from './http-client.js'
import type { DataCenterTarget } from './probe-data-center.js'
import { unusableAnswer } from './status-outcome.js'

const BASE = '/rest/access-tokens/latest'
const UNREADABLE = new Set([401, 403, 404])

/** Where each kind's record lives, in the order they are tried. */
export function recordPaths(
  tokenUser: string,
  repository: Repository | undefined,
  id: string
): { kind: DataCenterTokenKind; path: string }[] {
  const e = encodeURIComponent
  const paths: { kind: DataCenterTokenKind; path: string }[] = [
    { kind: 'personal', path: `${BASE}/users/${e(tokenUser)}/${e(id)}` }
  ]
  if (repository && !repository.workspace.startsWith('~')) {
    const project = e(repository.workspace)
    paths.push(
      {
        kind: 'repository',
        path: `${BASE}/projects/${project}/repos/${e(repository.slug)}/${e(id)}`
      },
      { kind: 'project', path: `${BASE}/projects/${project}/${e(id)}` }
    )
  }
  return paths
}

function parseRecord(kind: DataCenterTokenKind, text: string): DataCenterRecord | null {
  const body = jsonOf(text)
  if (!body) return null
  const expiry = body.expiryDate
  const permissions = Array.isArray(body.permissions)
    ? [
        ...new Set(
          body.permissions.filter(
            (p): p is string => typeof p === 'string' && isDataCenterPermission(p)
          )
        )
      ]
    : []
  const expiresAt = typeof expiry === 'number' && Number.isFinite(expiry) ? new Date(expiry) : null
  if (expiresAt && Number.isNaN(expiresAt.getTime())) return null
  return { outcome: 'found', kind, expiresAt, permissions }
}

export async function probeTokenRecord(
  client: HttpClient,
  target: DataCenterTarget,
  tokenUser: string,
  repository: Repository | undefined,
  id: string
): Promise<DataCenterRecord> {
  const refusals: string[] = []
  for (const { kind, path } of recordPaths(tokenUser, repository, id)) {
    const outcome = await client.send(
      {
        url: `${target.serverUrl}${path}`,
        headers: { Authorization: target.authorization, Accept: 'application/json' }
      },
      target.deadline
    )
    if (outcome.kind === 'error') return { outcome: 'unavailable', detail: outcome.error }
    const { status, headers, text } = outcome.response
    if (status === 200) {
      return (
        parseRecord(kind, text) ?? {
          outcome: 'unavailable',
          detail: 'the token record came back as a body that is not JSON'
        }
      )
    }
    if (!UNREADABLE.has(status))
      return { outcome: 'unavailable', detail: unusableAnswer(status, headers, text) }
    const said = errorMessage(outcome.response)
    refusals.push(`${kind} record: HTTP ${status}${said ? ` ("${said}")` : ''}`)
  }
  return { outcome: 'unreadable', detail: refusals.join('; ') }
}
