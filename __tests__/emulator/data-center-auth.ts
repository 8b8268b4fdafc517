/** Who a request to the Data Center emulator is: the token behind Bearer or Basic, or a refusal. */
import type { DcToken } from './data-center.js'

export interface DcAuth {
  scheme: 'basic' | 'bearer' | 'none'
  user: string
  secret: string
}

export function parseDcAuth(header: string | undefined): DcAuth {
  if (!header) return { scheme: 'none', user: '', secret: '' }
  const [scheme, value = ''] = header.split(/\s+/, 2)
  if (/^bearer$/i.test(scheme)) return { scheme: 'bearer', user: '', secret: value }
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8')
    const i = decoded.indexOf(':')
    return { scheme: 'basic', user: decoded.slice(0, i), secret: decoded.slice(i + 1) }
  }
  return { scheme: 'none', user: '', secret: '' }
}

/**
 * The token a request authenticates as (facts §3): any kind as Bearer; only a personal token in
 * Basic, and only with its owner's username. Revoked and expired tokens authenticate as nobody.
 */
export function resolveDcToken(tokens: DcToken[], auth: DcAuth, nowMs: number): DcToken | null {
  if (auth.scheme === 'none') return null
  const token = tokens.find((t) => t.secret === auth.secret)
  if (!token || token.revoked) return null
  if (token.expiryDate !== undefined && token.expiryDate <= nowMs) return null
  if (auth.scheme === 'bearer') return token
  return token.kind === 'personal' && token.user?.name.toLowerCase() === auth.user.toLowerCase()
    ? token
    : null
}
