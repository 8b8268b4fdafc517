/** Server and user text is cleaned where it enters: no control or bidi characters, bounded length. */
import { describe, expect, it } from '@jest/globals'
import { cleanText } from '../src/core/server-text.js'
import { plausibleExpiresIn } from '../src/probe/probe-oauth.js'
import { serverScopes } from '../src/core/scopes.js'

describe('cleanText', () => {
  it.each([
    ['ESC sequences', 'a\u001b[31mred\u001b[0m', 'a[31mred[0m'],
    ['bidi overrides', 'abc\u202edcba', 'abcdcba'],
    ['C1 controls', 'x\u0085y\u009bz', 'xyz'],
    ['NUL and DEL', 'a\u0000b\u007fc', 'abc'],
    ['newlines folded to spaces', 'line 1\nline 2', 'line 1 line 2']
  ])('removes %s', (_label, input, expected) => {
    expect(cleanText(input)).toBe(expected)
  })

  it('keeps newlines when asked, and caps the length of a huge message cheaply', () => {
    expect(cleanText('a\nb', 10, true)).toBe('a\nb')
    const huge = 'x'.repeat(60 * 1024 * 1024)
    const out = cleanText(huge, 500)
    expect(out).toHaveLength(500)
    expect(out.endsWith('…')).toBe(true)
  })
})

describe('server values', () => {
  it.each([1e13, -1e13, Infinity, NaN, 0, -5, '7200', null])(
    'expires_in %p is not a plausible lifetime',
    (value) => {
      expect(plausibleExpiresIn(value)).toBeNull()
    }
  )

  it('expires_in of 2 hours is kept', () => {
    expect(plausibleExpiresIn(7200)).toBe(7200)
  })

  it('scope names must have the scope grammar; lists are bounded', () => {
    expect(
      serverScopes(['repository:write', '__proto__', 'toString', '$(id)', 'a\nb', 42])
    ).toEqual(['repository:write'])
    expect(serverScopes(Array.from({ length: 500 }, (_, i) => `s${i}`))).toHaveLength(100)
  })
})
