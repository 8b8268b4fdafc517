/**
 * One credential's check with a scripted transport and recorded pauses: the 401 confirmation,
 * the admin API's date only where Bitbucket accepts the token, the OAuth mint, offline mode.
 */
import { describe, expect, it } from '@jest/globals'
import type { AdminLookup, EvaluationPolicy } from '../src/core/evaluate.js'
import type { CredentialSpec, Identity } from '../src/core/types.js'
import { checkCredential, type CheckContext } from '../src/check/check-credential.js'
import { CONFIRM_DELAY_MS } from '../src/check/confirm-pause.js'
import { makeApiToken } from '../src/emulator/tokens.js'
import { HttpClient, type HttpRequest, type HttpResponse } from '../src/probe/http-client.js'
import { basic } from '../src/secrets/secret-forms.js'
import { DEFAULT_POLICY } from './helpers/policy.js'
import { spec } from './helpers/spec.js'

const API = 'https://api.bitbucket.org/2.0'
const OAUTH = 'https://bitbucket.org/site/oauth2/access_token'
const GIT = 'https://bitbucket.org'
const NOW = new Date('2026-11-28T10:00:00.000Z')
const TOKEN = makeApiToken('check-credential-test')
const EXPIRES = new Date('2027-02-01T00:00:00.000Z')
const JANE: Identity = { username: 'jdoe', accountId: '557058:jane', displayName: 'Jane Doe' }

const POLICY: EvaluationPolicy = { ...DEFAULT_POLICY, gitUrl: GIT, checkGit: 'false' }

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  ({
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    text: JSON.stringify(body)
  }) satisfies HttpResponse

const USER_200 = json(
  200,
  { username: 'jdoe', account_id: '557058:jane', display_name: 'Jane Doe' },
  { 'x-credential-type': 'api_token', 'x-oauth-scopes': 'read:user:bitbucket' }
)
const USER_401 = json(401, { type: 'error', error: { message: 'Unauthorized' } })

/** A check context whose transport plays `answers` in turn and records what it was sent. */
function harness(
  answers: HttpResponse[],
  extra: Partial<CheckContext> = {},
  policy: Partial<EvaluationPolicy> = {}
) {
  const sent: HttpRequest[] = []
  const sleeps: number[] = []
  const masked: string[] = []
  const client = new HttpClient({
    allowedBases: [API, OAUTH, GIT],
    transport: (request) => {
      sent.push(request)
      const next = answers.shift()
      return next ? Promise.resolve(next) : Promise.reject(new Error('no answer scripted'))
    }
  })
  const ctx: CheckContext = {
    client,
    apiUrl: API,
    gitUrl: GIT,
    oauthUrl: OAUTH,
    timeoutSeconds: 30,
    policy: { ...POLICY, ...policy },
    now: () => NOW,
    sleep: (ms) => Promise.resolve(void sleeps.push(ms)),
    mask: (secret) => void masked.push(secret),
    ...extra
  }
  return { ctx, sent, sleeps, masked }
}

/** An admin lookup that records the identity it was given and answers `lookup`. */
function adminAnswering(lookup: AdminLookup) {
  const asked: (Identity | null)[] = []
  const adminLookup = (identity: Identity | null) => {
    asked.push(identity)
    return Promise.resolve(lookup)
  }
  return { adminLookup, asked }
}

const apiToken = (extra: Partial<CredentialSpec> = {}) =>
  spec({ name: 'deploy', token: TOKEN, email: 'jane@acme.example', ...extra })

describe('checkCredential: a 401 is asked again', () => {
  it('a 401 then a 200: valid, after one confirmation pause', async () => {
    const { ctx, sent, sleeps } = harness([USER_401, USER_200])
    const report = await checkCredential(apiToken(), ctx, 'fp')
    expect([report.verdict, sent.map((r) => r.url), sleeps]).toEqual([
      'valid',
      [`${API}/user`, `${API}/user`],
      [CONFIRM_DELAY_MS]
    ])
  })

  it('two 401s a pause apart: invalid, and the Basic header carried the email and the token', async () => {
    const { ctx, sent, sleeps } = harness([USER_401, USER_401])
    const report = await checkCredential(apiToken(), ctx, 'fp')
    expect([report.verdict, sent.length, sleeps]).toEqual(['invalid', 2, [CONFIRM_DELAY_MS]])
    expect(sent[0].headers?.Authorization).toBe(`Basic ${basic('jane@acme.example', TOKEN)}`)
  })

  it('no time left for the pause: a lone 401 is indeterminate, not invalid', async () => {
    const { ctx, sent, sleeps } = harness([USER_401], { timeoutSeconds: 1 })
    const report = await checkCredential(apiToken(), ctx, 'fp')
    expect([report.verdict, sent.length, sleeps]).toEqual(['indeterminate', 1, []])
  })
})

describe('checkCredential: the admin API’s date', () => {
  it.each([['label' as const], ['only-token' as const]])(
    'a token Bitbucket rejects never gets the date (found by %s)',
    async (by) => {
      const admin = adminAnswering({ outcome: 'found', by, expiresAt: EXPIRES, detail: 'x' })
      const { ctx } = harness([USER_401, USER_401], { adminLookup: admin.adminLookup })
      const report = await checkCredential(apiToken(), ctx, 'fp')
      expect([report.verdict, report.expiresAt, report.expirySource, admin.asked]).toEqual([
        'invalid',
        null,
        null,
        [null]
      ])
    }
  )

  it('a token Bitbucket accepts gets the date, looked up with the owner /2.0/user named', async () => {
    const admin = adminAnswering({
      outcome: 'found',
      by: 'only-token',
      expiresAt: EXPIRES,
      detail: 'x'
    })
    const { ctx } = harness([USER_200], { adminLookup: admin.adminLookup })
    const report = await checkCredential(apiToken(), ctx, 'fp')
    expect([report.verdict, report.expiresAt, report.expirySource, admin.asked]).toEqual([
      'valid',
      EXPIRES.toISOString(),
      'admin-api',
      [JANE]
    ])
  })
})

describe('checkCredential: OAuth consumer', () => {
  it('mints first, masks the token in every form, and asks REST with it as Bearer', async () => {
    const access = 'minted-access-token-0123456789'
    const { ctx, sent, masked } = harness([
      json(200, { access_token: access, expires_in: 7200, scopes: 'account' }),
      json(200, { username: 'jdoe', account_id: '557058:jane' })
    ])
    const consumer = spec({ name: 'ci', clientId: 'key123', clientSecret: 'consumer-secret-xyz' })
    const report = await checkCredential(consumer, ctx, 'fp')
    expect([
      report.verdict,
      sent.map((r) => [r.method ?? 'GET', r.url, r.headers?.Authorization])
    ]).toEqual([
      'valid',
      [
        ['POST', OAUTH, `Basic ${basic('key123', 'consumer-secret-xyz')}`],
        ['GET', `${API}/user`, `Bearer ${access}`]
      ]
    ])
    expect(masked).toEqual(
      expect.arrayContaining([
        'consumer-secret-xyz',
        basic('key123', 'consumer-secret-xyz'),
        access,
        Buffer.from(access).toString('base64')
      ])
    )
  })

  it('the endpoint refuses the consumer: no REST request is made with an empty token', async () => {
    const { ctx, sent } = harness([json(401, { error: 'invalid_client' })])
    const consumer = spec({ name: 'ci', clientId: 'key123', clientSecret: 'consumer-secret-xyz' })
    const report = await checkCredential(consumer, ctx, 'fp')
    expect([report.verdict, sent.map((r) => r.url)]).toEqual(['invalid', [OAUTH]])
  })
})

describe('checkCredential: offline', () => {
  it('sends nothing, asks no admin API, and still masks the secret', async () => {
    const admin = adminAnswering({ outcome: 'found', by: 'label', expiresAt: EXPIRES, detail: '' })
    const { ctx, sent, masked } = harness([], { adminLookup: admin.adminLookup }, { offline: true })
    const report = await checkCredential(apiToken(), ctx, 'fp')
    expect([sent, admin.asked, masked.includes(TOKEN)]).toEqual([[], [], true])
    expect(report.verdict).toBe('skipped')
  })
})
