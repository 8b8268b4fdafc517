/**
 * What both emulators share (the Cloud core here, the Data Center mode in the tests): a server
 * on 127.0.0.1 (TLS when given a certificate), stopped with its open connections, the faults
 * it was told to inject, each at most `times` times, and the Authorization header read back.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'

/** A fault as the server selects it: which paths, and how many times. */
export interface SelectableFault {
  path?: RegExp
  times?: number
}

/** The Authorization header as sent: the scheme, the Basic user, and the secret. */
export interface AuthHeader {
  scheme: 'basic' | 'bearer' | 'none'
  user: string
  secret: string
}

export function parseAuth(header: string | undefined): AuthHeader {
  if (!header) return { scheme: 'none', user: '', secret: '' }
  const [scheme, value = ''] = header.split(/\s+/, 2)
  if (/^bearer$/i.test(scheme)) return { scheme: 'bearer', user: '', secret: value }
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8')
    const i = decoded.indexOf(':')
    return { scheme: 'basic', user: decoded.slice(0, i), secret: decoded.slice(i + 1) }
  }
  return { scheme: 'none', user: '', secret: '' }
}

/** One request as the server saw it: never the secret. */
export interface LoggedRequest {
  method: string
  path: string
  scheme: string
  /** The Basic user name (never the secret), or '' for other schemes. */
  user: string
  host: string
  /** When the request arrived (epoch ms). */
  at: number
}

/** What the server reads of its options (tests may change `faults` while it runs). */
export interface LoopbackOptions<F> {
  faults?: F[]
  tls?: { key: string | Buffer; cert: string | Buffer }
}

export abstract class LoopbackServer<F extends SelectableFault, O extends LoopbackOptions<F>> {
  url = ''
  readonly requests: LoggedRequest[] = []
  private server?: Server | HttpsServer
  private readonly faultUses = new Map<F, number>()

  constructor(public options: O) {}

  protected abstract handle(req: IncomingMessage, res: ServerResponse): Promise<void>

  async start(): Promise<this> {
    const tls = this.options.tls
    const server = (this.server = tls
      ? createHttpsServer(tls, (req, res) => void this.handle(req, res))
      : createServer((req, res) => void this.handle(req, res)))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    this.url = `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
  }

  /** A request's URL and Authorization header, logged (the user name, never the secret). */
  protected receive(req: IncomingMessage): { url: URL; auth: AuthHeader } {
    const url = new URL(req.url ?? '/', 'http://emulator')
    const auth = parseAuth(req.headers.authorization)
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      scheme: auth.scheme,
      user: auth.user,
      host: req.headers.host ?? '',
      at: Date.now()
    })
    return { url, auth }
  }

  /** The first fault for this path that has uses left, counted as used. */
  protected fault(path: string): F | undefined {
    for (const f of this.options.faults ?? []) {
      if (f.path && !f.path.test(path)) continue
      const used = this.faultUses.get(f) ?? 0
      if (f.times !== undefined && used >= f.times) continue
      this.faultUses.set(f, used + 1)
      return f
    }
    return undefined
  }
}
