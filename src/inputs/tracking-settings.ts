/**
 * Settings of scheduled checks: the tracking issue's title and assignees, the state file, and
 * the GitHub repository, API and run the issue belongs to (from the runner's environment).
 */
import { InputError, parseBaseUrl, parseList, shown } from './parse-values.js'

export interface TrackingSettings {
  trackingIssueTitle: string
  trackingIssueAssignees: string[]
  /** '' when no state file is kept. */
  stateFile: string
  github: {
    owner: string
    repo: string
    apiUrl: string
    /** The run's page, linked from the issue; '' outside a workflow run. */
    runUrl: string
  }
}

export const DEFAULT_ISSUE_TITLE = 'Bitbucket credentials need attention'

/** Settings without a default (tracking-issue-title has one, in DEFAULTS). */
export const TRACKING_KEYS = ['tracking-issue-assignees', 'state-file'] as const

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
/** GitHub assigns at most 10 people to an issue. */
const MAX_ASSIGNEES = 10

function parseTitle(raw: string): string {
  const title = raw.trim() || DEFAULT_ISSUE_TITLE
  // eslint-disable-next-line no-control-regex
  if (title.length > 256 || /[\u0000-\u001f\u007f]/.test(title)) {
    throw new InputError(
      'Invalid tracking-issue-title: expected one line of at most 256 characters (it names the issue, and keys it).'
    )
  }
  return title
}

function parseAssignees(raw: string): string[] {
  const logins = parseList(raw).map((s) => s.replace(/^@/, ''))
  for (const login of logins) {
    if (!LOGIN.test(login)) {
      throw new InputError(
        `Invalid tracking-issue-assignees entry ${shown(login)}. Expected GitHub logins, comma-separated (octocat, hubot).`
      )
    }
  }
  if (logins.length > MAX_ASSIGNEES)
    throw new InputError(
      `Invalid tracking-issue-assignees: GitHub assigns at most ${MAX_ASSIGNEES} people.`
    )
  return [...new Set(logins)]
}

export function readTrackingSettings(
  get: (name: string) => string,
  env: Record<string, string | undefined>,
  trackingIssue: boolean,
  githubToken: string
): TrackingSettings {
  const repository = (env.GITHUB_REPOSITORY ?? '').trim()
  const [owner = '', repo = ''] = /^[\w.-]+\/[\w.-]+$/.test(repository) ? repository.split('/') : []
  if (trackingIssue && (!owner || !repo)) {
    throw new InputError(
      'tracking-issue needs GITHUB_REPOSITORY (owner/repo); it is set on GitHub runners.'
    )
  }
  if (trackingIssue && !githubToken) {
    throw new InputError(
      'tracking-issue needs github-token (default ${{ github.token }}) with issues: write permission.'
    )
  }
  const apiUrl = trackingIssue
    ? parseBaseUrl('GITHUB_API_URL', env.GITHUB_API_URL?.trim() || 'https://api.github.com')
    : ''
  const runId = (env.GITHUB_RUN_ID ?? '').trim()
  const server = (env.GITHUB_SERVER_URL ?? '').trim() || 'https://github.com'
  const runUrl =
    /^\d+$/.test(runId) && owner && /^https?:\/\/[^\s/]+$/.test(server.replace(/\/+$/, ''))
      ? `${server.replace(/\/+$/, '')}/${owner}/${repo}/actions/runs/${runId}`
      : ''
  return {
    trackingIssueTitle: parseTitle(get('tracking-issue-title')),
    trackingIssueAssignees: parseAssignees(get('tracking-issue-assignees')),
    stateFile: get('state-file').trim(),
    github: { owner, repo, apiUrl, runUrl }
  }
}
