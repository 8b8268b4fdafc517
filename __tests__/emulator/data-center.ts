/**
 * A Bitbucket Data Center emulator on loopback (facts: data-center-facts.md): the anonymous-safe
 * `application-properties` with `X-AUSERNAME` only for an accepted token, the repository
 * endpoint, the token records under `/rest/access-tokens/latest`, Git under `/scm` (real
 * `git http-backend` when a project root is given), and the path rule of 8.9.22 / 8.19.12 /
 * 9.3.2: outside `/rest` and `/scm` a Bearer token gets a 302 to the login page, Basic a 401.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { LoopbackServer, type AuthHeader } from '../../src/emulator/loopback-server.js'
import { resolveDcToken } from './data-center-auth.js'
import { recordAnswer } from './data-center-records.js'
import { dcErrors, dcSend, permits } from './data-center-send.js'
import type { Fault, LoggedRequest } from '../../src/emulator/emulator-core.js'
import { applyFault } from './faults.js'
import { runGitBackend } from './git-backend.js'

export interface DcUser {
  name: string
  slug: string
  emailAddress: string
  displayName: string
}

export interface DcToken {
  secret: string
  /** The 12-digit id, also encoded at the start of the token (facts §2, §11.3). */
  id: string
  name: string
  kind: 'personal' | 'project' | 'repository'
  /** The owner of a personal token. */
  user?: DcUser
  /** The project key of a project token; `PROJECT/slug` of a repository token. */
  resource?: string
  permissions: string[]
  /** Epoch ms; absent: the token does not expire. */
  expiryDate?: number
  revoked?: boolean
  /** Whether the token may read its own record (facts §11.2, unknown: both ways). */
  canReadRecord?: boolean
}

export interface DataCenterOptions {
  tokens: DcToken[]
  /** `PROJECT/slug` and `~user/slug` repositories. */
  repositories: string[]
  /** How a refused Bearer token is answered on application-properties (facts §6, §11.6). */
  refusedBearer?: 'anonymous-200' | '401'
  /** X-AUSERNAME of project and repository tokens (facts §11.5, unknown). */
  tokenUserName?: (token: DcToken) => string
  /** Folder of bare repositories (<PROJECT>/<slug>.git) served by git http-backend. */
  gitProjectRoot?: string
  faults?: Fault[]
  /** Added to every answer, to measure how many requests a check makes one after another. */
  latencyMs?: number
}

/** A request as the Data Center emulator saw it (the Basic user name, never the secret). */
export type DcLoggedRequest = LoggedRequest

const CHALLENGE = { 'www-authenticate': 'Basic realm="Atlassian Bitbucket"' }

/** Data Center's answer to a login it refuses: 401, its error body, a Basic challenge. */
const refuseLogin = (res: ServerResponse) =>
  dcSend(
    res,
    401,
    dcErrors(
      'Authentication failed. Please check your credentials and try again.',
      'com.atlassian.bitbucket.auth.IncorrectPasswordAuthenticationException'
    ),
    CHALLENGE
  )

export class DataCenterEmulator extends LoopbackServer<Fault, DataCenterOptions> {
  /** Rejected Basic logins per username (Data Center locks the account behind a CAPTCHA). */
  readonly failedBasicLogins = new Map<string, number>()

  /** The token a request authenticates as; a rejected Basic login is counted. */
  private who(auth: AuthHeader): DcToken | null {
    const token = resolveDcToken(this.options.tokens, auth, Date.now())
    if (!token && auth.scheme === 'basic') {
      this.failedBasicLogins.set(auth.user, (this.failedBasicLogins.get(auth.user) ?? 0) + 1)
    }
    return token
  }

  userName(token: DcToken): string {
    if (token.kind === 'personal' && token.user) return token.user.name
    return this.options.tokenUserName?.(token) ?? `${token.kind}-token-${token.id}`
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { url, auth } = this.receive(req)
    if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs))
    const fault = this.fault(url.pathname)
    if (fault && applyFault(fault, res)) return
    try {
      if (!/^\/(rest|scm)(\/|$)/.test(url.pathname)) return this.outside(auth, url, res)
      if (url.pathname === '/rest/api/1.0/application-properties')
        return this.applicationProperties(auth, res)
      const repo = /^\/rest\/api\/1\.0\/projects\/([^/]+)\/repos\/([^/]+)\/?$/.exec(url.pathname)
      if (repo)
        return this.repository(
          auth,
          `${decodeURIComponent(repo[1])}/${decodeURIComponent(repo[2])}`,
          res
        )
      if (url.pathname.startsWith('/rest/access-tokens/')) return this.record(auth, url, res)
      const git = /^\/scm\/([^/]+)\/([^/]+?)\.git(\/.*)$/.exec(url.pathname)
      if (git) return await this.git(req, res, auth, git[1], git[2], url)
      dcSend(
        res,
        404,
        dcErrors('No resource at this path.', 'com.sun.jersey.api.NotFoundException')
      )
    } catch (error) {
      if (!res.headersSent) dcSend(res, 500, dcErrors(String(error), 'java.lang.RuntimeException'))
    }
  }

  /** Outside /rest and /scm tokens are not honoured (facts §3). */
  private outside(auth: AuthHeader, url: URL, res: ServerResponse): void {
    if (auth.scheme === 'bearer') {
      res.writeHead(302, { location: `${this.url}/login?next=${encodeURIComponent(url.pathname)}` })
      return void res.end()
    }
    if (auth.scheme === 'basic') {
      this.failedBasicLogins.set(auth.user, (this.failedBasicLogins.get(auth.user) ?? 0) + 1)
      return dcSend(
        res,
        401,
        dcErrors('Authentication failed.', 'com.atlassian.bitbucket.AuthorisationException'),
        CHALLENGE
      )
    }
    res.writeHead(200, { 'content-type': 'text/html;charset=UTF-8' })
    res.end(
      '<!DOCTYPE html><html><head><title>Log in - Bitbucket</title></head><body></body></html>'
    )
  }

  private applicationProperties(auth: AuthHeader, res: ServerResponse): void {
    const props = {
      version: '9.3.2',
      buildNumber: '9003002',
      buildDate: '1718000000000',
      displayName: 'Bitbucket'
    }
    const token = this.who(auth)
    if (token) return dcSend(res, 200, props, { 'x-ausername': this.userName(token) })
    const refused =
      auth.scheme === 'basic' || (auth.scheme === 'bearer' && this.options.refusedBearer === '401')
    if (refused) return refuseLogin(res)
    dcSend(res, 200, props)
  }

  /** Whether a token reaches a repository (project and repository tokens: only their own). */
  reaches(token: DcToken, fullName: string): boolean {
    const [project] = fullName.split('/')
    if (token.kind === 'repository') return token.resource?.toLowerCase() === fullName.toLowerCase()
    if (token.kind === 'project') return token.resource?.toLowerCase() === project.toLowerCase()
    return !project.startsWith('~') || project.slice(1).toLowerCase() === token.user?.slug
  }

  /** The canonical name of a repository, matched case-insensitively as Data Center does. */
  private findRepository(fullName: string): string | undefined {
    return this.options.repositories.find((r) => r.toLowerCase() === fullName.toLowerCase())
  }

  private repository(auth: AuthHeader, fullName: string, res: ServerResponse): void {
    const token = this.who(auth)
    if (!token) return refuseLogin(res)
    const name = this.findRepository(fullName)
    if (!name || !this.reaches(token, name) || !permits(token, 'REPO_READ')) {
      const [project, slug] = fullName.split('/')
      return dcSend(
        res,
        404,
        dcErrors(
          `Repository ${project}/${slug} does not exist.`,
          'com.atlassian.bitbucket.repository.NoSuchRepositoryException'
        )
      )
    }
    const [project, slug] = name.split('/')
    dcSend(res, 200, {
      slug,
      id: 1,
      name: slug,
      scmId: 'git',
      state: 'AVAILABLE',
      public: false,
      project: { key: project }
    })
  }

  private record(auth: AuthHeader, url: URL, res: ServerResponse): void {
    const caller = this.who(auth)
    const answer = recordAnswer(this.options.tokens, caller, url.pathname)
    dcSend(res, answer.status, answer.body, answer.status === 401 ? CHALLENGE : {})
  }

  private async git(
    req: IncomingMessage,
    res: ServerResponse,
    auth: AuthHeader,
    project: string,
    slug: string,
    url: URL
  ): Promise<void> {
    const service = url.searchParams.get('service') ?? ''
    const token = this.who(auth)
    if (!token) return dcSend(res, 401, 'Authentication failed\n', CHALLENGE)
    const name = this.findRepository(`${decodeURIComponent(project)}/${decodeURIComponent(slug)}`)
    if (!name || !this.reaches(token, name)) return dcSend(res, 404, 'Repository not found\n')
    const need = service === 'git-receive-pack' ? 'REPO_WRITE' : 'REPO_READ'
    if (!permits(token, need))
      return dcSend(res, 401, 'You are not permitted to access this resource\n', CHALLENGE)
    if (!this.options.gitProjectRoot) {
      res.writeHead(200, {
        'content-type': `application/x-${service}-advertisement`,
        'cache-control': 'no-cache'
      })
      const line = `# service=${service}\n`
      res.end(`${(line.length + 4).toString(16).padStart(4, '0')}${line}0000`)
      return
    }
    const backendUrl = new URL(
      url.pathname.replace(/^\/scm\/[^/]+\/[^/]+?\.git/, `/${name}.git`) + url.search,
      url
    )
    await runGitBackend(
      this.options.gitProjectRoot,
      req,
      res,
      backendUrl,
      auth.user || this.userName(token)
    )
  }
}
