/** Checks every credential of the settings through a bounded pool and builds the report. */
import { createHash } from 'node:crypto'
import type { EvaluationPolicy } from '../core/evaluate.js'
import { buildReport } from '../core/report.js'
import type { CredentialReport, CredentialSpec, Report } from '../core/types.js'
import type { Settings } from '../inputs/settings.js'
import { HttpClient } from '../probe/http-client.js'
import { adminExpiryLookup } from '../probe/probe-admin.js'
import { checkCredential, type CheckContext } from './check-credential.js'
import { mapPool } from './pool.js'

export interface RunOptions {
  mask: (secret: string) => void
  now?: () => Date
  history?: CheckContext['history']
  /** Called as each credential's check finishes (in the order they finish). */
  onResult?: (result: CredentialReport, done: number, total: number) => void
}

/** A stable, non-reversible name for a secret, for state kept between runs. */
export function fingerprint(spec: CredentialSpec): string {
  const secret = (spec.clientId ? `${spec.clientId}:${spec.clientSecret}` : spec.token).trim()
  return createHash('sha256')
    .update(`bitbucket-credential-check:${secret}`)
    .digest('hex')
    .slice(0, 16)
}

export function policyOf(settings: Settings): EvaluationPolicy {
  const host = (url: string) => new URL(url).host
  return {
    warnDays: settings.warnDays,
    failDays: settings.failDays,
    failOnIndeterminate: settings.failOnIndeterminate,
    failOnUnknownExpiry: settings.failOnUnknownExpiry,
    maxLifetimeDays: settings.maxLifetimeDays,
    offline: settings.offline,
    gitUrl: settings.gitUrl,
    checkGit: settings.checkGit,
    apiHost: host(settings.apiUrl)
  }
}

/** Requests a credential needs one after another: an OAuth consumer mints a token first. */
export function chainLength(spec: CredentialSpec): number {
  return spec.clientId.trim() ? 2 : 1
}

export async function runCheck(settings: Settings, options: RunOptions): Promise<Report> {
  const now = options.now ?? (() => new Date())
  const client = new HttpClient({
    allowedBases: [settings.apiUrl, settings.gitUrl, settings.oauthUrl],
    requestTimeoutMs: Math.min(10_000, settings.timeoutSeconds * 1000)
  })
  const ctx: CheckContext = {
    client,
    apiUrl: settings.apiUrl,
    gitUrl: settings.gitUrl,
    oauthUrl: settings.oauthUrl,
    timeoutSeconds: settings.timeoutSeconds,
    policy: policyOf(settings),
    now,
    mask: options.mask,
    history: options.history,
    adminLookup:
      settings.atlassianAdminKey && !settings.offline ? adminExpiryLookup(settings) : undefined
  }
  let done = 0
  const results = await mapPool(
    settings.credentials,
    settings.concurrency,
    async (spec) => {
      const result = await checkCredential(spec, ctx, fingerprint(spec))
      options.onResult?.(result, ++done, settings.credentials.length)
      return result
    },
    chainLength
  )
  return buildReport(results, now())
}
