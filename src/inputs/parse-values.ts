/** Parsers for single input values; each error names the input and the expected form. */
import { SECRET_PREFIXES } from '../core/kinds.js'
import { cleanText } from '../core/server-text.js'
import { urlProblem } from '../core/url-rule.js'

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

/** Bitbucket token prefixes, and long mixed-case runs of base64 characters: what secrets look like. */
// The prefixes are letters, digits and '-': nothing in them is special in a regular expression.
const PREFIXES = SECRET_PREFIXES.join('|')
const TOKEN_LIKE = new RegExp(`(?:${PREFIXES})[A-Za-z0-9+/=_-]{8,}|[A-Za-z0-9+/=_-]{32,}`, 'g')
const hasPrefix = (run: string) => SECRET_PREFIXES.some((p) => run.startsWith(p))

const mixed = (run: string) => /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run)

/** The parts of a text that look like secrets (to mask them), e.g. a token folded into a name. */
export function secretLikeParts(value: string): string[] {
  return [...value.slice(0, 10_000).matchAll(TOKEN_LIKE)]
    .map((m) => m[0])
    .filter((run) => hasPrefix(run) || mixed(run))
}

/** Whether a value looks like a secret (so it is never echoed). */
export function looksSecret(value: string): boolean {
  return secretLikeParts(value).length > 0
}

/**
 * A value as it may appear in an error message: quoted when short and plain, else described
 * ("a value of 192 characters"), so no message ever repeats a secret given by mistake.
 */
export function shown(value: string): string {
  const clean = cleanText(value, 60)
  if (!clean) return 'an empty value'
  if (looksSecret(value) || clean !== value.trim() || clean.length > 40)
    return `a value of ${value.length} characters (not shown)`
  return `'${clean}'`
}

export function parseBoolean(name: string, raw: string): boolean {
  const value = raw.trim()
  if (/^(true|yes|on|1)$/i.test(value)) return true
  if (/^(false|no|off|0)$/i.test(value)) return false
  throw new InputError(`Invalid ${name}: ${shown(value)}. Expected true or false.`)
}

export function parseInteger(name: string, raw: string, min: number, max: number): number {
  const value = raw.trim()
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      `Invalid ${name}: ${shown(value)}. Expected a whole number from ${min} to ${max}.`
    )
  }
  return Number(value)
}

export function parseSeconds(name: string, raw: string): number {
  const value = raw.trim()
  const n = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 600) {
    throw new InputError(
      `Invalid ${name}: ${shown(value)}. Expected a number of seconds above 0 and at most 600.`
    )
  }
  return n
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  const value = raw.trim().toLowerCase()
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new InputError(`Invalid ${name}: ${shown(raw)}. Expected one of: ${choices.join(', ')}.`)
}

export function parseBaseUrl(name: string, raw: string): string {
  const value = raw.trim()
  const problem = urlProblem(value)
  if (problem) {
    // A URL with a user part may hold a password: describe it, never repeat it.
    const what = value.includes('@') || value.includes('\\') ? 'the value' : shown(value)
    throw new InputError(
      `Invalid ${name}: ${what} ${problem}. Credentials are sent only to https:// URLs (or http:// on loopback), and come from the token inputs, never from the URL.`
    )
  }
  return value.replace(/\/+$/, '')
}

export interface ParsedDate {
  date: Date
  /** A date-time given without a zone, read as UTC. */
  zoneless: boolean
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i

/** Whether hours, minutes and seconds are on a clock (24:00 and 23:60 are not). */
const onClock = (h?: string, m?: string, s?: string) =>
  Number(h ?? 0) < 24 && Number(m ?? 0) < 60 && Number(s ?? 0) < 60

/**
 * `YYYY-MM-DD` (midnight UTC) or an ISO 8601 date-time; a date-time without a zone is read as
 * UTC. A day that does not exist (2027-02-30) is an error, never the day it rolls over to.
 */
export function parseDateTime(name: string, raw: string): ParsedDate {
  const value = raw.trim()
  const m = DATE_TIME.exec(value)
  const day = m ? new Date(`${m[1]}T00:00:00.000Z`) : new Date(NaN)
  const realDay =
    m !== null && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === m[1]
  if (!m || !realDay || !onClock(m[2], m[3], m[4])) {
    throw new InputError(
      `Invalid ${name}: ${shown(value)}. Expected a real date as YYYY-MM-DD (2026-12-31) or ISO 8601 (2026-12-31T23:59:00Z).`
    )
  }
  if (m[2] === undefined) return { date: day, zoneless: false }
  const zone = m[6]
    ? /^z$/i.test(m[6])
      ? 'Z'
      : m[6].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
    : 'Z'
  const date = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${m[5] ?? ''}${zone}`)
  if (Number.isNaN(date.getTime())) {
    throw new InputError(
      `Invalid ${name}: ${shown(value)}. Expected a real date as YYYY-MM-DD (2026-12-31) or ISO 8601 (2026-12-31T23:59:00Z).`
    )
  }
  return { date, zoneless: !m[6] }
}

/** `YYYY-MM-DD` (midnight UTC) or an ISO 8601 date-time (read as UTC without a zone). */
export function parseDate(name: string, raw: string): Date {
  return parseDateTime(name, raw).date
}

/** Splits a comma, space or newline separated list. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]
}

export function suggest(value: string, choices: readonly string[]): string {
  const best = [...choices].sort((x, y) => distance(value, x) - distance(value, y))[0]
  return best && distance(value, best) <= Math.max(2, Math.floor(best.length / 3))
    ? ` Did you mean '${best}'?`
    : ''
}
