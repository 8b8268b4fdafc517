/** REST probes: GET /2.0/user (who, which kind, which scopes) and GET /2.0/repositories/{ws}/{repo}. */
import type { Repository } from '../core/types.js'
import type { HttpClient, HttpOutcome } from './http-client.js'
import { unavailable, type ProbeResult } from '../core/probe-result.js'

interface ErrorBody {
  type?: string
  error?: { message?: string; detail?: { required?: unknown; granted?: unknown } | string }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

export function parseScopesHeader(value: string | null): string[] | null {
  if (value === null) return null
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Turns one REST answer into a probe result. */
export function readRestOutcome(outcome: HttpOutcome, wantIdentity: boolean): ProbeResult {
  if (outcome.kind === 'error') return unavailable(outcome.error)
  const { status, headers, text } = outcome.response
  const body = parseJson(text)
  const errorBody = (body && typeof body === 'object' ? body : {}) as ErrorBody
  const bitbucketJson =
    errorBody.type === 'error' || (body !== undefined && typeof body === 'object')
  const base: ProbeResult = {
    outcome: 'unavailable',
    status,
    detail: typeof errorBody.error?.message === 'string' ? errorBody.error.message : '',
    credentialType: headers.get('x-credential-type'),
    scopes: parseScopesHeader(headers.get('x-oauth-scopes')),
    requiredScopes: [],
    identity: null
  }
  if (status >= 200 && status < 300) {
    if (body === undefined || typeof body !== 'object' || body === null) {
      return unavailable(
        `HTTP ${status} with a body that is not JSON (truncated, or not Bitbucket)`,
        status
      )
    }
    if (wantIdentity) {
      const user = body as Record<string, unknown>
      const text = (key: string) => (typeof user[key] === 'string' ? user[key] : null)
      base.identity = {
        username: text('username') ?? text('nickname'),
        accountId: text('account_id'),
        displayName: text('display_name')
      }
    }
    return { ...base, outcome: 'accepted' }
  }
  if (status === 401) return { ...base, outcome: 'rejected' }
  if (status === 403) {
    if (!bitbucketJson && base.credentialType === null) {
      return unavailable(
        `HTTP 403 with a body that is not Bitbucket's (a proxy or firewall?)`,
        status
      )
    }
    const detail = typeof errorBody.error?.detail === 'object' ? errorBody.error.detail : undefined
    const granted = strings(detail?.granted)
    return {
      ...base,
      outcome: 'forbidden',
      requiredScopes: strings(detail?.required),
      scopes: base.scopes ?? (granted.length > 0 ? granted : null)
    }
  }
  if (status === 404) return { ...base, outcome: 'not-found' }
  if (status === 410) return { ...base, outcome: 'gone' }
  if (status === 429)
    return {
      ...unavailable('HTTP 429: rate limit for this resource has been exceeded', status),
      outcome: 'rate-limited'
    }
  if (status >= 300 && status < 400) {
    const location = headers.get('location') ?? ''
    let host = 'another location'
    try {
      host = new URL(location, 'http://x').host || host
    } catch {
      /* keep the generic wording */
    }
    return unavailable(`HTTP ${status} redirect to ${host}; not followed with credentials`, status)
  }
  const kind = /^\s*</.test(text)
    ? 'an HTML page'
    : body === undefined
      ? 'a body that is not JSON'
      : 'an error'
  return unavailable(`HTTP ${status} with ${kind}`, status)
}

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
  const path = `${encodeURIComponent(repository.workspace)}/${encodeURIComponent(repository.slug)}`
  const outcome = await client.send(
    {
      url: `${target.apiUrl}/repositories/${path}?fields=full_name,is_private`,
      headers: { Authorization: target.authorization, Accept: 'application/json' }
    },
    target.deadline
  )
  return readRestOutcome(outcome, false)
}
