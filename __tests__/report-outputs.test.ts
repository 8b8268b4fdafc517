/** The step outputs, the closing counts line, the CLI's progress and its own words for the core's messages. */
import { describe, expect, it } from '@jest/globals'
import { manyCredentials, sampleReport } from '../__fixtures__/reports.js'
import { cliMessage, noCredentialMessage } from '../src/cli/cli-naming.js'
import { Progress } from '../src/cli/progress.js'
import { FINDINGS } from '../src/core/findings.js'
import { outputsFor } from '../src/report/outputs.js'
import { countsLine } from '../src/report/triage.js'

describe('outputs', () => {
  it('count the statuses and name the credential that expires first, expired ones included', () => {
    const outputs = outputsFor(sampleReport(), 'https://github.com/acme/ops/issues/7')
    expect(outputs).toMatchObject({
      status: 'failure',
      checked: '9',
      failures: '3',
      warnings: '3',
      'soonest-name': 'old-bot',
      'soonest-expires-at': '2026-11-25T11:00:00.000Z',
      'soonest-days-left': '-3',
      'tracking-issue-url': 'https://github.com/acme/ops/issues/7'
    })
  })

  it("never call an OAuth consumer's per-run token the soonest, and stay empty when no expiry is known", () => {
    const report = sampleReport()
    report.credentials = report.credentials.filter((c) => c.name === 'reporting consumer')
    expect(outputsFor(report)).toMatchObject({
      'soonest-name': '',
      'soonest-expires-at': '',
      'soonest-days-left': '',
      'tracking-issue-url': ''
    })
  })

  it('are each one line but the report', () => {
    const report = manyCredentials(2, 0, 0)
    report.credentials[0].name = 'a\nb\r\u2028c'
    report.credentials[0].daysLeft = -1
    report.credentials[0].expiresAt = '2026-11-27T00:00:00.000Z'
    const outputs = outputsFor(report)
    expect(outputs['soonest-name']).toBe('a b c')
    const multiline = Object.entries(outputs).filter(([, value]) => /[\n\r]/.test(value))
    expect(multiline).toEqual([])
  })
})

describe('the closing counts line', () => {
  it.each([
    [manyCredentials(40, 15, 3), 1234, '40 checked in 1.2 s: 15 failing, 3 warnings, 22 ok'],
    [manyCredentials(1, 0, 1), 80, '1 checked in 80 ms: 0 failing, 1 warning, 0 ok']
  ])('reads as one human line', (report, ms, line) => {
    expect(countsLine(report, ms)).toBe(line)
  })
})

describe('progress', () => {
  const run = (tty: boolean, elapsed: number[]) => {
    let out = ''
    const clock = [...elapsed]
    const progress = new Progress({
      write: (t) => (out += t),
      tty,
      now: () => clock.shift() ?? 99_999,
      delayMs: 1000
    })
    const report = manyCredentials(3, 1, 1)
    report.credentials.forEach((c, i) => progress.result(c, i + 1, 3))
    progress.finish(report)
    return out
  }

  it('in a log: quiet for the first moment, then a line per finished credential, then the counts', () => {
    // started at 0; the three results at 200 ms, 1500 ms and 2500 ms; finished at 3000 ms.
    expect(run(false, [0, 200, 1500, 2500, 3000])).toBe(
      '[2/3] cred-2: warning (expires-soon)\n' +
        '[3/3] cred-3: failure (credential-rejected)\n' +
        '3 checked in 3.0 s: 1 failing, 1 warning, 1 ok\n'
    )
  })

  it('on a terminal: one line rewritten in place, cleared before the counts', () => {
    const out = run(true, [0, 1200, 1500, 2500, 3000])
    expect(out.split('\n')).toEqual([
      '\r\x1b[2K[1/3] checked in 1.2 s: 0 failing, 0 warning(s)' +
        '\r\x1b[2K[2/3] checked in 1.5 s: 0 failing, 1 warning(s)' +
        '\r\x1b[2K[3/3] checked in 2.5 s: 1 failing, 1 warning(s)' +
        '\r\x1b[2K3 checked in 3.0 s: 1 failing, 1 warning, 1 ok',
      ''
    ])
  })

  it('a quick run prints only the counts', () => {
    expect(run(false, [0, 10, 20, 30, 40])).toBe('3 checked in 40 ms: 1 failing, 1 warning, 1 ok\n')
  })
})

describe("the CLI's words", () => {
  const expiryUnknown = `No expiry is known. ${FINDINGS['expiry-unknown'].fix}`

  it('name its flags and variables for a credential given by flags', () => {
    const text = cliMessage(expiryUnknown, false)
    expect(text).toContain('set --expires-at (BITBUCKET_EXPIRES_AT) to the date')
    expect(text).toContain('--atlassian-org-id (BITBUCKET_ATLASSIAN_ORG_ID)')
    expect(text).not.toMatch(/(?<![-\w])expires-at(?! \()/)
  })

  it('keep the YAML keys for a credential from a list, but name flags for run-wide settings', () => {
    const text = cliMessage(
      `${expiryUnknown} 5 day(s) left (fail-days is 7). See git-username-wrong.`,
      true
    )
    expect(text).toContain('set expires-at to the date')
    expect(text).toContain('(--fail-days (BITBUCKET_FAIL_DAYS) is 7)')
    expect(text).toContain('See git-username-wrong.')
  })

  it('explain an empty secret without GitHub forks or workflows', () => {
    const text = cliMessage(
      `No secret was given for this credential, so it was not checked. ${FINDINGS['empty-secret'].fix}`,
      false
    )
    expect(text).not.toMatch(/workflow/i)
    expect(text).toContain('BITBUCKET_TOKEN')
  })

  it('say what to set when no credential is given, and spot a misspelt variable by name only', () => {
    const text = noCredentialMessage({
      BITBUCKET_TOKN: 'ATATT-secret-value',
      BITBUCKET_REPO_SLUG: 'web',
      BITBUCKET_EMAIL: 'x@example.com'
    })
    expect(text).toMatch(/^no credential given\. Set BITBUCKET_TOKEN/)
    expect(text).toContain(
      'BITBUCKET_TOKN is set, but is not a setting: did you mean BITBUCKET_TOKEN?'
    )
    expect(text).not.toContain('REPO_SLUG')
    expect(text).not.toContain('ATATT-secret-value')
  })
})
