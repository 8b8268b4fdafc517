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

export function startHistory(settings: Settings, io: HistoryIo): HistorySession {
  const now = io.now ?? (() => new Date())
  const fileState: State = {}
  if (settings.stateFile) {
    const read = readStateFile(settings.stateFile, now())
    read.warnings.forEach((w) => io.warn(w, 'state-file'))
    Object.assign(fileState, read.state)
  }
  let github: GitHub | undefined
  let issue: Promise<IssueLoad> | undefined
  if (settings.trackingIssue) {
    issue = (async () => {
      // Loaded on demand: a CLI run without a tracking issue never loads the GitHub client.
      const { createGitHubClient } = await import('./github-client.js')
      github =
        io.github ??
        createGitHubClient({
          token: settings.githubToken,
          baseUrl: settings.github.apiUrl,
          timeoutMs: settings.timeoutSeconds * 1000,
          warn: (message) => io.warn(message, 'tracking-issue'),
          tuning: io.tuning
        })
      return loadIssue(github, trackingConfig(settings), now())
    })().catch((error: unknown): IssueLoad => ({
      ok: false,
      error: explainGitHubError(error, 'set up the GitHub client')
    }))
  }
  const merged = (async () => {
    const loaded = await issue
    return loaded?.ok ? mergeStates(fileState, loaded.state) : fileState
  })()
  const fingerprints = () => settings.credentials.map(fingerprint)

  return {
    lookup: async (fp) => historyOf(await merged, fp),
    async finish(report, redact) {
      const outcome: HistoryOutcome = { issueUrl: null, error: null }
      if (settings.stateFile) {
        try {
          writeStateFile(
            settings.stateFile,
            nextState(fileState, report, fingerprints(), policyOf(settings))
          )
        } catch (error) {
          const code = (error as { code?: string }).code ?? 'error'
          io.warn(
            `state-file ${settings.stateFile}: cannot be written (${code}); the next run will not have this run's history.`,
            'state-file'
          )
        }
      }
      const loaded = await issue
      if (github && loaded) {
        try {
          const result = await syncIssue(
            github,
            trackingConfig(settings),
            loaded,
            report,
            fingerprints(),
            redact
          )
          result.warnings.forEach((w) => io.warn(w, 'tracking-issue'))
          outcome.issueUrl = result.url
        } catch (error) {
          const problem =
            error instanceof TrackingError ? error : new TrackingError(String(error), 'unavailable')
          if (problem.problem === 'permission') outcome.error = problem
          else io.warn(problem.message, 'tracking-issue-not-updated')
        }
      }
      return outcome
    }
  }
}
