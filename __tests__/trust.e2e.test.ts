/**
 * Trust the verdict, through the bundle against the emulator: no false ok, no borrowed expiry,
 * and one odd server answer never costs the other credentials their result.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  BitbucketEmulator,
  type EmuAdminToken,
  type EmulatorOptions,
  type Fault
} from './emulator/emulator.js'
import { CONSUMER, JDOE, REPO, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { makeApiToken } from '../src/emulator/tokens.js'
import { runAction } from './helpers/run-bundle.js'

let emu: BitbucketEmulator | undefined
afterEach(async () => {
  await emu?.stop()
  emu = undefined
})

const start = async (extra: Partial<EmulatorOptions> = {}, faults: Fault[] = []) =>
  (emu = await new BitbucketEmulator({ ...sampleWorld(), ...extra, faults }).start())
const urls = (e: BitbucketEmulator) => ({
  'api-url': e.apiUrl,
  'git-url': e.url,
  'oauth-url': e.oauthUrl,
  'atlassian-api-url': e.url,
  'timeout-seconds': '5'
})
const later = () => inDays(new Date(), 120)

describe('never a false ok', () => {
  it('a stored OAuth access token past its life is an expired oauth-access-token, with the consumer as the fix', async () => {
    const e = await start()
    const run = await runAction({ ...urls(e), token: SECRETS.expiredOAuth })
    const c = run.report.credentials[0]
    expect(c).toMatchObject({ type: 'oauth-access-token', verdict: 'expired', status: 'failure' })
    expect(c.findings.find((f) => f.code === 'expired')?.message).toMatch(
      /OAuth access token.*client-id.*client-secret/
    )
    expect(run.codes()).not.toContain('wrong-identity')
    expect(run.code).toBe(1)
  })

  it('an API token with no email is invalid (never skipped), names the email, and sends nothing to REST', async () => {
    const e = await start()
    const run = await runAction({ ...urls(e), token: SECRETS.healthy, username: JDOE.username })
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('invalid')
    expect(c.status).toBe('failure')
    expect(c.findings.find((f) => f.code === 'wrong-identity')?.message).toMatch(/set email/)
    expect(e.requests.filter((r) => r.path.startsWith('/2.0/'))).toHaveLength(0)
  })

  it('a repository access token that /2.0/user answers 401 is valid when its repository answers', async () => {
    const e = await start()
    const run = await runAction({
      ...urls(e),
      token: SECRETS.repoTokenUser401,
      repository: REPO,
      'expires-at': later()
    })
    expect(run.report.credentials[0]).toMatchObject({
      type: 'repository-access-token',
      verdict: 'valid'
    })
  })
})

describe('one odd answer never sinks the run', () => {
  const pair = (e: BitbucketEmulator) => ({
    ...urls(e),
    'timeout-seconds': '4',
    credentials: [
      `- name: odd`,
      `  token: ${SECRETS.readOnly}`,
      `  email: ${JDOE.email}`,
      `- name: fine`,
      `  token: ${SECRETS.repoToken}`,
      `  repository: ${REPO}`,
      `  expires-at: ${later()}`
    ].join('\n')
  })

  it('scope names and a credential type such as __proto__ or constructor are data, not table keys', async () => {
    const e = await start({}, [{ kind: 'prototype-names', path: /^\/2\.0\/user$/ }])
    const run = await runAction(pair(e))
    expect(run.stdout).not.toMatch(/unexpected error/i)
    const [odd, fine] = run.report.credentials
    expect(fine).toMatchObject({ name: 'fine', verdict: 'valid' })
    expect(odd.name).toBe('odd')
    // Only names of the scope grammar survive ("constructor" has it; it is then just a word).
    expect(odd.scopes).toEqual(['constructor'])
    expect(odd.type).toBe('api-token')
  })

  it('a body that never ends is cut off: that credential is indeterminate ("response too large"), the other keeps its result', async () => {
    const e = await start({}, [{ kind: 'endless-body', path: /^\/2\.0\/user$/ }])
    const before = process.memoryUsage().rss
    const run = await runAction(pair(e))
    const [odd, fine] = run.report.credentials
    expect(odd.verdict).toBe('indeterminate')
    expect(odd.findings.map((f) => f.message).join(' ')).toMatch(/response too large/)
    expect(fine.verdict).toBe('valid')
    expect(run.ms).toBeLessThan(4000 + 3000)
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
  })

  it.each(['1e13', '-1e13', '1e400', '"soon"'])(
    'an OAuth expires_in of %s is not a date: the consumer is valid and the run completes',
    async (raw) => {
      const e = await start({
        consumers: [
          { key: CONSUMER.key, secret: CONSUMER.secret, scopes: ['repository'], expiresInRaw: raw }
        ]
      })
      const run = await runAction({
        ...urls(e),
        'client-id': CONSUMER.key,
        'client-secret': CONSUMER.secret
      })
      const c = run.report.credentials[0]
      expect(c).toMatchObject({ type: 'oauth-consumer', verdict: 'valid' })
      expect(c.expiresAt).toBeNull()
      expect(run.stdout).not.toMatch(/unexpected error/i)
    }
  )
})

describe('never a borrowed date', () => {
  const ADMIN_KEY = 'admin-key-' + 'r'.repeat(30)
  const only: EmuAdminToken[] = [
    { label: 'ci-deploy', expiresAt: inDays(new Date(), 164) + 'T00:00:00.000Z', account: JDOE }
  ]
  const admin = (e: BitbucketEmulator, extra: Record<string, string>) =>
    runAction({
      ...urls(e),
      'atlassian-org-id': 'org-1',
      'atlassian-admin-key': ADMIN_KEY,
      ...extra
    })
  const world = (tokens: EmuAdminToken[]) => ({
    admin: { orgId: 'org-1', key: ADMIN_KEY, tokens }
  })

  it("a revoked token never gets its owner's only listed token's date", async () => {
    const e = await start(world(only))
    const run = await admin(e, { token: SECRETS.revoked, email: JDOE.email })
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('invalid')
    expect(c.expiresAt).toBeNull()
    expect(c.expirySource).toBeNull()
    expect(JSON.stringify(c.findings)).not.toMatch(/164 day/)
  })

  it("the owner's only token is this one's record when Bitbucket accepts it and nothing else could be it", async () => {
    const e = await start(world(only))
    const run = await admin(e, { token: SECRETS.healthy, email: JDOE.email })
    expect(run.report.credentials[0]).toMatchObject({ expirySource: 'admin-api', daysLeft: 163 })
  })

  it("a declared date is never called wrong by a record matched only as the owner's only token", async () => {
    const e = await start(world(only))
    const declared = inDays(new Date(), 40)
    const run = await admin(e, {
      token: SECRETS.healthy,
      email: JDOE.email,
      'expires-at': declared
    })
    const c = run.report.credentials[0]
    expect(c.expirySource).toBe('declared')
    expect(c.expiresAt?.toString().slice(0, 10)).toBe(declared)
    expect(JSON.stringify(c.findings)).not.toMatch(/contradicts/)
  })

  it('two credentials of one owner with one listed token: expiry-unknown that asks for token-label', async () => {
    const e = await start(world(only))
    const second = makeApiToken('second-of-jdoe')
    e.options.tokens!.push({
      secret: second,
      kind: 'api-token',
      scopes: ['read:user:bitbucket'],
      account: JDOE
    })
    const run = await admin(e, {
      credentials: [
        `- name: one`,
        `  token: ${SECRETS.healthy}`,
        `  email: ${JDOE.email}`,
        `- name: two`,
        `  token: ${second}`,
        `  email: ${JDOE.email}`
      ].join('\n')
    })
    expect(run.report.credentials.map((c) => c.name)).toEqual(['one', 'two'])
    for (const c of run.report.credentials) {
      expect(c.expirySource).toBeNull()
      const unknown = c.findings.find((f) => f.code === 'expiry-unknown')
      expect(unknown?.level).toBe('warning')
      expect(unknown?.message).toMatch(/token-label/)
    }
  })

  it('token-label identifies the record even beside another credential of the same owner', async () => {
    const e = await start(world(only))
    const run = await admin(e, {
      token: SECRETS.healthy,
      email: JDOE.email,
      'token-label': 'ci-deploy'
    })
    expect(run.report.credentials[0].expirySource).toBe('admin-api')
  })
})
