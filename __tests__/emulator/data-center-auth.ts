/** Who a request to the Data Center emulator is: the token behind Bearer or Basic, or a refusal. */
import type { AuthHeader } from '../../src/emulator/loopback-server.js'
import type { DcToken } from './data-center.js'

/**
 * The token a request authenticates as (facts §3): any kind as Bearer; only a personal token in
 * Basic, and only with its owner's username. Revoked and expired tokens authenticate as nobody.
 */
export function resolveDcToken(tokens: DcToken[], auth: AuthHeader, nowMs: number): DcToken | null {
  if (auth.scheme === 'none') return null
  const token = tokens.find((t) => t.secret === auth.secret)
  if (!token || token.revoked) return null
  if (token.expiryDate !== undefined && token.expiryDate <= nowMs) return null
  if (auth.scheme === 'bearer') return token
  return token.kind === 'personal' && token.user?.name.toLowerCase() === auth.user.toLowerCase()
    ? token
    : null
}
