/** Git over HTTPS: probes and advice checked against a real git http-backend behind the emulator. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BitbucketEmulator } from './emulator/emulator.js'
import { JDOE, REPO, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { git, makeProjectRoot } from './helpers/git-repo.js'
import { leaks, runAction } from './helpers/run-bundle.js'

let emu: BitbucketEmulator
const run$ = promisify(execFile)
const gitAsync = async (args: string[], cwd?: string) =>
  (
    await run$('git', args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      timeout: 20_000
    })
  ).stdout
const urls = () => ({
  'api-url': emu.apiUrl,
  'git-url': emu.url,
  'oauth-url': emu.oauthUrl,
  'timeout-seconds': '10'
})
const later = () => inDays(new Date(), 120)
/** The healthy API token of jdoe for acme/web, with extra inputs. */
const apiToken = (extra: Record<string, string>) => ({
  ...urls(),
  token: SECRETS.healthy,
  email: JDOE.email,
  repository: REPO,
  'expires-at': later(),
  ...extra
})

beforeAll(async () => {
  emu = await new BitbucketEmulator({
    ...sampleWorld(),
    gitProjectRoot: makeProjectRoot([REPO, 'acme/api'])
  }).start()
})
afterAll(async () => {
  await emu.stop()
})

describe('Git over HTTPS', () => {
  it('an API token for a mirror reads and writes as x-bitbucket-api-token-auth', async () => {
    const run = await runAction(apiToken({ purpose: 'mirror' }))
    const c = run.report.credentials[0]
    expect(c.git).toEqual({
      username: 'x-bitbucket-api-token-auth',
      read: true,
      write: true,
      working: null
    })
    expect(c.status).toBe('ok')
    expect(run.code).toBe(0)
    const gitRequests = emu.requests.filter((r) => r.path.includes('.git/info/refs'))
    expect(gitRequests.some((r) => r.path.endsWith('service=git-receive-pack'))).toBe(true)
    expect(run.summary).toContain('x-bitbucket-api-token-auth')
  })

  it('mirror with a read-only token fails and says which scope to add', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.readOnly,
      email: JDOE.email,
      purpose: 'mirror',
      repository: REPO,
      'expires-at': later()
    })
    const c = run.report.credentials[0]
    expect(run.code).toBe(1)
    expect(c.git).toEqual({
      username: 'x-bitbucket-api-token-auth',
      read: true,
      write: false,
      working: null
    })
    expect(c.missingScopes).toEqual(['write:repository:bitbucket'])
    // One root cause, one error: missing-scopes explains the refused push.
    expect(run.codes()).not.toContain('git-auth-failed')
    expect(c.findings.filter((f) => f.level === 'error').map((f) => f.code)).toEqual([
      'missing-scopes'
    ])
  })

  it('the email as Git username fails and names x-bitbucket-api-token-auth; the report says which works', async () => {
    const run = await runAction(apiToken({ purpose: 'clone', 'git-username': JDOE.email }))
    const c = run.report.credentials[0]
    expect(run.code).toBe(1)
    const wrong = c.findings.find((f) => f.code === 'git-username-wrong')
    expect(wrong?.message).toContain('Use "x-bitbucket-api-token-auth"')
    expect(wrong?.message).toMatch(
      /refused "jdoe@example.com".*HTTP 401.*accepted "x-bitbucket-api-token-auth"/
    )
    // git describes the job's username; working names the one that works.
    expect(c.git).toEqual({
      username: JDOE.email,
      read: false,
      write: null,
      working: { username: 'x-bitbucket-api-token-auth', read: true, write: null }
    })
  })

  it("an API token's username is its Git identity: a wrong one (the email's local part) fails, never ok", async () => {
    emu.requests.length = 0
    const run = await runAction(apiToken({ purpose: 'clone', username: 'j.doe' }))
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('valid')
    expect(c.status).toBe('failure')
    expect(run.code).toBe(1)
    expect(c.git).toEqual({
      username: 'j.doe',
      read: false,
      write: null,
      working: { username: 'x-bitbucket-api-token-auth', read: true, write: null }
    })
    const wrong = c.findings.find((f) => f.code === 'git-username-wrong')
    expect(wrong?.level).toBe('error')
    expect(wrong?.message).toMatch(/refused "j\.doe".*accepted "x-bitbucket-api-token-auth"/)
    expect(run.codes()).not.toContain('git-auth-failed')
    const gitUsers = emu.requests.filter((r) => r.path.includes('.git/')).map((r) => r.user)
    expect(gitUsers[0]).toBe('j.doe')
    expect(gitUsers).toContain('x-bitbucket-api-token-auth')
  })

  it('the right Bitbucket username as an API token username is what Git is asked with', async () => {
    emu.requests.length = 0
    const run = await runAction(apiToken({ purpose: 'clone', username: JDOE.username }))
    const c = run.report.credentials[0]
    expect(c.findings.filter((f) => f.level === 'error')).toEqual([])
    expect(run.codes()).not.toContain('git-username-wrong')
    expect(c.git).toEqual({ username: JDOE.username, read: true, write: null, working: null })
    const gitUsers = emu.requests.filter((r) => r.path.includes('.git/')).map((r) => r.user)
    expect(gitUsers).toEqual([JDOE.username])
  })

  it('a token with admin:repository only: missing-scopes alone, not unreachable, no second Git error', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.adminOnly,
      email: JDOE.email,
      repository: REPO,
      purpose: 'clone',
      'expires-at': later()
    })
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('valid')
    expect(c.missingScopes).toContain('read:repository:bitbucket')
    expect(run.codes()).toContain('missing-scopes')
    expect(run.codes()).not.toContain('repository-unreachable')
    expect(run.codes()).not.toContain('git-auth-failed')
    expect(c.findings.filter((f) => f.level === 'error')).toHaveLength(1)
  })

  it('an API token with its Bitbucket username as Git username is accepted', async () => {
    const run = await runAction(
      apiToken({ username: 'jdoe', purpose: 'clone', 'git-username': 'jdoe' })
    )
    expect(run.codes()).not.toContain('git-username-wrong')
    expect(run.report.credentials[0].git).toMatchObject({ read: true })
  })

  it('an access token with x-token-auth passes', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.readOnlyRepoToken,
      purpose: 'clone',
      repository: REPO,
      'git-username': 'x-token-auth',
      'expires-at': later()
    })
    const c = run.report.credentials[0]
    expect(c).toMatchObject({
      type: 'repository-access-token',
      verdict: 'valid',
      status: 'ok',
      git: { username: 'x-token-auth', read: true, write: null }
    })
    expect(run.code).toBe(0)
  })

  it('an access token with the API-token Git username is git-username-wrong, naming x-token-auth', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.repoToken,
      purpose: 'clone',
      repository: REPO,
      'git-username': 'x-bitbucket-api-token-auth',
      'expires-at': later()
    })
    const f = run.report.credentials[0].findings.find((x) => x.code === 'git-username-wrong')
    expect(f?.message).toContain('Use "x-token-auth"')
  })

  it('an excess admin scope warns, naming each scope and the narrower token', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.admin,
      email: JDOE.email,
      purpose: 'mirror',
      repository: REPO,
      'expires-at': later()
    })
    const c = run.report.credentials[0]
    expect(c.status).toBe('warning')
    expect(c.excessScopes).toEqual(['admin:repository:bitbucket', 'delete:repository:bitbucket'])
    const f = c.findings.find((x) => x.code === 'excess-scopes')
    expect(f?.message).toContain('read:repository:bitbucket, write:repository:bitbucket')
    expect(run.code).toBe(0)
  })

  it('no purpose declared: no excess-scopes warning', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.admin,
      email: JDOE.email,
      repository: REPO,
      'expires-at': later()
    })
    expect(run.codes()).not.toContain('excess-scopes')
  })

  it('check-git false skips the probe; git is null', async () => {
    const run = await runAction(apiToken({ purpose: 'mirror', 'check-git': 'false' }))
    expect(run.report.credentials[0].git).toBeNull()
  })

  it('a repository the token cannot reach by Git is reported, not a pass', async () => {
    const run = await runAction({
      ...urls(),
      token: SECRETS.repoToken,
      purpose: 'clone',
      repository: 'acme/api',
      'expires-at': later()
    })
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('valid')
    expect(run.codes()).toContain('repository-unreachable')
    expect(run.code).toBe(1)
  })

  it('the advised clone URL works with real git ls-remote and git push', async () => {
    const run = await runAction(apiToken({ purpose: 'mirror' }))
    const usage = run.report.credentials[0].usage as { cloneUrl: string }
    const url = usage.cloneUrl.replace('<token>', encodeURIComponent(SECRETS.healthy))
    const work = mkdtempSync(join(tmpdir(), 'bcc-clone-'))
    const refs = await gitAsync(['ls-remote', url])
    expect(refs).toMatch(/refs\/heads\/main/)
    await gitAsync(['clone', '-q', url, work])
    writeFileSync(join(work, 'mirror.txt'), 'pushed by the test\n')
    git(work, 'add', '.')
    git(work, 'commit', '-q', '-m', 'push through the advised URL')
    await gitAsync(['push', '-q', 'origin', 'HEAD:main'], work)
    const after = await gitAsync(['ls-remote', url, 'refs/heads/main'])
    expect(after.slice(0, 40)).toBe(git(work, 'rev-parse', 'HEAD').trim())
    const emailUrl = url.replace('x-bitbucket-api-token-auth', encodeURIComponent(JDOE.email))
    await expect(gitAsync(['ls-remote', emailUrl])).rejects.toThrow(/401|Authentication failed/)
    expect(leaks(run, [SECRETS.healthy])).toEqual([])
  })
})
