/** The profile table, the pure replay plan and the judgement of `works`. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { judgeReplay } from '../src/core/consumer-judge.js'
import { CONSUMER_NAMES, CONSUMERS, SECRET } from '../src/core/consumer-profiles.js'
import { planReplay } from '../src/core/consumer-replay.js'
import { unavailable, type ProbeResult } from '../src/core/probe-result.js'
import type { CredentialSpec } from '../src/core/types.js'
import { parseConsumer } from '../src/inputs/consumer-input.js'

const CONTRACT_PROFILES = [
  'git',
  'rest',
  'renovate',
  'atlantis',
  'jenkins',
  'argocd',
  'flux',
  'backstage',
  'terraform',
  'devlake',
  'danger',
  'git-credential-manager',
  'sonarqube'
]
const API_TOKEN = 'ATATT3' + 'x'.repeat(186)

const spec = (extra: Partial<CredentialSpec> = {}): CredentialSpec => ({
  name: 'c',
  token: API_TOKEN,
  email: '',
  username: '',
  clientId: '',
  clientSecret: '',
  purposes: [],
  scopes: [],
  repository: { workspace: 'acme', slug: 'web' },
  gitUsername: '',
  tokenLabel: '',
  ...extra
})
const answer = (outcome: ProbeResult['outcome'], status: number | null): ProbeResult => ({
  ...unavailable(''),
  outcome,
  status
})

describe('the profile table', () => {
  it('holds exactly the contract profiles', () => {
    expect([...CONSUMER_NAMES].sort()).toEqual([...CONTRACT_PROFILES].sort())
  })

  it('gives every row a source URL and every setting a secret placeholder, never a made-up email', () => {
    for (const name of CONSUMER_NAMES) {
      const row = CONSUMERS[name]
      expect([name, /^https:\/\//.test(row.source), row.secretSettings.length > 0]).toEqual([
        name,
        true,
        true
      ])
      for (const s of row.secretSettings) {
        const text = s.settings.join('\n')
        expect([name, s.name, text.includes(SECRET)]).toEqual([name, s.name, true])
        expect([name, s.name, /[\w.-]+@[\w-]+\.\w/.test(text)]).toEqual([name, s.name, false])
      }
    }
  })

  it('the README table names every profile and every one of its settings', () => {
    const readme = readFileSync('README.md', 'utf8').split('\n')
    for (const name of CONSUMER_NAMES) {
      const row = readme.find((l) => l.startsWith(`| \`${name}\``)) ?? ''
      const missing = CONSUMERS[name].secretSettings
        .map((s) => s.name)
        .filter((n) => !row.includes(`\`${n}\``))
      expect([name, row !== '', missing]).toEqual([name, true, []])
    }
  })
})

describe('the replay plan', () => {
  it('Renovate sends an API token in password as Basic username and Git as x-bitbucket-api-token-auth', () => {
    const plan = planReplay('renovate', spec({ username: 'me@example.com' }), {
      type: 'api-token',
      secret: API_TOKEN
    })
    expect(plan.setting?.name).toBe('password')
    expect(plan.steps.map((s) => [s.label, s.attempts, s.tolerated])).toEqual([
      ['GET /2.0/user', [{ scheme: 'basic', user: 'me@example.com' }], true],
      ['GET /2.0/repositories/acme/web', [{ scheme: 'basic', user: 'me@example.com' }], false],
      [
        'git-upload-pack as x-bitbucket-api-token-auth',
        [{ scheme: 'basic', user: 'x-bitbucket-api-token-auth' }],
        false
      ]
    ])
  })

  it('Renovate falls back to its username for Git when the password does not start with ATAT', () => {
    const plan = planReplay('renovate', spec({ username: 'jdoe', token: 'abc' }), {
      type: 'app-password',
      secret: 'abcdefghijklmnopqrst'
    })
    expect(plan.steps.at(-1)?.label).toBe('git-upload-pack as jdoe')
  })

  it('Atlantis uses --bitbucket-api-user for REST, defaulting to --bitbucket-user', () => {
    const cls = { type: 'api-token' as const, secret: API_TOKEN }
    const both = planReplay('atlantis', spec({ username: 'jdoe', email: 'me@example.com' }), cls)
    const one = planReplay('atlantis', spec({ username: 'jdoe' }), cls)
    expect(both.steps[0].attempts).toEqual([{ scheme: 'basic', user: 'me@example.com' }])
    expect(one.steps[0].attempts).toEqual([{ scheme: 'basic', user: 'jdoe' }])
    expect(both.steps[1].label).toBe('git-upload-pack as jdoe')
  })

  it('a kind the tool cannot use is unsupported and plans no request', () => {
    const plan = planReplay('atlantis', spec(), {
      type: 'repository-access-token',
      secret: 'ATCTT3x'
    })
    expect([plan.unsupported, plan.steps]).toEqual([true, []])
  })

  it('a push purpose adds the receive-pack probe', () => {
    const plan = planReplay('argocd', spec({ username: 'x-token-auth', purposes: ['push'] }), {
      type: 'repository-access-token',
      secret: 'ATCTT3x'
    })
    expect(plan.steps.map((s) => s.label)).toEqual([
      'git-upload-pack as x-token-auth',
      'git-receive-pack as x-token-auth'
    ])
  })
})

describe('the judgement', () => {
  const cred = { type: 'api-token' as const, username: 'me@example.com', secret: API_TOKEN }
  const plan = planReplay('renovate', spec({ username: 'me@example.com' }), cred)

  it('works only when every step that decides was accepted', () => {
    const ok = answer('accepted', 200)
    expect(judgeReplay(plan, [[ok], [ok], [ok]], cred).consumer.works).toBe(true)
  })

  it('a tolerated failure warns but does not decide works', () => {
    const ok = answer('accepted', 200)
    const j = judgeReplay(plan, [[answer('forbidden', 403)], [ok], [ok]], cred)
    expect(j.consumer.works).toBe(true)
    expect(j.findings.map((f) => [f.code, f.level])).toEqual([['consumer-mismatch', 'warning']])
  })

  it('5xx or no answer is null, never true; a 401 beside it is false', () => {
    const ok = answer('accepted', 200)
    const down = unavailable('HTTP 503', 503)
    expect(judgeReplay(plan, [[ok], [down], [ok]], cred).consumer.works).toBeNull()
    expect(judgeReplay(plan, [[ok], [down], [answer('rejected', 401)]], cred).consumer.works).toBe(
      false
    )
    expect(judgeReplay(plan, [], cred).consumer).toMatchObject({ works: null, checked: [] })
  })

  it("a refusal names the tool's own setting", () => {
    const j = judgeReplay(plan, [[answer('rejected', 401)], [answer('rejected', 401)], []], cred)
    expect(j.findings.find((f) => f.level === 'error')?.message).toContain(
      'Renovate would fail: GET /2.0/repositories/acme/web (Basic with user "me@example.com") was answered HTTP 401.'
    )
    expect(j.findings.find((f) => f.level === 'error')?.message).toContain('RENOVATE_USERNAME')
  })
})

describe('the consumer inputs', () => {
  it('accept a profile and one of its settings, and name the choices otherwise', () => {
    expect(parseConsumer('', ' Renovate ', 'token')).toEqual({
      consumer: 'renovate',
      consumerSetting: 'token'
    })
    expect(parseConsumer('', '', '')).toEqual({})
    expect(() => parseConsumer('', 'renovate', 'pasword')).toThrow(
      "Invalid consumer-setting: 'pasword' is not a renovate setting. Did you mean 'password'? Expected one of: password, token."
    )
    expect(() => parseConsumer('', '', 'token')).toThrow('consumer-setting needs consumer')
    expect(() => parseConsumer('', 'jenkin', '')).toThrow("Did you mean 'jenkins'?")
  })
})
