/** End to end through dist/index.js: each credential kind and verdict against the emulator. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { BitbucketEmulator } from './emulator/emulator.js'
import { CONSUMER, JDOE, REPO, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { makeApiToken } from '../src/emulator/tokens.js'
import { leaks, runAction } from './helpers/run-bundle.js'

let emu: BitbucketEmulator
const urls = () => ({
  'api-url': emu.apiUrl,
  'git-url': emu.url,
  'oauth-url': emu.oauthUrl,
  'timeout-seconds': '5'
})
const allSecrets = [...Object.values(SECRETS), CONSUMER.secret]

beforeAll(async () => {
  emu = await new BitbucketEmulator(sampleWorld()).start()
})
afterAll(async () => {
  await emu.stop()
})

describe('the bundled action', () => {
  it('API token with email and a declared expiry far away is valid and ok, with an expires-in notice', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.healthy,
      email: JDOE.email,
      name: 'deploy',
      'expires-at': inDays(new Date(), 200)
    })
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('ok')
    expect(run.outputs.type).toBe('api-token')
    expect(run.outputs.scopes).toBe(
      'read:user:bitbucket,read:repository:bitbucket,write:repository:bitbucket'
    )
    expect(Number(run.outputs['days-left'])).toBeGreaterThanOrEqual(199)
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      name: 'deploy',
      verdict: 'valid',
      status: 'ok',
      expirySource: 'declared',
      identity: { username: 'jdoe', accountId: JDOE.accountId }
    })
    expect(run.codes()).toEqual(['expires-in'])
    expect(run.annotations('notice')[0].properties.title).toContain('deploy')
    expect(run.summary).toContain('| deploy |')
    expect(run.stdout).toContain(`::add-mask::${SECRETS.healthy}`)
    expect(leaks(run, allSecrets)).toEqual([])
  })

  it('API token with a username instead of an email is rejected with the email hint (wrong-identity)', async () => {
    const run = await runAction({ ...urls(), token: SECRETS.healthy, username: 'jdoe' })
    expect(run.code).toBe(1)
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('invalid')
    expect(run.codes()).toContain('wrong-identity')
    const wrong = run
      .annotations('error')
      .find((a) => a.properties.title?.includes('wrong-identity'))
    expect(wrong?.message).toMatch(/email/)
    expect(leaks(run, allSecrets)).toEqual([])
  })

  it('API token without Bitbucket scopes gets credential-rejected with the ranked causes', async () => {
    const run = await runAction({ ...urls(), token: SECRETS.noScopes, email: JDOE.email })
    expect(run.code).toBe(1)
    expect(run.report.credentials[0].verdict).toBe('invalid')
    const f = run.report.credentials[0].findings.find((x) => x.code === 'credential-rejected')
    expect(f?.message).toMatch(
      /\(1\) the token has no Bitbucket scopes.*\(2\).*email.*\(3\).*expired or was revoked/s
    )
    expect(f?.message).toContain('Token is invalid, expired, or not supported for this endpoint.')
  })

  it('a 403 on /2.0/user for lack of read:user is valid, not invalid (read-user-scope-missing)', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.noReadUser,
      email: JDOE.email,
      'expires-at': inDays(new Date(), 100)
    })
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('valid')
    expect(run.codes()).toContain('read-user-scope-missing')
    expect(c.scopes).toEqual(['read:repository:bitbucket', 'write:repository:bitbucket'])
    expect(run.code).toBe(0)
  })

  it('repository access token: Bearer, kind from x-credential-type, classic scopes', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.repoToken,
      repository: REPO,
      'expires-at': inDays(new Date(), 90)
    })
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      type: 'repository-access-token',
      verdict: 'valid',
      status: 'ok',
      reach: 'repository'
    })
    expect(c.scopes).toEqual(['repository', 'repository:write', 'pullrequest'])
    const repository = emu.requests.filter((r) => r.path.startsWith('/2.0/repositories/acme/web'))
    expect(repository.length).toBeGreaterThan(0)
    expect(repository.every((r) => r.scheme === 'bearer')).toBe(true)
  })

  it.each([
    ['project', SECRETS.projectToken, 'project-access-token'],
    ['workspace', SECRETS.workspaceToken, 'workspace-access-token']
  ])('%s access token is named by its kind', async (_label, token, type) => {
    const run = await runAction({
      ...urls(),
      token,
      repository: REPO,
      'expires-at': inDays(new Date(), 90)
    })
    expect(run.report.credentials[0]).toMatchObject({ type, verdict: 'valid' })
  })

  it('app password is removed, with a migration recipe naming the API-token scopes for the job', async () => {
    const before = emu.requests.length
    const run = await runAction({
      ...urls(),
      token: SECRETS.appPassword,
      username: 'jdoe',
      purpose: 'mirror'
    })
    expect(run.code).toBe(1)
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      type: 'app-password',
      verdict: 'removed',
      status: 'failure',
      expirySource: 'removed',
      expiresAt: '2026-07-28T00:00:00.000Z'
    })
    const f = c.findings.find((x) => x.code === 'app-password-removed')
    expect(f?.message).toContain('read:repository:bitbucket, write:repository:bitbucket')
    expect(f?.message).toContain('id.atlassian.com')
    expect(emu.requests.length).toBe(before) // a removed kind is never sent to Bitbucket
  })

  it('a truncated API token fails its checksum: malformed, and no request is made', async () => {
    const before = emu.requests.length
    const run = await runAction({
      ...urls(),
      token: SECRETS.healthy.slice(0, 150),
      email: JDOE.email
    })
    expect(run.report.credentials[0]).toMatchObject({
      type: 'api-token',
      verdict: 'malformed',
      status: 'failure'
    })
    expect(run.codes()).toEqual(['checksum-mismatch'])
    expect(emu.requests.length).toBe(before)
    expect(run.code).toBe(1)
  })

  it('an empty secret (fork pull request) is skipped with empty-secret, not a failure', async () => {
    const run = await runAction({ ...urls(), token: '', email: JDOE.email })
    expect(run.code).toBe(0)
    expect(run.report.credentials[0]).toMatchObject({ verdict: 'skipped', status: 'warning' })
    expect(run.codes()).toEqual(['empty-secret'])
  })

  it('whitespace, quotes and a Bearer prefix are trimmed with a warning, and the token still checks', async () => {
    const run = await runAction({
      ...urls(),
      token: `  "Bearer ${SECRETS.repoToken}"\n`,
      repository: REPO,
      'expires-at': inDays(new Date(), 90)
    })
    expect(run.report.credentials[0].verdict).toBe('valid')
    expect(run.codes()).toContain('whitespace-trimmed')
    expect(run.outputs.status).toBe('warning')
  })

  it('a pasted clone URL yields the secret, the Git username and the repository', async () => {
    const run = await runAction({
      ...urls(),
      token: `https://x-token-auth:${SECRETS.repoToken}@bitbucket.org/acme/web.git`,
      'expires-at': inDays(new Date(), 90)
    })
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('valid')
    expect(run.codes()).toContain('whitespace-trimmed')
    expect(leaks(run, allSecrets)).toEqual([])
  })

  it('OAuth consumer: client-credentials grant, then Bearer; expiry from expires_in, never expires-soon', async () => {
    const run = await runAction({
      ...urls(),
      'client-id': CONSUMER.key,
      'client-secret': CONSUMER.secret
    })
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      type: 'oauth-consumer',
      verdict: 'valid',
      expirySource: 'oauth',
      daysLeft: 0,
      status: 'ok'
    })
    expect(run.codes()).not.toContain('expires-soon')
    expect(run.codes()).not.toContain('expired')
    expect(c.scopes).toEqual(['repository', 'pullrequest', 'account'])
    expect(run.code).toBe(0)
  })

  it('OAuth consumer with a wrong secret is invalid (credential-rejected)', async () => {
    const run = await runAction({
      ...urls(),
      'client-id': CONSUMER.key,
      'client-secret': 'wrong-secret-value'
    })
    expect(run.report.credentials[0]).toMatchObject({ type: 'oauth-consumer', verdict: 'invalid' })
    expect(run.codes()).toContain('credential-rejected')
    expect(leaks(run, ['wrong-secret-value'])).toEqual([])
  })

  it('a declared expiry in the past is expired and fails, decided before the thresholds', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.healthy,
      email: JDOE.email,
      'expires-at': inDays(new Date(), -3)
    })
    expect(run.report.credentials[0]).toMatchObject({ verdict: 'expired', status: 'failure' })
    expect(run.codes()).toContain('expired')
    expect(run.codes()).not.toContain('expires-soon')
    expect(Number(run.outputs['days-left'])).toBeLessThan(0)
    expect(run.code).toBe(1)
  })

  it.each([
    [20, 'warning', 0],
    [5, 'error', 1]
  ])('expiring in %i days gives expires-soon at level %s', async (days, level, code) => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.healthy,
      email: JDOE.email,
      'expires-at': inDays(new Date(), days)
    })
    const f = run.report.credentials[0].findings.find((x) => x.code === 'expires-soon')
    expect(f?.level).toBe(level)
    expect(run.code).toBe(code)
  })

  it('no expiry known is a warning that says how to declare it, and a failure with fail-on-unknown-expiry', async () => {
    const warn = await runAction({ ...urls(), token: SECRETS.healthy, email: JDOE.email })
    const f = warn.report.credentials[0].findings.find((x) => x.code === 'expiry-unknown')
    expect(f?.level).toBe('warning')
    expect(f?.message).toContain('expires-at')
    expect(warn.code).toBe(0)
    const fail = await runAction({
      ...urls(),
      token: SECRETS.healthy,
      email: JDOE.email,
      'fail-on-unknown-expiry': 'true'
    })
    expect(fail.code).toBe(1)
  })

  it('missing-scopes lists every missing scope at once, in the credential vocabulary', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.readOnly,
      email: JDOE.email,
      scopes: 'repository:write, pullrequest:write',
      'expires-at': inDays(new Date(), 100)
    })
    const c = run.report.credentials[0]
    expect(c.missingScopes).toEqual([
      'write:repository:bitbucket',
      'read:pullrequest:bitbucket',
      'write:pullrequest:bitbucket'
    ])
    expect(run.codes()).toContain('missing-scopes')
    expect(run.code).toBe(1)
  })

  it('repository outside an access token reach is repository-unreachable', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.repoToken,
      repository: 'acme/api',
      'expires-at': inDays(new Date(), 90)
    })
    expect(run.report.credentials[0].verdict).toBe('valid')
    const f = run.report.credentials[0].findings.find((x) => x.code === 'repository-unreachable')
    expect(f?.message).toContain('repository access token')
    expect(run.code).toBe(1)
  })

  it('an unknown secret shape is checked as a Bearer token and reported invalid when refused', async () => {
    const run = await runAction({ ...urls(), token: 'not-a-real-token-value-123' })
    expect(run.report.credentials[0]).toMatchObject({ type: 'unknown', verdict: 'invalid' })
  })

  it('a legacy 24-character API token is removed with legacy-token-format', async () => {
    const run = await runAction({ ...urls(), token: 'abcdefghij0123456789abcd', email: JDOE.email })
    expect(run.report.credentials[0]).toMatchObject({ type: 'api-token', verdict: 'removed' })
    expect(run.codes()).toContain('legacy-token-format')
  })

  it('a legacy 20-character app password with a username is removed', async () => {
    const run = await runAction({ ...urls(), token: 'abcdefghij0123456789', username: 'jdoe' })
    expect(run.report.credentials[0]).toMatchObject({ type: 'app-password', verdict: 'removed' })
    expect(run.codes()).toContain('app-password-removed')
  })

  it('offline mode does format checks only: no request, verdict skipped', async () => {
    const before = emu.requests.length
    const run = await runAction({
      ...urls(),
      token: makeApiToken('offline'),
      email: JDOE.email,
      offline: 'true',
      'expires-at': inDays(new Date(), 100)
    })
    expect(run.report.credentials[0]).toMatchObject({
      type: 'api-token',
      verdict: 'skipped',
      expirySource: 'declared'
    })
    expect(emu.requests.length).toBe(before)
  })

  it('several credentials from the credentials YAML keep their order; the worst status wins', async () => {
    const credentials = [
      `- name: good`,
      `  token: ${SECRETS.healthy}`,
      `  email: ${JDOE.email}`,
      `  expires-at: ${inDays(new Date(), 100)}`,
      `- name: old`,
      `  token: ${SECRETS.appPassword}`,
      `  username: jdoe`
    ].join('\n')
    const run = await runAction({ ...urls(), credentials })
    expect(run.report.credentials.map((c) => [c.name, c.verdict])).toEqual([
      ['good', 'valid'],
      ['old', 'removed']
    ])
    expect(run.outputs.status).toBe('failure')
    expect(run.annotations().length).toBeGreaterThan(0)
    expect(run.annotations().every((a) => /^(good|old):/.test(a.properties.title))).toBe(true)
    expect(run.summary).toContain('| good |')
    expect(run.summary).toContain('| old |')
    expect(leaks(run, allSecrets)).toEqual([])
  })

  it('a failing step shows only the titled annotations (no untitled error)', async () => {
    const run = await runAction({ ...urls(), token: SECRETS.revoked, email: JDOE.email })
    expect(run.code).toBe(1)
    expect(run.annotations('error')).toHaveLength(1)
    expect(run.annotations('error').every((a) => a.properties.title)).toBe(true)
  })
})
