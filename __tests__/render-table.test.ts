/** The CLI's terminal table: the exact text for a fixed report, colour only when asked. */
import { describe, expect, it } from '@jest/globals'
import { sampleReport } from '../__fixtures__/reports.js'
import type { Report } from '../src/core/types.js'
import { renderTable } from '../src/report/render-table.js'

/** Four of the sample credentials: ok, failing with a consumer, expired, lifetime-bound. */
function fourCredentials(): Report {
  const report = sampleReport()
  report.credentials = ['deploy', 'mirror', 'old-bot', 'pipelines'].map((name) => {
    const c = report.credentials.find((x) => x.name === name)
    if (!c) throw new Error(`the sample report lost ${name}`)
    return c
  })
  report.credentials[1].consumer = {
    name: 'argocd',
    works: false,
    checked: ['git-upload-pack as jdoe'],
    settings: 'username: jdoe\npassword: <token>'
  }
  return report
}

describe('the terminal table', () => {
  it('lists one row per credential, then each one’s findings, consumer replay and usage hint', () => {
    expect(renderTable(fourCredentials())).toBe(
      [
        'NAME       KIND                     VERDICT  EXPIRES      DAYS  STATUS',
        'deploy     Atlassian API token      valid    2027-06-16   200   ok',
        'mirror     repository access token  invalid  unknown      -     failure',
        'old-bot    Atlassian API token      expired  2026-11-25   -3    failure',
        'pipelines  Atlassian API token      valid    ≤2027-02-26  90    ok',
        '',
        'deploy:',
        '  NOTICE  [expires-in] This credential expires on 2027-06-16: 200 day(s) left.',
        '',
        'mirror:',
        '  ERROR   [credential-rejected] Bitbucket answered 401: the token was revoked or has expired. Create a new credential and update the secret.',
        '  WARNING [expiry-unknown] No expiry is known.',
        '  as argocd sends it: does not work (git-upload-pack as jdoe)',
        '  argocd settings: username: jdoe  password: <token>',
        '  how to use it: REST Authorization: Bearer <token>; Git https://x-token-auth:<token>@bitbucket.org/acme/web.git',
        '',
        'old-bot:',
        '  ERROR   [expired] This credential expired on 2026-11-25 (declared), 3 day(s) ago.',
        '  how to use it: REST Basic auth, user = Atlassian account email, password = the token; Git https://x-bitbucket-api-token-auth:<token>@bitbucket.org/acme/web.git',
        '',
        'pipelines:',
        '  NOTICE  [read-user-scope-missing] The credential works, but tools need read:user:bitbucket.',
        '',
        'Overall: failure (4 credential(s), checked 2026-11-28T10:00:00.000Z)',
        ''
      ].join('\n')
    )
  })

  it('gives a credential with no finding and no consumer a row but no block', () => {
    const report = fourCredentials()
    report.credentials[0].findings = []
    const text = renderTable(report)
    expect(text).toContain('\ndeploy     Atlassian API token')
    expect(text).not.toContain('\ndeploy:\n')
    expect(text).toContain('\nmirror:\n')
  })

  it('paints rows by status and findings by level only with colour, and resets after each', () => {
    const plain = renderTable(fourCredentials())
    const coloured = renderTable(fourCredentials(), true)
    expect(plain).not.toContain('\x1b[')
    const lines = coloured.split('\n')
    expect(lines[1]).toBe(
      '\x1b[32mdeploy     Atlassian API token      valid    2027-06-16   200   ok\x1b[0m'
    )
    expect(lines[2]).toBe(
      '\x1b[31mmirror     repository access token  invalid  unknown      -     failure\x1b[0m'
    )
    expect(coloured).toContain('  \x1b[33mWARNING\x1b[0m [expiry-unknown]')
    expect(coloured).toContain('  \x1b[36mNOTICE \x1b[0m [expires-in]')
    expect(coloured).toContain('Overall: \x1b[31mfailure\x1b[0m (4 credential(s)')
    // Without the escape codes it is the plain table.
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(plain)
  })
})
