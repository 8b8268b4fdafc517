/** Checks every credential of the settings through a bounded pool and builds the report. */
import type { EvaluationPolicy } from '../core/evaluate.js'
import { buildReport } from '../core/report.js'
import { DATA_CENTER_PREFIX } from '../core/data-center-token.js'
import { uncheckedReport } from '../core/unchecked.js'
import type { CredentialReport, CredentialSpec, Report } from '../core/types.js'
import type { Settings } from '../inputs/settings.js'
import {
  createTransport,
  HttpClient,
  REQUEST_TIMEOUT_CAP_MS,
  type Transport
} from '../probe/http-client.js'
import { adminExpiryLookup } from '../probe/probe-admin.js'
import { checkCredential, type CheckContext } from './check-credential.js'
import { mapPool } from './pool.js'
import { fingerprint } from '../secrets/fingerprint.js'
import { Redactor } from '../secrets/redactor.js'
import { secretForms } from '../secrets/secret-forms.js'

export interface RunOptions {
  mask: (secret: string) => void
  now?: () => Date
  sleep?: (ms: number) => Promise<void>
  history?: CheckContext['history']
  /** Called as each credential's check finishes (in the order they finish). */
  onResult?: (result: CredentialReport, done: number, total: number) => void
  /** The environment the proxy variables (HTTPS_PROXY, NO_PROXY) are read from, once. */
  env?: Record<string, string | undefined>
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
  // A Data Center token: identity, then its record (up to 3 places), then Git one after another.
  if (spec.serverUrl && spec.token.includes(DATA_CENTER_PREFIX)) return 4
  return spec.clientId.trim() ? 2 : 1
}

/** Each request's own timeout: at most the cap (10 s), and never past the whole budget. */
const requestTimeoutOf = (settings: Settings) =>
  Math.min(REQUEST_TIMEOUT_CAP_MS, settings.timeoutSeconds * 1000)

/** The admin API's expiry lookup, when an admin key is given; the org's list is asked for now. */
function adminLookupOf(settings: Settings, transport: Transport): CheckContext['adminLookup'] {
  if (!settings.atlassianAdminKey || settings.offline) return undefined
  const client = new HttpClient({
    transport,
    allowedBases: [settings.atlassianApiUrl],
    requestTimeoutMs: requestTimeoutOf(settings)
  })
  const source = {
    client,
    baseUrl: settings.atlassianApiUrl,
    orgId: settings.atlassianOrgId,
    adminKey: settings.atlassianAdminKey,
    deadline: Date.now() + settings.timeoutSeconds * 1000
  }
  return adminExpiryLookup(source, settings.credentials)
}

/** What every credential's check shares: one transport, the clients, the policy, the hooks. */
function checkContext(settings: Settings, options: RunOptions, now: () => Date): CheckContext {
  const transport = createTransport(options.env ?? process.env)
  const client = new HttpClient({
    transport,
    allowedBases: [
      settings.apiUrl,
      settings.gitUrl,
      settings.oauthUrl,
      ...settings.credentials.flatMap((c) => (c.serverUrl ? [c.serverUrl] : []))
    ],
    requestTimeoutMs: requestTimeoutOf(settings)
  })
  return {
    client,
    apiUrl: settings.apiUrl,
    gitUrl: settings.gitUrl,
    oauthUrl: settings.oauthUrl,
    timeoutSeconds: settings.timeoutSeconds,
    policy: policyOf(settings),
    now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    mask: options.mask,
    history: options.history,
    adminLookup: adminLookupOf(settings, transport)
  }
}

/** One credential's check; whatever throws while it runs is its own indeterminate report. */
/** An error's first line with this credential's secrets taken out (before anything cuts it). */
function causeOf(error: unknown, spec: CredentialSpec): string {
  const redactor = new Redactor()
  const users = [spec.email, spec.username, spec.gitUsername, spec.clientId]
  for (const secret of [spec.token, spec.clientSecret]) {
    for (const form of secretForms(secret, users)) redactor.add(form)
  }
  return redactor.redact((error instanceof Error ? error.message : String(error)).split('\n')[0])
}

function checkGuarded(spec: CredentialSpec, ctx: CheckContext): Promise<CredentialReport> {
  return checkCredential(spec, ctx, fingerprint(spec)).catch((error: unknown) =>
    uncheckedReport(spec, causeOf(error, spec), ctx.policy)
  )
}

export async function runCheck(settings: Settings, options: RunOptions): Promise<Report> {
  const now = options.now ?? (() => new Date())
  const ctx = checkContext(settings, options, now)
  const total = settings.credentials.length
  let done = 0
  const check = async (spec: CredentialSpec) => {
    const result = await checkGuarded(spec, ctx)
    options.onResult?.(result, ++done, total)
    return result
  }
  const results = await mapPool(settings.credentials, settings.concurrency, check, chainLength)
  return buildReport(results, now())
}
