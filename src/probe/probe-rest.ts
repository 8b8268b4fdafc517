/** REST probes: GET /2.0/user (who, which kind, which scopes) and GET /2.0/repositories/{ws}/{repo}. */
import type { ProbeResult } from '../core/probe-result.js'
import { urlPath } from '../core/repository.js'
import type { Repository } from '../core/types.js'
import type { HttpClient } from './http-client.js'
import { readRestOutcome } from './rest-answer.js'

export interface RestTarget {
  apiUrl: string
  authorization: string
  deadline: number
}

export async function probeUser(client: HttpClient, target: RestTarget): Promise<ProbeResult> {
  const outcome = await client.send(
    {
      url: `${target.apiUrl}/user`,
      headers: { Authorization: target.authorization, Accept: 'application/json' }
    },
    target.deadline
  )
  return readRestOutcome(outcome, true)
}

export async function probeRepository(
  client: HttpClient,
  target: RestTarget,
  repository: Repository
): Promise<ProbeResult> {
  const outcome = await client.send(
    {
      url: `${target.apiUrl}/repositories/${urlPath(repository)}?fields=full_name,is_private`,
      headers: { Authorization: target.authorization, Accept: 'application/json' }
    },
    target.deadline
  )
  return readRestOutcome(outcome, false)
}
