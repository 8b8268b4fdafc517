/** Parsers for single input values; each error names the input and the expected form. */
import { urlProblem } from '../probe/http-client.js'

export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

export function parseBoolean(name: string, raw: string): boolean {
  const value = raw.trim()
  if (/^(true|yes|on|1)$/i.test(value)) return true
  if (/^(false|no|off|0)$/i.test(value)) return false
  throw new InputError(`Invalid ${name} '${value}'. Expected true or false.`)
}

export function parseInteger(name: string, raw: string, min: number, max: number): number {
  const value = raw.trim()
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      `Invalid ${name} '${value}'. Expected a whole number from ${min} to ${max}.`
    )
  }
  return Number(value)
}

export function parseSeconds(name: string, raw: string): number {
  const value = raw.trim()
  const n = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 600) {
    throw new InputError(
      `Invalid ${name} '${value}'. Expected a number of seconds above 0 and at most 600.`
    )
  }
  return n
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  const value = raw.trim().toLowerCase()
  if ((choices as readonly string[]).includes(value)) return value as T
  throw new InputError(`Invalid ${name} '${raw.trim()}'. Expected one of: ${choices.join(', ')}.`)
}

export function parseBaseUrl(name: string, raw: string): string {
  const value = raw.trim()
  const problem = urlProblem(value)
  if (problem)
    throw new InputError(
      `Invalid ${name} '${value}': it ${problem}. Credentials are sent only to https:// URLs (or http:// on loopback).`
    )
  return value.replace(/\/+$/, '')
}

/** `YYYY-MM-DD` (midnight UTC) or an ISO 8601 date-time. */
export function parseDate(name: string, raw: string): Date {
  const value = raw.trim()
  const dayOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const iso = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(
    value
  )
  const date = dayOnly
    ? new Date(`${value}T00:00:00.000Z`)
    : iso
      ? new Date(value.replace(' ', 'T'))
      : new Date(NaN)
  const roundTrips = !dayOnly || date.toISOString().slice(0, 10) === value
  if (Number.isNaN(date.getTime()) || !roundTrips) {
    throw new InputError(
      `Invalid ${name} '${value}'. Expected a date as YYYY-MM-DD (2026-12-31) or ISO 8601 (2026-12-31T23:59:00Z).`
    )
  }
  return date
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
