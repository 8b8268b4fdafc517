/** OAuth consumer check: the client-credentials grant at the configured token endpoint. */
import { serverScopeList } from '../core/scopes.js'
import { cleanText } from '../core/server-text.js'
import type { HttpClient, HttpRequest } from './http-client.js'

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

/** The client-credentials grant, authenticated with the consumer's key and secret. */
function tokenRequest(oauthUrl: string, basicAuthorization: string): HttpRequest {
  return {
    url: oauthUrl,
    method: 'POST',
    headers: {
      Authorization: basicAuthorization,
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json'
    },
    body: 'grant_type=client_credentials'
  }
}

/** The body as a JSON object, or {} when it is not one. */
function jsonObject(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text) as unknown
    if (parsed && typeof parsed === 'object') return parsed as Record<string, unknown>
  } catch {
    /* not JSON: no fields */
  }
  return {}
}

/** The first of the fields that holds text, or undefined. */
function textField(body: Record<string, unknown>, ...names: string[]): string | undefined {
  return names.map((name) => body[name]).find((v) => typeof v === 'string')
}

/** What the token endpoint's answer means (its body already read as JSON, or {}). */
function tokenResult(status: number, body: Record<string, unknown>): OAuthResult {
  if (status === 200 && usableToken(body.access_token)) {
    const scopeText = textField(body, 'scope', 'scopes') ?? ''
    return {
      outcome: 'minted',
      accessToken: body.access_token,
      expiresIn: plausibleExpiresIn(body.expires_in),
      scopes: serverScopeList(scopeText)
    }
  }
  if (status === 400 || status === 401) {
    const detail = cleanText(textField(body, 'error_description', 'error') ?? `HTTP ${status}`)
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

export interface TokenAnswer {
  result: OAuthResult
  /** Every token the body carries (access and refresh), to be masked before anything is shown. */
  secrets: string[]
}

/** Reads the token endpoint's answer. Pure: the caller masks `secrets`. */
export function readTokenAnswer(status: number, text: string): TokenAnswer {
  const body = jsonObject(text)
  const secrets = [body.access_token, body.refresh_token].filter(
    (v): v is string => typeof v === 'string' && v.trim() !== ''
  )
  return { result: tokenResult(status, body), secrets }
}

export async function mintToken(
  client: HttpClient,
  oauthUrl: string,
  basicAuthorization: string,
  deadline: number,
  mask: (secret: string) => void
): Promise<OAuthResult> {
  const outcome = await client.send(tokenRequest(oauthUrl, basicAuthorization), deadline)
  if (outcome.kind === 'error') return { outcome: 'unavailable', detail: outcome.error }
  const { result, secrets } = readTokenAnswer(outcome.response.status, outcome.response.text)
  for (const secret of secrets) mask(secret)
  return result
}
