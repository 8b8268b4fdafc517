/** Data Center tokens offline: the BBDC- shape check, and unsupported without server-url. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { classify } from '../src/core/classify.js'
import { cleanSecret } from '../src/core/clean-secret.js'
import { dataCenterShape } from '../src/core/data-center-token.js'
import { makeDataCenterToken } from './emulator/data-center-tokens.js'
import { spec } from './helpers/spec.js'

const NOW = new Date('2026-11-28T10:00:00Z')
const TOKEN = makeDataCenterToken('unit', '075905477751')

describe('the Data Center token shape', () => {
  it('a whole token is BBDC- and 44 base64 characters; its id is the number before the colon', () => {
    expect(TOKEN).toMatch(/^BBDC-[A-Za-z0-9+/]{44}$/)
    expect(dataCenterShape(TOKEN)).toEqual({ ok: true, id: '075905477751', prefixed: true })
  })

  it.each([
    ['one character short', TOKEN.slice(0, -1), /43 characters after BBDC-, not 44/],
    ['half of it', TOKEN.slice(0, 27), /22 characters after BBDC-/],
    ['a character that is not base64', TOKEN.slice(0, -1) + '-', /not base64/],
    [
      'a body that does not decode to <digits>:<20 bytes>',
      `BBDC-${Buffer.from('abcdefghijkl:' + 'x'.repeat(20)).toString('base64')}`,
      /does not decode to <token id>:<20 bytes>/
    ],
    [
      'an id followed by 19 bytes and one more digit',
      `BBDC-${Buffer.from('0759054777512:' + 'x'.repeat(19)).toString('base64')}`,
      /does not decode/
    ]
  ])('%s is not whole', (_label, secret, problem) => {
    const shape = dataCenterShape(secret)
    expect(shape?.ok).toBe(false)
    expect(shape && !shape.ok ? shape.problem : '').toMatch(problem)
  })

  it('the older form without the prefix is recognised by its decoded shape; other secrets are not Data Center tokens', () => {
    expect(dataCenterShape(TOKEN.slice(5))).toEqual({
      ok: true,
      id: '075905477751',
      prefixed: false
    })
    expect(dataCenterShape('x'.repeat(44))).toBeNull()
    expect(dataCenterShape('ATATT3xFfGF0abc')).toBeNull()
  })

  it('every id and random tail round-trips, and every truncation is caught (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12}$/),
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.integer({ min: 1, max: 43 }),
        (id, tail, cut) => {
          const body = Buffer.concat([Buffer.from(`${id}:`), Buffer.from(tail)]).toString('base64')
          const token = `BBDC-${body}`
          expect(dataCenterShape(token)).toEqual({ ok: true, id, prefixed: true })
          expect(dataCenterShape(token.slice(0, 5 + cut))?.ok).toBe(false)
        }
      )
    )
  })
})

describe('classifying a Data Center token', () => {
  it('without server-url it is unsupported with a data-center-token error, and never gets a Cloud identity', () => {
    const cls = classify(spec({ token: TOKEN, username: 'jdoe' }), NOW)
    expect(cls).toMatchObject({ type: 'data-center-token', verdict: 'unsupported', restUser: null })
    expect(cls.findings.map((f) => [f.code, f.level])).toEqual([['data-center-token', 'error']])
    expect(cls.findings[0].message).toMatch(/server-url/)
  })

  it('with server-url the live check decides', () => {
    const cls = classify(spec({ token: TOKEN, serverUrl: 'https://bitbucket.example.com' }), NOW)
    expect(cls).toMatchObject({ type: 'data-center-token', verdict: null, findings: [] })
  })

  it('a truncated token is malformed whether or not server-url is set', () => {
    for (const serverUrl of [undefined, 'https://bitbucket.example.com']) {
      const cls = classify(spec({ token: TOKEN.slice(0, 40), serverUrl }), NOW)
      expect(cls.verdict).toBe('malformed')
      expect(cls.findings[0].code).toBe('checksum-mismatch')
      expect(cls.findings[0].message).toMatch(/35 characters after BBDC-, not 44.*not sent/)
    }
  })

  it('the older form is a Data Center token with a notice that it has no prefix', () => {
    const cls = classify(spec({ token: TOKEN.slice(5), serverUrl: 'https://dc.example.com' }), NOW)
    expect(cls.type).toBe('data-center-token')
    expect(cls.findings.map((f) => [f.code, f.level])).toEqual([['data-center-token', 'notice']])
  })

  it('a pasted clone URL gives the secret, the Git username and PROJECT/slug (not "scm")', () => {
    const cleaned = cleanSecret(
      `https://jdoe:${encodeURIComponent(TOKEN)}@dc.example.com/scm/PROJ/web.git`
    )
    expect(cleaned).toMatchObject({
      secret: TOKEN,
      gitUsername: 'jdoe',
      repository: { workspace: 'PROJ', slug: 'web' }
    })
    expect(cleanSecret(`jdoe:${TOKEN}`)).toMatchObject({ secret: TOKEN, gitUsername: 'jdoe' })
  })
})
