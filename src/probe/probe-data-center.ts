/**
 * Data Center REST probes (docs/data-center-facts.md §4): who the token is
 * (`application-properties`, which answers anonymous callers too, so only `X-AUSERNAME` proves the
 * token was accepted), and whether it reaches the repository. Paths under `/rest` only: tokens are
 * refused elsewhere (docs/data-center-facts.md §3).
 */
import { unavailable, type ProbeResult } from '../core/probe-result.js'
import { cleanText } from '../core/server-text.js'
import type { Repository } from '../core/types.js'
import { errorMessage, jsonOf } from './data-center-answer.js'
import type { HttpClient, HttpOutcome } from './http-client.js'
import { outcomeOfStatus, unusableAnswer } from './status-outcome.js'

export interface DataCenterTarget {
  serverUrl: string
  authorization: string
  deadline: number
}

const result = (outcome: ProbeResult['outcome'], status: number, detail = ''): ProbeResult => ({
  ...unavailable(detail, status),
  outcome
})

/** A non-2xx answer: 401/403/404/429 by meaning, anything else (3xx, 5xx) cannot be used. */
function failure(outcome: Extract<HttpOutcome, { kind: 'response' }>): ProbeResult {
  const { status, headers, text } = outcome.response
  const meaning = outcomeOfStatus(status)
  if (meaning === 'rate-limited' || meaning === null || meaning === 'gone')
    return {
      ...unavailable(unusableAnswer(status, headers, text), status),
      outcome: meaning === 'rate-limited' ? meaning : 'unavailable'
    }
  return result(meaning, status, errorMessage(outcome.response))
}

async function get(client: HttpClient, target: DataCenterTarget, path: string) {
  return client.send(
    {
      url: `${target.serverUrl}${path}`,
      headers: { Authorization: target.authorization, Accept: 'application/json' }
    },
    target.deadline
  )
}

export async function probeDataCenterIdentity(
  client: HttpClient,
  target: DataCenterTarget
): Promise<ProbeResult> {
  const outcome = await get(client, target, '/rest/api/1.0/application-properties')
  if (outcome.kind === 'error') return unavailable(outcome.error)
  const { status, headers, text } = outcome.response
  if (status !== 200) {
    const failed = failure(outcome)
    // An authenticated user without access is "not permitted": still a refusal of the token.
    return failed.outcome === 'forbidden' || failed.outcome === 'not-found'
      ? unavailable(unusableAnswer(status, headers, text), status)
      : failed
  }
  const body = jsonOf(text)
  if (!body || typeof body.version !== 'string') {
    return unavailable(
      'HTTP 200 without the application properties of Bitbucket Data Center (is server-url right?)',
      status
    )
  }
  const username = cleanText(headers.get('x-ausername') ?? '', 200)
  if (!username) {
    return result(
      'rejected',
      status,
      'the server answered as to an anonymous caller (no X-AUSERNAME header)'
    )
  }
  return {
    ...result('accepted', status),
    identity: { username, accountId: null }
  }
}

/** `GET /rest/api/1.0/projects/{key}/repos/{slug}` (`~user` keys name personal repositories). */
export async function probeDataCenterRepository(
  client: HttpClient,
  target: DataCenterTarget,
  repository: Repository
): Promise<ProbeResult> {
  const path = `/rest/api/1.0/projects/${encodeURIComponent(repository.workspace)}/repos/${encodeURIComponent(repository.slug)}`
  const outcome = await get(client, target, path)
  if (outcome.kind === 'error') return unavailable(outcome.error)
  if (outcome.response.status !== 200) return failure(outcome)
  return jsonOf(outcome.response.text)
    ? result('accepted', 200)
    : unavailable('HTTP 200 with a body that is not JSON', 200)
}
