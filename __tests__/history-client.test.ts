/** History: a GitHub client that cannot be set up is said, never silently skipped. */
import { describe, expect, it, jest } from '@jest/globals'
import type { Report } from '../src/core/types.js'
import type { Settings } from '../src/inputs/settings.js'
import type { WarningTopic } from '../src/tracking/history.js'

jest.unstable_mockModule('../src/tracking/github-client.js', () => ({
  createGitHubClient: () => {
    throw new Error('the client library failed to load')
  }
}))
const { startHistory } = await import('../src/tracking/history.js')

const settings = {
  trackingIssue: true,
  stateFile: '',
  credentials: [],
  githubToken: 'ghs_example',
  github: { owner: 'acme', repo: 'infra', apiUrl: 'https://api.github.com', runUrl: '' },
  trackingIssueTitle: 'Bitbucket credentials need attention',
  trackingIssueAssignees: [],
  timeoutSeconds: 30,
  warnDays: 30,
  failDays: 7,
  maxLifetimeDays: 365
} as unknown as Settings

const report: Report = { status: 'ok', checkedAt: '2026-11-29T00:00:00.000Z', credentials: [] }

describe('startHistory without a GitHub client', () => {
  it('warns that the tracking issue was not updated, naming the setup, and keeps the report', async () => {
    const warnings: [string, WarningTopic][] = []
    const history = startHistory(settings, { warn: (m, t) => warnings.push([m, t]) })
    expect(await history.lookup('any')).toBeUndefined()
    const outcome = await history.finish(report, (t) => t)
    expect(outcome).toEqual({ issueUrl: null, error: null })
    expect(warnings).toHaveLength(1)
    expect(warnings[0][1]).toBe('tracking-issue-not-updated')
    expect(warnings[0][0]).toMatch(/set up the GitHub client/)
  })
})
