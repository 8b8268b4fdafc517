/** The probe plan (pure): Git is asked as the job uses it, REST only with the identity it needs. */
import { describe, expect, it } from '@jest/globals'
import { classify } from '../src/core/classify.js'
import { planProbes } from '../src/core/probe-plan.js'
import { makeAccessToken, makeApiToken } from '../src/emulator/tokens.js'
import { spec } from './helpers/spec.js'

const NOW = new Date('2026-11-28T10:00:00Z')
const repository = { workspace: 'acme', slug: 'web' }
const plan = (extra: Parameters<typeof spec>[0]) => {
  const s = spec({ repository, purposes: ['clone'], ...extra })
  return planProbes(s, classify(s, NOW), { checkGit: 'auto' })
}

describe('planProbes', () => {
  it.each([
    [
      'API token, nothing declared',
      { token: makeApiToken('p'), email: 'j@example.com' },
      'x-bitbucket-api-token-auth',
      null
    ],
    [
      'API token with a username',
      { token: makeApiToken('p'), email: 'j@example.com', username: 'jane.doe' },
      'jane.doe',
      'x-bitbucket-api-token-auth'
    ],
    [
      'API token, git-username wins over username',
      {
        token: makeApiToken('p'),
        email: 'j@example.com',
        username: 'jdoe',
        gitUsername: 'j@example.com'
      },
      'j@example.com',
      'x-bitbucket-api-token-auth'
    ],
    [
      'API token whose username stands in for the email',
      { token: makeApiToken('p'), username: 'j@example.com' },
      'x-bitbucket-api-token-auth',
      null
    ],
    ['access token', { token: makeAccessToken('p') }, 'x-token-auth', null],
    [
      'access token with a wrong git-username',
      { token: makeAccessToken('p'), gitUsername: 'jdoe' },
      'jdoe',
      'x-token-auth'
    ]
  ] as const)('%s: Git is asked as %s first, then %s', (_label, extra, username, fallback) => {
    expect(plan(extra).git).toEqual({ username, fallback, write: false })
  })

  it('push purposes ask for write', () => {
    const s = spec({ token: makeAccessToken('p'), repository, purposes: ['mirror'] })
    expect(planProbes(s, classify(s, NOW), { checkGit: 'auto' }).git?.write).toBe(true)
  })

  it('no repository, or check-git false: no Git', () => {
    const s = spec({ token: makeAccessToken('p'), purposes: ['clone'] })
    expect(planProbes(s, classify(s, NOW), { checkGit: 'true' }).git).toBeNull()
    const r = spec({ token: makeAccessToken('p'), repository, purposes: ['clone'] })
    expect(planProbes(r, classify(r, NOW), { checkGit: 'false' }).git).toBeNull()
  })

  it('an API token without an email asks nothing of REST; with one, Basic as the email', () => {
    expect(plan({ token: makeApiToken('p'), username: 'jdoe' }).rest).toBe(false)
    expect(plan({ token: makeApiToken('p'), email: 'j@example.com' })).toMatchObject({
      rest: true,
      restUser: 'j@example.com'
    })
    expect(plan({ token: makeAccessToken('p') })).toMatchObject({ rest: true, restUser: null })
  })
})
