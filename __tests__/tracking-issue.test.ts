/** The tracking issue against the loopback fake GitHub API, through the real Octokit client. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { deflateRawSync } from 'node:zlib'
import { writeState, readState, MARKER } from '../src/tracking/issue-state.js'
import { BODY_LIMIT } from '../src/tracking/issue-body.js'
import { retriesWithin } from '../src/tracking/github-client.js'
import {
  ISSUE_LABEL,
  loadIssue,
  syncIssue,
  type TrackingConfig
} from '../src/tracking/tracking-issue.js'
import type { Report } from '../src/core/types.js'
import type { State } from '../src/tracking/state.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { NOW, config, credential, fastClient, fp, report } from './helpers/tracking.js'

let gh: FakeGitHub
beforeAll(async () => {
  gh = await new FakeGitHub().start()
})
afterAll(async () => {
  await gh.stop()
})
beforeEach(() => {
  gh.issues = []
  gh.faults = []
  gh.requests = []
  gh.denyWrites = null
})

const id = (s: string) => s
const fps = (r: Report) => r.credentials.map((_, i) => fp(i))
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000)

/** One scheduled run: list, then sync; returns the issue URL. */
async function runOnce(r: Report, cfg: TrackingConfig = config(), warnings: string[] = []) {
  const github = fastClient(gh.url, warnings)
  const load = await loadIssue(github, cfg, new Date(r.checkedAt))
  const result = await syncIssue(github, cfg, load, r, fps(r), id)
  warnings.push(...result.warnings)
  return result.url
}

const comments = () => gh.issues.flatMap((i) => i.comments)

describe('GitHub client', () => {
  it.each([
    [20_000, 3],
    [14_001, 3],
    [14_000, 2],
    [3_000, 1],
    [1_000, 0]
  ])('a %s ms bound leaves room for %s retries (1, 4, 9 s back-off)', (budget, retries) => {
    expect(retriesWithin(budget, 1000)).toBe(retries)
  })

  it('retries a 502 on opening the issue and opens exactly one', async () => {
    gh.faults.push({ match: 'POST /repos/acme/ops/issues', status: 502, times: 2 })
    const url = await runOnce(report([credential('deploy', 'warning')]))
    expect(gh.issues).toHaveLength(1)
    expect(url).toBe('https://github.example/acme/ops/issues/1')
    expect(gh.requests.filter((r) => r === 'POST /repos/acme/ops/issues')).toHaveLength(3)
  })

  it('waits out a rate-limit answer (403, x-ratelimit-remaining: 0) and carries on', async () => {
    const reset = String(Math.ceil(Date.now() / 1000))
    gh.faults.push({
      match: 'GET /repos/acme/ops/issues',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      message: 'API rate limit exceeded',
      times: 1
    })
    const url = await runOnce(report([credential('deploy', 'warning')]))
    expect(url).not.toBeNull()
    expect(gh.requests.filter((r) => r === 'GET /repos/acme/ops/issues')).toHaveLength(2)
  })

  it('a rate limit that outlasts the budget is "rate-limited", not a permission error', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 3600)
    gh.faults.push({
      match: 'GET /repos/acme/ops/issues',
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      message: 'API rate limit exceeded',
      times: 5
    })
    const github = fastClient(gh.url)
    const load = await loadIssue(github, config(), NOW)
    expect(load).toMatchObject({ ok: false, error: { problem: 'rate-limited' } })
  })

  it('a 403 without a rate limit is the missing permission, named', async () => {
    gh.denyWrites = 403
    const error = await runOnce(report([credential('deploy', 'warning')])).catch((e: unknown) => e)
    expect(error).toMatchObject({ problem: 'permission' })
    expect((error as Error).message).toMatch(/HTTP 403.*permissions: issues: write/)
  })

  it('a list that cannot be read (500s after retries) opens no issue', async () => {
    gh.faults.push({ match: 'GET /repos/acme/ops/issues', status: 500, times: 10 })
    const error = await runOnce(report([credential('deploy', 'failure')])).catch((e: unknown) => e)
    expect(error).toMatchObject({ problem: 'unavailable' })
    expect((error as Error).message).toMatch(/list the issues: HTTP 500, after retries/)
    expect(gh.issues).toHaveLength(0)
    expect(gh.requests.length).toBeGreaterThan(0)
    expect(gh.requests.some((r) => r.startsWith('POST'))).toBe(false)
  })
})

describe('notify on change', () => {
  it('comments on each kind of change, and never when nothing changed', async () => {
    const a = (
      extra: Parameters<typeof credential>[2] = {},
      status: 'ok' | 'warning' | 'failure' = 'ok'
    ) => credential('deploy', status, extra)
    const b = credential('mirror', 'warning', { daysLeft: 20 })
    // Run 1 opens the issue (that notifies by itself): no comment.
    await runOnce(report([a({ daysLeft: 100 }), b]))
    expect(gh.issues).toHaveLength(1)
    expect(comments()).toHaveLength(0)
    // Same picture again: the body is edited, nobody is pinged.
    await runOnce(report([a({ daysLeft: 100 }), b], day(0)))
    expect(comments()).toHaveLength(0)
    // mirror crosses fail-days: one comment naming it.
    await runOnce(
      report([
        a({ daysLeft: 100 }),
        credential('mirror', 'failure', { daysLeft: 6, verdict: 'valid' })
      ])
    )
    expect(comments()).toHaveLength(1)
    expect(comments()[0]).toMatch(
      /`mirror`: got worse: warning → failure; expiry within fail-days \(6 days left\)/
    )
    expect(comments()[0]).not.toMatch(/deploy/)
    // Still 6 → 5 days: the same stage, no new comment.
    await runOnce(
      report([
        a({ daysLeft: 100 }),
        credential('mirror', 'failure', { daysLeft: 5, verdict: 'valid' })
      ])
    )
    expect(comments()).toHaveLength(1)
    // The last day, then expiry: one reminder each.
    await runOnce(
      report([
        a({ daysLeft: 100 }),
        credential('mirror', 'failure', { daysLeft: 1, verdict: 'valid' })
      ])
    )
    await runOnce(
      report([
        a({ daysLeft: 100 }),
        credential('mirror', 'failure', { daysLeft: 0, verdict: 'valid' })
      ])
    )
    await runOnce(
      report([
        a({ daysLeft: 100 }),
        credential('mirror', 'failure', { daysLeft: -1, verdict: 'expired' })
      ])
    )
    expect(comments()).toHaveLength(3)
    expect(comments()[1]).toMatch(/`mirror`: expiry within a day \(1 day left\)/)
    expect(comments()[2]).toMatch(/`mirror`: expired/)
    // deploy gets worse (ok → failure, rejected): a comment about deploy only.
    await runOnce(
      report([
        a({}, 'failure'),
        credential('mirror', 'failure', { daysLeft: -1, verdict: 'expired' })
      ])
    )
    expect(comments()).toHaveLength(4)
    expect(comments()[3]).toMatch(
      /`deploy`: got worse: ok → failure — Bitbucket rejected the credential/
    )
    expect(comments()[3]).not.toMatch(/mirror/)
    // All healthy: a comment, then closed.
    const healthy = report([a({ daysLeft: 100 }), credential('mirror', 'ok', { daysLeft: 300 })])
    expect(await runOnce(healthy)).toBeNull()
    expect(comments()).toHaveLength(5)
    expect(comments()[4]).toMatch(/All 2 Bitbucket credentials are healthy/)
    expect(gh.issues[0].state).toBe('closed')
    // Healthy again: nothing more.
    await runOnce(healthy)
    expect(comments()).toHaveLength(5)
    // A new problem reopens the same issue, with a comment.
    const url = await runOnce(
      report([a({ daysLeft: 25 }, 'warning'), credential('mirror', 'ok', { daysLeft: 300 })])
    )
    expect(gh.issues).toHaveLength(1)
    expect(gh.issues[0].state).toBe('open')
    expect(url).toBe('https://github.example/acme/ops/issues/1')
    expect(comments()).toHaveLength(6)
    expect(comments()[5]).toMatch(
      /`deploy`: got worse: ok → warning; expiry within warn-days \(25 days left\)/
    )
  })

  it('a comment carries no server text, and names are inline code (no @mention, no markup)', async () => {
    await runOnce(report([credential('x', 'warning')]))
    await runOnce(
      report([
        credential('x', 'warning'),
        credential('@acme/everyone', 'failure'),
        credential('new `one`', 'failure')
      ])
    )
    expect(comments()).toHaveLength(1)
    expect(comments()[0]).toMatch(
      /- ❌ `@acme\/everyone`: new, failure — Bitbucket rejected the credential/
    )
    expect(comments()[0]).toMatch(/- ❌ `new {2}one`: new, failure/)
    expect(comments()[0]).not.toMatch(/server said|`x`/)
  })

  it('assigns tracking-issue-assignees on opening, and adds them to an existing issue', async () => {
    await runOnce(report([credential('deploy', 'warning')]), config({ assignees: ['octocat'] }))
    expect(gh.issues[0].assignees).toEqual(['octocat'])
    await runOnce(
      report([credential('deploy', 'warning')]),
      config({ assignees: ['octocat', 'hubot'] })
    )
    expect(gh.issues[0].assignees).toEqual(['octocat', 'hubot'])
  })
})

describe('titles', () => {
  it('two workflows with different titles keep separate issues: a healthy one never closes the other', async () => {
    const prod = config({ title: 'Prod credentials' })
    const staging = config({ title: 'Staging credentials' })
    await runOnce(report([credential('prod-deploy', 'failure')]), prod)
    await runOnce(report([credential('staging-deploy', 'warning')]), staging)
    expect(gh.issues.map((i) => i.title)).toEqual(['Prod credentials', 'Staging credentials'])
    await runOnce(report([credential('staging-deploy', 'ok')]), staging)
    expect(gh.issues.find((i) => i.title === 'Staging credentials')?.state).toBe('closed')
    expect(gh.issues.find((i) => i.title === 'Prod credentials')?.state).toBe('open')
    await runOnce(report([credential('prod-deploy', 'failure')]), prod)
    expect(gh.issues).toHaveLength(2)
    expect(gh.issues.every((i) => i.labels.some((l) => l.name === ISSUE_LABEL))).toBe(true)
  })
})

describe('state integrity', () => {
  it('200 credentials: the body stays under the limit and the state block is whole', async () => {
    const many = report(
      Array.from({ length: 200 }, (_, i) =>
        credential(`credential-${i}-${'x'.repeat(40)}`, 'failure', {
          daysLeft: 3,
          verdict: 'valid',
          findings: [{ level: 'error', code: 'expires-soon', message: 'y'.repeat(400) }]
        })
      )
    )
    await runOnce(many)
    const body = gh.issues[0].body
    expect(body.length).toBeLessThan(BODY_LIMIT)
    expect(body).toMatch(/The report is cut here/)
    const { state, warnings } = readState(body, NOW)
    expect(warnings).toEqual([])
    expect(Object.keys(state)).toHaveLength(200)
    expect(state[fp(199)]).toMatchObject({ lastStatus: 'failure', stage: 2 })
    // The next run reads it back: nothing changed, so no comment.
    await runOnce(many)
    expect(comments()).toHaveLength(0)
  })

  it('a state too large for the body drops the entries seen longest ago, and says how many', async () => {
    // Names of random hex do not compress: 1,500 of them overflow even the deflated block.
    const old: State = Object.fromEntries(
      Array.from({ length: 1500 }, (_, i) => [
        fp(1000 + i),
        {
          name: randomBytes(40).toString('hex'),
          firstSeenValid: '2026-01-01T00:00:00.000Z',
          lastVerdict: 'valid' as const,
          lastStatus: 'ok' as const,
          lastSeen: new Date(NOW.getTime() - (i + 1) * 60_000).toISOString(),
          stage: 0
        }
      ])
    )
    gh.issues.push({
      number: 1,
      title: config().title,
      body: `old report\n\n${writeState(old)}`,
      state: 'open',
      labels: [{ name: ISSUE_LABEL }],
      comments: []
    })
    const warnings: string[] = []
    await runOnce(
      report([credential('a', 'warning'), credential('b', 'warning')]),
      config(),
      warnings
    )
    const body = gh.issues[0].body
    const { state } = readState(body, NOW)
    const kept = Object.keys(state).length
    expect(body.length).toBeLessThan(BODY_LIMIT)
    expect(kept).toBeGreaterThan(300)
    expect(kept).toBeLessThan(1502)
    expect(warnings).toEqual([
      `tracking issue: the state of ${1502 - kept} credential(s) not seen recently was dropped to keep the issue under GitHub's size limit.`
    ])
    // This run's credentials and the most recently seen old ones stay; the oldest go.
    expect([fp(0), fp(1), fp(1000)].map((k) => k in state)).toEqual([true, true, true])
    expect(fp(2499) in state).toBe(false)
  })

  it('the state block is packed: 1,000 credentials of ordinary names fit with room to spare', () => {
    const many: State = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [
        fp(i),
        {
          name: `deploy-credential-${i}`,
          firstSeenValid: '2026-03-04T10:00:00.000Z',
          lastVerdict: 'valid' as const,
          lastStatus: 'ok' as const,
          lastSeen: '2026-11-28T06:00:00.000Z',
          stage: 0
        }
      ])
    )
    const block = writeState(many)
    expect(block.length).toBeLessThan(BODY_LIMIT / 2)
    expect(block).not.toMatch(/deploy-credential/)
    expect(Object.keys(readState(`report\n\n${block}`, NOW).state)).toHaveLength(1000)
  })

  it.each([
    ['not base64', `<!-- ${MARKER} deflate-base64: %%% -->`],
    [
      'not deflate',
      `<!-- ${MARKER} deflate-base64: ${Buffer.from('plain text').toString('base64')} -->`
    ],
    [
      'a bomb past 4 MB',
      `<!-- ${MARKER} deflate-base64: ${deflateRawSync(' '.repeat(5 * 1024 * 1024)).toString('base64')} -->`
    ]
  ])('a packed block that is %s is a warning and no history, never a crash', (_label, block) => {
    expect(readState(`report\n\n${block}`, NOW)).toEqual({
      state: {},
      warnings: ['tracking issue: its state block cannot be read; starting from no history.']
    })
  })

  it('a marker planted in server text (in the rendered report) is never read as state', async () => {
    const planted = `<!-- ${MARKER}: {"schema":"bitbucket-credential-check/state","version":2,"entries":{"${fp(0)}":{"name":"evil","firstSeenValid":"2020-01-01T00:00:00.000Z","lastVerdict":"valid","lastStatus":"ok","lastSeen":"2026-11-27T00:00:00.000Z","stage":0}}} -->`
    const r = report([
      credential('deploy', 'failure', {
        findings: [{ level: 'error', code: 'credential-rejected', message: planted }]
      })
    ])
    await runOnce(r)
    const { state } = readState(gh.issues[0].body, NOW)
    expect(state[fp(0)]).toMatchObject({ name: 'deploy', firstSeenValid: null })
    // And once in the body, the next run still reads only the trailing block.
    const github = fastClient(gh.url)
    const load = await loadIssue(github, config(), NOW)
    expect(load.ok && load.state[fp(0)].firstSeenValid).toBeNull()
  })

  it('a malformed entry of a plain (earlier) block is ignored with a warning; the others are kept', async () => {
    const good = {
      name: 'good',
      firstSeenValid: '2026-01-01T00:00:00.000Z',
      lastVerdict: 'valid' as const,
      lastStatus: 'ok' as const,
      lastSeen: '2026-11-27T00:00:00.000Z',
      stage: 0
    }
    // A block as earlier releases wrote it (plain JSON), with one entry broken.
    const document = {
      schema: 'bitbucket-credential-check/state',
      version: 2,
      entries: { [fp(0)]: { ...good, firstSeenValid: 'last tuesday' }, [fp(1)]: good }
    }
    const block = `<!-- ${MARKER}: ${JSON.stringify(document)} -->`
    gh.issues.push({
      number: 1,
      title: config().title,
      body: `old report\n\n${block}`,
      state: 'open',
      labels: [{ name: ISSUE_LABEL }],
      comments: []
    })
    const warnings: string[] = []
    await runOnce(
      report([credential('a', 'warning'), credential('b', 'warning')]),
      config(),
      warnings
    )
    expect(warnings.join('\n')).toMatch(
      /ignored 1 malformed entry \(entry 0000000000000000: firstSeenValid is not an ISO date-time\)/
    )
    const { state } = readState(gh.issues[0].body, NOW)
    expect(state[fp(1)].firstSeenValid).toBe('2026-01-01T00:00:00.000Z')
    expect(state[fp(0)].firstSeenValid).toBe(NOW.toISOString())
  })
})
