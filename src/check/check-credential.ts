/**
 * Checks one credential: classify offline, mask every derived form, run the probes it needs
 * concurrently within its budget, then evaluate (pure).
 */
import { classify, type Classification } from '../core/classify.js'
import {
  evaluate,
  type AdminLookup,
  type EvaluationPolicy,
  type GitProbes,
  type History,
  type Probes
} from '../core/evaluate.js'
import { API_TOKEN_GIT_USER, KINDS } from '../core/kinds.js'
import { gitNeed } from '../core/purposes.js'
import type { CredentialReport, CredentialSpec, Identity, Repository } from '../core/types.js'
import type { HttpClient } from '../probe/http-client.js'
import { probeGit } from '../probe/probe-git.js'
import { mintToken } from '../probe/probe-oauth.js'
import { probeRepository, probeUser } from '../probe/probe-rest.js'
import { checkDataCenter } from './check-data-center.js'
import { basic, secretForms } from './secret-forms.js'

export interface CheckContext {
  client: HttpClient
  apiUrl: string
  gitUrl: string
  oauthUrl: string
  timeoutSeconds: number
  policy: EvaluationPolicy
  now: () => Date
  mask: (secret: string) => void
  /** Earlier results, keyed by the credential's fingerprint (tracking issue). */
  history?: (fingerprint: string) => Promise<History | undefined>
  /** Expiry from the Atlassian admin API, once the owner is known. */
  adminLookup?: (
    identity: Identity | null,
    spec: CredentialSpec
  ) => Promise<AdminLookup | undefined>
}

/** The Git username the kind needs, and the one the job declared when it differs. */
function gitUsernames(
  cls: Classification,
  spec: CredentialSpec
): { right: string; declared: string | null } {
  const declared = (spec.gitUsername || cls.gitUsername || '').trim()
  const kindUser = KINDS[cls.type].gitUsername
  const right = kindUser ?? (spec.username.trim() || declared || API_TOKEN_GIT_USER)
  const altOk =
    cls.type === 'api-token' &&
    declared &&
    spec.username.trim() === declared &&
    !declared.includes('@')
  return { right, declared: declared && declared !== right && !altOk ? declared : null }
}

/** Whether Git over HTTPS is probed for a credential whose repository is known. */
export function shouldProbeGit(spec: CredentialSpec, mode: EvaluationPolicy['checkGit']): boolean {
  if (mode === 'false') return false
  if (mode === 'true') return true
  return gitNeed(spec.purposes) !== null || spec.gitUsername.trim() !== ''
}

/** The REST Authorization header for the kind, or null when the identity it needs is missing. */
function restAuthorization(cls: Classification, bearer: string): string | null {
  if (cls.scheme === 'bearer' || cls.scheme === 'oauth-client-credentials') {
    return bearer ? `Bearer ${bearer}` : null
  }
  return cls.restUser ? `Basic ${basic(cls.restUser, cls.secret)}` : null
}

/** Git read (and write) probes as one username; the result fills in as the answers come. */
function probeGitAs(
  ctx: CheckContext,
  repository: Repository,
  username: string,
  secret: string,
  write: boolean,
  deadline: number
): { result: GitProbes; done: Promise<void> } {
  const result: GitProbes = { username }
  const auth = `Basic ${basic(username, secret)}`
  const runs = [
    probeGit(ctx.client, ctx.gitUrl, repository, 'git-upload-pack', auth, deadline).then(
      (r) => void (result.read = r)
    )
  ]
  if (write) {
    runs.push(
      probeGit(ctx.client, ctx.gitUrl, repository, 'git-receive-pack', auth, deadline).then(
        (r) => void (result.write = r)
      )
    )
  }
  return { result, done: Promise.all(runs).then(() => undefined) }
}

export async function checkCredential(
  spec: CredentialSpec,
  ctx: CheckContext,
  fingerprint: string
): Promise<CredentialReport> {
  const now = ctx.now()
  const deadline = Date.now() + ctx.timeoutSeconds * 1000
  const cls = classify(spec, now)
  // Bitbucket Data Center tokens are checked against their own server only (or not at all).
  if (cls.type === 'data-center-token') return checkDataCenter(spec, cls, ctx)
  const repository = spec.repository ?? cls.repository
  const effective: CredentialSpec = { ...spec, repository }
  const { right, declared } = gitUsernames(cls, spec)
  for (const form of secretForms(cls.secret, [cls.restUser ?? '', right, declared ?? '']))
    ctx.mask(form)
  for (const form of secretForms(spec.token, [])) ctx.mask(form)

  const history = ctx.history?.(fingerprint)
  const probes: Probes = {}
  if (cls.verdict === null && !ctx.policy.offline) {
    let bearer = cls.secret
    if (cls.type === 'oauth-consumer') {
      const oauth = await mintToken(
        ctx.client,
        ctx.oauthUrl,
        `Basic ${basic(cls.restUser ?? '', cls.secret)}`,
        deadline,
        ctx.mask
      )
      probes.oauth =
        oauth.outcome === 'minted'
          ? { outcome: 'minted', expiresIn: oauth.expiresIn, scopes: oauth.scopes }
          : { outcome: oauth.outcome, detail: oauth.detail }
      bearer = oauth.outcome === 'minted' ? oauth.accessToken : ''
    }
    if (cls.type === 'oauth-consumer' && bearer) {
      for (const form of secretForms(bearer, [right, declared ?? ''])) ctx.mask(form)
    }
    const authorization = restAuthorization(cls, bearer)
    const tasks: Promise<void>[] = []
    if (authorization) {
      const target = { apiUrl: ctx.apiUrl, authorization, deadline }
      tasks.push(probeUser(ctx.client, target).then((r) => void (probes.user = r)))
      if (repository) {
        tasks.push(
          probeRepository(ctx.client, target, repository).then((r) => void (probes.repo = r))
        )
      }
    }
    if (bearer && repository && shouldProbeGit(spec, ctx.policy.checkGit)) {
      const write = gitNeed(spec.purposes) === 'write'
      const main = probeGitAs(ctx, repository, right, bearer, write, deadline)
      probes.git = main.result
      tasks.push(main.done)
      if (declared) {
        const other = probeGitAs(ctx, repository, declared, bearer, write, deadline)
        probes.declaredGit = other.result
        tasks.push(other.done)
      }
    }
    await Promise.all(tasks)
    if (ctx.adminLookup && cls.type === 'api-token') {
      probes.admin = await ctx.adminLookup(probes.user?.identity ?? null, spec)
    }
  }
  probes.history = await history
  return evaluate(effective, cls, probes, ctx.policy, now)
}
