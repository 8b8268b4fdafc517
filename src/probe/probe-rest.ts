/** REST probes: GET /2.0/user (who, which kind, which scopes) and GET /2.0/repositories/{ws}/{repo}. */
import type { Repository } from '../core/types.js'
import type { HttpClient, HttpOutcome } from './http-client.js'
import { unavailable, type ProbeResult } from '../core/probe-result.js'
import { urlPath } from '../core/repository.js'
import { parseScopeList, serverScopes } from '../core/scopes.js'
import { cleanText } from '../core/server-text.js'
import { outcomeOfStatus, unusableAnswer } from './status-outcome.js'

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

const scopeArray = (value: unknown): string[] => (Array.isArray(value) ? serverScopes(value) : [])

/** The x-oauth-scopes header's well-formed scope names; null when there is no header. */
export function parseScopesHeader(value: string | null): string[] | null {
  return value === null ? null : serverScopes(parseScopeList(value.slice(0, 10_000)))
}

/** An x-credential-type value as a short plain word, or null. */
function credentialTypeHeader(value: string | null): string | null {
  return value !== null && /^[a-z0-9_-]{1,40}$/i.test(value.trim()) ? value.trim() : null
}

/** Turns one REST answer into a probe result. */
export function readRestOutcome(outcome: HttpOutcome, wantIdentity: boolean): ProbeResult {
  if (outcome.kind === 'error') return unavailable(outcome.error)
  const { status, headers, text } = outcome.response
  const body = parseJson(text)
  const json = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : null
  const errorBody = (json ?? {}) as ErrorBody
  const base: ProbeResult = {
    outcome: 'unavailable',
    status,
    detail: typeof errorBody.error?.message === 'string' ? cleanText(errorBody.error.message) : '',
    credentialType: credentialTypeHeader(headers.get('x-credential-type')),
    scopes: parseScopesHeader(headers.get('x-oauth-scopes')),
    requiredScopes: [],
    identity: null
  }
  if (status >= 200 && status < 300) {
    if (!json) {
      return unavailable(
        `HTTP ${status} with a body that is not JSON (truncated, or not Bitbucket)`,
        status
      )
    }
    if (wantIdentity) {
      const text = (key: string) =>
        typeof json[key] === 'string' ? cleanText(json[key], 200) || null : null
      base.identity = {
        username: text('username') ?? text('nickname'),
        accountId: text('account_id'),
        displayName: text('display_name')
      }
    }
    return { ...base, outcome: 'accepted' }
  }
  const meaning = outcomeOfStatus(status)
  if (meaning === 'rate-limited')
    return { ...unavailable(unusableAnswer(status, headers, text), status), outcome: meaning }
  if (meaning === 'forbidden') {
    if (!json && base.credentialType === null) {
      return unavailable(
        `HTTP 403 with a body that is not Bitbucket's (a proxy or firewall?)`,
        status
      )
    }
    const detail = typeof errorBody.error?.detail === 'object' ? errorBody.error.detail : undefined
    const granted = scopeArray(detail?.granted)
    return {
      ...base,
      outcome: 'forbidden',
      requiredScopes: scopeArray(detail?.required),
      scopes: base.scopes ?? (granted.length > 0 ? granted : null)
    }
  }
  if (meaning) return { ...base, outcome: meaning }
  return unavailable(unusableAnswer(status, headers, text), status)
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
  const outcome = await client.send(
    {
      url: `${target.apiUrl}/repositories/${urlPath(repository)}?fields=full_name,is_private`,
      headers: { Authorization: target.authorization, Accept: 'application/json' }
    },
    target.deadline
  )
  return readRestOutcome(outcome, false)
}
