/** The HTTP client's policy, with an injected transport and sleep: no network, no waiting. */
import { describe, expect, it } from '@jest/globals'
import {
  HttpClient,
  describeError,
  retryAfterMs,
  urlProblem,
  type HttpResponse,
  type Transport
} from '../src/probe/http-client.js'

const BASE = 'https://api.bitbucket.org/2.0'
const answer = (status: number, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { get: (name) => headers[name.toLowerCase()] ?? null },
  text: ''
})

/** A client whose transport plays back `script` and whose sleeps are recorded, not waited. */
function scripted(script: (HttpResponse | Error)[]) {
  const calls: string[] = []
  const sleeps: number[] = []
  const transport: Transport = (request) => {
    calls.push(request.url)
    const next = script.shift() ?? answer(200)
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next)
  }
  const client = new HttpClient({
    allowedBases: [BASE],
    transport,
    sleep: (ms) => Promise.resolve(void sleeps.push(ms)),
    random: () => 0.5
  })
  return { client, calls, sleeps }
}
const soon = () => Date.now() + 10_000

describe('HttpClient', () => {
  it.each([429, 502, 503, 504])(
    'retries HTTP %i with backoff, then returns the success',
    async (status) => {
      const { client, calls, sleeps } = scripted([answer(status), answer(200)])
      const outcome = await client.send({ url: `${BASE}/user` }, soon())
      expect([
        outcome.kind === 'response' && outcome.response.status,
        calls.length,
        sleeps
      ]).toEqual([200, 2, [187.5]])
    }
  )

  it.each([401, 403, 404, 500])('does not retry HTTP %i', async (status) => {
    const { client, calls } = scripted([answer(status), answer(200)])
    const outcome = await client.send({ url: `${BASE}/user` }, soon())
    expect([outcome.kind === 'response' && outcome.response.status, calls.length]).toEqual([
      status,
      1
    ])
  })

  it('stops after three attempts, growing the backoff', async () => {
    const { client, calls, sleeps } = scripted([answer(503), answer(503), answer(503), answer(200)])
    const outcome = await client.send({ url: `${BASE}/user` }, soon())
    expect([outcome.kind === 'response' && outcome.response.status, calls.length, sleeps]).toEqual([
      503,
      3,
      [187.5, 375]
    ])
  })

  it('honours Retry-After, and gives up when it reaches past the budget', async () => {
    const hinted = scripted([answer(429, { 'retry-after': '2' }), answer(200)])
    await hinted.client.send({ url: `${BASE}/user` }, soon())
    expect(hinted.sleeps).toEqual([2000])
    const tooLong = scripted([answer(429, { 'retry-after': '3600' }), answer(200)])
    const outcome = await tooLong.client.send({ url: `${BASE}/user` }, soon())
    expect([outcome.kind === 'response' && outcome.response.status, tooLong.calls.length]).toEqual([
      429, 1
    ])
  })

  it('retries a connection error and reports its cause', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED'
    })
    const { client, calls } = scripted([refused, refused, refused])
    const outcome = await client.send({ url: `${BASE}/user` }, soon())
    expect([outcome.kind === 'error' && outcome.error, calls.length]).toEqual([
      'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1',
      3
    ])
  })

  it.each([
    ['another host', 'https://evil.example.com/2.0/user'],
    ['a look-alike prefix', 'https://api.bitbucket.org/2.0evil/user'],
    ['plain http', 'http://api.bitbucket.org/2.0/user']
  ])('refuses to send credentials to %s', async (_label, url) => {
    const { client, calls } = scripted([])
    const outcome = await client.send({ url }, soon())
    expect([outcome.kind === 'error' && outcome.error.startsWith('refused'), calls.length]).toEqual(
      [true, 0]
    )
  })
})

describe('HTTP helpers', () => {
  it.each([
    ['https://api.bitbucket.org/2.0', null],
    ['http://127.0.0.1:8080/2.0', null],
    ['http://localhost:8080', null],
    ['http://api.example.com', 'uses plain http:// to a host that is not loopback; use https://'],
    ['https://user:pass@api.example.com', 'must not contain a user or password (user:password@)'],
    ['ftp://api.example.com', 'uses ftp:; use https://'],
    ['not a url', 'is not a URL']
  ])('urlProblem(%s)', (url, problem) => {
    expect(urlProblem(url)).toBe(problem)
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-28T10:00:00Z')
    expect([
      retryAfterMs('5', now),
      retryAfterMs('Sat, 28 Nov 2026 10:00:30 GMT', now),
      retryAfterMs('soon', now),
      retryAfterMs(null, now)
    ]).toEqual([5000, 30000, null, null])
  })

  it('describes a timeout and the cause fetch would hide', () => {
    const timeout = Object.assign(new Error('aborted'), { name: 'TimeoutError' })
    const wrapped = Object.assign(new Error('fetch failed'), {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' })
    })
    expect([describeError(timeout, 2500), describeError(wrapped, 1000)]).toEqual([
      'no answer within 2.5s',
      'ENOTFOUND: getaddrinfo ENOTFOUND x'
    ])
  })
})
