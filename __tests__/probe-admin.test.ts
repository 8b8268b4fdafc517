/** The Atlassian admin API's record of one API token: found by label, as the owner's only one, or not. */
import { describe, expect, it } from '@jest/globals'
import type { Identity } from '../src/core/types.js'
import { matchToken, type AdminToken } from '../src/probe/probe-admin.js'
import { spec } from './helpers/spec.js'

const JANE: Identity = { username: 'jdoe', accountId: '557058:jane', displayName: 'Jane Doe' }
const record = (label: string, extra: Partial<AdminToken> = {}): AdminToken => ({
  label,
  status: 'ACTIVE',
  expiresAt: '2027-03-01T00:00:00.000Z',
  userId: '557058:jane',
  email: 'jane@acme.example',
  ...extra
})
const OTHERS = [
  record('theirs', { userId: '557058:bob', email: 'bob@acme.example' }),
  record('also theirs', { userId: '557058:eve', email: 'eve@acme.example' })
]
const TOKEN = 'ATATT3xFfGF0-this-credential'
const jane = (extra: Parameters<typeof spec>[0] = {}) =>
  spec({ name: 'deploy', token: TOKEN, email: 'jane@acme.example', ...extra })

describe('matchToken: by token-label', () => {
  it('the owner’s token with that label: found by label, with its date', () => {
    const tokens = [
      ...OTHERS,
      record('ci'),
      record('deploy-bot', { expiresAt: '2026-12-24T00:00:00Z' })
    ]
    expect(matchToken(tokens, JANE, jane({ tokenLabel: 'deploy-bot' }))).toEqual({
      outcome: 'found',
      by: 'label',
      expiresAt: new Date('2026-12-24T00:00:00Z'),
      detail: 'token "deploy-bot"'
    })
  })

  it('another owner’s token with that label is not this one', () => {
    const tokens = [record('ci'), record('deploy-bot', { userId: '557058:bob', email: 'bob@x' })]
    expect(matchToken(tokens, JANE, jane({ tokenLabel: 'deploy-bot' }))).toEqual({
      outcome: 'not-found',
      detail: 'the owner has no token labelled "deploy-bot" (labels: ci); correct token-label.'
    })
  })

  it('two of the owner’s tokens with that label: ambiguous, no date', () => {
    const tokens = [record('ci'), record('ci', { expiresAt: '2026-12-01T00:00:00Z' })]
    expect(matchToken(tokens, JANE, jane({ tokenLabel: 'ci' }))).toEqual({
      outcome: 'ambiguous',
      detail: 'the owner has 2 API tokens labelled "ci"; give the stored one a distinct label.'
    })
  })

  it.each([
    ['no', null],
    ['an unreadable', 'next spring']
  ])('the labelled token with %s expiry date: not-found, no date', (_, expiresAt) => {
    expect(matchToken([record('ci', { expiresAt })], JANE, jane({ tokenLabel: 'ci' }))).toEqual({
      outcome: 'not-found',
      detail: 'token "ci" has no expiry date listed.'
    })
  })
})

describe("matchToken: the owner's only token", () => {
  it('found by account ID even without an email: by only-token, with its date', () => {
    expect(matchToken([...OTHERS, record('ci')], JANE, jane({ email: '' }))).toEqual({
      outcome: 'found',
      by: 'only-token',
      expiresAt: new Date('2027-03-01T00:00:00.000Z'),
      detail: 'the owner\'s only token "ci"'
    })
  })

  it('found by email (any case) when /2.0/user could not be read', () => {
    const found = matchToken([record('ci', { email: 'Jane@ACME.example' })], null, jane())
    expect([found.outcome, found.by]).toEqual(['found', 'only-token'])
  })

  it('the owner has two tokens and no label is given: ambiguous, naming them', () => {
    expect(matchToken([record('ci'), record('laptop')], JANE, jane())).toEqual({
      outcome: 'ambiguous',
      detail:
        'the owner has 2 API tokens (ci, laptop); set token-label to the one stored in this secret.'
    })
  })

  it('another API token of the run with the same (or no) email could be it: ambiguous', () => {
    const self = jane()
    const run = [
      self,
      spec({ name: 'b', token: 'ATATT3xFfGF0-b', email: 'JANE@acme.example' }),
      spec({ name: 'c', token: ' ATATT3xFfGF0-c', email: '' }),
      spec({ name: 'd', token: 'ATATT3xFfGF0-d', email: 'bob@acme.example' }),
      spec({ name: 'e', token: 'ATCTT3xFfGN0-e', email: '' })
    ]
    expect(matchToken([record('ci')], JANE, self, run)).toEqual({
      outcome: 'ambiguous',
      detail:
        'the owner has one listed API token (ci), but 2 other credential(s) of this run could be it; set token-label to tell them apart.'
    })
  })

  it('no token of the owner is listed: not-found, naming the owner', () => {
    expect(matchToken(OTHERS, JANE, jane())).toEqual({
      outcome: 'not-found',
      detail:
        'no API token of its owner is listed in the organization (only managed accounts are listed).'
    })
  })

  it('no email and no identity: nothing can be matched, and it says why', () => {
    expect(matchToken([record('ci')], null, jane({ email: ' ' }))).toEqual({
      outcome: 'not-found',
      detail:
        'no API token of an unknown owner (no email given and /2.0/user unreadable) is listed in the organization (only managed accounts are listed).'
    })
  })
})

describe('matchToken: a revoked token never gives a date', () => {
  it.each([
    ['by label', { tokenLabel: 'ci' }],
    ['as the owner’s only token', {}]
  ])('the owner’s only record is revoked (%s): not-found, no date', (_, extra) => {
    const result = matchToken([record('ci', { status: 'revoked' })], JANE, jane(extra))
    expect([result.outcome, result.expiresAt]).toEqual(['not-found', undefined])
  })

  it('a revoked record beside the live one neither counts as a rival nor shares its label', () => {
    const tokens = [
      record('ci', { status: 'REVOKED', expiresAt: '2026-01-01T00:00:00Z' }),
      record('ci')
    ]
    const labelled = matchToken(tokens, JANE, jane({ tokenLabel: 'ci' }))
    const only = matchToken(tokens, JANE, jane())
    expect([labelled.outcome, labelled.expiresAt, only.outcome, only.expiresAt]).toEqual([
      'found',
      new Date('2027-03-01T00:00:00.000Z'),
      'found',
      new Date('2027-03-01T00:00:00.000Z')
    ])
  })
})
