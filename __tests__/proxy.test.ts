/** The proxy environment, read as curl reads it: which proxy, and which hosts NO_PROXY exempts. */
import { describe, expect, it } from '@jest/globals'
import { createServer, type Socket } from 'node:net'
import { createTransport, describeError } from '../src/probe/http-client.js'
import { noProxyMatches, proxyFor, proxySettings } from '../src/probe/proxy.js'

describe('noProxyMatches (curl semantics)', () => {
  it.each([
    // [no_proxy, host, port, matches]
    ['', 'api.bitbucket.org', '443', false],
    ['*', 'api.bitbucket.org', '443', true],
    ['bitbucket.org', 'bitbucket.org', '443', true],
    ['bitbucket.org', 'api.bitbucket.org', '443', true],
    ['.bitbucket.org', 'api.bitbucket.org', '443', true],
    ['.bitbucket.org', 'bitbucket.org', '443', true],
    ['*.bitbucket.org', 'api.bitbucket.org', '443', true],
    ['bitbucket.org', 'notbitbucket.org', '443', false],
    ['bitbucket.org', 'bitbucket.org.evil.example', '443', false],
    ['BitBucket.ORG', 'api.bitbucket.org', '443', true],
    ['bitbucket.org.', 'api.bitbucket.org', '443', true],
    ['example.com, bitbucket.org', 'api.bitbucket.org', '443', true],
    ['example.com bitbucket.org', 'api.bitbucket.org', '443', true],
    ['example.com,,', 'api.bitbucket.org', '443', false],
    ['bitbucket.org:443', 'api.bitbucket.org', '443', true],
    ['bitbucket.org:8443', 'api.bitbucket.org', '443', false],
    ['127.0.0.1', '127.0.0.1', '8443', true],
    ['127.0.0.1:8443', '127.0.0.1', '8443', true],
    ['127.0.0.1:9000', '127.0.0.1', '8443', false],
    ['127.0.0.2', '127.0.0.1', '443', false],
    ['0.0.1', '127.0.0.1', '443', false],
    ['10.0.0.0/8', '10.1.2.3', '443', true],
    ['10.0.0.0/8', '11.1.2.3', '443', false],
    ['10.0.0.0/8', 'ten.example', '443', false],
    ['::1', '[::1]', '443', true],
    ['[::1]', '::1', '443', true],
    ['[::1]:8443', '[::1]', '8443', true],
    ['[::1]:8443', '[::1]', '443', false],
    ['fd00::/8', 'fd12::1', '443', true],
    ['localhost', 'localhost', '443', true]
  ])('no_proxy %j, host %s:%s → %s', (noProxy, host, port, matches) => {
    expect(noProxyMatches(noProxy, host, port)).toBe(matches)
  })
})

describe('proxySettings and proxyFor', () => {
  const target = new URL('https://api.bitbucket.org/2.0/user')

  it('reads https_proxy before HTTPS_PROXY, and no_proxy before NO_PROXY', () => {
    const s = proxySettings({
      https_proxy: 'http://lower:3128',
      HTTPS_PROXY: 'http://upper:3128',
      no_proxy: 'a.example',
      NO_PROXY: 'b.example'
    })
    expect(s.https?.label).toBe('lower:3128')
    expect(s.noProxy).toBe('a.example')
    expect(proxySettings({ HTTPS_PROXY: 'http://upper:3128' }).https?.label).toBe('upper:3128')
  })

  it('takes a proxy without a scheme as http://, with port 80 by default', () => {
    expect(proxySettings({ HTTPS_PROXY: 'proxy.corp:8080' }).https?.label).toBe('proxy.corp:8080')
    expect(proxySettings({ HTTPS_PROXY: 'http://proxy.corp' }).https?.label).toBe('proxy.corp:80')
  })

  it('turns userinfo into Proxy-Authorization and keeps it out of the label', () => {
    const s = proxySettings({ HTTPS_PROXY: 'http://me:p%40ss@proxy.corp:3128' })
    expect(s.https?.authorization).toBe(`Basic ${Buffer.from('me:p@ss').toString('base64')}`)
    expect(s.https?.label).toBe('proxy.corp:3128')
    expect(proxySettings({ HTTPS_PROXY: 'http://proxy.corp:3128' }).https?.authorization).toBe(
      undefined
    )
  })

  it('names an unsupported proxy scheme without its credentials', () => {
    const s = proxySettings({ HTTPS_PROXY: 'socks5://me:secret@proxy.corp:1080' })
    expect(s.https).toBeNull()
    expect(s.problem).toMatch(/proxy\.corp:1080.*only http:\/\//)
    expect(s.problem).not.toContain('secret')
  })

  it('HTTP_PROXY alone proxies nothing (https targets need HTTPS_PROXY; http ones never go through a proxy)', () => {
    const s = proxySettings({ HTTP_PROXY: 'http://proxy.corp:3128' })
    expect(proxyFor(s, target)).toBeNull()
  })

  it('never proxies http:// targets, and honours NO_PROXY for https:// ones', () => {
    const s = proxySettings({ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: '.internal' })
    expect(proxyFor(s, target)?.label).toBe('proxy.corp:3128')
    expect(proxyFor(s, new URL('http://127.0.0.1:8080/2.0'))).toBeNull()
    expect(proxyFor(s, new URL('https://git.internal/scm'))).toBeNull()
  })

  it('an empty HTTPS_PROXY is no proxy', () => {
    expect(proxySettings({ HTTPS_PROXY: '  ' }).https).toBeNull()
  })
})

describe('the transport behind a proxy', () => {
  it('the per-request timeout covers the CONNECT: a proxy that never answers is "no answer within"', async () => {
    const sockets: Socket[] = []
    const silent = createServer((socket) => void sockets.push(socket))
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r))
    const { port } = silent.address() as { port: number }
    try {
      const transport = createTransport({ HTTPS_PROXY: `http://u:hidden-pw@127.0.0.1:${port}` })
      const started = Date.now()
      const error = await transport({ url: 'https://api.bitbucket.org/2.0/user' }, 300).then(
        () => undefined,
        (e: unknown) => e
      )
      expect(Date.now() - started).toBeLessThan(3000)
      // (describeError, in the bundle, reads this as "no answer within 0.3s".)
      expect((error as Error).name).toMatch(/^(AbortError|TimeoutError)$/)
      expect(sockets.length).toBe(1)
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise<void>((r) => silent.close(() => r()))
    }
  })

  it('an unusable HTTPS_PROXY is a network error naming it, not a silent direct connection', async () => {
    const transport = createTransport({ HTTPS_PROXY: 'socks5://u:hidden-pw@proxy.corp:1080' })
    const error = await transport({ url: 'https://api.bitbucket.org/2.0/user' }, 300).then(
      () => undefined,
      (e: unknown) => e
    )
    const text = describeError(error, 300)
    expect(text).toMatch(/EPROXY: HTTPS_PROXY proxy\.corp:1080/)
    expect(text).not.toContain('hidden-pw')
  })
})
