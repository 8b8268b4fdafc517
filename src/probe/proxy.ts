/**
 * Proxy support for the one transport, as the runner and curl read it: https_proxy / HTTPS_PROXY
 * (lower case first) for https:// targets, except hosts matched by no_proxy / NO_PROXY. A request
 * goes through an HTTP CONNECT tunnel and TLS runs end to end over it (certificate verified for
 * the target host), so the proxy never sees the credentials in clear.
 *
 * Plain http:// targets (only ever loopback) are never sent through a proxy: the credentials
 * would cross it in clear, and a proxy cannot reach the runner's own loopback anyway.
 */
import { request as httpRequest } from 'node:http'
import { BlockList, isIP, type Socket } from 'node:net'
import { connect as tlsConnect, type TLSSocket } from 'node:tls'

export type Env = Record<string, string | undefined>

export interface ProxyConfig {
  /** The proxy URL (http://), userinfo included; never shown. */
  url: URL
  /** host:port of the proxy, the only part of it ever named in a message. */
  label: string
  /** The Proxy-Authorization header value, when the proxy URL carries userinfo. */
  authorization?: string
}

export interface ProxySettings {
  /** The proxy for https:// targets, or null. */
  https: ProxyConfig | null
  /** no_proxy / NO_PROXY as given (may be empty). */
  noProxy: string
  /** Why the proxy variable could not be used (it is then a network error for each request). */
  problem?: string
}

const pick = (env: Env, name: string): string => {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()]
  return value?.trim() ?? ''
}

/** Reads the proxy environment once (the transport keeps the result for the whole run). */
export function proxySettings(env: Env): ProxySettings {
  const noProxy = pick(env, 'no_proxy')
  const raw = pick(env, 'https_proxy')
  if (!raw) return { https: null, noProxy }
  let url: URL
  try {
    // Like curl, a proxy without a scheme is an http:// proxy.
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`)
  } catch {
    return { https: null, noProxy, problem: 'HTTPS_PROXY is not a valid URL' }
  }
  const label = `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`
  if (url.protocol !== 'http:') {
    return {
      https: null,
      noProxy,
      problem: `HTTPS_PROXY ${label}: only http:// proxies are supported (not ${url.protocol})`
    }
  }
  const authorization =
    url.username || url.password
      ? `Basic ${Buffer.from(
          `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
        ).toString('base64')}`
      : undefined
  return { https: { url, label, authorization }, noProxy }
}

const bare = (host: string) =>
  host
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase()

/** One no_proxy entry split into host (or IP, or CIDR) and an optional port. */
function parseEntry(entry: string): { host: string; port?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry)
  if (bracketed) return { host: bracketed[1].toLowerCase(), port: bracketed[2] }
  const colons = entry.split(':').length - 1
  if (colons === 1) {
    const [host, port] = entry.split(':')
    return { host: bare(host), port: /^\d+$/.test(port) ? port : undefined }
  }
  return { host: bare(entry) }
}

/**
 * Whether no_proxy exempts host:port, with curl's rules: entries separated by commas (or
 * spaces), `*` alone matches every host, a name matches itself and its subdomains (a leading
 * dot is ignored), an entry with :port only that port, an IP itself, and an IP/bits range.
 */
export function noProxyMatches(noProxy: string, hostname: string, port: string): boolean {
  const host = bare(hostname)
  const hostIp = isIP(host)
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim()
    if (!entry) continue
    if (entry === '*') return true
    const { host: name, port: wanted } = parseEntry(entry)
    if (wanted !== undefined && wanted !== port) continue
    if (!name) continue
    const cidr = /^(.+)\/(\d{1,3})$/.exec(name)
    if (cidr && hostIp && isIP(cidr[1])) {
      const family = isIP(cidr[1]) === 6 ? 'ipv6' : 'ipv4'
      if (family !== (hostIp === 6 ? 'ipv6' : 'ipv4')) continue
      try {
        const list = new BlockList()
        list.addSubnet(cidr[1], Number(cidr[2]), family)
        if (list.check(host, family)) return true
      } catch {
        // Not a valid range: it matches nothing.
      }
      continue
    }
    if (hostIp || isIP(name)) {
      if (name === host) return true
      continue
    }
    const suffix = name.replace(/^\*?\./, '')
    if (host === suffix || host.endsWith(`.${suffix}`)) return true
  }
  return false
}

/** The proxy an https:// URL goes through, or null for a direct connection. */
export function proxyFor(settings: ProxySettings, url: URL): ProxyConfig | null {
  if (url.protocol !== 'https:' || !settings.https) return null
  if (noProxyMatches(settings.noProxy, url.hostname, url.port || '443')) return null
  return settings.https
}

const proxyError = (message: string, code = 'EPROXY') => Object.assign(new Error(message), { code })

/**
 * Opens a CONNECT tunnel to url's host through the proxy and runs TLS over it. The signal (the
 * request's timeout) covers the CONNECT, the TLS handshake and what follows. Messages name the
 * proxy by host:port only, never by its credentials.
 */
export function tunnel(proxy: ProxyConfig, url: URL, signal: AbortSignal): Promise<TLSSocket> {
  const target = bare(url.hostname)
  const authority = `${isIP(target) === 6 ? `[${target}]` : target}:${url.port || '443'}`
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: authority }
    if (proxy.authorization) headers['proxy-authorization'] = proxy.authorization
    const connect = httpRequest({
      host: bare(proxy.url.hostname),
      port: proxy.url.port || 80,
      method: 'CONNECT',
      path: authority,
      headers,
      agent: false,
      signal
    })
    connect.on('connect', (res, socket: Socket, head: Buffer) => {
      if (res.statusCode !== 200) {
        socket.destroy()
        reject(
          proxyError(
            `the proxy ${proxy.label} refused to CONNECT to ${authority}: HTTP ${res.statusCode ?? 0}${
              res.statusCode === 407 ? ' (proxy authentication required)' : ''
            }`
          )
        )
        return
      }
      if (head.length > 0) socket.unshift(head)
      const secure = tlsConnect({
        socket,
        host: target,
        servername: isIP(target) ? undefined : target
      })
      const abort = () => secure.destroy(signal.reason as Error)
      signal.addEventListener('abort', abort, { once: true })
      secure.once('secureConnect', () => {
        signal.removeEventListener('abort', abort)
        resolve(secure)
      })
      secure.once('error', (error: Error) => {
        signal.removeEventListener('abort', abort)
        reject(error)
      })
    })
    connect.on('error', (error: Error & { code?: string }) => {
      if (error.name === 'AbortError' || error.name === 'TimeoutError') {
        reject(error)
        return
      }
      reject(proxyError(`could not reach the proxy ${proxy.label}`, error.code ?? 'EPROXY'))
    })
    connect.end()
  })
}
