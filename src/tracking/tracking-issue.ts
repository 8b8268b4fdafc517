/**
 * The tracking issue of scheduled checks: one issue per title (and label), opened when a
 * credential needs attention, commented on when one gets worse or crosses an expiry stage,
 * its body kept current, and closed with a comment when all are healthy. Its body ends with
 * the state block that keeps history between runs.
 */
import type { Report } from '../core/types.js'
import { renderSummary } from '../report/render-summary.js'
import { changeComment, changesSince, healthyComment } from './changes.js'
import type { GitHub } from './github-client.js'
import { composeBody } from './issue-body.js'
import { readState, writeStateWithin } from './issue-state.js'
import { nextState, type State, type StatePolicy } from './state.js'
import { explainGitHubError, TrackingError } from './tracking-error.js'

export const ISSUE_LABEL = 'bitbucket-credential-check'
/** Labelled issues read while looking for the one with our title. */
const MAX_PAGES = 10
/** The state block's share of the body: 200 credentials take about 40,000 characters. */
const STATE_BUDGET = 56_000

export interface TrackingConfig {
  owner: string
  repo: string
  title: string
  assignees: string[]
  runUrl: string
  policy: StatePolicy
}

export interface IssueRef {
  number: number
  open: boolean
  url: string
  assignees: string[]
}

/** The issue found (or none) and its state; or why the list could not be read. */
export type IssueLoad =
  | { ok: true; issue: IssueRef | null; state: State; warnings: string[] }
  | { ok: false; error: TrackingError }

export interface SyncResult {
  /** The issue's URL when one is open after the run, else null. */
  url: string | null
  warnings: string[]
}

export async function loadIssue(
  github: GitHub,
  config: TrackingConfig,
  now: Date
): Promise<IssueLoad> {
  try {
    const candidates: {
      number: number
      open: boolean
      url: string
      body: string
      assignees: string[]
    }[] = []
    let pages = 0
    for await (const page of github.paginate.iterator(github.rest.issues.listForRepo, {
      owner: config.owner,
      repo: config.repo,
      labels: ISSUE_LABEL,
      state: 'all',
      per_page: 100
    })) {
      for (const i of page.data) {
        if (i.title !== config.title || i.pull_request) continue
        candidates.push({
          number: i.number,
          open: i.state === 'open',
          url: i.html_url,
          body: i.body ?? '',
          assignees: (i.assignees ?? []).map((a) => a.login)
        })
      }
      if (candidates.some((c) => c.open) || ++pages >= MAX_PAGES) break
    }
    // An open issue wins over closed ones; among equals, the newest.
    const found = candidates.sort(
      (a, b) => Number(b.open) - Number(a.open) || b.number - a.number
    )[0]
    if (!found) return { ok: true, issue: null, state: {}, warnings: [] }
    const { state, warnings } = readState(found.body, now)
    const issue: IssueRef = {
      number: found.number,
      open: found.open,
      url: found.url,
      assignees: found.assignees
    }
    return { ok: true, issue, state, warnings }
  } catch (error) {
    return { ok: false, error: explainGitHubError(error, 'list the issues') }
  }
}

async function create(
  github: GitHub,
  config: TrackingConfig,
  body: string,
  warnings: string[]
): Promise<string> {
  const params = {
    owner: config.owner,
    repo: config.repo,
    title: config.title,
    body,
    labels: [ISSUE_LABEL]
  }
  try {
    const { data } = await github.rest.issues.create({ ...params, assignees: config.assignees })
    return data.html_url
  } catch (error) {
    // GitHub answers 422 to an assignee who cannot be assigned: open the issue anyway.
    if ((error as { status?: number }).status !== 422 || config.assignees.length === 0) throw error
    warnings.push(
      'GitHub refused the tracking-issue-assignees (HTTP 422): each must be a login with access to this repository. The issue was opened without them.'
    )
    const { data } = await github.rest.issues.create(params)
    return data.html_url
  }
}

/**
 * Brings the issue up to date with the report. Never opens an issue when the list could not be
 * read (it may exist). Throws TrackingError.
 */
export async function syncIssue(
  github: GitHub,
  config: TrackingConfig,
  load: IssueLoad,
  report: Report,
  fingerprints: readonly string[],
  redact: (text: string) => string
): Promise<SyncResult> {
  if (!load.ok) throw load.error
  const warnings = [...load.warnings]
  const state = nextState(load.state, report, fingerprints, config.policy)
  const stateBlock = writeStateWithin(state, STATE_BUDGET)
  if (stateBlock.dropped > 0) {
    warnings.push(
      `tracking issue: the state of ${stateBlock.dropped} credential(s) not seen recently was dropped to keep the issue under GitHub's size limit.`
    )
  }
  const { body } = composeBody({
    rendered: redact(renderSummary(report, { title: 'Bitbucket credential health' })),
    runUrl: config.runUrl,
    stateBlock: stateBlock.block
  })
  const base = { owner: config.owner, repo: config.repo }
  const needsAttention = report.status !== 'ok'
  const issue = load.issue
  let step = issue ? 'update the tracking issue' : 'open the tracking issue'
  try {
    if (!issue) {
      if (!needsAttention) return { url: null, warnings }
      return { url: await create(github, config, body, warnings), warnings }
    }
    const ref = { ...base, issue_number: issue.number }
    if (needsAttention) {
      await github.rest.issues.update({
        ...ref,
        body,
        ...(issue.open ? {} : { state: 'open' as const })
      })
      const changes = changesSince(load.state, report, fingerprints, config.policy)
      if (changes.length) {
        step = 'comment on the tracking issue'
        await github.rest.issues.createComment({
          ...ref,
          body: redact(changeComment(changes, report, config.runUrl))
        })
      }
      const missing = config.assignees.filter(
        (a) => !issue.assignees.some((b) => b.toLowerCase() === a.toLowerCase())
      )
      if (missing.length) {
        step = 'assign the tracking issue'
        await github.rest.issues.addAssignees({ ...ref, assignees: missing })
      }
      return { url: issue.url, warnings }
    }
    if (issue.open) {
      step = 'comment on the tracking issue'
      await github.rest.issues.createComment({
        ...ref,
        body: healthyComment(report, config.runUrl)
      })
      step = 'close the tracking issue'
      await github.rest.issues.update({ ...ref, body, state: 'closed', state_reason: 'completed' })
    } else {
      await github.rest.issues.update({ ...ref, body })
    }
    return { url: null, warnings }
  } catch (error) {
    throw explainGitHubError(error, step)
  }
}
