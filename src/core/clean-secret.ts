/**
 * Takes the secret out of what people paste into CI secrets: surrounding whitespace and quotes,
 * a `Bearer ` prefix, a `user:secret` pair, or a whole `https://user:secret@host/ws/repo.git` URL.
 */
import { SECRET_PREFIXES } from './kinds.js'
import type { Repository } from './types.js'

export interface CleanedSecret {
  secret: string
  /** What was removed, in words, for the `whitespace-trimmed` finding. */
  removed: string[]
  gitUsername?: string
  repository?: Repository
}

const hasKnownPrefix = (text: string) => SECRET_PREFIXES.some((p) => text.startsWith(p))

/** `https://user:secret@host/ws/repo.git`; the last `@` ends the credentials, as in browsers. */
function secretFromUrl(text: string): Omit<CleanedSecret, 'removed'> | null {
  // Plain string tests, linear in the length (a regex with \S+:\S+@ backtracks on long input).
  if (!/^https?:\/\//i.test(text) || !text.includes('@') || /\s/.test(text)) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (!url.username || !url.password) return null
  const secret = safeDecode(url.password)
  const parts = url.pathname.split('/').filter(Boolean)
  // Bitbucket Data Center serves Git under /scm/<PROJECT>/<repo>.git.
  if (secret.startsWith('BBDC-') && parts[0] === 'scm') parts.shift()
  const [workspace, slug] = parts
  return {
    secret,
    gitUsername: safeDecode(url.username),
    repository: workspace && slug ? { workspace, slug: slug.replace(/\.git$/, '') } : undefined
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export function cleanSecret(raw: string): CleanedSecret {
  const removed: string[] = []
  let secret = raw
  const trimmed = secret.trim()
  if (trimmed !== secret) removed.push('whitespace')
  secret = trimmed
  const quoted = /^(["'`])(.*)\1$/s.exec(secret)
  if (quoted) {
    removed.push('quotes')
    secret = quoted[2].trim()
  }
  const bearer = /^bearer\s+/i.exec(secret)
  if (bearer) {
    removed.push('a "Bearer " prefix')
    secret = secret.slice(bearer[0].length).trim()
  }
  const fromUrl = secretFromUrl(secret)
  if (fromUrl) {
    removed.push('the URL around it')
    return { ...fromUrl, removed }
  }
  const pair = /^([^:\s]{1,64}):(\S+)$/.exec(secret)
  if (pair && hasKnownPrefix(pair[2])) {
    removed.push(`a "user:" prefix`)
    return { secret: pair[2], removed, gitUsername: pair[1] }
  }
  return { secret, removed }
}
