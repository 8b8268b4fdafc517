/**
 * A Bitbucket Cloud emulator on loopback: /2.0/user and /2.0/repositories with the headers,
 * status codes and bodies of docs/bitbucket-facts.md, the OAuth token endpoint, Git over HTTPS (ref
 * advertisements), and the Atlassian admin API. This slim core is what the --demo ships; the
 * test-only parts (switchable faults, and Git's own CGI backend for a project root) are
 * injected by __tests__/emulator/emulator.ts, which only tests and the bench import.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { matchScopedRoute, type ScopedRoute } from './consumer-endpoints.js'
import { LoopbackServer, type AuthHeader } from './loopback-server.js'

export type { LoggedRequest } from './loopback-server.js'
import { send } from './send.js'
import { makeOAuthToken } from './tokens.js'

export interface EmuAccount {
  accountId: string
  username: string
  email: string
  displayName: string
}

export type EmuKind =
  | 'api-token'
  | 'unscoped-api-token'
  | 'app-password'
  | 'repository-access-token'
  | 'project-access-token'
  | 'workspace-access-token'
  | 'oauth-access-token'

export interface EmuToken {
  secret: string
  kind: EmuKind
  scopes: string[]
  account?: EmuAccount
  /** Repositories (workspace/slug) an access token reaches; API tokens reach all. */
  repositories?: string[]
  /** After this instant Bitbucket answers 401. */
  expiresAt?: string
  revoked?: boolean
  /**
   * How /2.0/user answers an access token (docs/bitbucket-facts.md §7.4, §8: 401 and 403 both
   * seen).
   */
  userAnswer?: 401 | 403
}

export interface EmuConsumer {
  key: string
  secret: string
  scopes: string[]
  public?: boolean
  expiresIn?: number
  /** expires_in written as raw JSON text (1e400 has no JSON.stringify form). */
  expiresInRaw?: string
}

export interface EmuAdminToken {
  label: string
  status?: string
  createdAt?: string
  expiresAt: string
  account: EmuAccount
}

export type FaultKind =
  | 'hang'
  | 'reset'
  | 'status-503'
  | 'status-502'
  | 'html-500'
  | 'rate-limit'
  | 'truncated'
  | 'non-json'
  | 'redirect'
  | 'sporadic-401'
  | 'hostile-text'
  | 'prototype-names'
  | 'endless-body'

export interface Fault {
  kind: FaultKind
  /** Only requests whose path matches. */
  path?: RegExp
  /** Only the first N matching requests (then normal answers). */
  times?: number
  retryAfter?: string
  /** For hostile-text: the text Bitbucket's answer carries (message, username, scopes header). */
  text?: string
  /** For hostile-text: 200 (a user whose fields carry the text) or 401 (a message), the default. */
  status?: 200 | 401
}

export interface EmulatorOptions {
  tokens?: EmuToken[]
  consumers?: EmuConsumer[]
  repositories?: string[]
  admin?: {
    orgId: string
    key: string
    scopes?: string[]
    tokens: EmuAdminToken[]
    pageSize?: number
  }
  /** Folder of bare repositories (<workspace>/<slug>.git), served by the injected Git backend. */
  gitProjectRoot?: string
  latencyMs?: number
  faults?: Fault[]
  /** Serve https:// with this key and certificate (tests of the TLS path, e.g. through a proxy). */
  tls?: { key: string | Buffer; cert: string | Buffer }
}

const API_TOKEN_401 = {
  type: 'error',
  error: { message: 'Token is invalid, expired, or not supported for this endpoint.' }
}
const CREDENTIAL_TYPE: Partial<Record<EmuKind, string>> = {
  'api-token': 'api_token',
  'repository-access-token': 'repo_access_token',
  'project-access-token': 'project_access_token',
  'workspace-access-token': 'workspace_access_token'
}

/**
 * Classic scope → the classic scopes Bitbucket treats it as implying
 * (docs/bitbucket-facts.md §5.1). Stated here, not imported from src/core/scopes.ts, so a wrong row
 * in the product's table fails the end-to-end tests instead of being agreed with by the double.
 */
const CLASSIC_IMPLIES: Partial<Record<string, string[]>> = {
  'repository:write': ['repository'],
  pullrequest: ['repository'],
  'pullrequest:write': ['pullrequest', 'repository:write', 'repository'],
  project: ['repository'],
  'project:admin': ['project', 'repository'],
  'pipeline:write': ['pipeline'],
  'pipeline:variable': ['pipeline', 'pipeline:write'],
  'runner:write': ['runner'],
  'issue:write': ['issue'],
  'snippet:write': ['snippet'],
  'account:write': ['account']
}

function has(token: EmuToken, scope: string): boolean {
  const all = new Set<string>()
  for (const s of token.scopes) {
    all.add(s)
    for (const i of (Object.hasOwn(CLASSIC_IMPLIES, s) && CLASSIC_IMPLIES[s]) || []) all.add(i)
  }
  return all.has(scope)
}

/** The test-only parts, injected by emulator.ts; without them faults and the project root are ignored. */
export interface EmulatorExtensions {
  /** Answers with the fault; true when the request is handled (or deliberately left hanging). */
  applyFault?: (fault: Fault, res: ServerResponse) => boolean
  /** Serves Git over HTTP from the bare repositories under the project root. */
  runGitBackend?: (
    projectRoot: string,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    user: string
  ) => Promise<void>
}

export class BitbucketEmulatorCore extends LoopbackServer<Fault, EmulatorOptions> {
  private readonly minted: EmuToken[] = []

  constructor(
    options: EmulatorOptions = {},
    private readonly extensions: EmulatorExtensions = {}
  ) {
    super(options)
  }

  get apiUrl(): string {
    return `${this.url}/2.0`
  }

  get oauthUrl(): string {
    return `${this.url}/site/oauth2/access_token`
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { url, auth } = this.receive(req)
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs))
    const fault = this.fault(url.pathname)
    if (fault && this.extensions.applyFault?.(fault, res)) return
    try {
      if (url.pathname === '/2.0/user') return this.user(auth, res)
      const repo = /^\/2\.0\/repositories\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname)
      if (repo)
        return this.repository(
          auth,
          `${decodeURIComponent(repo[1])}/${decodeURIComponent(repo[2])}`,
          res
        )
      const scoped = matchScopedRoute(url.pathname)
      if (scoped) return this.scoped(auth, scoped, res)
      if (url.pathname === '/site/oauth2/access_token' && req.method === 'POST')
        return await this.oauth(req, auth, res)
      const admin = /^\/admin\/api-access\/v1\/orgs\/([^/]+)\/api-tokens$/.exec(url.pathname)
      if (admin) return this.adminTokens(decodeURIComponent(admin[1]), auth, url, res)
      const git = /^\/([^/]+)\/([^/]+?)\.git(\/.*)$/.exec(url.pathname)
      if (git) return await this.git(req, res, auth, `${git[1]}/${git[2]}`, git[3], url)
      send(res, 404, { type: 'error', error: { message: 'Resource not found' } })
    } catch (error) {
      if (!res.headersSent) send(res, 500, { type: 'error', error: { message: String(error) } })
    }
  }

  /** The token behind a request, or the reason Bitbucket would refuse it. */
  private resolve(auth: AuthHeader): EmuToken | null {
    if (auth.scheme === 'none') return null
    const token = [...(this.options.tokens ?? []), ...this.minted].find(
      (t) => t.secret === auth.secret
    )
    if (!token || token.revoked) return null
    if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now()) return null
    if (token.kind === 'app-password' || token.kind === 'unscoped-api-token') return null
    if (token.kind === 'api-token') {
      return auth.scheme === 'basic' &&
        auth.user.toLowerCase() === token.account?.email.toLowerCase()
        ? token
        : null
    }
    return auth.scheme === 'bearer' ? token : null
  }

  private scopeHeaders(token: EmuToken, accepted: string): Record<string, string> {
    const headers: Record<string, string> = {
      'x-oauth-scopes': token.scopes.join(', '),
      'x-accepted-oauth-scopes': accepted
    }
    const type = CREDENTIAL_TYPE[token.kind]
    if (type) headers['x-credential-type'] = type
    return headers
  }

  private unauthorized(auth: AuthHeader, res: ServerResponse): void {
    const token = (this.options.tokens ?? []).find((t) => t.secret === auth.secret)
    const expired = token?.expiresAt !== undefined && Date.parse(token.expiresAt) <= Date.now()
    if (token?.kind === 'oauth-access-token' && expired && auth.scheme === 'bearer') {
      // A stored OAuth access token past its life (docs/bitbucket-facts.md §4.1, §8).
      return send(res, 401, { type: 'error', error: { message: 'Access token expired.' } })
    }
    const apiTokenish =
      auth.secret.startsWith('ATATT') ||
      token?.kind === 'api-token' ||
      token?.kind === 'unscoped-api-token'
    send(res, 401, apiTokenish ? API_TOKEN_401 : '', {
      'www-authenticate': 'Basic realm="Bitbucket.org HTTP"'
    })
  }

  private forbidden(
    token: EmuToken,
    required: string,
    accepted: string,
    res: ServerResponse
  ): void {
    send(
      res,
      403,
      {
        type: 'error',
        error: {
          message: 'Your credentials lack one or more required privilege scopes.',
          detail: { required: [required], granted: token.scopes }
        }
      },
      this.scopeHeaders(token, accepted)
    )
  }

  private user(auth: AuthHeader, res: ServerResponse): void {
    const token = this.resolve(auth)
    if (!token) return this.unauthorized(auth, res)
    const granular = token.kind === 'api-token'
    const required = granular ? 'read:user:bitbucket' : 'account'
    if (token.kind.endsWith('access-token') && token.kind !== 'oauth-access-token') {
      if (token.userAnswer === 401) {
        // A first-hand capture for a repository access token (docs/bitbucket-facts.md §8).
        return send(res, 401, {
          type: 'error',
          error: { message: 'Token is invalid or not supported for this endpoint.' }
        })
      }
      return send(
        res,
        403,
        { type: 'error', error: { message: 'Access tokens are not users.' } },
        this.scopeHeaders(token, 'account')
      )
    }
    if (!has(token, required)) return this.forbidden(token, required, required, res)
    const a = token.account
    send(
      res,
      200,
      {
        type: 'user',
        username: a?.username ?? 'app-user',
        nickname: a?.username ?? 'app-user',
        account_id: a?.accountId ?? null,
        display_name: a?.displayName ?? 'App user',
        uuid: '{00000000-0000-4000-8000-000000000000}'
      },
      this.scopeHeaders(token, required)
    )
  }

  private reaches(token: EmuToken, fullName: string): boolean {
    return !token.repositories || token.repositories.includes(fullName)
  }

  private repository(auth: AuthHeader, fullName: string, res: ServerResponse): void {
    const token = this.resolve(auth)
    if (!token) return this.unauthorized(auth, res)
    const granular = token.kind === 'api-token'
    const required = granular ? 'read:repository:bitbucket' : 'repository'
    if (!(this.options.repositories ?? []).includes(fullName)) {
      return send(
        res,
        404,
        { type: 'error', error: { message: `Repository ${fullName} not found` } },
        this.scopeHeaders(token, required)
      )
    }
    if (!has(token, required)) return this.forbidden(token, required, required, res)
    if (!this.reaches(token, fullName)) {
      return send(
        res,
        403,
        {
          type: 'error',
          error: { message: 'Access denied. You must have read access to this repository.' }
        },
        this.scopeHeaders(token, required)
      )
    }
    send(
      res,
      200,
      { type: 'repository', full_name: fullName, is_private: true },
      this.scopeHeaders(token, required)
    )
  }

  /** A consumer endpoint: 401, 404 outside the known world, 403 without scope or reach. */
  private scoped(auth: AuthHeader, route: ScopedRoute, res: ServerResponse): void {
    const token = this.resolve(auth)
    if (!token) return this.unauthorized(auth, res)
    const required = token.kind === 'api-token' ? route.granular : route.classic
    const known = this.options.repositories ?? []
    const exists = route.repository
      ? known.includes(route.repository)
      : known.some((r) => r.startsWith(`${route.workspace}/`))
    if (!exists) return send(res, 404, { type: 'error', error: { message: 'Resource not found' } })
    if (required && !has(token, required)) return this.forbidden(token, required, required, res)
    const reach = token.repositories
    const reaches = route.repository
      ? this.reaches(token, route.repository)
      : !reach || reach.some((r) => r.startsWith(`${route.workspace}/`))
    if (!reaches)
      return send(
        res,
        403,
        { type: 'error', error: { message: 'Access denied.' } },
        this.scopeHeaders(token, required)
      )
    send(
      res,
      200,
      route.body(route.repository ?? route.workspace),
      this.scopeHeaders(token, required)
    )
  }

  private async oauth(req: IncomingMessage, auth: AuthHeader, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
    const consumer = (this.options.consumers ?? []).find(
      (c) => auth.scheme === 'basic' && c.key === auth.user && c.secret === auth.secret
    )
    if (!consumer) {
      return send(res, 401, {
        error_description: 'Requests must be authenticated using OAuth client credentials',
        error: 'unauthorized_client'
      })
    }
    if (form.get('grant_type') !== 'client_credentials')
      return send(res, 400, {
        error: 'unsupported_grant_type',
        error_description: 'Unsupported grant type'
      })
    if (consumer.public) {
      return send(res, 400, {
        error: 'unauthorized_client',
        error_description:
          'Cannot use client_credentials with a consumer marked as "public". Calls for auto generated consumers should use urn:bitbucket:oauth2:jwt instead.'
      })
    }
    const secret = makeOAuthToken(`${consumer.key}:${this.minted.length}`)
    this.minted.push({ secret, kind: 'oauth-access-token', scopes: consumer.scopes })
    const body = JSON.stringify({
      access_token: secret,
      scope: consumer.scopes.join(' '),
      expires_in: consumer.expiresIn ?? 7200,
      token_type: 'bearer',
      state: 'client_credentials'
    })
    res.writeHead(200, { 'content-type': 'application/json', server: 'envoy' })
    res.end(
      consumer.expiresInRaw
        ? body.replace(/"expires_in":[^,}]+/, `"expires_in":${consumer.expiresInRaw}`)
        : body
    )
  }

  private adminTokens(orgId: string, auth: AuthHeader, url: URL, res: ServerResponse): void {
    const admin = this.options.admin
    if (!admin || orgId !== admin.orgId || auth.scheme !== 'bearer' || auth.secret !== admin.key) {
      return send(res, 401, { code: 401, message: 'Unauthorized' })
    }
    if (!(admin.scopes ?? ['read:tokens:admin']).includes('read:tokens:admin'))
      return send(res, 403, { code: 403, message: 'Forbidden: missing scope read:tokens:admin' })
    const size = admin.pageSize ?? 2
    const start = Number(url.searchParams.get('cursor') ?? '0')
    const page = admin.tokens.slice(start, start + size)
    const next = start + size < admin.tokens.length ? String(start + size) : undefined
    send(res, 200, {
      data: page.map((t, i) => ({
        id: `tok-${start + i}`,
        label: t.label,
        status: t.status ?? 'ALLOWED',
        createdAt: t.createdAt ?? '2026-01-01T00:00:00.000Z',
        expiresAt: t.expiresAt,
        lastActiveAt: '2026-11-01T00:00:00.000Z',
        user: {
          id: t.account.accountId,
          orgId,
          name: t.account.displayName,
          email: t.account.email
        }
      })),
      links: { self: url.pathname, ...(next ? { next } : {}) }
    })
  }

  private gitUserOk(token: EmuToken, user: string): boolean {
    if (token.kind === 'api-token')
      return user === 'x-bitbucket-api-token-auth' || user === token.account?.username
    return user === 'x-token-auth'
  }

  /** The token behind a Git request, or null once Bitbucket's refusal has been sent. */
  private gitToken(auth: AuthHeader, res: ServerResponse): EmuToken | null {
    const challenge = { 'www-authenticate': 'Basic realm="Bitbucket.org HTTP"' }
    if (auth.scheme !== 'basic') {
      send(res, 401, 'Unauthorized', challenge)
      return null
    }
    const known = [...(this.options.tokens ?? []), ...this.minted].find(
      (t) => t.secret === auth.secret
    )
    if (known?.kind === 'app-password') {
      send(
        res,
        410,
        'CHANGE-3222 - Functionality has been deprecated\nApp passwords are deprecated and must be replaced with API tokens.\nhttps://developer.atlassian.com/cloud/bitbucket/changelog#CHANGE-3222\n'
      )
      return null
    }
    const token =
      known &&
      this.resolve(
        known.kind === 'api-token'
          ? { scheme: 'basic', user: known.account?.email ?? '', secret: known.secret }
          : { scheme: 'bearer', user: '', secret: known.secret }
      )
    if (!token || !this.gitUserOk(token, auth.user)) {
      send(
        res,
        401,
        'remote: You may not have access to this repository or it no longer exists in this workspace. If you think this repository exists and you have access, make sure you are authenticated.\n',
        challenge
      )
      return null
    }
    return token
  }

  private async git(
    req: IncomingMessage,
    res: ServerResponse,
    auth: AuthHeader,
    fullName: string,
    rest: string,
    url: URL
  ): Promise<void> {
    const service = url.searchParams.get('service') ?? rest.replace(/^\//, '')
    const token = this.gitToken(auth, res)
    if (!token) return
    if (!(this.options.repositories ?? []).includes(fullName) || !this.reaches(token, fullName))
      return send(res, 404, 'Repository not found\n')
    if (!gitScopes(token, service === 'git-receive-pack').every((s) => has(token, s)))
      return send(
        res,
        403,
        'remote: Your credentials lack one or more required privilege scopes.\n'
      )
    const backend = this.extensions.runGitBackend
    if (!this.options.gitProjectRoot || !backend) return advertiseRefs(res, service)
    await backend(this.options.gitProjectRoot, req, res, url, auth.user)
  }
}

/** The scopes a clone (or, for a push, a write) needs from this kind of token. */
function gitScopes(token: EmuToken, write: boolean): string[] {
  const granular = token.kind === 'api-token'
  if (!write) return [granular ? 'read:repository:bitbucket' : 'repository']
  return granular
    ? ['read:repository:bitbucket', 'write:repository:bitbucket']
    : ['repository:write']
}

/** An empty ref advertisement for the service: enough for `git ls-remote` to succeed. */
function advertiseRefs(res: ServerResponse, service: string): void {
  res.writeHead(200, {
    'content-type': `application/x-${service}-advertisement`,
    'cache-control': 'no-cache'
  })
  const line = `# service=${service}\n`
  res.end(`${(line.length + 4).toString(16).padStart(4, '0')}${line}0000`)
}
