/**
 * Bitbucket Data Center end to end: the bundled action and CLI against the Data Center emulator
 * (and real git http-backend), with the requests each check sent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { DataCenterEmulator, type DcLoggedRequest } from './emulator/data-center.js'
import {
  DC_PERSONAL_REPO,
  DC_REPO,
  DC_SECRETS,
  DC_USER,
  dataCenterWorld
} from './emulator/data-center-world.js'
import { makeDataCenterToken } from './emulator/data-center-tokens.js'
import { BitbucketEmulator } from './emulator/emulator.js'
import { sampleWorld } from '../src/emulator/sample-world.js'
import { makeProjectRoot } from './helpers/git-repo.js'
import { leaks, runAction, type ActionRun } from './helpers/run-bundle.js'
import { runCli } from './helpers/run-cli.js'

let dc: DataCenterEmulator
let cloud: BitbucketEmulator
const PROJECT_BOT = 'proj-bot'
const DAY = 86_400_000

beforeAll(async () => {
  cloud = await new BitbucketEmulator(sampleWorld()).start()
  dc = await new DataCenterEmulator({
    ...dataCenterWorld(new Date()),
    tokenUserName: (t) => (t.kind === 'project' ? PROJECT_BOT : `repo-bot-${t.id}`),
    gitProjectRoot: makeProjectRoot([DC_REPO, 'OTHER/tools', DC_PERSONAL_REPO])
  }).start()
})
afterAll(async () => {
  await dc.stop()
  await cloud.stop()
})

/** Inputs for one Data Center token; the Cloud URLs point at the Cloud emulator. */
const inputs = (token: string, extra: Record<string, string> = {}) => ({
  'api-url': cloud.apiUrl,
  'git-url': cloud.url,
  'oauth-url': cloud.oauthUrl,
  'server-url': dc.url,
  'timeout-seconds': '10',
  token,
  ...extra
})

/** Runs the action and returns the requests it sent to each emulator. */
async function check(
  given: Record<string, string>
): Promise<{ run: ActionRun; sent: DcLoggedRequest[]; toCloud: number }> {
  const [dcBefore, cloudBefore] = [dc.requests.length, cloud.requests.length]
  const run = await runAction(given)
  return {
    run,
    sent: dc.requests.slice(dcBefore),
    toCloud: cloud.requests.length - cloudBefore
  }
}

const paths = (sent: DcLoggedRequest[]) => sent.map((r) => r.path.replace(/\?.*$/, ''))
const onlyRestAndScm = (sent: DcLoggedRequest[]) =>
  expect(sent.filter((r) => !/^\/(rest|scm)\//.test(r.path)).map((r) => r.path)).toEqual([])

describe('a Data Center token checked against server-url', () => {
  it('a valid personal token: identity from X-AUSERNAME, expiry and permissions from its record, Git as Bearer', async () => {
    const { run, sent, toCloud } = await check(
      inputs(DC_SECRETS.personal, { purpose: 'push', repository: DC_REPO })
    )
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      type: 'data-center-token',
      verdict: 'valid',
      status: 'ok',
      identity: { username: DC_USER.name, accountId: null },
      scopes: ['PROJECT_READ', 'REPO_WRITE'],
      missingScopes: [],
      expirySource: 'server-api',
      git: { username: '(Authorization: Bearer header)', read: true, write: true }
    })
    expect(c.daysLeft).toBeGreaterThanOrEqual(119)
    expect(Date.parse(c.expiresAt as string)).toBeGreaterThan(Date.now() + 119 * DAY)
    expect(run.codes()).toEqual(['expires-in'])
    expect(run.code).toBe(0)
    expect(run.outputs.type).toBe('data-center-token')
    expect(run.outputs.scopes).toBe('PROJECT_READ,REPO_WRITE')
    expect(toCloud).toBe(0)
    expect(paths(sent)).toEqual(
      expect.arrayContaining([
        '/rest/api/1.0/application-properties',
        `/rest/api/1.0/projects/PROJ/repos/web`,
        '/rest/access-tokens/latest/users/jdoe/075905477751',
        '/scm/PROJ/web.git/info/refs'
      ])
    )
    expect(sent.every((r) => r.scheme === 'bearer')).toBe(true)
    onlyRestAndScm(sent)
  })

  it('what the report says about Git holds for real git: a clone with the Bearer header works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bcc-dc-clone-'))
    const { stderr } = await promisify(execFile)(
      'git',
      [
        '-c',
        `http.extraHeader=Authorization: Bearer ${DC_SECRETS.personal}`,
        'clone',
        '-q',
        `${dc.url}/scm/PROJ/web.git`,
        join(dir, 'web')
      ],
      { env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, timeout: 20_000 }
    )
    expect(stderr).toBe('')
  })

  it('Git as Basic: with git-username the owner and the token are sent as the job sends them', async () => {
    const { run, sent } = await check(
      inputs(DC_SECRETS.personal, {
        purpose: 'push',
        repository: DC_PERSONAL_REPO,
        'git-username': DC_USER.name
      })
    )
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      verdict: 'valid',
      status: 'ok',
      git: { username: 'jdoe', read: true, write: true }
    })
    const git = sent.filter((r) => r.path.startsWith('/scm/'))
    expect(git.map((r) => [r.scheme, r.user, r.path])).toEqual(
      expect.arrayContaining([
        ['basic', 'jdoe', '/scm/~jdoe/notes.git/info/refs?service=git-upload-pack'],
        ['basic', 'jdoe', '/scm/~jdoe/notes.git/info/refs?service=git-receive-pack']
      ])
    )
    const rest = sent.filter((r) => r.path.startsWith('/rest/'))
    expect(paths(rest)).toContain('/rest/api/1.0/application-properties')
    expect(rest.every((r) => r.scheme === 'bearer')).toBe(true)
    expect(leaks(run, [Buffer.from(`jdoe:${DC_SECRETS.personal}`).toString('base64')])).toEqual([])
  })

  it('a project token that cannot read its own record stays valid, with unknown expiry and the advice to declare expires-at', async () => {
    const { run, sent } = await check(
      inputs(DC_SECRETS.project, { purpose: 'clone', repository: DC_REPO })
    )
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      verdict: 'valid',
      status: 'warning',
      identity: { username: PROJECT_BOT },
      scopes: [],
      expiresAt: null,
      expirySource: null,
      git: { username: '(Authorization: Bearer header)', read: true, write: null }
    })
    const unknown = c.findings.find((f) => f.code === 'expiry-unknown')
    expect(unknown?.message).toMatch(/valid but cannot read its own record.*HTTP 401.*expires-at/)
    expect(run.codes()).not.toContain('credential-rejected')
    expect(paths(sent).filter((p) => p.startsWith('/rest/access-tokens/'))).toEqual([
      `/rest/access-tokens/latest/users/${PROJECT_BOT}/120000000003`,
      '/rest/access-tokens/latest/projects/PROJ/repos/web/120000000003',
      '/rest/access-tokens/latest/projects/PROJ/120000000003'
    ])
  })

  it('when the number in the token is not its record id (404), the token stays valid with unknown expiry', async () => {
    const secret = makeDataCenterToken('id-mismatch', '999999999999')
    dc.options.tokens.push({
      secret,
      id: '120000000009',
      name: 'mismatch',
      kind: 'personal',
      user: DC_USER,
      permissions: ['REPO_READ'],
      expiryDate: Date.now() + 50 * DAY
    })
    const { run, sent } = await check(inputs(secret))
    const c = run.report.credentials[0]
    expect(c).toMatchObject({ verdict: 'valid', status: 'warning', expirySource: null })
    expect(c.findings.find((f) => f.code === 'expiry-unknown')?.message).toMatch(
      /HTTP 404 \("The specified user or token does not exist\."\)/
    )
    expect(paths(sent)).toContain('/rest/access-tokens/latest/users/jdoe/999999999999')
  })

  it('the same project token with a declared expires-at takes the declared date', async () => {
    const { run } = await check(
      inputs(DC_SECRETS.project, { repository: DC_REPO, 'expires-at': '2099-01-31' })
    )
    expect(run.report.credentials[0]).toMatchObject({
      verdict: 'valid',
      status: 'ok',
      expiresAt: '2099-01-31T00:00:00.000Z',
      expirySource: 'declared'
    })
  })

  it('a repository token that may read its record reports its reach and the server expiry; outside its repository it is unreachable', async () => {
    const own = await check(inputs(DC_SECRETS.repository, { repository: DC_REPO }))
    expect(own.run.report.credentials[0]).toMatchObject({
      verdict: 'valid',
      reach: 'repository',
      scopes: ['REPO_READ'],
      expirySource: 'server-api'
    })
    const other = await check(inputs(DC_SECRETS.repository, { repository: 'OTHER/tools' }))
    const c = other.run.report.credentials[0]
    expect(c.verdict).toBe('valid')
    const unreachable = c.findings.find((f) => f.code === 'repository-unreachable')
    expect(unreachable?.message).toMatch(/cannot reach OTHER\/tools \(HTTP 404\)/)
    expect(other.run.code).toBe(1)
  })

  it('a revoked token (200 without X-AUSERNAME) is invalid after one request', async () => {
    const { run, sent } = await check(
      inputs(DC_SECRETS.revoked, { purpose: 'push', repository: DC_REPO, 'git-username': 'jdoe' })
    )
    const c = run.report.credentials[0]
    expect(c).toMatchObject({ verdict: 'invalid', status: 'failure', identity: null, git: null })
    const rejected = c.findings.find((f) => f.code === 'credential-rejected')
    expect(rejected?.message).toMatch(/anonymous caller \(no X-AUSERNAME header\)/)
    expect(paths(sent)).toEqual(['/rest/api/1.0/application-properties'])
    expect(run.code).toBe(1)
  })

  it('a revoked token answered with 401 is invalid too', async () => {
    dc.options.refusedBearer = '401'
    try {
      const { run } = await check(inputs(DC_SECRETS.revoked))
      expect(run.report.credentials[0]).toMatchObject({ verdict: 'invalid', status: 'failure' })
      expect(run.codes()).toContain('credential-rejected')
    } finally {
      delete dc.options.refusedBearer
    }
  })

  it('a token whose permissions lack REPO_WRITE fails for push, from its record and from Git', async () => {
    const { run } = await check(
      inputs(DC_SECRETS.readOnly, { purpose: 'push', repository: DC_REPO })
    )
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      verdict: 'valid',
      status: 'failure',
      scopes: ['PROJECT_READ', 'REPO_READ'],
      missingScopes: ['REPO_WRITE'],
      git: { read: true, write: false }
    })
    const missing = c.findings.find((f) => f.code === 'missing-scopes')
    expect(missing?.message).toMatch(
      /needs REPO_WRITE; this token's permissions are PROJECT_READ, REPO_READ/
    )
    expect(run.codes()).toContain('git-auth-failed')
    expect(run.code).toBe(1)
  })

  it('a token without expiry says so from its record (server-api), and admin it does not need is excess', async () => {
    const { run } = await check(
      inputs(DC_SECRETS.noExpiry, { purpose: 'clone', repository: DC_REPO })
    )
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      verdict: 'valid',
      expiresAt: null,
      expirySource: 'server-api',
      daysLeft: null,
      excessScopes: ['REPO_ADMIN']
    })
    expect(c.findings.find((f) => f.code === 'expires-in')?.message).toMatch(/does not expire/)
    expect(run.codes()).toEqual(expect.arrayContaining(['excess-scopes']))
    expect(run.codes()).not.toContain('expiry-unknown')
  })

  it('a token that expires within fail-days fails with the server date', async () => {
    const { run } = await check(inputs(DC_SECRETS.soon))
    const c = run.report.credentials[0]
    expect(c).toMatchObject({ verdict: 'valid', status: 'failure', expirySource: 'server-api' })
    expect(c.findings.find((f) => f.code === 'expires-soon')?.message).toMatch(
      /record on the Data Center server.*day\(s\) left \(fail-days is 7\)/
    )
  })

  it('a truncated token is malformed and sends no request anywhere', async () => {
    const { run, sent, toCloud } = await check(inputs(DC_SECRETS.personal.slice(0, 30)))
    expect(run.report.credentials[0]).toMatchObject({
      type: 'data-center-token',
      verdict: 'malformed',
      status: 'failure'
    })
    expect(run.codes()).toEqual(['checksum-mismatch'])
    expect([sent.length, toCloud]).toEqual([0, 0])
  })

  it('without server-url a Data Center token is unsupported and never sent to Bitbucket Cloud', async () => {
    const given: Record<string, string> = inputs(DC_SECRETS.personal, { repository: DC_REPO })
    delete given['server-url']
    const { run, sent, toCloud } = await check(given)
    expect(run.report.credentials[0]).toMatchObject({
      type: 'data-center-token',
      verdict: 'unsupported',
      status: 'failure',
      git: null
    })
    expect(run.codes()).toEqual(['data-center-token'])
    expect([sent.length, toCloud]).toEqual([0, 0])
  })

  it('5xx and 429 on the server are indeterminate, never invalid', async () => {
    for (const kind of ['status-503', 'rate-limit'] as const) {
      dc.options.faults = [{ kind, path: /application-properties/ }]
      try {
        const { run } = await check(inputs(DC_SECRETS.personal, { 'timeout-seconds': '3' }))
        expect([kind, run.report.credentials[0].verdict]).toEqual([kind, 'indeterminate'])
        expect(run.codes()).toContain(kind === 'rate-limit' ? 'rate-limited' : 'indeterminate')
      } finally {
        dc.options.faults = []
      }
    }
  })
})

describe('requests to the Data Center server', () => {
  it('no request leaves /rest and /scm, for every kind of token and Git scheme at once', async () => {
    const yaml = [
      ['personal', DC_SECRETS.personal, 'jdoe'],
      ['read-only', DC_SECRETS.readOnly, ''],
      ['no-expiry', DC_SECRETS.noExpiry, ''],
      ['project', DC_SECRETS.project, ''],
      ['repository', DC_SECRETS.repository, ''],
      ['revoked', DC_SECRETS.revoked, '']
    ]
      .map(
        ([name, token, user]) =>
          `- name: ${name}\n  token: '${token}'\n  purpose: push\n  repository: ${DC_REPO}\n  git-username: '${user}'`
      )
      .join('\n')
    const { run, sent } = await check(inputs('', { credentials: yaml }))
    expect(run.report.credentials.map((c) => c.name)).toHaveLength(6)
    expect(sent.length).toBeGreaterThan(15)
    onlyRestAndScm(sent)
  })

  it('the emulator answers as Data Center does: outside /rest and /scm Bearer gets a 302 to the login page and Basic a 401; application-properties answers anonymous callers with 200', async () => {
    const bearer = await fetch(`${dc.url}/plugins/servlet/applinks/whoami`, {
      headers: { Authorization: `Bearer ${DC_SECRETS.personal}` },
      redirect: 'manual'
    })
    expect([bearer.status, bearer.headers.get('location')]).toEqual([
      302,
      `${dc.url}/login?next=%2Fplugins%2Fservlet%2Fapplinks%2Fwhoami`
    ])
    const basicAuth = Buffer.from(`jdoe:${DC_SECRETS.personal}`).toString('base64')
    const basic = await fetch(`${dc.url}/projects`, {
      headers: { Authorization: `Basic ${basicAuth}` }
    })
    expect(basic.status).toBe(401)
    const anonymous = await fetch(`${dc.url}/rest/api/1.0/application-properties`)
    expect([anonymous.status, anonymous.headers.get('x-ausername')]).toEqual([200, null])
    expect(((await anonymous.json()) as { version: string }).version).toBe('9.3.2')
  })

  it('no second request after a rejected Basic one: push is not tried after the clone is refused', async () => {
    const failedBefore = dc.failedBasicLogins.get(PROJECT_BOT) ?? 0
    const { run, sent } = await check(
      inputs(DC_SECRETS.project, {
        purpose: 'push',
        repository: DC_REPO,
        'git-username': PROJECT_BOT
      })
    )
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      verdict: 'valid',
      git: { username: PROJECT_BOT, read: false, write: null }
    })
    const basic = sent.filter((r) => r.scheme === 'basic')
    expect(basic.map((r) => r.path)).toEqual([
      '/scm/PROJ/web.git/info/refs?service=git-upload-pack'
    ])
    expect(sent[sent.length - 1]).toBe(basic[0])
    expect(dc.failedBasicLogins.get(PROJECT_BOT)).toBe(failedBefore + 1)
    expect(c.findings.find((f) => f.code === 'git-auth-failed')?.message).toMatch(
      /Basic as "proj-bot" failed with HTTP 401.*only as a header.*Push was not tried/
    )
  })

  it("a Git username that cannot work is not sent at all: the token is jdoe's, the job says x-token-auth", async () => {
    const failedBefore = [...dc.failedBasicLogins.values()].reduce((a, b) => a + b, 0)
    const { run, sent } = await check(
      inputs(DC_SECRETS.personal, {
        purpose: 'clone',
        repository: DC_REPO,
        'git-username': 'x-token-auth'
      })
    )
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      verdict: 'valid',
      status: 'failure',
      git: { username: 'x-token-auth', read: null }
    })
    expect(sent.filter((r) => r.scheme === 'basic')).toEqual([])
    expect([...dc.failedBasicLogins.values()].reduce((a, b) => a + b, 0)).toBe(failedBefore)
    expect(c.findings.find((f) => f.code === 'git-username-wrong')?.message).toMatch(
      /identified this token as "jdoe", not "x-token-auth".*was not tried/
    )
  })
})

describe('the CLI with a Data Center token', () => {
  it('--server-url and BITBUCKET_TOKEN: a table row for the Data Center token, exit 0', async () => {
    const run = await runCli(
      ['--server-url', dc.url, '--repository', DC_REPO, '--purpose', 'clone'],
      { BITBUCKET_TOKEN: DC_SECRETS.personal }
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/credential\s+Bitbucket Data Center HTTP access token\s+valid/)
  })

  it('BITBUCKET_SERVER_URL with --format json gives the contract report', async () => {
    const run = await runCli(['--format', 'json'], {
      BITBUCKET_TOKEN: DC_SECRETS.readOnly,
      BITBUCKET_SERVER_URL: dc.url,
      BITBUCKET_PURPOSE: 'push',
      BITBUCKET_REPOSITORY: DC_REPO
    })
    const report = JSON.parse(run.stdout) as { credentials: Record<string, unknown>[] }
    expect(report.credentials[0]).toMatchObject({
      type: 'data-center-token',
      missingScopes: ['REPO_WRITE']
    })
    expect(run.code).toBe(1)
  })

  it('a plain http:// server-url that is not loopback is a usage error', async () => {
    const run = await runCli(['--server-url', 'http://bitbucket.example.com'], {
      BITBUCKET_TOKEN: DC_SECRETS.personal
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/server-url.*https:\/\//)
  })
})
