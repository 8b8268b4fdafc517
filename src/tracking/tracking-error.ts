/**
 * Why the tracking issue could not be updated. A missing permission is the user's to fix and
 * stays an error; an unavailable or rate-limited GitHub is a warning (the checks decide the
 * step's outcome). Messages never carry GitHub's raw answer body.
 */
export type TrackingProblem = 'permission' | 'rate-limited' | 'unavailable'

export class TrackingError extends Error {
  constructor(
    message: string,
    readonly problem: TrackingProblem
  ) {
    super(message)
    this.name = 'TrackingError'
  }
}

interface HttpLikeError {
  status?: unknown
  name?: unknown
  message?: unknown
  response?: { headers?: Record<string, unknown> }
}

const clip = (s: string) =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, 120)

/** Turns a GitHub client error into a TrackingError naming what was being done. */
export function explainGitHubError(error: unknown, action: string): TrackingError {
  if (error instanceof TrackingError) return error
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpLikeError
  const status = typeof e.status === 'number' ? e.status : null
  const headers = e.response?.headers ?? {}
  const limited =
    status === 429 ||
    (status === 403 &&
      (headers['x-ratelimit-remaining'] === '0' ||
        /rate limit/i.test(typeof e.message === 'string' ? e.message : '')))
  if (limited) {
    return new TrackingError(
      `GitHub's API rate limit stopped the job from trying to ${action} (HTTP ${status}). It is retried on the next run.`,
      'rate-limited'
    )
  }
  if (status === 401 || status === 403) {
    return new TrackingError(
      `GitHub refused to ${action} (HTTP ${status}). Give the job "permissions: issues: write" (and contents: read), or pass a github-token that may write issues.`,
      'permission'
    )
  }
  if (e.name === 'AbortError') {
    return new TrackingError(
      `GitHub did not answer in time (timeout-seconds) when trying to ${action}. It is retried on the next run.`,
      'unavailable'
    )
  }
  // No answer at all (network): the local error says why. An answer: its status, not its body.
  const why = e.response
    ? `HTTP ${status ?? 'error'}`
    : clip(typeof e.message === 'string' ? e.message : 'no answer')
  return new TrackingError(
    `could not ${action}: ${why}, after retries. It is retried on the next run.`,
    'unavailable'
  )
}
