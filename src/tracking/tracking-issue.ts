/**
 * The tracking issue of scheduled checks: one issue (stable title and label) opened when a
 * credential needs attention, updated on later runs, closed with a comment when all are
 * healthy. Its body carries the hidden state used to spot revocations and bound lifetimes.
 */
import type { History } from '../core/evaluate.js'
import type { Report } from '../core/types.js'
import type { Redactor } from '../check/redactor.js'
import { fingerprint } from '../check/run-check.js'
import type { Settings } from '../inputs/settings.js'
import { InputError } from '../inputs/parse-values.js'
import { renderSummary } from '../report/render-summary.js'
import { nextState, readState, writeState, type TrackingState } from './issue-state.js'

export const ISSUE_TITLE = 'Bitbucket credentials need attention'
export const ISSUE_LABEL = 'bitbucket-credential-check'

interface IssueRef {
  number: number
  state: string
  body: string
}

export interface LoadedHistory {
  issue: IssueRef | null
  state: TrackingState
  lookup: (fp: string) => History | undefined
}

type Octokit = {
  request: (route: string, params?: Record<string, unknown>) => Promise<{ data: unknown }>
}

async function octokit(
  settings: Settings
): Promise<{ client: Octokit; owner: string; repo: string }> {
  const repository = process.env.GITHUB_REPOSITORY ?? ''
  const [owner, repo] = repository.split('/')
  if (!owner || !repo)
    throw new InputError(
      'tracking-issue needs GITHUB_REPOSITORY (owner/repo); it is set on GitHub runners.'
    )
  if (!settings.githubToken)
    throw new InputError(
      'tracking-issue needs github-token (default ${{ github.token }}) with issues: write permission.'
    )
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(settings.githubToken, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'
  }) as unknown as Octokit
  // Every GitHub call is bounded like the Bitbucket ones.
  const client: Octokit = {
    request: (route, params) =>
      octokit.request(route, {
        ...params,
        request: { signal: AbortSignal.timeout(settings.timeoutSeconds * 1000) }
      })
  }
  return { client, owner, repo }
}

function explain(error: unknown, action: string): InputError {
  const status = (error as { status?: number }).status
  if (status === 403 || status === 401) {
    return new InputError(
      `tracking-issue: GitHub refused to ${action} (HTTP ${status}). Give the job "permissions: issues: write" (and contents: read), or pass a github-token that may write issues.`
    )
  }
  const message = error instanceof Error ? error.message : String(error)
  return new InputError(
    `tracking-issue: could not ${action}: ${message}. The credential report was written before this error; re-run the job to update the issue.`
  )
}

export async function loadHistory(settings: Settings): Promise<LoadedHistory> {
  const empty: LoadedHistory = { issue: null, state: {}, lookup: () => undefined }
  let api: Awaited<ReturnType<typeof octokit>>
  try {
    api = await octokit(settings)
  } catch {
    return empty
  }
  try {
    const { data } = await api.client.request('GET /repos/{owner}/{repo}/issues', {
      owner: api.owner,
      repo: api.repo,
      labels: ISSUE_LABEL,
      state: 'all',
      per_page: 100
    })
    const issues = (Array.isArray(data) ? data : []) as {
      number: number
      state: string
      body?: string | null
      title: string
      pull_request?: unknown
    }[]
    const found = issues.find((i) => i.title === ISSUE_TITLE && !i.pull_request)
    if (!found) return empty
    const state = readState(found.body)
    return {
      issue: { number: found.number, state: found.state, body: found.body ?? '' },
      state,
      lookup: (fp) => state[fp]
    }
  } catch (error) {
    throw explain(error, 'list issues')
  }
}

export async function syncTrackingIssue(
  settings: Settings,
  report: Report,
  history: LoadedHistory | undefined,
  redactor: Redactor
): Promise<string> {
  const api = await octokit(settings)
  const loaded = history ?? (await loadHistory(settings))
  const state = nextState(loaded.state, report, settings.credentials.map(fingerprint))
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${api.owner}/${api.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : ''
  const body = redactor.redact(
    [
      // An issue body holds at most 65,536 characters, the hidden state included.
      renderSummary(report, {
        title: 'Bitbucket credential health',
        policy: settings,
        maxBytes: 50_000
      }),
      runUrl ? `Last checked by ${runUrl}` : '',
      writeState(state)
    ]
      .filter(Boolean)
      .join('\n\n')
  )
  const needsAttention = report.status !== 'ok'
  const base = { owner: api.owner, repo: api.repo }
  const issueUrl = (number: number) =>
    `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${api.owner}/${api.repo}/issues/${number}`
  /** The URL GitHub answered with, else the one it would have. */
  const urlOf = (data: unknown, number: number) => {
    const url = (data as { html_url?: unknown } | null)?.html_url
    return typeof url === 'string' && url.startsWith('https://') ? url : issueUrl(number)
  }
  try {
    if (!loaded.issue) {
      if (!needsAttention) return ''
      const { data } = await api.client.request('POST /repos/{owner}/{repo}/issues', {
        ...base,
        title: ISSUE_TITLE,
        body,
        labels: [ISSUE_LABEL]
      })
      return urlOf(data, (data as { number?: number } | null)?.number ?? 0)
    }
    const number = loaded.issue.number
    if (needsAttention) {
      const { data } = await api.client.request(
        'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
        {
          ...base,
          issue_number: number,
          body,
          state: 'open'
        }
      )
      return urlOf(data, number)
    }
    await api.client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...base,
      issue_number: number,
      body
    })
    if (loaded.issue.state === 'open') {
      await api.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...base,
        issue_number: number,
        body: `All ${report.credentials.length} Bitbucket credential(s) are healthy as of ${report.checkedAt}. Closing.`
      })
      await api.client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...base,
        issue_number: number,
        state: 'closed',
        state_reason: 'completed'
      })
    }
    return ''
  } catch (error) {
    throw explain(error, loaded.issue ? 'update the tracking issue' : 'open the tracking issue')
  }
}
