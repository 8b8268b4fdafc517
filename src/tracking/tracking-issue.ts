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

/** Runs one GitHub call; its failure is explained by the step it was (a TrackingError). */
async function githubStep<T>(step: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw explainGitHubError(error, step)
  }
}

/** The issue's new body: the redacted report and the state block that fits, warning of drops. */
function issueBody(
  state: State,
  report: Report,
  config: TrackingConfig,
  redact: (text: string) => string
): { body: string; warnings: string[] } {
  const stateBlock = writeStateWithin(state, STATE_BUDGET)
  const warnings =
    stateBlock.dropped > 0
      ? [
          `tracking issue: the state of ${stateBlock.dropped} credential(s) not seen recently was dropped to keep the issue under GitHub's size limit.`
        ]
      : []
  const { body } = composeBody({
    rendered: redact(renderSummary(report, { title: 'Bitbucket credential health' })),
    runUrl: config.runUrl,
    stateBlock: stateBlock.block
  })
  return { body, warnings }
}

/** The configured assignees the issue does not have yet (GitHub logins ignore case). */
function missingAssignees(wanted: string[], current: string[]): string[] {
  return wanted.filter((a) => !current.some((b) => b.toLowerCase() === a.toLowerCase()))
}

/** One existing issue brought up to date. */
interface IssueUpdate {
  github: GitHub
  config: TrackingConfig
  issue: IssueRef
  ref: { owner: string; repo: string; issue_number: number }
  body: string
  previous: State
  report: Report
  fingerprints: readonly string[]
  redact: (text: string) => string
}

/** Needs attention: the body updated (reopened if closed), what changed commented, assignees added. */
async function raiseAttention(u: IssueUpdate): Promise<void> {
  const { github, ref, issue, config } = u
  await githubStep('update the tracking issue', () =>
    github.rest.issues.update({
      ...ref,
      body: u.body,
      ...(issue.open ? {} : { state: 'open' as const })
    })
  )
  const changes = changesSince(u.previous, u.report, u.fingerprints, config.policy)
  if (changes.length) {
    await githubStep('comment on the tracking issue', () =>
      github.rest.issues.createComment({
        ...ref,
        body: u.redact(changeComment(changes, u.report, config.runUrl))
      })
    )
  }
  const missing = missingAssignees(config.assignees, issue.assignees)
  if (missing.length) {
    await githubStep('assign the tracking issue', () =>
      github.rest.issues.addAssignees({ ...ref, assignees: missing })
    )
  }
}

/** All healthy: an open issue is commented on and closed; a closed one only gets the new body. */
async function settleHealthy(u: IssueUpdate): Promise<void> {
  const { github, ref } = u
  if (!u.issue.open) {
    await githubStep('update the tracking issue', () =>
      github.rest.issues.update({ ...ref, body: u.body })
    )
    return
  }
  await githubStep('comment on the tracking issue', () =>
    github.rest.issues.createComment({ ...ref, body: healthyComment(u.report, u.config.runUrl) })
  )
  await githubStep('close the tracking issue', () =>
    github.rest.issues.update({ ...ref, body: u.body, state: 'closed', state_reason: 'completed' })
  )
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
  const state = nextState(load.state, report, fingerprints, config.policy)
  const { body, warnings: bodyWarnings } = issueBody(state, report, config, redact)
  const warnings = [...load.warnings, ...bodyWarnings]
  const needsAttention = report.status !== 'ok'
  const { issue } = load
  if (!issue) {
    if (!needsAttention) return { url: null, warnings }
    const url = await githubStep('open the tracking issue', () =>
      create(github, config, body, warnings)
    )
    return { url, warnings }
  }
  const ref = { owner: config.owner, repo: config.repo, issue_number: issue.number }
  const previous = load.state
  const update: IssueUpdate = {
    github,
    config,
    issue,
    ref,
    body,
    previous,
    report,
    fingerprints,
    redact
  }
  if (needsAttention) await raiseAttention(update)
  else await settleHealthy(update)
  return { url: needsAttention ? issue.url : null, warnings }
}
