/** OAuth consumer check: the client-credentials grant at the configured token endpoint. */
import { parseScopeList } from '../core/scopes.js'
import type { HttpClient } from './http-client.js'

export type OAuthResult =
  | { outcome: 'minted'; accessToken: string; expiresIn: number | null; scopes: string[] }
  | { outcome: 'rejected'; status: number; detail: string }
  | { outcome: 'rate-limited' | 'unavailable'; detail: string }

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
  if (status === 200 && typeof body.access_token === 'string') {
    mask(body.access_token)
    if (typeof body.refresh_token === 'string') mask(body.refresh_token)
    const scopeText =
      typeof body.scope === 'string'
        ? body.scope
        : typeof body.scopes === 'string'
          ? body.scopes
          : ''
    return {
      outcome: 'minted',
      accessToken: body.access_token,
      expiresIn: typeof body.expires_in === 'number' ? body.expires_in : null,
      scopes: parseScopeList(scopeText)
    }
  }
  if (status === 400 || status === 401) {
    const detail =
      typeof body.error_description === 'string'
        ? body.error_description
        : typeof body.error === 'string'
          ? body.error
          : `HTTP ${status}`
    return { outcome: 'rejected', status, detail }
  }
  if (status === 429)
    return { outcome: 'rate-limited', detail: 'HTTP 429 from the OAuth token endpoint' }
  return {
    outcome: 'unavailable',
    detail:
      status === 200
        ? 'HTTP 200 without an access token'
        : `HTTP ${status} from the OAuth token endpoint`
  }
}
