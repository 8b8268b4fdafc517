/** What an HTTP status means for a probe, shared by the REST and Git probes. */
import type { ProbeOutcome } from '../core/probe-result.js'
import type { ResponseHeaders } from './http-client.js'

const BY_STATUS: Record<number, ProbeOutcome> = {
  401: 'rejected',
  403: 'forbidden',
  404: 'not-found',
  410: 'gone',
  429: 'rate-limited'
}

/** The outcome a status stands for, or null when the answer cannot be used (3xx, 5xx, …). */
export function outcomeOfStatus(status: number): ProbeOutcome | null {
  return BY_STATUS[status] ?? null
}

/** Why an answer cannot be used: a redirect (never followed) names where it pointed. */
export function unusableAnswer(status: number, headers: ResponseHeaders, text: string): string {
  if (status === 429) return 'HTTP 429: rate limit for this resource has been exceeded'
  if (status >= 300 && status < 400) {
    let host = 'another location'
    try {
      host = new URL(headers.get('location') ?? '', 'http://x').host || host
    } catch {
      /* keep the generic wording */
    }
    return `HTTP ${status} redirect to ${host}; not followed with credentials`
  }
  const body = /^\s*</.test(text) ? 'an HTML page' : text.trim() ? 'an error body' : 'no body'
  return `HTTP ${status} with ${body}`
}
