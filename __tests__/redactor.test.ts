/** The redactor scrubs every registered form, longest first, and leaves other text alone. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { Redactor } from '../src/secrets/redactor.js'

describe('Redactor', () => {
  it('replaces every occurrence, preferring the longest registered form', () => {
    const r = new Redactor()
    r.add('secret-value')
    r.add('secret-value-longer')
    expect(r.redact('a secret-value-longer b secret-value c secret')).toBe('a *** b *** c secret')
  })
  it('ignores forms shorter than four characters', () => {
    const r = new Redactor()
    r.add('abc')
    expect(r.redact('abc abcd')).toBe('abc abcd')
  })
  it('no registered secret survives in any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 4, maxLength: 30 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.string()),
        (secrets, parts) => {
          const r = new Redactor()
          secrets.forEach((s) => r.add(s))
          const text = parts.map((p, i) => p + secrets[i % secrets.length]).join('')
          const out = r.redact(text)
          // Each secret is gone, unless '***' joined with its neighbours rebuilds it.
          expect(secrets.filter((s) => !s.includes('*') && out.includes(s))).toEqual([])
        }
      ),
      { numRuns: 300 }
    )
  })
})
