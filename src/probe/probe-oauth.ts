/** OAuth consumer check: the client-credentials grant at the configured token endpoint. */
import { parseScopeList, serverScopes } from '../core/scopes.js'
import { cleanText } from '../core/server-text.js'
import type { HttpClient } from './http-client.js'

export type OAuthResult =
  | { outcome: 'minted'; accessToken: string; expiresIn: number | null; scopes: string[] }
  | { outcome: 'rejected'; status: number; detail: string }
  | { outcome: 'rate-limited' | 'unavailable'; detail: string }

/** The longest life an access token can plausibly be given (seconds); beyond it, unknown. */
const MAX_EXPIRES_IN = 366 * 86_400
/** Longer than any access token Bitbucket mints: a longer one is not used. */
const MAX_ACCESS_TOKEN = 8192

/** expires_in as a whole number of seconds, or null when it is missing or not plausible. */
export function plausibleExpiresIn(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_EXPIRES_IN
    ? Math.floor(value)
    : null
}

/** An access token that HTTP can carry in a header: visible ASCII, bounded length. */
const usableToken = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ACCESS_TOKEN && /^[\x21-\x7e]+$/.test(value)

export async function mintToken(
  client: HttpClient,
  oauthUrl: string,
  basicAuthorization: string,
  deadline: number,
  mask: (secret: string) => void
): Promise<OAuthResult> {
  const outcome = await client.send(
    {
      url: oauthUrl,
      method: 'POST',
      headers: {
        Authorization: basicAuthorization,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json'
      },
      body: 'grant_type=client_credentials'
    },
    deadline
  )
  if (outcome.kind === 'error') return { outcome: 'unavailable', detail: outcome.error }
  const { status, text } = outcome.response
  let body: Record<string, unknown> = {}
  try {
    const parsed = JSON.parse(text) as unknown
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>
  } catch {
    /* handled below */
  }
  if (typeof body.access_token === 'string' && body.access_token.trim()) mask(body.access_token)
  if (typeof body.refresh_token === 'string' && body.refresh_token.trim()) mask(body.refresh_token)
  if (status === 200 && usableToken(body.access_token)) {
    const scopeText =
      typeof body.scope === 'string'
        ? body.scope
        : typeof body.scopes === 'string'
          ? body.scopes
          : ''
    return {
      outcome: 'minted',
      accessToken: body.access_token,
      expiresIn: plausibleExpiresIn(body.expires_in),
      scopes: serverScopes(parseScopeList(scopeText.slice(0, 10_000)))
    }
  }
  if (status === 400 || status === 401) {
    const detail = cleanText(
      typeof body.error_description === 'string'
        ? body.error_description
        : typeof body.error === 'string'
          ? body.error
          : `HTTP ${status}`
    )
    return { outcome: 'rejected', status, detail }
  }
  if (status === 429)
    return { outcome: 'rate-limited', detail: 'HTTP 429 from the OAuth token endpoint' }
  return {
    outcome: 'unavailable',
    detail:
      status === 200
        ? 'HTTP 200 without a usable access token'
        : `HTTP ${status} from the OAuth token endpoint`
  }
}
