/**
 * Remembers every secret form and scrubs them from any text before it is shown. Secrets are
 * indexed by the codes of their first three characters, so scrubbing is one pass over the text,
 * without allocation, however many secrets are registered.
 */
const KEY = 3
const MIN_LENGTH = 4

const keyAt = (text: string, i: number) =>
  text.charCodeAt(i) * 0x100000000 + text.charCodeAt(i + 1) * 0x10000 + text.charCodeAt(i + 2)

export class Redactor {
  private readonly byKey = new Map<number, string[]>()
  private readonly seen = new Set<string>()

  /** Registers a secret; false when it was already known (no need to mask it again). */
  add(secret: string): boolean {
    // Too short, or only quotes and whitespace: masking it would blank out ordinary log text.
    if (secret.length < MIN_LENGTH || /^[\s'"`]*$/.test(secret) || this.seen.has(secret))
      return false
    this.seen.add(secret)
    const key = keyAt(secret, 0)
    const list = this.byKey.get(key) ?? []
    list.push(secret)
    list.sort((a, b) => b.length - a.length)
    this.byKey.set(key, list)
    return true
  }

  redact(text: string): string {
    if (this.byKey.size === 0) return text
    let out = ''
    let last = 0
    for (let i = 0; i <= text.length - KEY;) {
      const candidates = this.byKey.get(keyAt(text, i))
      const found = candidates?.find((s) => text.startsWith(s, i))
      if (found) {
        out += text.slice(last, i) + '***'
        i += found.length
        last = i
      } else {
        i++
      }
    }
    return out + text.slice(last)
  }
}
