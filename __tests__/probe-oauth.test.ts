/** The OAuth token endpoint's answer, read: the token, its life, its scopes, or why none came. */
import { describe, expect, it } from '@jest/globals'
import { HttpClient, type HttpRequest } from '../src/probe/http-client.js'
import { mintToken, readTokenAnswer } from '../src/probe/probe-oauth.js'

const TOKEN = 'Xy3_token-from.the~endpoint='
const grant = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ access_token: TOKEN, token_type: 'bearer', ...extra })

describe('readTokenAnswer: a token was minted', () => {
  it('a good body: the token, whole seconds to live, the scopes; the token is to be masked', () => {
    const text = grant({
      expires_in: 7200,
      scope: 'repository pullrequest:write account',
      refresh_token: 'refresh-me'
    })
    expect(readTokenAnswer(200, text)).toEqual({
      result: {
        outcome: 'minted',
        accessToken: TOKEN,
        expiresIn: 7200,
        scopes: ['repository', 'pullrequest:write', 'account']
      },
      secrets: [TOKEN, 'refresh-me']
    })
  })

  it('reads `scopes` when there is no `scope`', () => {
    const { result } = readTokenAnswer(200, grant({ scopes: 'repository, account' }))
    expect(result).toMatchObject({ outcome: 'minted', scopes: ['repository', 'account'] })
  })

  it.each([
    ['missing', undefined, null],
    ['a string', '3600', null],
    ['zero', 0, null],
    ['negative', -5, null],
    ['past a year and a day', 366 * 86_400 + 1, null],
    ['infinite (1e400 in JSON)', '1e400', null],
    ['fractional', 3599.7, 3599],
    ['exactly a year and a day', 366 * 86_400, 366 * 86_400]
  ])('expires_in %s (%p): expiresIn %p', (_, value, expected) => {
    const text =
      value === '1e400'
        ? `{"access_token":"${TOKEN}","expires_in":1e400}`
        : grant(value === undefined ? {} : { expires_in: value })
    const { result } = readTokenAnswer(200, text)
    expect(result).toMatchObject({ outcome: 'minted', expiresIn: expected })
  })

  it('hostile scope text: only well-formed scope names survive, once each', () => {
    const scope = [
      'repository',
      'repository',
      'account\u0000:admin',
      '<script>alert(1)</script>',
      'pullrequest:write;rm -rf /',
      'webhook\u202e',
      'read:user:bitbucket'
    ].join(' ')
    const { result } = readTokenAnswer(200, grant({ scope }))
    expect(result).toMatchObject({ scopes: ['repository', 'read:user:bitbucket'] })
  })

  it('a scope text past 10,000 characters is read only that far', () => {
    const scope = `${'a'.repeat(9_989)} repository account`
    const { result } = readTokenAnswer(200, grant({ scope }))
    expect(result).toMatchObject({ outcome: 'minted', scopes: ['repository'] })
  })

  it('a scope that is not text: no scopes', () => {
    const { result } = readTokenAnswer(200, grant({ scope: ['repository'] }))
    expect(result).toMatchObject({ outcome: 'minted', scopes: [] })
  })
})

describe('readTokenAnswer: no usable token', () => {
  it('200 whose body is not JSON: unavailable, nothing to mask', () => {
    expect(readTokenAnswer(200, '<html>sign in</html>')).toEqual({
      result: { outcome: 'unavailable', detail: 'HTTP 200 without a usable access token' },
      secrets: []
    })
  })

  it.each([
    ['with a space', 'abc def'],
    ['with a non-ASCII letter', 'tökén'],
    ['with a newline (header injection)', 'abc\r\nX-Evil: 1'],
    ['past 8192 characters', 'a'.repeat(8193)]
  ])('200 with an access token %s: not used, yet still masked', (_, token) => {
    expect(readTokenAnswer(200, JSON.stringify({ access_token: token }))).toEqual({
      result: { outcome: 'unavailable', detail: 'HTTP 200 without a usable access token' },
      secrets: [token]
    })
  })

  it('a blank access token is neither used nor masked', () => {
    expect(readTokenAnswer(200, JSON.stringify({ access_token: '  ' })).secrets).toEqual([])
  })

  it.each([
    [
      400,
      { error: 'invalid_grant', error_description: 'Bad\u0007 client\ncredentials' },
      'Bad client credentials'
    ],
    [401, { error: 'unauthorized_client' }, 'unauthorized_client'],
    [401, 'not json', 'HTTP 401']
  ])('%i: rejected, with the endpoint’s own words', (status, body, detail) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body)
    expect(readTokenAnswer(status, text).result).toEqual({ outcome: 'rejected', status, detail })
  })

  it('429: rate-limited', () => {
    expect(readTokenAnswer(429, '').result).toEqual({
      outcome: 'rate-limited',
      detail: 'HTTP 429 from the OAuth token endpoint'
    })
  })

  it('a 500 that carries a token: unavailable, and the token is still masked', () => {
    expect(readTokenAnswer(500, grant())).toEqual({
      result: { outcome: 'unavailable', detail: 'HTTP 500 from the OAuth token endpoint' },
      secrets: [TOKEN]
    })
  })
})

describe('mintToken', () => {
  const OAUTH = 'https://bitbucket.org/site/oauth2/access_token'

  it('sends the client-credentials grant and masks every token before it returns', async () => {
    const sent: HttpRequest[] = []
    const masked: string[] = []
    const client = new HttpClient({
      allowedBases: [OAUTH],
      transport: (request) => {
        sent.push(request)
        return Promise.resolve({
          status: 200,
          headers: { get: () => null },
          text: grant({ refresh_token: 'refresh-me', expires_in: 3600 })
        })
      }
    })
    const result = await mintToken(
      client,
      OAUTH,
      'Basic a2V5OnNlY3JldA==',
      Date.now() + 5000,
      (s) => masked.push(s)
    )
    expect([sent, masked, result]).toEqual([
      [
        {
          url: OAUTH,
          method: 'POST',
          headers: {
            Authorization: 'Basic a2V5OnNlY3JldA==',
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json'
          },
          body: 'grant_type=client_credentials'
        }
      ],
      [TOKEN, 'refresh-me'],
      { outcome: 'minted', accessToken: TOKEN, expiresIn: 3600, scopes: [] }
    ])
  })

  it('no answer: unavailable with the network cause', async () => {
    const client = new HttpClient({
      allowedBases: [OAUTH],
      maxAttempts: 1,
      transport: () =>
        Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'ENOTFOUND' }))
    })
    const result = await mintToken(client, OAUTH, 'Basic x', Date.now() + 5000, () => undefined)
    expect(result).toEqual({
      outcome: 'unavailable',
      detail: 'ENOTFOUND: getaddrinfo ENOTFOUND x'
    })
  })
})
