/** The triage every renderer shares: counts, the worst finding, worst first, expiry groups, soonest. */
import { describe, expect, it } from '@jest/globals'
import { sampleReport } from '../__fixtures__/reports.js'
import type { CredentialReport } from '../src/core/types.js'
import {
  bySoonest,
  countsOf,
  durationText,
  expiryGroupOf,
  needsAction,
  soonest,
  worstFinding,
  worstFirst
} from '../src/report/triage.js'

const names = (list: CredentialReport[]) => list.map((c) => c.name)
const HOSTILE = '<img src=x onerror=alert(1)> | @acme/admins see #12'
const HEADING = '```\n# Heading'

describe('triage of the sample report', () => {
  it('counts each status', () => {
    expect(countsOf(sampleReport())).toEqual({ checked: 9, failing: 3, warnings: 3, ok: 3 })
  })

  it('puts failures before warnings before ok, the fewest days left first, then input order', () => {
    expect(names(worstFirst(sampleReport().credentials))).toEqual([
      'old-bot',
      'release-bot',
      'mirror',
      'ci-clone',
      HEADING,
      HOSTILE,
      'reporting consumer',
      'pipelines',
      'deploy'
    ])
  })

  it('needs action on the failing and warning credentials only, worst first', () => {
    expect(names(needsAction(sampleReport()))).toEqual([
      'old-bot',
      'release-bot',
      'mirror',
      'ci-clone',
      HEADING,
      HOSTILE
    ])
  })

  it('lists known expiries soonest first, without the OAuth consumer’s per-run token', () => {
    const report = sampleReport()
    expect(names(bySoonest(report))).toEqual([
      'old-bot',
      'release-bot',
      'ci-clone',
      HEADING,
      'pipelines',
      'deploy'
    ])
    expect(soonest(report)?.name).toBe('old-bot')
  })

  it('has no soonest when no expiry is known', () => {
    const report = sampleReport()
    report.credentials = report.credentials.filter((c) => c.expiresAt === null)
    expect(report.credentials.length).toBeGreaterThan(0)
    expect(soonest(report)).toBeUndefined()
  })
})

describe('the worst finding', () => {
  const credential = (levels: ('error' | 'warning' | 'notice')[]): CredentialReport => ({
    ...sampleReport().credentials[0],
    findings: levels.map((level, i) => ({ level, code: 'expiry-unknown', message: `finding ${i}` }))
  })

  it.each([
    [['notice', 'warning', 'error'], 'finding 2'],
    [['warning', 'error', 'error'], 'finding 1'],
    [['notice', 'notice'], 'finding 0'],
    [['warning', 'notice'], 'finding 0']
  ] as const)('is the most severe, the first of equals: %j', (levels, which) => {
    expect(worstFinding(credential([...levels]))?.message).toBe(which)
  })

  it('is undefined without findings', () => {
    expect(worstFinding(credential([]))).toBeUndefined()
  })
})

describe('expiry groups (warn-days 30, fail-days 7)', () => {
  const policy = { warnDays: 30, failDays: 7 }
  const at = (daysLeft: number | null, over: Partial<CredentialReport> = {}): CredentialReport => ({
    ...sampleReport().credentials[0],
    expiresAt: daysLeft === null ? null : '2027-01-01T00:00:00.000Z',
    expirySource: daysLeft === null ? null : 'declared',
    daysLeft,
    ...over
  })

  it.each([
    [-1, 'expired'],
    [0, 'fail'],
    [7, 'fail'],
    [8, 'warn'],
    [30, 'warn'],
    [31, 'later'],
    [null, 'unknown']
  ] as const)('%p day(s) left: %s', (days, group) => {
    expect(expiryGroupOf(at(days), policy)).toBe(group)
  })

  it('is expired when the verdict says so, whatever the days', () => {
    expect(expiryGroupOf(at(3, { verdict: 'expired' }), policy)).toBe('expired')
  })

  it('is unknown for an OAuth consumer, whose token is minted on every run', () => {
    expect(expiryGroupOf(at(0, { expirySource: 'oauth' }), policy)).toBe('unknown')
  })
})

describe('durations', () => {
  it.each([
    [80, '80 ms'],
    [850.4, '850 ms'],
    [1000, '1.0 s'],
    [1234, '1.2 s'],
    [61_000, '61.0 s']
  ])('%p ms reads "%s"', (ms, text) => {
    expect(durationText(ms)).toBe(text)
  })
})
