/**
 * The GitHub client of the tracking issue: @actions/github's Octokit (typed rest.issues.*) with
 * the retry plugin (5xx and network errors, with back-off) and the throttling plugin (primary
 * and secondary rate limits, writes spaced as GitHub asks). Each call, its retries and waits
 * included, is bounded by timeout-seconds.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'

export type GitHub = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  token: string
  baseUrl: string
  /** The bound of each call, its retries and rate-limit waits included. */
  timeoutMs: number
  warn: (message: string) => void
  /**
   * Tests shrink the waits: the retry and rate-limit back-off unit (1,000 ms in production)
   * and the throttling groups that space writes (GitHub's own spacing in production).
   */
  tuning?: {
    backoffUnitMs: number
    groups?: Pick<ThrottlingOptions, 'write' | 'notifications'>
  }
}

/** The deadline of the call being made, stored on its request options by the wrap hook. */
const DEADLINE = 'bitbucketCredentialCheckDeadline'

function remainingMs(options: { request?: Record<string, unknown> }): number {
  const deadline = options.request?.[DEADLINE]
  return typeof deadline === 'number' ? deadline - Date.now() : 0
}

const MAX_RETRIES = 3

/**
 * How many retries fit in a call's bound: the retry plugin waits (n + 1)² back-off units
 * before retry n + 1, so a 20 s bound takes all three (1 + 4 + 9 s), a 3 s bound one.
 */
export function retriesWithin(budgetMs: number, unitMs: number): number {
  let retries = 0
  let waited = 0
  while (retries < MAX_RETRIES && waited + (retries + 1) ** 2 * unitMs < budgetMs) {
    retries++
    waited += retries ** 2 * unitMs
  }
  return retries
}

export function createGitHubClient(options: GitHubClientOptions): GitHub {
  const unit = options.tuning?.backoffUnitMs ?? 1000
  /** A rate limit is waited out once, and only when the wait fits in the call's bound. */
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { request?: Record<string, unknown> },
      _o: unknown,
      count: number
    ) => {
      if (count === 0 && retryAfter * unit < remainingMs(request)) return true
      options.warn(
        `GitHub ${kind} rate limit: retry after ${retryAfter} s, longer than timeout-seconds allows.`
      )
      return false
    }
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      // 429 is the throttling plugin's to handle; 4xx are answers, not accidents.
      retry: {
        // Only the retries that fit: a failing call then reports GitHub's last answer.
        retries: retriesWithin(options.timeoutMs, unit),
        retryAfterBaseValue: unit,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
      },
      throttle: {
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...options.tuning?.groups
      },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
    },
    retry,
    throttling
  )
  // Registered last, so it wraps the plugins: one deadline per call, retries included. A plain
  // abort (AbortError) is not retried by the retry plugin; a timeout error would be.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), options.timeoutMs)
    requestOptions.request = {
      ...requestOptions.request,
      signal: controller.signal,
      [DEADLINE]: Date.now() + options.timeoutMs
    }
    try {
      return await request(requestOptions)
    } finally {
      clearTimeout(timer)
    }
  })
  return octokit
}
