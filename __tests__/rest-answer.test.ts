/**
 * One Bitbucket Cloud REST answer read into a probe result: each status, and each way the
 * request can fail before there is an answer (through the real transport on loopback).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { unavailable } from '../src/core/probe-result.js'
import { HttpClient, type HttpOutcome, type HttpResponse } from '../src/probe/http-client.js'
import { readRestOutcome } from '../src/probe/rest-answer.js'

const response = (
  status: number,
  body = '',
  headers: Record<string, string> = {}
): HttpResponse => ({
  status,
  headers: { get: (name) => headers[name.toLowerCase()] ?? null },
  text: body
})
const answer = (status: number, body = '', headers: Record<string, string> = {}): HttpOutcome => ({
  kind: 'response',
  response: response(status, body, headers)
})
const errorBody = (error: object) => JSON.stringify({ type: 'error', error })

describe('readRestOutcome: answers with a status', () => {
  it('200 from /2.0/user: accepted, with the identity, the kind and the scopes of the headers', () => {
    const body = JSON.stringify({
      username: 'jdoe',
      account_id: '557058:1234',
      display_name: 'Jane\u202e Doe'
    })
    const headers = {
      'x-credential-type': 'api_token',
      'x-oauth-scopes': 'read:user:bitbucket, read:repository:bitbucket'
    }
    expect(readRestOutcome(answer(200, body, headers), true)).toEqual({
      outcome: 'accepted',
      status: 200,
      detail: '',
      credentialType: 'api_token',
      scopes: ['read:user:bitbucket', 'read:repository:bitbucket'],
      requiredScopes: [],
      identity: { username: 'jdoe', accountId: '557058:1234', displayName: 'Jane Doe' }
    })
  })

  it('200 without a username: the nickname stands in; absent fields are null', () => {
    const result = readRestOutcome(answer(200, JSON.stringify({ nickname: 'jd' })), true)
    expect(result.identity).toEqual({ username: 'jd', accountId: null, displayName: null })
  })

  it('200 from a repository (no identity wanted): accepted, identity null', () => {
    const result = readRestOutcome(answer(200, JSON.stringify({ username: 'jdoe' })), false)
    expect([result.outcome, result.identity]).toEqual(['accepted', null])
  })

  it('200 whose body is not JSON: unavailable, not accepted', () => {
    expect(readRestOutcome(answer(200, '<html>portal</html>'), true)).toEqual(
      unavailable('HTTP 200 with a body that is not JSON (truncated, or not Bitbucket)', 200)
    )
  })

  it("401 with Bitbucket's error body: rejected, its message kept", () => {
    const body = errorBody({ message: 'Invalid\u0007 credentials' })
    const result = readRestOutcome(answer(401, body, { 'x-credential-type': 'app_password' }), true)
    expect(result).toEqual({
      outcome: 'rejected',
      status: 401,
      detail: 'Invalid credentials',
      credentialType: 'app_password',
      scopes: null,
      requiredScopes: [],
      identity: null
    })
  })

  it('401 without a body: rejected, no detail', () => {
    const result = readRestOutcome(answer(401), true)
    expect([result.outcome, result.status, result.detail]).toEqual(['rejected', 401, ''])
  })

  it('403 naming the scopes: forbidden, with the required ones and the granted ones', () => {
    const body = errorBody({
      message: 'Your credentials lack one or more required privilege scopes.',
      detail: {
        required: ['read:repository:bitbucket', 'not a scope!'],
        granted: ['read:user:bitbucket']
      }
    })
    const result = readRestOutcome(answer(403, body, { 'x-credential-type': 'api_token' }), false)
    expect(result).toEqual({
      outcome: 'forbidden',
      status: 403,
      detail: 'Your credentials lack one or more required privilege scopes.',
      credentialType: 'api_token',
      scopes: ['read:user:bitbucket'],
      requiredScopes: ['read:repository:bitbucket'],
      identity: null
    })
  })

  it('403 naming the scopes: the x-oauth-scopes header wins over the body’s granted list', () => {
    const body = errorBody({ message: 'm', detail: { required: ['repository'], granted: ['x'] } })
    const headers = { 'x-oauth-scopes': 'account' }
    const result = readRestOutcome(answer(403, body, headers), false)
    expect([result.scopes, result.requiredScopes]).toEqual([['account'], ['repository']])
  })

  it('403 not naming scopes: forbidden, no required scopes, scopes unknown', () => {
    const body = errorBody({ message: 'Access denied', detail: 'You may not see this.' })
    const result = readRestOutcome(answer(403, body), false)
    expect([result.outcome, result.detail, result.requiredScopes, result.scopes]).toEqual([
      'forbidden',
      'Access denied',
      [],
      null
    ])
  })

  it("403 with a body that is not Bitbucket's and no credential type: a proxy's, unavailable", () => {
    expect(readRestOutcome(answer(403, '<h1>Blocked by policy</h1>'), true)).toEqual(
      unavailable(`HTTP 403 with a body that is not Bitbucket's (a proxy or firewall?)`, 403)
    )
  })

  it("403 with a body that is not JSON but Bitbucket's credential-type header: forbidden", () => {
    const result = readRestOutcome(answer(403, '', { 'x-credential-type': 'api_token' }), true)
    expect([result.outcome, result.credentialType]).toEqual(['forbidden', 'api_token'])
  })

  it('404: not-found, with its message', () => {
    const body = errorBody({ message: 'Repository acme/app not found' })
    const result = readRestOutcome(answer(404, body), false)
    expect([result.outcome, result.status, result.detail]).toEqual([
      'not-found',
      404,
      'Repository acme/app not found'
    ])
  })

  it('429: rate-limited, with the wording of a rate limit (not the body)', () => {
    const result = readRestOutcome(answer(429, errorBody({ message: 'slow' })), true)
    expect(result).toEqual({
      ...unavailable('HTTP 429: rate limit for this resource has been exceeded', 429),
      outcome: 'rate-limited'
    })
  })

  it.each([
    [500, '', 'HTTP 500 with no body'],
    [502, '<html><body>Bad gateway</body></html>', 'HTTP 502 with an HTML page'],
    [503, errorBody({ message: 'down' }), 'HTTP 503 with an error body']
  ])('%i: unavailable, saying what came back', (status, body, detail) => {
    expect(readRestOutcome(answer(status, body), true)).toEqual(unavailable(detail, status))
  })

  it('a redirect is not followed: unavailable, naming only the host it pointed to', () => {
    const headers = { location: 'https://evil.example/login?token=x' }
    expect(readRestOutcome(answer(302, '', headers), true)).toEqual(
      unavailable('HTTP 302 redirect to evil.example; not followed with credentials', 302)
    )
  })

  it('an x-credential-type that is not a short plain word is not believed', () => {
    const headers = { 'x-credential-type': 'api token; drop table' }
    expect(readRestOutcome(answer(401, '', headers), true).credentialType).toBeNull()
  })
})

describe('readRestOutcome: a 429 with Retry-After through the client', () => {
  it('waits as Retry-After says between attempts, then reads the last 429 as rate-limited', async () => {
    const sleeps: number[] = []
    const client = new HttpClient({
      allowedBases: ['https://api.bitbucket.org/2.0'],
      transport: () => Promise.resolve(response(429, '', { 'retry-after': '2' })),
      sleep: (ms) => Promise.resolve(void sleeps.push(ms))
    })
    const outcome = await client.send(
      { url: 'https://api.bitbucket.org/2.0/user' },
      Date.now() + 10_000
    )
    expect([sleeps, readRestOutcome(outcome, true).outcome]).toEqual([[2000, 2000], 'rate-limited'])
  })
})

describe('readRestOutcome: no answer (real transport, loopback)', () => {
  let server: Server
  let base = ''
  const silent: Array<{ destroy(): void }> = []

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'application/json' })
        const chunk = Buffer.alloc(256 * 1024, 0x20)
        for (let i = 0; i < 12; i++) res.write(chunk)
        res.end('{}')
      } else {
        silent.push(res) // never answers
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    silent.forEach((res) => res.destroy())
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const client = (requestTimeoutMs = 5_000) =>
    new HttpClient({ allowedBases: [base], maxAttempts: 1, requestTimeoutMs })

  it('a body past the limit (2 MB) is not read: unavailable, "response too large"', async () => {
    const outcome = await client().send({ url: `${base}/huge` }, Date.now() + 10_000)
    expect(readRestOutcome(outcome, true)).toEqual(
      unavailable('response too large (over 2048 KB); not read')
    )
  })

  it('no answer within the request timeout: unavailable, naming the wait', async () => {
    const outcome = await client(300).send({ url: `${base}/silent` }, Date.now() + 10_000)
    expect(readRestOutcome(outcome, true)).toEqual(unavailable('no answer within 0.3s'))
  })

  it('a refused connection: unavailable, naming the cause', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const url = `http://127.0.0.1:${port}/2.0/user`
    const outcome = await new HttpClient({ allowedBases: [url], maxAttempts: 1 }).send(
      { url },
      Date.now() + 10_000
    )
    expect(readRestOutcome(outcome, true)).toEqual(
      unavailable(`ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}`)
    )
  })
})
