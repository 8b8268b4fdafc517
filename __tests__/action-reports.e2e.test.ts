/** The action's reports through dist/index.js: the annotation budget at 40 credentials, file and line, the new outputs, the closing line. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BitbucketEmulator } from './emulator/emulator.js'
import { JDOE, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { FakeGitHub } from './helpers/fake-github.js'
import { leaks, runAction } from './helpers/run-bundle.js'

let emu: BitbucketEmulator
let gh: FakeGitHub
const dir = mkdtempSync(join(tmpdir(), 'bcc-action-reports-'))

beforeAll(async () => {
  emu = await new BitbucketEmulator(sampleWorld()).start()
  gh = await new FakeGitHub().start()
})
afterAll(async () => {
  await emu.stop()
  await gh.stop()
})

/**
 * 40 credentials in a credentials-file, as the issue tried them: 22 healthy, 3 expiring within
 * warn-days, 15 revoked, the revoked ones last (an emitter in input order spends the budget on
 * the others first). Returns the file and the line of each item.
 */
function fortyCredentials(): { path: string; lines: Map<string, number> } {
  const now = new Date()
  const items: string[] = []
  const lines = new Map<string, number>()
  let line = 1
  const add = (name: string, body: string[]) => {
    lines.set(name, line)
    items.push(`- name: ${name}`, ...body.map((b) => `  ${b}`))
    line += 1 + body.length
  }
  for (let i = 1; i <= 22; i++)
    add(`ok-${i}`, [
      'token-env: GOOD',
      `email: ${JDOE.email}`,
      `expires-at: ${inDays(now, 100 + i)}`
    ])
  for (let i = 1; i <= 3; i++)
    add(`soon-${i}`, [
      'token-env: GOOD',
      `email: ${JDOE.email}`,
      `expires-at: ${inDays(now, 10 + i)}`
    ])
  for (let i = 1; i <= 15; i++) add(`revoked-${i}`, ['token-env: REVOKED', `email: ${JDOE.email}`])
  const path = join(dir, 'credentials.yml')
  writeFileSync(path, items.join('\n') + '\n')
  return { path, lines }
}

describe('the action with 40 credentials', () => {
  const { path, lines } = fortyCredentials()
  const env = { GOOD: SECRETS.healthy, REVOKED: SECRETS.revoked }
  let run: Awaited<ReturnType<typeof runAction>>
  beforeAll(async () => {
    run = await runAction(
      { 'api-url': emu.apiUrl, 'credentials-file': path, concurrency: '16' },
      env
    )
  })

  it('spends 10 errors on the failing ones first, the last saying how many more; then warnings; one notice', () => {
    const errors = run.annotations('error')
    expect(errors).toHaveLength(10)
    expect(errors.slice(0, 9).map((a) => a.properties.title)).toEqual(
      Array.from(
        { length: 9 },
        (_, i) => `revoked-${i + 1}: Bitbucket rejected the credential (credential-rejected)`
      )
    )
    expect(errors[9].properties.title).toBe('6 more failing credentials: see the job summary')
    expect(errors[9].message).toContain(
      'revoked-10, revoked-11, revoked-12, revoked-13, revoked-14, revoked-15'
    )
    expect(run.annotations('warning').map((a) => a.properties.title)).toEqual(
      ['soon-1', 'soon-2', 'soon-3'].map((n) => `${n}: expires soon (expires-soon)`)
    )
    const notices = run.annotations('notice')
    expect(notices.map((a) => a.properties.title)).toEqual(['22 credentials are healthy'])
    // Errors, then warnings, then the notice, in the log too.
    const order = run.annotations().map((a) => a.command)
    expect(order).toEqual([
      ...Array<string>(10).fill('error'),
      ...Array<string>(3).fill('warning'),
      'notice'
    ])
  })

  it("points each credential's annotation at its item in the file", () => {
    const first = run.annotations('error')[0]
    expect(first.properties).toMatchObject({ file: path, line: String(lines.get('revoked-1')) })
    const soon = run.annotations('warning')[2]
    expect(soon.properties).toMatchObject({ file: path, line: String(lines.get('soon-3')) })
  })

  it('writes the counts and the soonest expiry as outputs', () => {
    expect(run.outputs).toMatchObject({
      status: 'failure',
      checked: '40',
      failures: '15',
      warnings: '3',
      'soonest-name': 'soon-1',
      'soonest-days-left': '10', // 11 days ahead, at midnight UTC: 10 whole days left
      'tracking-issue-url': ''
    })
    expect(run.outputs['soonest-expires-at']).toMatch(/^20\d\d-\d\d-\d\dT/)
  })

  it('ends the log with one human line of counts', () => {
    const log = run.stdout.trim().split('\n')
    expect(log[log.length - 1]).toMatch(
      /^40 checked in \d+(\.\d)? m?s: 15 failing, 3 warnings, 22 ok$/
    )
  })

  it('opens the summary with the counts and lists every failing credential under Needs action', () => {
    expect(run.summary.split('\n')[0]).toBe(
      '## Bitbucket credentials: ❌ 15 failing · ⚠️ 3 warnings · ✅ 22 ok'
    )
    const action = run.summary.slice(0, run.summary.indexOf('### What expires next'))
    for (let i = 1; i <= 15; i++) expect(action).toContain(`**revoked-${i}**`)
    expect(leaks(run, [SECRETS.healthy, SECRETS.revoked])).toEqual([])
  })
})

describe('tracking-issue-url', () => {
  it('is the open issue after the run, linked in the summary, and empty once it is closed', async () => {
    const inputs = (days: number) => ({
      'api-url': emu.apiUrl,
      token: SECRETS.healthy,
      email: JDOE.email,
      'expires-at': inDays(new Date(), days),
      'tracking-issue': 'true',
      'github-token': 'ghs_' + 'y'.repeat(36)
    })
    const ghEnv = { GITHUB_REPOSITORY: 'acme/ops', GITHUB_API_URL: gh.url }
    const open = await runAction(inputs(3), ghEnv)
    expect(open.outputs['tracking-issue-url']).toBe('https://github.example/acme/ops/issues/1')
    expect(open.summary).toContain('Tracking issue: <https://github.example/acme/ops/issues/1>')
    const closed = await runAction(inputs(200), ghEnv)
    expect(gh.issues[0].state).toBe('closed')
    expect(closed.outputs['tracking-issue-url']).toBe('')
    expect(closed.summary).not.toContain('Tracking issue')
  })
})
