/** Faults: never invalid for the network's fault; indeterminate, within the budget. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import { BitbucketEmulator, type Fault } from './emulator/emulator.js'
import { JDOE, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { leaks, runAction } from './helpers/run-bundle.js'

let emu: BitbucketEmulator | undefined
afterEach(async () => {
  await emu?.stop()
  emu = undefined
})

const start = async (faults: Fault[]) =>
  (emu = await new BitbucketEmulator({ ...sampleWorld(), faults }).start())
const check = (api: string, extra: Record<string, string> = {}) =>
  runAction({
    'api-url': api,
    token: SECRETS.healthy,
    email: JDOE.email,
    'expires-at': inDays(new Date(), 100),
    'timeout-seconds': '3',
    ...extra
  })

/** A port that refuses connections. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as { port: number }).port
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

const BUDGET_MS = 3000 + 2500

describe('faults', () => {
  it.each([
    ['a hang', { kind: 'hang' }, /no answer within/],
    ['a connection reset', { kind: 'reset' }, /ECONNRESET|socket|terminated|other side closed/i],
    ['HTTP 503', { kind: 'status-503' }, /HTTP 503/],
    ['an HTML error page', { kind: 'html-500' }, /HTTP 500 with an HTML page/],
    ['a truncated body', { kind: 'truncated' }, /terminated|not JSON|ECONNRESET|socket/i],
    ['a 200 that is not JSON', { kind: 'non-json' }, /not JSON/],
    [
      'a redirect to another host',
      { kind: 'redirect' },
      /redirect to evil\.example\.com; not followed/
    ]
  ] as [string, Fault, RegExp][])(
    '%s is indeterminate, within the budget',
    async (_label, fault, detail) => {
      const e = await start([fault])
      const run = await check(e.apiUrl)
      const c = run.report.credentials[0]
      expect(c.verdict).toBe('indeterminate')
      const f = c.findings.find((x) => x.code === 'indeterminate')
      expect(f?.level).toBe('warning')
      expect(f?.message).toMatch(detail)
      expect(run.code).toBe(0)
      expect(run.ms).toBeLessThan(BUDGET_MS)
      expect(leaks(run, [SECRETS.healthy])).toEqual([])
    }
  )

  it('connection refused is indeterminate with the cause shown', async () => {
    const run = await check(`http://127.0.0.1:${await closedPort()}/2.0`)
    const f = run.report.credentials[0].findings.find((x) => x.code === 'indeterminate')
    expect(run.report.credentials[0].verdict).toBe('indeterminate')
    expect(f?.message).toContain('ECONNREFUSED')
    expect(run.ms).toBeLessThan(BUDGET_MS)
  })

  it('a DNS failure is indeterminate with the cause shown', async () => {
    const run = await check('https://api.bitbucket.invalid/2.0')
    expect(run.report.credentials[0].verdict).toBe('indeterminate')
    expect(
      run.report.credentials[0].findings.find((x) => x.code === 'indeterminate')?.message
    ).toMatch(/ENOTFOUND|EAI_AGAIN/)
    expect(run.ms).toBeLessThan(BUDGET_MS)
  })

  it('HTTP 429 is rate-limited (a warning), retried a bounded number of times', async () => {
    const e = await start([{ kind: 'rate-limit' }])
    const run = await check(e.apiUrl)
    expect(run.report.credentials[0].verdict).toBe('indeterminate')
    expect(run.codes()).toContain('rate-limited')
    expect(e.requests.filter((r) => r.path === '/2.0/user')).toHaveLength(3)
  })

  it('a 429 with Retry-After, then success: retried after the hinted wait and valid', async () => {
    const e = await start([{ kind: 'rate-limit', times: 1, retryAfter: '1' }])
    const run = await check(e.apiUrl)
    expect(run.report.credentials[0].verdict).toBe('valid')
    expect(run.ms).toBeGreaterThanOrEqual(1000)
  })

  it('a transient 502 is retried and the credential is then valid', async () => {
    const e = await start([{ kind: 'status-502', times: 1 }])
    const run = await check(e.apiUrl)
    expect(run.report.credentials[0].verdict).toBe('valid')
    expect(e.requests.filter((r) => r.path === '/2.0/user')).toHaveLength(2)
  })

  it('a 401 is asked again once, after a pause, and only then invalid (confirmed)', async () => {
    const e = await start([])
    const run = await runAction({ 'api-url': e.apiUrl, token: SECRETS.revoked, email: JDOE.email })
    const asked = e.requests.filter((r) => r.path === '/2.0/user')
    expect(asked).toHaveLength(2)
    expect(asked[1].at - asked[0].at).toBeGreaterThanOrEqual(900)
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('invalid')
    expect(c.findings.find((f) => f.code === 'credential-rejected')?.message).toMatch(/confirmed/)
  })

  it('a sporadic 401 (once, then 200) leaves a valid credential valid', async () => {
    const e = await start([{ kind: 'sporadic-401', path: /^\/2\.0\/user$/, times: 1 }])
    const run = await check(e.apiUrl)
    expect(run.report.credentials[0].verdict).toBe('valid')
    expect(run.codes()).not.toContain('credential-rejected')
    expect(e.requests.filter((r) => r.path === '/2.0/user')).toHaveLength(2)
  })

  it('fail-on-indeterminate turns indeterminate into a failing step', async () => {
    const e = await start([{ kind: 'status-503' }])
    const run = await check(e.apiUrl, { 'fail-on-indeterminate': 'true' })
    expect(run.report.credentials[0].findings.find((x) => x.code === 'indeterminate')?.level).toBe(
      'error'
    )
    expect(run.code).toBe(1)
  })

  it("one credential's fault never hides another's result", async () => {
    const e = await start([{ kind: 'hang', path: /\/repositories\/acme\/api/ }])
    const credentials = [
      `- name: stuck`,
      `  token: ${SECRETS.readOnlyRepoToken}`,
      `  repository: acme/api`,
      `- name: fine`,
      `  token: ${SECRETS.healthy}`,
      `  email: ${JDOE.email}`,
      `  expires-at: ${inDays(new Date(), 100)}`,
      `- name: typo`,
      `  token: ${SECRETS.healthy.slice(0, -1)}`,
      `  email: ${JDOE.email}`
    ].join('\n')
    const run = await runAction({ 'api-url': e.apiUrl, credentials, 'timeout-seconds': '2' })
    expect(run.report.credentials.map((c) => [c.name, c.verdict])).toEqual([
      ['stuck', 'valid'],
      ['fine', 'valid'],
      ['typo', 'malformed']
    ])
    expect(run.ms).toBeLessThan(2000 + 2500)
  })
})
