/**
 * Behind a proxy, through the action bundle: HTTPS_PROXY carries the check through a CONNECT
 * tunnel with TLS end to end (the proxy sees no credential), NO_PROXY bypasses it, http://
 * targets never use it, and a dead or refusing proxy is indeterminate, named by host:port only.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BitbucketEmulator } from './emulator/emulator.js'
import { JDOE, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { runAction, visibleText } from './helpers/run-bundle.js'
import { runCli } from './helpers/run-cli.js'

const PROXY_USER = 'proxy-user'
const PROXY_PASSWORD = 'pr0xy-pa55word-do-not-show'

let dir = ''
let tls: { key: Buffer; cert: Buffer }
let certFile = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bcc-proxy-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-days',
      '1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem')
    ],
    { stdio: 'ignore' }
  )
  certFile = join(dir, 'cert.pem')
  tls = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(certFile) }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Proxy {
  url: string
  port: number
  connects: string[]
  auth: (string | undefined)[]
  /** Every byte the proxy relayed, both ways. */
  tunneled: () => Buffer
  stop: () => Promise<void>
}

/** A loopback CONNECT proxy that records what it relays; with `requireAuth`, 407 without it. */
async function startProxy(requireAuth?: string): Promise<Proxy> {
  const connects: string[] = []
  const auth: (string | undefined)[] = []
  const chunks: Buffer[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    connects.push(req.url ?? '')
    auth.push(req.headers['proxy-authorization'])
    sockets.add(client)
    if (requireAuth && req.headers['proxy-authorization'] !== requireAuth) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const [host, port] = (req.url ?? '').split(':')
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      client.on('data', (d: Buffer) => chunks.push(d))
      upstream.on('data', (d: Buffer) => chunks.push(d))
      client.pipe(upstream).pipe(client)
    })
    sockets.add(upstream)
    const drop = () => {
      client.destroy()
      upstream.destroy()
    }
    upstream.on('error', drop)
    client.on('error', drop)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connects,
    auth,
    tunneled: () => Buffer.concat(chunks),
    stop: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((r) => server.close(() => r()))
    }
  }
}

async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

let emu: BitbucketEmulator | undefined
let proxy: Proxy | undefined
afterEach(async () => {
  await emu?.stop()
  await proxy?.stop()
  emu = proxy = undefined
})

const inputs = (e: BitbucketEmulator) => ({
  'api-url': e.apiUrl,
  'git-url': e.url,
  'oauth-url': e.oauthUrl,
  'atlassian-api-url': e.url,
  'timeout-seconds': '5',
  token: SECRETS.healthy,
  email: JDOE.email,
  'expires-at': inDays(new Date(), 100)
})
const basic = Buffer.from(`${JDOE.email}:${SECRETS.healthy}`).toString('base64')
const withCredentials = (p: { port: number }) =>
  `http://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${p.port}`

describe('behind a proxy (HTTPS_PROXY)', () => {
  it('checks through a CONNECT tunnel: valid, and the proxy sees neither the token nor an Authorization header', async () => {
    const e = (emu = await new BitbucketEmulator({ ...sampleWorld(), tls }).start())
    const wanted = `Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')}`
    const p = (proxy = await startProxy(wanted))
    const run = await runAction(inputs(e), {
      HTTPS_PROXY: withCredentials(p),
      NODE_EXTRA_CA_CERTS: certFile
    })
    expect(run.report.credentials[0].verdict).toBe('valid')
    expect(run.code).toBe(0)
    const target = `127.0.0.1:${new URL(e.url).port}`
    expect(p.connects.length).toBeGreaterThan(0)
    expect(new Set(p.connects)).toEqual(new Set([target]))
    expect(p.auth.every((a) => a === wanted)).toBe(true)
    expect(e.requests.length).toBeGreaterThan(0)
    const bytes = p.tunneled()
    expect(bytes.length).toBeGreaterThan(1000)
    for (const secret of [SECRETS.healthy, basic, 'Authorization', 'authorization', JDOE.email])
      expect(bytes.includes(secret)).toBe(false)
    expect(visibleText(run)).not.toContain(PROXY_PASSWORD)
  })

  it('NO_PROXY=127.0.0.1 bypasses the proxy (no CONNECT at all)', async () => {
    const e = (emu = await new BitbucketEmulator({ ...sampleWorld(), tls }).start())
    const p = (proxy = await startProxy())
    const run = await runAction(inputs(e), {
      https_proxy: p.url,
      NO_PROXY: 'example.com,127.0.0.1',
      NODE_EXTRA_CA_CERTS: certFile
    })
    expect(run.report.credentials[0].verdict).toBe('valid')
    expect(p.connects).toHaveLength(0)
  })

  it('never sends a plain http:// (loopback) target through the proxy', async () => {
    const e = (emu = await new BitbucketEmulator(sampleWorld()).start())
    const p = (proxy = await startProxy())
    const run = await runAction(inputs(e), { HTTPS_PROXY: p.url, HTTP_PROXY: p.url })
    expect(run.report.credentials[0].verdict).toBe('valid')
    expect(p.connects).toHaveLength(0)
  })

  it('a dead proxy is indeterminate (not invalid), named by host:port, never by its credentials', async () => {
    const e = (emu = await new BitbucketEmulator({ ...sampleWorld(), tls }).start())
    const port = await closedPort()
    const run = await runAction(inputs(e), {
      HTTPS_PROXY: withCredentials({ port }),
      NODE_EXTRA_CA_CERTS: certFile
    })
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('indeterminate')
    const f = c.findings.find((x) => x.code === 'indeterminate')
    expect(f?.message).toContain(`proxy 127.0.0.1:${port}`)
    expect(f?.message).toContain('ECONNREFUSED')
    expect(e.requests).toHaveLength(0)
    const visible = visibleText(run)
    expect(visible).not.toContain(PROXY_PASSWORD)
    expect(visible).not.toContain(PROXY_USER)
  })

  it('a proxy that refuses CONNECT (407) is indeterminate, naming the proxy and the status', async () => {
    const e = (emu = await new BitbucketEmulator({ ...sampleWorld(), tls }).start())
    const p = (proxy = await startProxy('Basic something-else'))
    const run = await runAction(inputs(e), {
      HTTPS_PROXY: withCredentials(p),
      NODE_EXTRA_CA_CERTS: certFile
    })
    const c = run.report.credentials[0]
    expect(c.verdict).toBe('indeterminate')
    const f = c.findings.find((x) => x.code === 'indeterminate')
    expect(f?.message).toMatch(new RegExp(`proxy 127\\.0\\.0\\.1:${p.port}.*407`))
    expect(e.requests).toHaveLength(0)
    expect(visibleText(run)).not.toContain(PROXY_PASSWORD)
  })

  it('the CLI reads HTTPS_PROXY from its environment too', async () => {
    const e = (emu = await new BitbucketEmulator({ ...sampleWorld(), tls }).start())
    const p = (proxy = await startProxy())
    const run = await runCli(['--format', 'json'], {
      BITBUCKET_API_URL: e.apiUrl,
      BITBUCKET_GIT_URL: e.url,
      BITBUCKET_TOKEN: SECRETS.healthy,
      BITBUCKET_EMAIL: JDOE.email,
      BITBUCKET_EXPIRES_AT: inDays(new Date(), 100),
      HTTPS_PROXY: p.url,
      NODE_EXTRA_CA_CERTS: certFile
    })
    const report = JSON.parse(run.stdout) as { credentials: { verdict: string }[] }
    expect(report.credentials[0].verdict).toBe('valid')
    expect(p.connects.length).toBeGreaterThan(0)
    expect(p.tunneled().includes(SECRETS.healthy)).toBe(false)
  })
})
