/** The pure Data Center evaluation: verdicts, record both ways, permissions, reach, Git plan. */
import { describe, expect, it } from '@jest/globals'
import { classify } from '../src/core/classify.js'
import { dataCenterGitPlan } from '../src/core/data-center-git-plan.js'
import { evaluateDataCenter } from '../src/core/data-center-evaluate.js'
import { missingPermissions, requiredPermissions } from '../src/core/data-center-permissions.js'
import type { DataCenterProbes, DataCenterRecord } from '../src/core/data-center-probes.js'
import type { EvaluationPolicy } from '../src/core/evaluate.js'
import type { ProbeResult } from '../src/core/probe-result.js'
import type { CredentialSpec, Purpose } from '../src/core/types.js'
import { makeDataCenterToken } from './emulator/data-center-tokens.js'
import { DEFAULT_POLICY, probe } from './helpers/policy.js'
import { spec } from './helpers/spec.js'

const NOW = new Date('2026-11-28T10:00:00Z')
const DAY = 86_400_000
const policy: EvaluationPolicy = DEFAULT_POLICY
const accepted = probe('accepted', { status: 200, identity: { username: 'jdoe', accountId: null } })
const dc = (over: Partial<CredentialSpec> = {}) =>
  spec({
    token: makeDataCenterToken('eval', '075905477751'),
    serverUrl: 'https://bitbucket.example.com',
    ...over
  })
const found = (over: Partial<Extract<DataCenterRecord, { outcome: 'found' }>> = {}) =>
  ({
    outcome: 'found',
    kind: 'personal',
    expiresAt: new Date(NOW.getTime() + 100 * DAY),
    permissions: ['PROJECT_READ', 'REPO_WRITE'],
    ...over
  }) as DataCenterRecord
const run = (s: CredentialSpec, probes: DataCenterProbes, p: Partial<EvaluationPolicy> = {}) =>
  evaluateDataCenter(s, classify(s, NOW), probes, { ...policy, ...p }, NOW)
const codes = (r: ReturnType<typeof run>) => r.findings.map((f) => f.code)

describe('the Data Center verdict', () => {
  it.each<[string, string, ProbeResult, string[]]>([
    ['accepted with X-AUSERNAME', 'valid', accepted, []],
    [
      'answered as anonymous or 401',
      'invalid',
      probe('rejected', { status: 200, detail: 'no X-AUSERNAME' }),
      ['credential-rejected']
    ],
    ['rate limited', 'indeterminate', probe('rate-limited', { status: 429 }), ['rate-limited']],
    [
      'unreachable',
      'indeterminate',
      probe('unavailable', { detail: 'ECONNREFUSED' }),
      ['indeterminate']
    ]
  ])('application-properties %s gives %s', (_label, verdict, identity, expected) => {
    const r = run(dc({ expiresAt: new Date('2027-06-01') }), { identity })
    expect(r.verdict).toBe(verdict)
    expect(codes(r).filter((c) => !c.startsWith('expi'))).toEqual(expected)
  })

  it('offline a whole token is skipped, with no probe', () => {
    expect(run(dc(), {}, { offline: true }).verdict).toBe('skipped')
  })

  it('a server date in the past makes an accepted token expired', () => {
    const r = run(dc(), {
      identity: accepted,
      record: found({ expiresAt: new Date(NOW.getTime() - DAY) })
    })
    expect([r.verdict, r.status, codes(r)]).toEqual(['expired', 'failure', ['expired']])
  })
})

describe('the token record, both ways', () => {
  it('found: expiry from the server and permissions as scopes', () => {
    const r = run(dc(), { identity: accepted, record: found() })
    expect(r).toMatchObject({
      verdict: 'valid',
      status: 'ok',
      expirySource: 'server-api',
      daysLeft: 100,
      scopes: ['PROJECT_READ', 'REPO_WRITE']
    })
  })

  it('unreadable: still valid, expiry unknown, and the advice names expires-at', () => {
    const record: DataCenterRecord = { outcome: 'unreadable', detail: 'personal record: HTTP 401' }
    const r = run(dc(), { identity: accepted, record })
    expect(r).toMatchObject({ verdict: 'valid', status: 'warning', expirySource: null, scopes: [] })
    expect(r.findings[0].message).toMatch(/cannot read its own record.*HTTP 401.*expires-at/)
    expect(run(dc(), { identity: accepted, record }, { failOnUnknownExpiry: true }).status).toBe(
      'failure'
    )
  })

  it('unreadable with a declared date: the declared date', () => {
    const r = run(dc({ expiresAt: new Date('2027-03-01') }), {
      identity: accepted,
      record: { outcome: 'unreadable', detail: 'HTTP 404' }
    })
    expect([r.expirySource, r.expiresAt, r.status]).toEqual([
      'declared',
      '2027-03-01T00:00:00.000Z',
      'ok'
    ])
  })

  it('a declared date that contradicts the server is a warning that says both dates', () => {
    const r = run(dc({ expiresAt: new Date('2027-12-31') }), {
      identity: accepted,
      record: found()
    })
    expect(r.expirySource).toBe('server-api')
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: 'expires-in',
        level: 'warning',
        message: expect.stringMatching(/declared expires-at \(2027-12-31\) contradicts the server/)
      })
    ])
  })

  it('no expiry in the record: the token does not expire (server-api, no date)', () => {
    const r = run(dc(), { identity: accepted, record: found({ expiresAt: null }) })
    expect([r.expiresAt, r.expirySource, r.daysLeft, r.status]).toEqual([
      null,
      'server-api',
      null,
      'ok'
    ])
  })
})

describe('reach and permissions', () => {
  it.each([401, 403, 404])(
    'a %s on the repository after a valid identity is unreachable, never invalid',
    (status) => {
      const outcome = status === 401 ? 'rejected' : status === 403 ? 'forbidden' : 'not-found'
      const r = run(dc({ repository: { workspace: 'PROJ', slug: 'web' } }), {
        identity: accepted,
        repo: probe(outcome, { status }),
        record: found({ kind: 'project' })
      })
      expect([r.verdict, codes(r)]).toEqual(['valid', ['repository-unreachable', 'expires-in']])
      expect(r.findings[0].message).toMatch(
        /project token: it see only its own project|project token/
      )
    }
  )

  it.each<[Purpose[], string[], string[]]>([
    [['push'], ['PROJECT_READ', 'REPO_READ'], ['REPO_WRITE']],
    [['push'], ['PROJECT_WRITE'], []],
    [['mirror'], ['REPO_ADMIN'], []],
    [['webhooks'], ['PROJECT_READ', 'REPO_WRITE'], ['REPO_ADMIN']],
    [['clone', 'pull-requests'], ['PROJECT_READ'], []],
    [['identity', 'pipelines'], [], []]
  ])('purposes %j with %j lack %j', (purposes, granted, missing) => {
    expect(missingPermissions(requiredPermissions(purposes, []), granted)).toEqual(missing)
  })

  it('permissions declared in scopes are needs too; pipelines warn that Data Center has none', () => {
    const r = run(dc({ purposes: ['pipelines'], scopes: ['REPO_ADMIN'] }), {
      identity: accepted,
      record: found()
    })
    expect(r.missingScopes).toEqual(['REPO_ADMIN'])
    expect(codes(r)).toEqual(['data-center-token', 'missing-scopes', 'expires-in'])
  })
})

describe('the Git plan: as the job sends it, and no Basic login that cannot work', () => {
  it.each([
    ['no git-username: the Bearer header', '', 'jdoe', found(), 'bearer'],
    ['the owner: Basic', 'jdoe', 'jdoe', found(), 'basic'],
    ['the owner in other case: Basic', 'JDoe', 'jdoe', undefined, 'basic'],
    [
      'a project token with any username: not sent',
      'jdoe',
      'jdoe',
      found({ kind: 'project' }),
      'not-sent'
    ],
    ['another username: not sent', 'x-token-auth', 'jdoe', found(), 'not-sent']
  ])('%s', (_label, declared, user, record, mode) => {
    expect(dataCenterGitPlan(declared, user, record).mode).toBe(mode)
  })
})
