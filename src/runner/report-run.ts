/**
 * The action's reporting side: annotations, the tracking issue, outputs, the step summary, the
 * closing line and the exit code, all through @actions/core. main.ts loads this module with a
 * dynamic import() once the check is on the wire, so its module load costs no request time.
 */
import * as core from '@actions/core'
import { exitCodeFor } from '../core/report.js'
import { cleanText } from '../core/server-text.js'
import type { CredentialSpec, Report } from '../core/types.js'
import { InputError } from '../inputs/parse-values.js'
import type { Settings } from '../inputs/settings.js'
import { annotationsFor } from '../report/annotations.js'
import { outputsFor } from '../report/outputs.js'
import { renderSummary } from '../report/render-summary.js'
import { countsLine } from '../report/triage.js'
import type { Redactor } from '../secrets/redactor.js'
import type { HistorySession, WarningTopic } from '../tracking/history.js'

const INPUT_ERROR_TITLE = 'Bitbucket Credential Check: invalid input'
const TRACKING_TITLE = 'Bitbucket Credential Check: tracking issue not updated'
const WARNING_TITLES: Record<WarningTopic, string> = {
  'tracking-issue-not-updated': TRACKING_TITLE,
  'tracking-issue': 'Bitbucket Credential Check: tracking issue',
  'state-file': 'Bitbucket Credential Check: state file'
}

/** What the check leaves for the report. */
export interface CheckedRun {
  report: Report
  settings: Settings
  history: HistorySession | undefined
  durationMs: number
}

/**
 * @actions/core escapes what would end a workflow command, but the legacy `##[command]` form is
 * matched anywhere in a line: server text never carries it into the log.
 */
const inert = (text: string) => text.replace(/##\[/g, '# #[')

/** A history warning (state file, tracking issue), titled by its topic. */
export function warnAbout(topic: WarningTopic, message: string, redactor: Redactor): void {
  core.warning(inert(redactor.redact(message)), { title: WARNING_TITLES[topic] })
}

/** The budgeted annotations, each pointing at its credentials-file item when it has one. */
function emitAnnotations(report: Report, specs: CredentialSpec[], redactor: Redactor): void {
  for (const a of annotationsFor(
    report,
    specs.map((s) => s.source)
  )) {
    const message = inert(redactor.redact(a.message))
    const props: core.AnnotationProperties = { title: inert(redactor.redact(a.title)) }
    if (a.file) props.file = a.file
    if (a.line) props.startLine = a.line
    if (a.level === 'error') core.error(message, props)
    else if (a.level === 'warning') core.warning(message, props)
    else core.notice(message, props)
  }
}

function writeOutputs(report: Report, redactor: Redactor, trackingIssueUrl: string): void {
  for (const [name, value] of Object.entries(outputsFor(report, trackingIssueUrl))) {
    core.setOutput(name, redactor.redact(value))
  }
}

async function writeSummary(run: CheckedRun, redactor: Redactor, trackingIssueUrl: string) {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const summary = renderSummary(run.report, {
    policy: run.settings,
    trackingIssueUrl,
    durationMs: run.durationMs
  })
  await core.summary.addRaw(redactor.redact(summary), true).write()
}

/** Everything the runner shows of a finished check, in the order it has always been written. */
export async function reportRun(run: CheckedRun, redactor: Redactor): Promise<void> {
  const { report, history } = run
  emitAnnotations(report, run.settings.credentials, redactor)
  // The tracking issue first, so that the summary and the outputs can link it.
  const tracked = await history?.finish(report, (text) => redactor.redact(text))
  const trackingIssueUrl = tracked?.issueUrl ?? ''
  writeOutputs(report, redactor, trackingIssueUrl)
  await writeSummary(run, redactor, trackingIssueUrl)
  core.info(countsLine(report, run.durationMs))
  if (tracked?.error) {
    core.error(inert(redactor.redact(`tracking-issue: ${tracked.error.message}`)), {
      title: TRACKING_TITLE
    })
    process.exitCode = core.ExitCode.Failure
  }
  if (exitCodeFor(report) !== 0) process.exitCode = core.ExitCode.Failure
}

/** A run that could not finish: one titled error, and a failing exit. */
export function reportFailure(error: unknown, redactor: Redactor): void {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof InputError) {
    core.error(inert(redactor.redact(message)), { title: INPUT_ERROR_TITLE })
  } else {
    core.error(
      // Redacted before it is cut: a secret cut in half would no longer match the redactor.
      inert(
        `${cleanText(redactor.redact(message), 300)}. This is a bug in bitbucket-credential-check or its environment: re-run the job, and report it if it persists.`
      ),
      { title: 'Bitbucket Credential Check: unexpected error' }
    )
  }
  process.exitCode = core.ExitCode.Failure
}
