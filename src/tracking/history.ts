/**
 * History between runs, for both adapters: read from the state file and the tracking issue
 * while the credentials are checked, fed into the check, then written back. Problems with
 * either never cost the report: they come back as warnings, or as an error for a missing
 * GitHub permission.
 */
import type { History } from '../core/probes.js'
import type { Report } from '../core/types.js'
import type { Settings } from '../inputs/settings.js'
import { fingerprint } from '../secrets/fingerprint.js'
import type { GitHub, GitHubClientOptions } from './github-client.js'
import { readStateFile, writeStateFile } from './state-file.js'
import { historyOf, mergeStates, nextState, type State, type StatePolicy } from './state.js'
import { loadIssue, syncIssue, type IssueLoad, type TrackingConfig } from './tracking-issue.js'
import { explainGitHubError, TrackingError } from './tracking-error.js'

/** What a warning is about, so the adapter can title it. */
export type WarningTopic = 'tracking-issue-not-updated' | 'tracking-issue' | 'state-file'

export interface HistoryIo {
  warn: (message: string, topic: WarningTopic) => void
  now?: () => Date
  /** Tests pass a client with short waits. */
  github?: GitHub
  tuning?: GitHubClientOptions['tuning']
}

export interface HistoryOutcome {
  /** The tracking issue's URL when one is open after the run, else null. */
  issueUrl: string | null
  /** A problem the user must fix (a missing permission): the step fails. */
  error: TrackingError | null
}

export interface HistorySession {
  lookup: (fp: string) => Promise<History | undefined>
  finish: (report: Report, redact: (text: string) => string) => Promise<HistoryOutcome>
}

function policyOf(settings: Settings): StatePolicy {
  return {
    warnDays: settings.warnDays,
    failDays: settings.failDays,
    maxLifetimeDays: settings.maxLifetimeDays
  }
}

export function trackingConfig(settings: Settings): TrackingConfig {
  return {
    owner: settings.github.owner,
    repo: settings.github.repo,
    title: settings.trackingIssueTitle,
    assignees: settings.trackingIssueAssignees,
    runUrl: settings.github.runUrl,
    policy: policyOf(settings)
  }
}

/** The state file's entries (none without one); its problems are warnings. */
function readFileState(settings: Settings, io: HistoryIo, now: Date): State {
  if (!settings.stateFile) return {}
  const read = readStateFile(settings.stateFile, now)
  read.warnings.forEach((w) => io.warn(w, 'state-file'))
  return read.state
}

/** The GitHub client, loaded on demand: a CLI run without a tracking issue never loads it. */
async function githubClient(settings: Settings, io: HistoryIo): Promise<GitHub> {
  if (io.github) return io.github
  const { createGitHubClient } = await import('./github-client.js')
  return createGitHubClient({
    token: settings.githubToken,
    baseUrl: settings.github.apiUrl,
    timeoutMs: settings.timeoutSeconds * 1000,
    warn: (message) => io.warn(message, 'tracking-issue'),
    tuning: io.tuning
  })
}

/** The tracking issue as loaded, and the client to update it with (none if it could not be made). */
interface IssueSession {
  github: GitHub | undefined
  load: IssueLoad
}

async function openIssue(
  settings: Settings,
  io: HistoryIo,
  now: () => Date
): Promise<IssueSession> {
  let github: GitHub | undefined
  try {
    github = await githubClient(settings, io)
    return { github, load: await loadIssue(github, trackingConfig(settings), now()) }
  } catch (error) {
    return {
      github,
      load: { ok: false, error: explainGitHubError(error, 'set up the GitHub client') }
    }
  }
}

const fingerprintsOf = (settings: Settings) => settings.credentials.map(fingerprint)

/** Writes the state after the run to the state file; a failure is a warning. */
function saveStateFile(settings: Settings, io: HistoryIo, fileState: State, report: Report) {
  if (!settings.stateFile) return
  try {
    const state = nextState(fileState, report, fingerprintsOf(settings), policyOf(settings))
    writeStateFile(settings.stateFile, state)
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error'
    io.warn(
      `state-file ${settings.stateFile}: cannot be written (${code}); the next run will not have this run's history.`,
      'state-file'
    )
  }
}

/** Brings the tracking issue up to date; a missing permission is the outcome's error, else a warning. */
async function updateIssue(
  settings: Settings,
  io: HistoryIo,
  github: GitHub,
  load: IssueLoad,
  report: Report,
  redact: (text: string) => string
): Promise<HistoryOutcome> {
  const config = trackingConfig(settings)
  try {
    const result = await syncIssue(github, config, load, report, fingerprintsOf(settings), redact)
    result.warnings.forEach((w) => io.warn(w, 'tracking-issue'))
    return { issueUrl: result.url, error: null }
  } catch (error) {
    const problem =
      error instanceof TrackingError ? error : new TrackingError(String(error), 'unavailable')
    if (problem.problem === 'permission') return { issueUrl: null, error: problem }
    io.warn(problem.message, 'tracking-issue-not-updated')
    return { issueUrl: null, error: null }
  }
}

/** No client to update the issue with: its setup error is the outcome's error or a warning. */
function withoutClient(load: IssueLoad, io: HistoryIo): HistoryOutcome {
  if (load.ok) return { issueUrl: null, error: null }
  if (load.error.problem === 'permission') return { issueUrl: null, error: load.error }
  io.warn(load.error.message, 'tracking-issue-not-updated')
  return { issueUrl: null, error: null }
}

/** Reads the history now (the tracking issue in the background); `finish` writes it back. */
export function startHistory(settings: Settings, io: HistoryIo): HistorySession {
  const now = io.now ?? (() => new Date())
  const fileState = readFileState(settings, io, now())
  const issue = settings.trackingIssue ? openIssue(settings, io, now) : undefined
  const merged = (async () => {
    const loaded = (await issue)?.load
    return loaded?.ok ? mergeStates(fileState, loaded.state) : fileState
  })()

  return {
    lookup: async (fp) => historyOf(await merged, fp),
    async finish(report, redact) {
      saveStateFile(settings, io, fileState, report)
      const session = await issue
      if (!session) return { issueUrl: null, error: null }
      if (!session.github) return withoutClient(session.load, io)
      return updateIssue(settings, io, session.github, session.load, report, redact)
    }
  }
}
