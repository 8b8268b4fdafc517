/** Scheduled health checks: the tracking issue, hidden state, the admin API and the lifetime bound. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { fingerprint } from '../src/secrets/fingerprint.js'
import { BitbucketEmulator, type EmuAdminToken } from './emulator/emulator.js'
import { JDOE, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { makeApiToken } from '../src/emulator/tokens.js'
import { readState, writeState } from '../src/tracking/issue-state.js'
import { DEFAULT_ISSUE_TITLE as ISSUE_TITLE } from '../src/inputs/tracking-settings.js'
import { ISSUE_LABEL } from '../src/tracking/tracking-issue.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { leaks, runAction } from './helpers/run-bundle.js'
import { runCli } from './helpers/run-cli.js'

const ADMIN_KEY = 'admin-key-' + 'q'.repeat(30)
const GITHUB_TOKEN = 'ghs_' + 'z'.repeat(36)
const flaky = makeApiToken('flaky')
const other = { ...JDOE, accountId: 'someone-else', email: 'other@example.com' }
const adminTokens: EmuAdminToken[] = [
  { label: 'laptop', expiresAt: '2027-03-01T00:00:00.000Z', account: other },
  { label: 'ci-deploy', expiresAt: '2026-12-10T00:00:00.000Z', account: JDOE },
  { label: 'old', status: 'REVOKED', expiresAt: '2026-01-01T00:00:00.000Z', account: JDOE },
  { label: 'unrelated', expiresAt: '2027-05-01T00:00:00.000Z', account: other },
  {
    label: 'ci-mirror',
    expiresAt: '2027-08-01T00:00:00.000Z',
    account: { ...JDOE, accountId: 'x' }
  }
]

let emu: BitbucketEmulator
let gh: FakeGitHub
beforeAll(async () => {
  const world = sampleWorld()
  world.tokens!.push({
    secret: flaky,
    kind: 'api-token',
    scopes: ['read:user:bitbucket', 'read:repository:bitbucket'],
    account: JDOE
  })
  world.admin = { orgId: 'org-1', key: ADMIN_KEY, tokens: adminTokens, pageSize: 2 }
  emu = await new BitbucketEmulator(world).start()
})
afterAll(async () => {
  await emu.stop()
  await gh?.stop()
})
beforeEach(async () => {
  await gh?.stop()
  gh = await new FakeGitHub().start()
})

const base = () => ({
  'api-url': emu.apiUrl,
  'atlassian-api-url': emu.url,
  'github-token': GITHUB_TOKEN,
  'timeout-seconds': '5'
})
const ghEnv = () => ({
  GITHUB_REPOSITORY: 'acme/ops',
  GITHUB_API_URL: gh.url,
  GITHUB_RUN_ID: '7',
  GITHUB_SERVER_URL: 'https://github.example'
})
const tracked = (extra: Record<string, string>) =>
  runAction({ ...base(), 'tracking-issue': 'true', ...extra }, ghEnv())

describe('tracking issue', () => {
  it('opens one issue when a credential needs attention, updates it, closes it when healthy, and reopens it', async () => {
    const first = await tracked({ token: SECRETS.healthy, email: JDOE.email, name: 'deploy' })
    expect(first.report.status).toBe('warning')
    expect(gh.issues).toHaveLength(1)
    expect(gh.issues[0]).toMatchObject({
      title: ISSUE_TITLE,
      state: 'open',
      labels: [{ name: ISSUE_LABEL }]
    })
    expect(gh.issues[0].body).toContain('| deploy |')
    expect(gh.issues[0].body).toContain('bitbucket-credential-check-state')
    expect(gh.issues[0].body).not.toContain(SECRETS.healthy)

    await tracked({ token: SECRETS.healthy, email: JDOE.email, name: 'deploy' })
    expect(gh.issues).toHaveLength(1)

    const healthy = await tracked({
      token: SECRETS.healthy,
      email: JDOE.email,
      name: 'deploy',
      'expires-at': inDays(new Date(), 200)
    })
    expect(healthy.code).toBe(0)
    expect(gh.issues).toHaveLength(1)
    expect(gh.issues[0].state).toBe('closed')
    expect(gh.issues[0].comments[0]).toMatch(/healthy/)

    await tracked({
      token: SECRETS.healthy,
      email: JDOE.email,
      name: 'deploy',
      'expires-at': inDays(new Date(), 3)
    })
    expect(gh.issues).toHaveLength(1)
    expect(gh.issues[0].state).toBe('open')
    expect(leaks(healthy, [SECRETS.healthy, GITHUB_TOKEN])).toEqual([])
  })

  it('no issue is opened when all credentials are healthy', async () => {
    await tracked({
      token: SECRETS.healthy,
      email: JDOE.email,
      'expires-at': inDays(new Date(), 200)
    })
    expect(gh.issues).toHaveLength(0)
  })

  it('a credential that was valid and is now rejected is reported as probably revoked or expired', async () => {
    await tracked({ token: flaky, email: JDOE.email, name: 'nightly' })
    const { state } = readState(gh.issues[0].body, new Date())
    expect(Object.values(state).map((e) => e.firstSeenValid)).toEqual([
      expect.stringMatching(/^20\d\d-/)
    ])
    emu.options.tokens!.find((t) => t.secret === flaky)!.revoked = true
    const run = await tracked({ token: flaky, email: JDOE.email, name: 'nightly' })
    const f = run.report.credentials[0].findings.find((x) => x.code === 'credential-rejected')
    expect(f?.message).toMatch(
      /valid in an earlier check .*most likely revoked or has expired, not mistyped/
    )
    expect(Object.values(readState(gh.issues[0].body, new Date()).state)).toMatchObject([
      { lastVerdict: 'invalid' }
    ])
  })

  it('the first-seen date bounds the expiry: "expires no later than", lifetime-bound', async () => {
    const spec = { token: SECRETS.readOnly, clientId: '', clientSecret: '' } as Parameters<
      typeof fingerprint
    >[0]
    const firstSeen = new Date(Date.now() - 350 * 86_400_000).toISOString()
    gh.issues.push({
      number: 1,
      title: ISSUE_TITLE,
      body: `old\n\n${writeState({
        [fingerprint(spec)]: {
          name: 'x',
          firstSeenValid: firstSeen,
          lastVerdict: 'valid',
          lastStatus: 'ok',
          lastSeen: firstSeen,
          stage: 0
        }
      })}`,
      state: 'closed',
      labels: [{ name: ISSUE_LABEL }],
      comments: []
    })
    const run = await tracked({ token: SECRETS.readOnly, email: JDOE.email })
    const c = run.report.credentials[0]
    expect(c).toMatchObject({ expirySource: 'lifetime-bound', daysLeft: 14 })
    expect(c.findings.find((f) => f.code === 'expires-soon')?.message).toContain(
      'expires no later than'
    )
    expect(gh.issues).toHaveLength(1)
    expect(gh.issues[0].state).toBe('open')
    expect(readState(gh.issues[0].body, new Date()).state[fingerprint(spec)]).toMatchObject({
      firstSeenValid: firstSeen
    })
  })

  it('a GitHub API that never answers is a warning titled for what it is, within the budget; the checks decide the exit', async () => {
    gh.hang = true
    const run = await tracked({ token: SECRETS.healthy, email: JDOE.email, 'timeout-seconds': '2' })
    expect(run.ms).toBeLessThan(2 * 2000 + 3000)
    expect(run.report.status).toBe('warning')
    expect(run.code).toBe(0)
    expect(run.report.credentials[0].verdict).toBe('valid')
    const warning = run
      .annotations('warning')
      .find((a) => a.properties.title === 'Bitbucket Credential Check: tracking issue not updated')
    expect(warning?.message).toMatch(/did not answer in time .*list the issues/)
    expect(run.annotations('error')).toEqual([])
    expect(run.stdout).not.toMatch(/invalid input/)
  })

  it('a token without issues: write gets a clear error naming the permission', async () => {
    gh.denyWrites = 403
    const run = await tracked({ token: SECRETS.healthy, email: JDOE.email })
    expect(run.code).toBe(1)
    const error = run.annotations('error').find((a) => /issues: write/.test(a.message))
    expect(error?.message).toMatch(/HTTP 403.*permissions: issues: write/)
    expect(error?.properties.title).toBe('Bitbucket Credential Check: tracking issue not updated')
    expect(leaks(run, [GITHUB_TOKEN])).toEqual([])
  })
})

describe('tracking issue: titles, assignees, the CLI', () => {
  it('tracking-issue-title names (and keys) the issue; tracking-issue-assignees are assigned', async () => {
    const run = await tracked({
      token: SECRETS.healthy,
      email: JDOE.email,
      'tracking-issue-title': 'Staging Bitbucket credentials',
      'tracking-issue-assignees': 'octocat, @hubot'
    })
    expect(run.code).toBe(0)
    expect(gh.issues).toHaveLength(1)
    expect(gh.issues[0]).toMatchObject({
      title: 'Staging Bitbucket credentials',
      assignees: ['octocat', 'hubot']
    })
    await tracked({ token: SECRETS.healthy, email: JDOE.email })
    expect(gh.issues.map((i) => i.title)).toEqual(['Staging Bitbucket credentials', ISSUE_TITLE])
  })

  it("the CLI's --tracking-issue feeds the issue's history into the check", async () => {
    emu.options.tokens!.find((t) => t.secret === flaky)!.revoked = false
    const env = {
      ...ghEnv(),
      BITBUCKET_API_URL: emu.apiUrl,
      BITBUCKET_TOKEN: flaky,
      BITBUCKET_EMAIL: JDOE.email,
      GITHUB_TOKEN: GITHUB_TOKEN
    }
    const first = await runCli(['--tracking-issue', '--format', 'json'], env)
    expect(first.code).toBe(0)
    expect(gh.issues).toHaveLength(1)
    emu.options.tokens!.find((t) => t.secret === flaky)!.revoked = true
    try {
      const second = await runCli(['--tracking-issue', '--format', 'json'], env)
      expect(second.code).toBe(1)
      const report = JSON.parse(second.stdout) as {
        credentials: { findings: { code: string; message: string }[] }[]
      }
      expect(
        report.credentials[0].findings.find((f) => f.code === 'credential-rejected')?.message
      ).toMatch(/valid in an earlier check/)
      expect(gh.issues[0].comments).toHaveLength(1)
      expect(gh.issues[0].comments[0]).toMatch(/got worse: warning → failure/)
    } finally {
      emu.options.tokens!.find((t) => t.secret === flaky)!.revoked = false
    }
  })

  it('the CLI: GitHub unavailable is a warning on stderr, and the exit follows the checks', async () => {
    gh.faults.push({ match: 'GET', status: 503, times: 100 })
    const run = await runCli(['--tracking-issue', '--timeout-seconds', '3'], {
      ...ghEnv(),
      BITBUCKET_API_URL: emu.apiUrl,
      BITBUCKET_TOKEN: SECRETS.healthy,
      BITBUCKET_EMAIL: JDOE.email,
      GITHUB_TOKEN: GITHUB_TOKEN
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/warning: could not list the issues: HTTP 503, after retries/)
    expect(gh.issues).toHaveLength(0)
  })
})

describe('Atlassian admin API', () => {
  const admin = (extra: Record<string, string> = {}) =>
    runAction({
      ...base(),
      token: SECRETS.healthy,
      email: JDOE.email,
      'atlassian-org-id': 'org-1',
      'atlassian-admin-key': ADMIN_KEY,
      ...extra
    })

  it('several tokens of the owner: a clear warning asking for token-label, never a guess', async () => {
    const run = await admin()
    const c = run.report.credentials[0]
    expect(c.expirySource).toBeNull()
    const f = c.findings.find((x) => x.code === 'expiry-unknown')
    expect(f?.message).toMatch(/2 API tokens \(ci-deploy, ci-mirror\); set token-label/)
  })

  it('token-label picks the token across pages: expirySource admin-api', async () => {
    const run = await admin({ 'token-label': 'ci-mirror' })
    expect(run.report.credentials[0]).toMatchObject({
      expirySource: 'admin-api',
      expiresAt: '2027-08-01T00:00:00.000Z'
    })
    expect(
      emu.requests.filter((r) => r.path.includes('/api-tokens')).length
    ).toBeGreaterThanOrEqual(3)
  })

  it('the admin API is trusted over a declared date, and the contradiction is called out', async () => {
    const run = await admin({ 'token-label': 'ci-deploy', 'expires-at': '2027-01-01' })
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      expirySource: 'admin-api',
      expiresAt: '2026-12-10T00:00:00.000Z',
      status: 'warning'
    })
    expect(c.findings.find((f) => f.code === 'expires-soon')?.message).toContain(
      'contradicts the Atlassian admin API'
    )
  })

  it('an admin API 403 (key without read:tokens:admin) is a clear warning', async () => {
    emu.options.admin!.scopes = ['read:users:admin']
    try {
      const run = await admin({ 'token-label': 'ci-deploy' })
      const f = run.report.credentials[0].findings.find((x) => x.code === 'expiry-unknown')
      expect(f?.message).toMatch(/HTTP 403.*read:tokens:admin/)
      expect(run.report.credentials[0].verdict).toBe('valid')
    } finally {
      emu.options.admin!.scopes = undefined
    }
  })

  it('a key without permission is a clear warning, and the credential is still checked', async () => {
    const run = await admin({ 'atlassian-admin-key': 'wrong-key-' + 'w'.repeat(20) })
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('valid')
    expect(c.findings.find((f) => f.code === 'expiry-unknown')?.message).toMatch(
      /HTTP 401.*read:tokens:admin/
    )
    expect(leaks(run, ['wrong-key-' + 'w'.repeat(20), ADMIN_KEY])).toEqual([])
  })
})
