/**
 * The one HTTP client every probe uses: only to configured base URLs, a timeout per request
 * inside a per-credential budget, bounded retries with jittered exponential backoff for
 * connection errors, 429 and 502/503/504 (honouring Retry-After), no retry for 4xx answers,
 * and no redirect ever followed (credentials stay with the host they were meant for).
 */
import {
  request as httpRequest,
  type ClientRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type RequestOptions
} from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Socket } from 'node:net'
import { types } from 'node:util'
import {
  noProxyMatches,
  proxyFor,
  proxySettings,
  tunnel,
  type Env,
  type ProxyConfig,
  type ProxySettings
} from './proxy.js'
import { urlProblem } from '../core/url-rule.js'

export interface HttpRequest {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** The most bytes of body read (default MAX_BODY_BYTES). */
  maxBytes?: number
  /** Past maxBytes, keep what came (true) instead of failing with "response too large". */
  truncate?: boolean
}

/** No answer of these endpoints is anywhere near this: past it, the body is not read on. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024
const TOO_LARGE = 'ETOOLARGE'

export interface ResponseHeaders {
  get(name: string): string | null
}

export interface HttpResponse {
  status: number
  headers: ResponseHeaders
  text: string
}

/** Sends one request and reads the whole body; rejects on network errors and on timeout. */
export type Transport = (request: HttpRequest, timeoutMs: number) => Promise<HttpResponse>

export function headersOf(raw: IncomingHttpHeaders): ResponseHeaders {
  return {
    get: (name) => {
      const value = raw[name.toLowerCase()]
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
    }
  }
}

/** How a request's promise is settled. */
interface Settle {
  resolve: (response: HttpResponse) => void
  reject: (error: unknown) => void
}

const codedError = (message: string, code: string) => Object.assign(new Error(message), { code })
const tooLarge = (limit: number) =>
  codedError(`response too large (over ${Math.round(limit / 1024)} KB); not read`, TOO_LARGE)

/**
 * Why an https:// request may not go out: HTTPS_PROXY is set but unusable, and NO_PROXY does
 * not exempt the host. Not silently bypassed: the runner may have no direct route.
 */
function unusableProxy(proxies: ProxySettings, proxy: ProxyConfig | null, url: URL): Error | null {
  if (url.protocol !== 'https:' || !proxies.problem || proxy) return null
  if (noProxyMatches(proxies.noProxy, url.hostname, url.port || '443')) return null
  return codedError(proxies.problem, 'EPROXY')
}

/**
 * Reads the body up to the request's limit. Past it, keeps the start (Git) or refuses the
 * answer (REST), and drops the socket either way.
 */
function readBody(res: IncomingMessage, req: ClientRequest, request: HttpRequest, settle: Settle) {
  const chunks: Buffer[] = []
  const limit = request.maxBytes ?? MAX_BODY_BYTES
  let size = 0
  let done = false
  const finish = () => {
    done = true
    settle.resolve({
      status: res.statusCode ?? 0,
      headers: headersOf(res.headers),
      text: Buffer.concat(chunks).toString('utf8').slice(0, limit)
    })
  }
  const refuse = (error: Error) => {
    done = true
    settle.reject(error)
  }
  res.on('data', (chunk: Buffer) => {
    if (done) return
    size += chunk.length
    chunks.push(chunk)
    if (size <= limit) return
    if (request.truncate) finish()
    else refuse(tooLarge(limit))
    req.destroy()
  })
  res.on('end', finish)
  res.on('error', settle.reject)
  res.on('close', () => {
    if (!done)
      settle.reject(codedError('the connection closed before the whole body arrived', 'ECONNRESET'))
  })
}

/** Sends the request, on `socket` when a tunnel made one (no agent, no pool), else directly. */
function sendOn(
  socket: Socket | undefined,
  request: HttpRequest,
  url: URL,
  signal: AbortSignal,
  settle: Settle
) {
  const options: RequestOptions = {
    method: request.method ?? 'GET',
    headers: request.headers,
    signal
  }
  if (socket) options.createConnection = () => socket
  const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, (res) =>
    readBody(res, req, request, settle)
  )
  req.on('error', settle.reject)
  if (request.body) req.write(request.body)
  req.end()
}

/**
 * The built-in node:http(s) transport. Chosen over fetch for start-up and memory: fetch loads
 * undici and compiles its parser on first use, and its web streams cost garbage per request.
 * Redirects are never followed (node:http does not follow them).
 *
 * `env` is read once, here: https:// requests go through an HTTPS_PROXY CONNECT tunnel unless
 * NO_PROXY exempts the host (see proxy.ts); http:// requests (loopback only) never do. The
 * per-request timeout covers the CONNECT and the TLS handshake as well.
 */
export function createTransport(env: Env = {}): Transport {
  const proxies = proxySettings(env)
  return (request, timeoutMs) =>
    new Promise((resolve, reject) => {
      const url = new URL(request.url)
      const signal = AbortSignal.timeout(timeoutMs)
      const proxy = proxyFor(proxies, url)
      const refusal = unusableProxy(proxies, proxy, url)
      if (refusal) return reject(refusal)
      const send = (socket?: Socket) => sendOn(socket, request, url, signal, { resolve, reject })
      if (proxy) tunnel(proxy, url, signal).then(send, reject)
      else send()
    })
}

/** A direct transport that ignores any proxy environment. */
export const nodeTransport: Transport = createTransport({})

export type HttpOutcome =
  { kind: 'response'; response: HttpResponse } | { kind: 'error'; error: string }

export interface HttpClientOptions {
  /** Base URLs credentials may be sent to (https, or http on loopback). */
  allowedBases: string[]
  maxAttempts?: number
  requestTimeoutMs?: number
  baseDelayMs?: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  transport?: Transport
}

const RETRY_STATUS = new Set([429, 502, 503, 504])
export { urlProblem }

/** An Error, also one made in another realm (node's own errors, seen from a test's VM context). */
const isError = (value: unknown): value is Error =>
  value instanceof Error || types.isNativeError(value)

/** The cause of a network error, including the one fetch would hide behind "fetch failed". */
export function describeError(error: unknown, timeoutMs: number): string {
  if (isError(error)) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') {
      return `no answer within ${Math.round(timeoutMs / 100) / 10}s`
    }
    const own = (error as { code?: string }).code
    if (own === TOO_LARGE) return error.message
    if (own) return `${own}: ${error.message}`
    const cause = (error as { cause?: unknown }).cause
    if (isError(cause)) {
      const code = (cause as { code?: string }).code
      return code ? `${code}: ${cause.message}` : cause.message
    }
    return error.message
  }
  return String(error)
}

/** Retry-After in milliseconds (seconds or an HTTP date), or null. */
export function retryAfterMs(value: string | null, nowMs: number): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs)
}

/** No single request waits longer than this, whatever the whole check's budget. */
export const REQUEST_TIMEOUT_CAP_MS = 10_000

export class HttpClient {
  private readonly options: Required<HttpClientOptions>

  constructor(options: HttpClientOptions) {
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined))
    this.options = {
      maxAttempts: 3,
      requestTimeoutMs: REQUEST_TIMEOUT_CAP_MS,
      baseDelayMs: 250,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      transport: nodeTransport,
      allowedBases: options.allowedBases,
      ...given
    }
  }

  private allowed(url: string): boolean {
    return (
      this.options.allowedBases.some(
        (base) =>
          url === base || url.startsWith(base.replace(/\/?$/, '/')) || url.startsWith(base + '?')
      ) && urlProblem(url) === null
    )
  }

  /** Sends the request, retrying within the budget that ends at `deadline` (epoch ms). */
  async send(request: HttpRequest, deadline: number): Promise<HttpOutcome> {
    if (!this.allowed(request.url)) {
      return {
        kind: 'error',
        error: 'refused: not one of the configured Bitbucket/Atlassian URLs'
      }
    }
    const { maxAttempts, requestTimeoutMs, baseDelayMs, sleep, random } = this.options
    let last: HttpOutcome = {
      kind: 'error',
      error: 'no time left in the timeout-seconds budget'
    }
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const remaining = deadline - Date.now()
      if (remaining <= 0) break
      const timeoutMs = Math.min(requestTimeoutMs, remaining)
      last = await this.once(request, timeoutMs)
      const retryable =
        (last.kind === 'error' && !last.error.startsWith('response too large')) ||
        (last.kind === 'response' && RETRY_STATUS.has(last.response.status))
      if (!retryable || attempt === maxAttempts) break
      const hinted =
        last.kind === 'response'
          ? retryAfterMs(last.response.headers.get('retry-after'), Date.now())
          : null
      const backoff = baseDelayMs * 2 ** (attempt - 1)
      const delay = hinted ?? backoff / 2 + random() * (backoff / 2)
      if (Date.now() + delay >= deadline - 50) break
      await sleep(delay)
    }
    return last
  }

  private async once(request: HttpRequest, timeoutMs: number): Promise<HttpOutcome> {
    try {
      const response = await this.options.transport(request, timeoutMs)
      return { kind: 'response', response }
    } catch (error) {
      return { kind: 'error', error: describeError(error, timeoutMs) }
    }
  }
}
