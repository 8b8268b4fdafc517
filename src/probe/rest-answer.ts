/**
 * Reads one Bitbucket Cloud REST answer into a probe result: who (2xx), which scopes are
 * missing (403), what the status means, and why an answer cannot be used. Pure.
 */
import { unavailable, type ProbeResult } from '../core/probe-result.js'
import type { Identity } from '../core/types.js'
import { serverScopeList, serverScopes } from '../core/scopes.js'
import { cleanText } from '../core/server-text.js'
import type { HttpOutcome, ResponseHeaders } from './http-client.js'
import { outcomeOfStatus, unusableAnswer } from './status-outcome.js'

interface ErrorBody {
  type?: string
  error?: { message?: string; detail?: { required?: unknown; granted?: unknown } | string }
}

/** The body as a JSON object (or array), or null when it is not JSON or a bare value. */
function jsonBody(text: string): Record<string, unknown> | null {
  let body: unknown
  try {
    body = JSON.parse(text) as unknown
  } catch {
    return null
  }
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : null
}

const scopeArray = (value: unknown): string[] => (Array.isArray(value) ? serverScopes(value) : [])

/** The x-oauth-scopes header's well-formed scope names; null when there is no header. */
export function parseScopesHeader(value: string | null): string[] | null {
  return value === null ? null : serverScopeList(value)
}

/** An x-credential-type value as a short plain word, or null. */
function credentialTypeHeader(value: string | null): string | null {
  return value !== null && /^[a-z0-9_-]{1,40}$/i.test(value.trim()) ? value.trim() : null
}

/** What every answer with a status carries: its headers' facts and Bitbucket's error message. */
function answerFacts(
  status: number,
  headers: ResponseHeaders,
  json: Record<string, unknown> | null
): ProbeResult {
  const message = (json as ErrorBody | null)?.error?.message
  return {
    outcome: 'unavailable',
    status,
    detail: typeof message === 'string' ? cleanText(message) : '',
    credentialType: credentialTypeHeader(headers.get('x-credential-type')),
    scopes: parseScopesHeader(headers.get('x-oauth-scopes')),
    requiredScopes: [],
    identity: null
  }
}

/** The account a /2.0/user body names, each field cleaned and capped. */
function identityOf(json: Record<string, unknown>): Identity {
  const text = (key: string) =>
    typeof json[key] === 'string' ? cleanText(json[key], 200) || null : null
  return {
    username: text('username') ?? text('nickname'),
    accountId: text('account_id'),
    displayName: text('display_name')
  }
}

/** A 2xx answer: accepted when its body is JSON (Bitbucket's), with the identity when asked. */
function readSuccess(
  facts: ProbeResult,
  json: Record<string, unknown> | null,
  wantIdentity: boolean
): ProbeResult {
  if (!json) {
    return unavailable(
      `HTTP ${facts.status} with a body that is not JSON (truncated, or not Bitbucket)`,
      facts.status
    )
  }
  return { ...facts, outcome: 'accepted', identity: wantIdentity ? identityOf(json) : null }
}

/** A 403: Bitbucket's (it names the scopes it wants) or a proxy's (not Bitbucket's body). */
function readForbidden(facts: ProbeResult, json: Record<string, unknown> | null): ProbeResult {
  if (!json && facts.credentialType === null) {
    return unavailable(
      `HTTP 403 with a body that is not Bitbucket's (a proxy or firewall?)`,
      facts.status
    )
  }
  const error = (json as ErrorBody | null)?.error
  const detail = typeof error?.detail === 'object' ? error.detail : undefined
  const granted = scopeArray(detail?.granted)
  return {
    ...facts,
    outcome: 'forbidden',
    requiredScopes: scopeArray(detail?.required),
    scopes: facts.scopes ?? (granted.length > 0 ? granted : null)
  }
}

/** Turns one REST answer into a probe result. */
export function readRestOutcome(outcome: HttpOutcome, wantIdentity: boolean): ProbeResult {
  if (outcome.kind === 'error') return unavailable(outcome.error)
  const { status, headers, text } = outcome.response
  const json = jsonBody(text)
  const facts = answerFacts(status, headers, json)
  if (status >= 200 && status < 300) return readSuccess(facts, json, wantIdentity)
  const meaning = outcomeOfStatus(status)
  if (meaning === 'rate-limited')
    return { ...unavailable(unusableAnswer(status, headers, text), status), outcome: meaning }
  if (meaning === 'forbidden') return readForbidden(facts, json)
  if (meaning) return { ...facts, outcome: meaning }
  return unavailable(unusableAnswer(status, headers, text), status)
}
