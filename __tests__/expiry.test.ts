/** Expiry: trust order, whole days, expired before thresholds, and the policy levels. */
import { describe, expect, it } from '@jest/globals'
import {
  daysBetween,
  evaluateExpiry as evaluateExpiryWith,
  pickExpiry
} from '../src/core/expiry.js'
import type { ExpiryInput } from '../src/core/expiry.js'

const evaluateExpiry = (
  known: ExpiryInput['known'],
  type: ExpiryInput['type'],
  verdict: ExpiryInput['verdict'],
  policy: ExpiryInput['policy'],
  now: Date
) => evaluateExpiryWith({ known, type, verdict, policy, now })

const NOW = new Date('2026-11-28T10:00:00Z')
const policy = { warnDays: 30, failDays: 7, failOnUnknownExpiry: false }
const at = (iso: string) => new Date(iso)

describe('expiry', () => {
  it('trusts the admin API over a declared date over OAuth over the lifetime bound', () => {
    const known = [
      { at: at('2027-06-01'), source: 'lifetime-bound' as const },
      { at: at('2027-01-01'), source: 'declared' as const },
      { at: at('2027-02-01'), source: 'admin-api' as const }
    ]
    expect(pickExpiry(known)?.source).toBe('admin-api')
  })

  it.each([
    ['2026-11-29T09:59:59Z', 0],
    ['2026-11-29T10:00:00Z', 1],
    ['2026-11-28T09:00:00Z', -1],
    ['2026-12-28T10:00:00Z', 30]
  ])('days left until %s is %i (rounded down)', (iso, days) => {
    expect(daysBetween(NOW, at(iso))).toBe(days)
  })

  it.each([
    ['2026-11-27', 'expired', 'error'],
    ['2026-11-28T09:00:00Z', 'expired', 'error'],
    ['2026-12-03', 'expires-soon', 'error'],
    ['2026-12-20', 'expires-soon', 'warning'],
    ['2027-06-01', 'expires-in', 'notice']
  ])('a declared %s gives %s at level %s', (iso, code, level) => {
    const r = evaluateExpiry(
      [{ at: at(iso), source: 'declared' }],
      'api-token',
      'valid',
      policy,
      NOW
    )
    expect(r.findings.map((f) => [f.code, f.level])).toEqual([[code, level]])
  })

  it('fail-days 0 fails only once expired', () => {
    const r = evaluateExpiry(
      [{ at: at('2026-11-28T20:00:00Z'), source: 'declared' }],
      'api-token',
      'valid',
      { ...policy, failDays: 0 },
      NOW
    )
    expect(r.findings.map((f) => [f.code, f.level])).toEqual([['expires-soon', 'warning']])
  })

  it('the lifetime bound is worded "no later than"', () => {
    const r = evaluateExpiry(
      [{ at: at('2027-01-10'), source: 'lifetime-bound' }],
      'api-token',
      'valid',
      policy,
      NOW
    )
    expect(r.findings[0].message).toContain('no later than 2027-01-10')
  })

  it('an OAuth date never gives expires-soon or expired', () => {
    const r = evaluateExpiry(
      [{ at: at('2026-11-28T12:00:00Z'), source: 'oauth' }],
      'oauth-consumer',
      'valid',
      policy,
      NOW
    )
    expect([r.findings, r.daysLeft, r.expired]).toEqual([[], 0, false])
  })

  it('unknown expiry is a warning, or an error with fail-on-unknown-expiry', () => {
    expect(
      evaluateExpiry([], 'api-token', 'valid', policy, NOW).findings.map((f) => f.level)
    ).toEqual(['warning'])
    expect(
      evaluateExpiry(
        [],
        'api-token',
        'valid',
        { ...policy, failOnUnknownExpiry: true },
        NOW
      ).findings.map((f) => f.level)
    ).toEqual(['error'])
    expect(evaluateExpiry([], 'api-token', 'invalid', policy, NOW).findings).toEqual([])
  })

  it('a declared date that contradicts the admin API is called out', () => {
    const r = evaluateExpiry(
      [
        { at: at('2027-01-01'), source: 'declared' },
        { at: at('2027-05-01'), source: 'admin-api' }
      ],
      'api-token',
      'valid',
      policy,
      NOW
    )
    expect(r.expirySource).toBe('admin-api')
    expect(r.findings[0].message).toContain('contradicts the Atlassian admin API')
  })
})
