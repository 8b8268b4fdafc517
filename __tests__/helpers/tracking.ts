/** Reports, fingerprints and a fast GitHub client for tracking-issue tests. */
import Bottleneck from 'bottleneck'
import type { CredentialReport, Report, Status, Verdict } from '../../src/core/types.js'
import { createGitHubClient, type GitHub } from '../../src/tracking/github-client.js'
import type { TrackingConfig } from '../../src/tracking/tracking-issue.js'

export const NOW = new Date('2026-11-28T10:00:00.000Z')

export function credential(
  name: string,
  status: Status,
  extra: Partial<CredentialReport> = {}
): CredentialReport {
  const verdict: Verdict = extra.verdict ?? (status === 'failure' ? 'invalid' : 'valid')
  return {
    name,
    type: 'api-token',
    verdict,
    status,
    identity: null,
    scopes: [],
    missingScopes: [],
    excessScopes: [],
    reach: null,
    expiresAt: null,
    expirySource: extra.daysLeft === undefined || extra.daysLeft === null ? null : 'declared',
    daysLeft: null,
    git: null,
    usage: null,
    findings:
      status === 'ok'
        ? []
        : [
            {
              level: status === 'failure' ? 'error' : 'warning',
              code: status === 'failure' ? 'credential-rejected' : 'expires-soon',
              message: 'server said something'
            }
          ],
    ...extra
  }
}

export function report(credentials: CredentialReport[], at = NOW): Report {
  const rank = { ok: 0, warning: 1, failure: 2 }
  const status = credentials.reduce<Status>(
    (w, c) => (rank[c.status] > rank[w] ? c.status : w),
    'ok'
  )
  return { status, checkedAt: at.toISOString(), credentials }
}

/** A 16-hex fingerprint per index. */
export const fp = (i: number) => i.toString(16).padStart(16, '0')

export const config = (extra: Partial<TrackingConfig> = {}): TrackingConfig => ({
  owner: 'acme',
  repo: 'ops',
  title: 'Bitbucket credentials need attention',
  assignees: [],
  runUrl: 'https://github.example/acme/ops/actions/runs/7',
  policy: { warnDays: 30, failDays: 7, maxLifetimeDays: 365 },
  ...extra
})

/** The production client with millisecond back-off and no write spacing, against a fake. */
export function fastClient(baseUrl: string, warnings: string[] = [], timeoutMs = 5000): GitHub {
  const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 })
  return createGitHubClient({
    token: 'ghs_' + 'z'.repeat(36),
    baseUrl,
    timeoutMs,
    warn: (m) => warnings.push(m),
    tuning: { backoffUnitMs: 5, groups: { write: group(), notifications: group() } }
  })
}
