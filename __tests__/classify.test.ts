/** Offline classification: kinds from shape, checksum, cleanup, identity rules. */
import { describe, expect, it } from '@jest/globals'
import { classify, gitUsernameProblem } from '../src/core/classify.js'
import { checksumMatches, withChecksum } from '../src/core/checksum.js'
import { cleanSecret } from '../src/core/clean-secret.js'
import { spec } from './helpers/spec.js'
import { makeAccessToken, makeApiToken, makeAppPassword } from '../src/emulator/tokens.js'

const NOW = new Date('2026-11-28T10:00:00Z')
const GITLEAKS_FIXTURE =
  'ATATT3xFfGF0K3irG5tKKi-6u-wwaXQFeGwZ-IHR-hQ3CulkKtMSuteRQFfLZ6jihHThzZCg_UjnDt-4Wl_gIRf4zrZJs5JqaeuBhsfJ4W5GD6yGg3W7903gbvaxZPBjxIQQ7BgFDSkPS8oPispw4KLz56mdK-G6CIvLO6hHRrZHY0Q3tvJ6JxE=C63992E6'

describe('checksum', () => {
  it('accepts the public gitleaks ATATT3 fixture (facts §1.3)', () => {
    expect(checksumMatches(GITLEAKS_FIXTURE)).toBe(true)
  })
  it.each([
    ['one character changed', GITLEAKS_FIXTURE.replace('K3ir', 'K3iR')],
    ['truncated', GITLEAKS_FIXTURE.slice(0, 150)],
    ['lower-case suffix', GITLEAKS_FIXTURE.slice(0, -8) + 'c63992e6']
  ])('rejects a token with %s', (_label, token) => {
    expect(checksumMatches(token)).toBe(false)
  })
  it('withChecksum builds secrets that pass', () => {
    expect(checksumMatches(withChecksum('ATBBabc'))).toBe(true)
  })
})

describe('classify', () => {
  it.each([
    ['API token', makeApiToken('a'), { email: 'a@b.co' }, 'api-token', null, 'basic-email'],
    ['access token', makeAccessToken('a'), {}, 'access-token', null, 'bearer'],
    [
      'app password',
      makeAppPassword('a'),
      { username: 'jdoe' },
      'app-password',
      'removed',
      'basic-username'
    ],
    [
      'legacy 20-char app password',
      'abcdefghij0123456789',
      { username: 'jdoe' },
      'app-password',
      'removed',
      'basic-username'
    ],
    [
      'legacy 24-char API token',
      'abcdefghij0123456789abcd',
      { email: 'a@b.co' },
      'api-token',
      'removed',
      'basic-email'
    ],
    ['unknown shape without identity', 'some-opaque-oauth-token', {}, 'unknown', null, 'bearer'],
    [
      'unknown shape with email',
      'some-opaque-token',
      { email: 'a@b.co' },
      'unknown',
      null,
      'basic-email'
    ],
    [
      'truncated API token',
      makeApiToken('a').slice(0, 100),
      { email: 'a@b.co' },
      'api-token',
      'malformed',
      'basic-email'
    ]
  ] as const)('%s', (_label, token, extra, type, verdict, scheme) => {
    const c = classify(spec({ token, ...extra }), NOW)
    expect([c.type, c.verdict, c.scheme]).toEqual([type, verdict, scheme])
  })

  it('an app password before the removal date is checked live with a warning', () => {
    const c = classify(
      spec({ token: makeAppPassword('a'), username: 'jdoe' }),
      new Date('2026-05-01')
    )
    expect(c.verdict).toBeNull()
    expect(c.findings.map((f) => [f.code, f.level])).toEqual([['app-password-removed', 'warning']])
  })

  it.each([
    ['username but no email', { username: 'jdoe' }, 'jdoe', /username but no email/],
    ['no identity at all', {}, null, /needs the email/],
    [
      'an email field that is not an email',
      { email: 'jdoe' },
      'jdoe',
      /does not look like an email/
    ]
  ])('API token with %s gets wrong-identity', (_label, extra, restUser, text) => {
    const c = classify(spec({ token: makeApiToken('a'), ...extra }), NOW)
    expect(c.restUser).toBe(restUser)
    const f = c.findings.find((x) => x.code === 'wrong-identity')
    expect(f?.message).toMatch(text)
  })

  it('an email in the username field of an API token is used as the REST identity', () => {
    const c = classify(spec({ token: makeApiToken('a'), username: 'jdoe@example.com' }), NOW)
    expect(c.restUser).toBe('jdoe@example.com')
    expect(c.findings).toEqual([])
  })

  it('an email in a pasted URL serves as the REST identity of an API token', () => {
    const token = makeApiToken('a')
    const c = classify(
      spec({ token: `https://jdoe%40example.com:${token}@bitbucket.org/acme/web.git` }),
      NOW
    )
    expect([c.restUser, c.gitUsername, c.findings.map((f) => f.code)]).toEqual([
      'jdoe@example.com',
      'jdoe@example.com',
      ['whitespace-trimmed']
    ])
  })

  it('an empty secret is skipped with empty-secret', () => {
    const c = classify(spec({ token: '  ' }), NOW)
    expect(c.verdict).toBe('skipped')
    expect(c.findings.map((f) => f.code)).toEqual(['empty-secret'])
  })

  it('an OAuth consumer is recognised from client id and secret', () => {
    const c = classify(spec({ clientId: 'key', clientSecret: 'secret' }), NOW)
    expect([c.type, c.scheme, c.restUser, c.verdict]).toEqual([
      'oauth-consumer',
      'oauth-client-credentials',
      'key',
      null
    ])
  })
})

describe('cleanSecret', () => {
  const t = makeAccessToken('x')
  it.each([
    ['trailing newline', `${t}\n`, ['whitespace']],
    ['quotes', `'${t}'`, ['quotes']],
    ['Bearer prefix', `Bearer ${t}`, ['a "Bearer " prefix']],
    ['user:secret pair', `x-token-auth:${t}`, ['a "user:" prefix']],
    ['nothing', t, []]
  ])('removes %s', (_label, raw, removed) => {
    const c = cleanSecret(raw)
    expect(c.secret).toBe(t)
    expect(c.removed).toEqual(removed)
  })
  it('reads a clone URL whose user is a raw email (the last @ ends the credentials)', () => {
    const c = cleanSecret(`https://jdoe@example.com:${t}@bitbucket.org/acme/web.git`)
    expect(c).toMatchObject({
      secret: t,
      gitUsername: 'jdoe@example.com',
      repository: { workspace: 'acme', slug: 'web' }
    })
  })

  it('takes secret, Git username and repository out of a clone URL', () => {
    const c = cleanSecret(
      `https://x-token-auth:${encodeURIComponent(t)}@bitbucket.org/acme/web.git`
    )
    expect(c).toMatchObject({
      secret: t,
      gitUsername: 'x-token-auth',
      repository: { workspace: 'acme', slug: 'web' }
    })
  })
})

describe('gitUsernameProblem', () => {
  it.each([
    ['api-token', 'jdoe@example.com', null, /email address does not work/],
    ['api-token', 'x-token-auth', null, /access tokens/],
    ['api-token', 'x-bitbucket-api-token-auth', null, null],
    ['api-token', 'jdoe', 'jdoe', null],
    ['api-token', 'someone', 'jdoe', /belongs to the Bitbucket user "jdoe"/],
    ['repository-access-token', 'x-bitbucket-api-token-auth', null, /x-token-auth/],
    ['repository-access-token', 'x-token-auth', null, null],
    ['oauth-consumer', 'jdoe', null, /x-token-auth/],
    ['app-password', 'jdoe@example.com', null, /never accepted an email/],
    ['app-password', 'x-token-auth', null, /Git username of access tokens, not of app passwords/],
    ['app-password', 'someone', 'jdoe', /belongs to the Bitbucket user "jdoe"/],
    ['app-password', 'jdoe', 'jdoe', null],
    ['unknown', 'anything', 'jdoe', null]
  ] as const)('%s with git username %s', (type, user, known, expected) => {
    const problem = gitUsernameProblem(type, user, known)
    expect(expected === null ? problem === null : expected.test(problem ?? '')).toBe(true)
  })
})

describe('secrets no credential can be', () => {
  it.each([
    ['a NUL byte', `${makeApiToken('n').slice(0, 20)}\u0000${makeApiToken('n').slice(20)}`],
    ['a newline inside', `${makeApiToken('n').slice(0, 20)}\n${makeApiToken('n').slice(20)}`],
    ['a character beyond Latin-1', `${makeApiToken('n')}\u2713`],
    ['more than 4096 characters', 'a'.repeat(5000)]
  ])('a secret with %s is malformed before any parsing, and never echoed', (_label, token) => {
    const cls = classify(spec({ token, email: 'a@b.co' }), NOW)
    expect(cls.verdict).toBe('malformed')
    expect(cls.secret).toBe('')
    expect(JSON.stringify(cls.findings)).not.toContain(token.slice(0, 20))
  })
})
