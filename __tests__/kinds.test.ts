/** KINDS is the one home of kind facts: prefixes, Git usernames, the removal date. */
import { describe, expect, it } from '@jest/globals'
import { classify } from '../src/core/classify.js'
import {
  APP_PASSWORD_REMOVAL_DAY,
  KINDS,
  SECRET_PREFIXES,
  kindOfPrefix,
  reachOf
} from '../src/core/kinds.js'
import { spec } from './helpers/spec.js'
import { makeAccessToken, makeApiToken, makeAppPassword } from '../src/emulator/tokens.js'

const NOW = new Date('2026-11-28T10:00:00Z')

describe('KINDS', () => {
  it('names every secret prefix once, and the prefix alone tells the kind apart', () => {
    expect(SECRET_PREFIXES).toEqual(['ATATT3', 'ATCTT3', 'ATBB', 'BBDC-'])
    expect([
      kindOfPrefix(makeApiToken('k')),
      kindOfPrefix(makeAccessToken('k')),
      kindOfPrefix(makeAppPassword('k')),
      kindOfPrefix('BBDC-abc'),
      kindOfPrefix('ghp_abc')
    ]).toEqual(['api-token', 'access-token', 'app-password', 'data-center-token', null])
  })

  it('every access-token kind shares the ATCTT3 prefix and x-token-auth; reach follows the kind', () => {
    const access = ['repository', 'project', 'workspace'] as const
    expect(access.map((r) => KINDS[`${r}-access-token`].prefix)).toEqual([
      'ATCTT3',
      'ATCTT3',
      'ATCTT3'
    ])
    expect(access.map((r) => reachOf(`${r}-access-token`))).toEqual([...access])
    expect([reachOf('access-token'), reachOf('api-token')]).toEqual([null, null])
    expect(KINDS['repository-access-token'].gitUsername).toBe('x-token-auth')
  })

  it('the removal date is written from the one date', () => {
    expect(APP_PASSWORD_REMOVAL_DAY).toBe('2026-07-28')
    expect(KINDS['app-password'].label).toContain(APP_PASSWORD_REMOVAL_DAY)
  })
})

describe('classification facts the verdict reads', () => {
  it('an API token with a non-email identity has a wrong identity; with an email it has not', () => {
    const wrong = classify(spec({ token: makeApiToken('k'), email: 'not-an-email' }), NOW)
    const right = classify(spec({ token: makeApiToken('k'), email: 'j@example.com' }), NOW)
    expect([wrong.wrongIdentity, right.wrongIdentity]).toEqual([true, false])
  })

  it('an empty secret and a consumer without its secret are empty; a token is not', () => {
    const empty = classify(spec({ token: '  ' }), NOW)
    const consumer = classify(spec({ token: '', clientId: 'key' }), NOW)
    const token = classify(spec({ token: makeApiToken('k'), email: 'j@example.com' }), NOW)
    expect([empty.emptySecret, consumer.emptySecret, token.emptySecret]).toEqual([
      true,
      true,
      false
    ])
  })
})
