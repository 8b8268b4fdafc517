/** Which base URLs may receive credentials: a pure rule shared by the inputs and the HTTP client. */

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/** Why a base URL may not receive credentials, or null when it may. */
export function urlProblem(raw: string): string | null {
  // A backslash reads as a slash to URL parsers (https://evil.example\@api.bitbucket.org goes to
  // evil.example), and an @ carries a user part: neither belongs in a base URL.
  if (raw.includes('\\')) return 'contains a backslash'
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'is not a URL'
  }
  if (url.username || url.password || raw.includes('@'))
    return 'must not contain a user or password (user:password@)'
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return null
  if (url.protocol === 'http:')
    return 'uses plain http:// to a host that is not loopback; use https://'
  return `uses ${url.protocol}; use https://`
}
