/** The GitHub Actions adapter: inputs from the runner, then annotations, summary and outputs. */
import * as core from '@actions/core'
import { runCheck } from './check/run-check.js'
import { Redactor } from './secrets/redactor.js'
import { exitCodeFor } from './core/report.js'
import { cleanText } from './core/server-text.js'
import type { CredentialSpec, Report } from './core/types.js'
import { InputError } from './inputs/parse-values.js'
import { LIST_LIMITS } from './inputs/credential-specs.js'
import { readBounded } from './inputs/read-bounded.js'
import { readSettings } from './inputs/settings.js'
import { annotationsFor } from './report/annotations.js'
import { outputsFor } from './report/outputs.js'
import { renderSummary } from './report/render-summary.js'
import { countsLine } from './report/triage.js'
import { startHistory, type WarningTopic } from './tracking/history.js'

const INPUT_ERROR_TITLE = 'Bitbucket Credential Check: invalid input'
const TRACKING_TITLE = 'Bitbucket Credential Check: tracking issue not updated'
const WARNING_TITLES: Record<WarningTopic, string> = {
  'tracking-issue-not-updated': TRACKING_TITLE,
  'tracking-issue': 'Bitbucket Credential Check: tracking issue',
  'state-file': 'Bitbucket Credential Check: state file'
}

/**
 * @actions/core escapes what would end a workflow command, but the legacy `##[command]` form is
 * matched anywhere in a line: server text never carries it into the log.
 */
const inert = (text: string) => text.replace(/##\[/g, '# #[')

function writeOutputs(report: Report, redactor: Redactor, trackingIssueUrl: string): void {
  for (const [name, value] of Object.entries(outputsFor(report, trackingIssueUrl))) {
    core.setOutput(name, redactor.redact(value))
  }
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

export async function run(): Promise<void> {
  const redactor = new Redactor()
  const mask = (secret: string) => {
    if (redactor.add(secret)) core.setSecret(secret)
  }
  const started = Date.now()
  try {
    const settings = readSettings({
      get: (name) => core.getInput(name, { trimWhitespace: false }),
      readFile: (path) => readBounded(path, LIST_LIMITS.bytes),
      env: process.env,
      mask
    })
    // History (state file, tracking issue) loads while the credentials are being checked.
    const history =
      settings.trackingIssue || settings.stateFile
        ? startHistory(settings, {
            warn: (message, topic) =>
              core.warning(inert(redactor.redact(message)), { title: WARNING_TITLES[topic] })
          })
        : undefined
    const report = await runCheck(settings, { mask, history: history?.lookup, env: process.env })
    const ms = Date.now() - started
    emitAnnotations(report, settings.credentials, redactor)
    // The tracking issue first, so that the summary and the outputs can link it.
    const tracked = await history?.finish(report, (text) => redactor.redact(text))
    const trackingIssueUrl = tracked?.issueUrl ?? ''
    writeOutputs(report, redactor, trackingIssueUrl)
    if (process.env.GITHUB_STEP_SUMMARY) {
      const summary = renderSummary(report, {
        policy: settings,
        trackingIssueUrl,
        durationMs: ms
      })
      await core.summary.addRaw(redactor.redact(summary), true).write()
    }
    core.info(countsLine(report, ms))
    if (tracked?.error) {
      core.error(inert(redactor.redact(`tracking-issue: ${tracked.error.message}`)), {
        title: TRACKING_TITLE
      })
      process.exitCode = core.ExitCode.Failure
    }
    if (exitCodeFor(report) !== 0) process.exitCode = core.ExitCode.Failure
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof InputError) {
      core.error(inert(redactor.redact(message)), { title: INPUT_ERROR_TITLE })
    } else {
      core.error(
        inert(
          redactor.redact(
            `${cleanText(message, 300)}. This is a bug in bitbucket-credential-check or its environment: re-run the job, and report it if it persists.`
          )
        ),
        {
          title: 'Bitbucket Credential Check: unexpected error'
        }
      )
    }
    process.exitCode = core.ExitCode.Failure
  }
}
