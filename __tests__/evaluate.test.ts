/** The pure evaluation: verdicts from probe results, never valid without Bitbucket's word. */
import { describe, expect, it } from '@jest/globals'
import { classify } from '../src/core/classify.js'
import { evaluate, type EvaluationPolicy, type Probes } from '../src/core/evaluate.js'
import type { CredentialSpec } from '../src/core/types.js'
import { DEFAULT_POLICY, probe } from './helpers/policy.js'
import { spec } from './helpers/spec.js'
import { makeAccessToken, makeApiToken, makeAppPassword } from '../src/emulator/tokens.js'

const NOW = new Date('2026-11-28T10:00:00Z')
const policy: EvaluationPolicy = DEFAULT_POLICY
const run = (s: CredentialSpec, probes: Probes, p: Partial<EvaluationPolicy> = {}) =>
  evaluate(s, classify(s, NOW), probes, { ...policy, ...p }, NOW)

describe('evaluate', () => {
  const api = spec({
    token: makeApiToken('e'),
    email: 'jdoe@example.com',
    expiresAt: new Date('2027-06-01')
  })

  it.each([
    ['accepted', probe('accepted', { status: 200 }), 'valid'],
    ['403 (authenticated, lacks a scope)', probe('forbidden', { status: 403 }), 'valid'],
    [
      '401 once (not confirmed: it may be sporadic)',
      probe('rejected', { status: 401 }),
      'indeterminate'
    ],
    ['rate limited', probe('rate-limited', { status: 429 }), 'indeterminate'],
    ['unavailable', probe('unavailable', { detail: 'ECONNREFUSED' }), 'indeterminate'],
    ['a 404 on /2.0/user', probe('not-found', { status: 404 }), 'indeterminate']
  ])('/2.0/user %s gives %s', (_label, user, verdict) => {
    expect(run(api, { user }).verdict).toBe(verdict)
  })

  it('a 401 confirmed by a second request is invalid, and the finding says it was confirmed', () => {
    const r = run(api, { user: probe('rejected', { status: 401 }), restConfirmed: true })
    expect(r.verdict).toBe('invalid')
    const rejected = r.findings.find((f) => f.code === 'credential-rejected')
    expect(rejected?.message).toMatch(/confirmed by a second request/)
  })

  it('Git 410 gives app-password-removed', () => {
    const ap = spec({
      token: makeAppPassword('e'),
      username: 'jdoe',
      repository: { workspace: 'acme', slug: 'web' }
    })
    const cls = classify(ap, new Date('2026-06-20'))
    const r = evaluate(
      ap,
      cls,
      {
        user: probe('rejected', { status: 401 }),
        git: {
          username: 'jdoe',
          read: probe('gone', {
            status: 410,
            detail:
              'remote: CHANGE-3222 - Functionality has been deprecated\nremote: App passwords are deprecated'
          })
        }
      },
      policy,
      new Date('2026-06-20')
    )
    expect(r.findings.filter((f) => f.code === 'app-password-removed').map((f) => f.level)).toEqual(
      ['error']
    )
    expect(r.verdict).toBe('removed')
    expect(r.git).toEqual({ username: 'jdoe', read: false, write: null, working: null })
  })

  it('an API token with no email is invalid as configured, even where Git accepts it, and names the email as the fix', () => {
    const s = spec({
      token: makeApiToken('e'),
      username: 'jdoe',
      repository: { workspace: 'acme', slug: 'web' },
      purposes: ['clone']
    })
    const r = run(s, {
      git: { username: 'jdoe', read: probe('accepted', { status: 200 }) }
    })
    expect(r.verdict).toBe('invalid')
    expect(r.status).toBe('failure')
    const wrong = r.findings.find((f) => f.code === 'wrong-identity')
    expect(wrong?.level).toBe('error')
    expect(wrong?.message).toMatch(/set email/)
  })

  it('an API token with nothing beside it is invalid, never skipped', () => {
    const r = run(spec({ token: makeApiToken('e') }), {})
    expect(r.verdict).toBe('invalid')
    expect(r.findings.map((f) => f.code)).toContain('wrong-identity')
  })

  it('an access token refused on REST but accepted by Git is valid (Bitbucket accepted it for Git)', () => {
    const s = spec({
      token: makeAccessToken('e'),
      repository: { workspace: 'acme', slug: 'web' },
      purposes: ['clone']
    })
    const r = run(s, {
      user: probe('rejected', { status: 401 }),
      repo: probe('rejected', { status: 401 }),
      restConfirmed: true,
      git: { username: 'x-token-auth', read: probe('accepted', { status: 200 }) }
    })
    expect(r.verdict).toBe('valid')
  })

  it('an access token whose only answer is a 401 on /2.0/user is indeterminate and asks for a repository', () => {
    const r = run(spec({ token: makeAccessToken('e') }), {
      user: probe('rejected', {
        status: 401,
        detail: 'Token is invalid or not supported for this endpoint.'
      }),
      restConfirmed: true
    })
    expect(r.verdict).toBe('indeterminate')
    expect(r.findings.find((f) => f.code === 'indeterminate')?.message).toMatch(/Set repository/)
  })

  it('a stored OAuth access token answered "Access token expired." is an expired oauth-access-token', () => {
    const r = run(spec({ token: 'a'.repeat(60) + '==' }), {
      user: probe('rejected', { status: 401, detail: 'Access token expired.' }),
      restConfirmed: true
    })
    expect(r.type).toBe('oauth-access-token')
    expect(r.verdict).toBe('expired')
    const expired = r.findings.find((f) => f.code === 'expired')
    expect(expired?.level).toBe('error')
    expect(expired?.message).toMatch(/client-id.*client-secret/)
    expect(r.findings.map((f) => f.code)).not.toContain('credential-rejected')
    expect(r.findings.map((f) => f.code)).not.toContain('wrong-identity')
  })

  it('a 403 that names the missing scope is missing-scopes, not repository-unreachable, and no second Git error', () => {
    const s = spec({
      token: makeApiToken('e'),
      email: 'jdoe@example.com',
      repository: { workspace: 'acme', slug: 'web' },
      purposes: ['clone'],
      expiresAt: new Date('2027-06-01')
    })
    const scopes = ['read:user:bitbucket', 'admin:repository:bitbucket']
    const r = run(s, {
      user: probe('accepted', { status: 200, scopes }),
      repo: probe('forbidden', {
        status: 403,
        scopes,
        requiredScopes: ['read:repository:bitbucket']
      }),
      git: { username: 'x-bitbucket-api-token-auth', read: probe('forbidden', { status: 403 }) }
    })
    const codes = r.findings.map((f) => f.code)
    expect(r.missingScopes).toEqual(['read:repository:bitbucket'])
    expect(codes).toContain('missing-scopes')
    expect(codes).not.toContain('repository-unreachable')
    expect(codes).not.toContain('git-auth-failed')
  })

  it('a 403 without a scope detail is a reach problem: repository-unreachable', () => {
    const s = spec({
      token: makeAccessToken('e'),
      repository: { workspace: 'acme', slug: 'other' }
    })
    const r = run(s, {
      user: probe('forbidden', { status: 403 }),
      repo: probe('forbidden', { status: 403, detail: 'Access denied.' })
    })
    expect(r.findings.map((f) => f.code)).toContain('repository-unreachable')
  })

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'a server credential type or scope named %s is data, not a table key',
    (name) => {
      const r = run(spec({ token: 'z'.repeat(40), email: 'x@example.com' }), {
        user: probe('accepted', { status: 200, credentialType: name, scopes: [name] })
      })
      expect(r.type).toBe('unknown')
      expect(r.verdict).toBe('valid')
    }
  )

  it('the kind of an access token comes from x-credential-type', () => {
    const s = spec({ token: makeAccessToken('e') })
    expect(
      run(s, {
        user: probe('forbidden', {
          status: 403,
          credentialType: 'workspace_access_token',
          scopes: ['repository']
        })
      }).type
    ).toBe('workspace-access-token')
    expect(run(s, { user: probe('forbidden', { status: 403 }) }).type).toBe('access-token')
  })

  it('an unknown secret accepted as Bearer with no kind header is an OAuth access token that dies within hours', () => {
    const r = run(spec({ token: 'opaque-oauth-token-value' }), {
      user: probe('accepted', { status: 200 })
    })
    expect([r.type, r.verdict]).toEqual(['oauth-access-token', 'valid'])
    expect(r.findings.find((f) => f.code === 'expires-soon')?.message).toMatch(/within hours/)
  })

  it('an OAuth consumer whose token was minted is valid even when /2.0/user refuses the app user', () => {
    const r = run(spec({ clientId: 'k', clientSecret: 's' }), {
      oauth: { outcome: 'minted', expiresIn: 7200, scopes: ['repository'] },
      user: probe('rejected', { status: 401 })
    })
    expect([r.verdict, r.expirySource, r.daysLeft, r.status]).toEqual(['valid', 'oauth', 0, 'ok'])
  })

  it('offline: skipped, but a declared expiry still counts', () => {
    const r = run({ ...api, expiresAt: new Date('2026-12-01') }, {}, { offline: true })
    expect([r.verdict, r.findings.map((f) => f.code)]).toEqual(['skipped', ['expires-soon']])
  })

  it('a lifetime bound that has passed while Bitbucket still accepts the token is not used', () => {
    const r = run(spec({ token: makeApiToken('e'), email: 'j@example.com' }), {
      user: probe('accepted', { status: 200 }),
      history: { firstSeenValid: '2025-01-01T00:00:00Z', lastVerdict: 'valid' }
    })
    expect([r.verdict, r.expirySource]).toEqual(['valid', null])
  })

  it('granted scopes in the other vocabulary still satisfy the need', () => {
    const s = spec({
      token: makeApiToken('e'),
      email: 'j@example.com',
      purposes: ['mirror'],
      expiresAt: new Date('2027-06-01')
    })
    const r = run(s, {
      user: probe('accepted', { status: 200, scopes: ['repository:write', 'account'] })
    })
    expect([r.missingScopes, r.status]).toEqual([[], 'ok'])
  })

  it('Git 404 for a repository the REST API sees is indeterminate, not unreachable', () => {
    const s = spec({
      token: makeApiToken('e'),
      email: 'j@example.com',
      purposes: ['clone'],
      repository: { workspace: 'acme', slug: 'web' },
      expiresAt: new Date('2027-06-01')
    })
    const r = run(s, {
      user: probe('accepted', { status: 200 }),
      repo: probe('accepted', { status: 200 }),
      git: { username: 'x-bitbucket-api-token-auth', read: probe('not-found', { status: 404 }) }
    })
    const codes = r.findings.map((f) => f.code)
    expect([
      r.verdict,
      codes.includes('indeterminate'),
      codes.includes('repository-unreachable')
    ]).toEqual(['valid', true, false])
  })

  it('a wrong git-url (Git 404 on clone and push, REST sees the repository) is said once, as indeterminate', () => {
    const s = spec({
      token: makeApiToken('e'),
      email: 'j@example.com',
      purposes: ['push'],
      repository: { workspace: 'acme', slug: 'web' },
      expiresAt: new Date('2027-06-01')
    })
    const r = run(s, {
      user: probe('accepted', { status: 200 }),
      repo: probe('accepted', { status: 200 }),
      git: {
        username: 'x-bitbucket-api-token-auth',
        read: probe('not-found', { status: 404 }),
        write: probe('not-found', { status: 404 })
      }
    })
    expect(r.findings.map((f) => f.code).filter((c) => c !== 'expires-in')).toEqual([
      'indeterminate'
    ])
    expect(r.findings[0].message).toMatch(/git-url/)
  })

  it('a push 404 after an unanswered clone still points at git-url', () => {
    const s = spec({
      token: makeApiToken('e'),
      email: 'j@example.com',
      purposes: ['push'],
      repository: { workspace: 'acme', slug: 'web' },
      expiresAt: new Date('2027-06-01')
    })
    const r = run(s, {
      user: probe('accepted', { status: 200 }),
      repo: probe('accepted', { status: 200 }),
      git: {
        username: 'x-bitbucket-api-token-auth',
        read: probe('unavailable', { detail: 'ECONNRESET' }),
        write: probe('not-found', { status: 404 })
      }
    })
    const messages = r.findings.filter((f) => f.code === 'indeterminate').map((f) => f.message)
    expect(messages).toEqual([
      expect.stringMatching(/could not be asked: ECONNRESET/),
      expect.stringMatching(/HTTP 404 .*git-url/)
    ])
  })

  it('an expired date turns a confirmed 401 into expired, and credential-rejected is dropped', () => {
    const s = spec({
      token: makeApiToken('e'),
      email: 'j@example.com',
      expiresAt: new Date('2026-11-01')
    })
    const r = run(s, { user: probe('rejected', { status: 401 }), restConfirmed: true })
    expect([r.verdict, r.findings.map((f) => f.code)]).toEqual(['expired', ['expired']])
  })

  it('check-git true without a repository says Git could not be probed', () => {
    const r = run(api, { user: probe('accepted', { status: 200 }) }, { checkGit: 'true' })
    expect(r.findings.find((f) => f.code === 'indeterminate')?.message).toMatch(
      /check-git is true but no repository/
    )
  })

  it('an admin API without a date makes expiry-unknown an error under fail-on-unknown-expiry', () => {
    const s = spec({ token: makeApiToken('e'), email: 'j@example.com' })
    const admin = {
      outcome: 'ambiguous' as const,
      detail: 'the owner has 2 API tokens (a, b); set token-label.'
    }
    const r = run(
      s,
      { user: probe('accepted', { status: 200 }), admin },
      { failOnUnknownExpiry: true }
    )
    const unknown = r.findings.filter((f) => f.code === 'expiry-unknown')
    expect(unknown.map((f) => f.level)).toEqual(['error'])
    expect(unknown[0].message).toMatch(/admin API gave no expiry: the owner has 2 API tokens/)
  })

  it('an admin API without a date still says so when a declared date is used', () => {
    const admin = { outcome: 'forbidden' as const, detail: 'HTTP 403.' }
    const r = run(api, { user: probe('accepted', { status: 200 }), admin })
    expect([r.expirySource, r.findings.map((f) => f.code)]).toEqual(['declared', ['expires-in']])
    expect(r.findings[0].message).toContain('The Atlassian admin API gave no date: HTTP 403.')
  })

  it('an access token of unknown expiry is told to declare it, not to use the admin API', () => {
    const r = run(spec({ token: makeAccessToken('e') }), {
      user: probe('forbidden', { status: 403 })
    })
    const message = r.findings.find((f) => f.code === 'expiry-unknown')?.message ?? ''
    expect([/set expires-at/.test(message), /atlassian-admin-key/.test(message)]).toEqual([
      true,
      false
    ])
  })

  it('an OAuth access token is told to store the consumer, not to update expires-at', () => {
    const r = run(spec({ token: 'opaque-oauth-token-value' }), {
      user: probe('accepted', { status: 200 })
    })
    const message = r.findings.find((f) => f.code === 'expires-soon')?.message ?? ''
    expect([/Store the OAuth consumer/.test(message), /expires-at/.test(message)]).toEqual([
      true,
      false
    ])
  })

  it('a credential that expired hours ago says "less than a day ago"', () => {
    const r = run(
      { ...api, expiresAt: new Date(NOW.getTime() - 3 * 3_600_000) },
      { user: probe('rejected', { status: 401 }) }
    )
    expect([r.verdict, r.daysLeft]).toEqual(['expired', -1])
    expect(r.findings.find((f) => f.code === 'expired')?.message).toContain('less than a day ago')
  })

  it('the advised clone URL follows git-url and the kind', () => {
    const r = run(
      spec({ token: makeAccessToken('e'), repository: { workspace: 'acme', slug: 'web' } }),
      { user: probe('forbidden', { status: 403 }) },
      { gitUrl: 'https://git.example.com/bb/' }
    )
    expect(r.usage?.cloneUrl).toBe('https://x-token-auth:<token>@git.example.com/bb/acme/web.git')
  })
})
