/** The GitHub Actions adapter: inputs from the runner, then annotations, summary and outputs. */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { runCheck } from './check/run-check.js'
import { Redactor } from './check/redactor.js'
import { exitCodeFor } from './core/report.js'
import type { CredentialSpec, Report } from './core/types.js'
import { InputError } from './inputs/parse-values.js'
import { readSettings } from './inputs/settings.js'
import { annotationsFor } from './report/annotations.js'
import { outputsFor } from './report/outputs.js'
import { renderSummary } from './report/render-summary.js'
import { countsLine } from './report/triage.js'
import { syncTrackingIssue, loadHistory } from './tracking/tracking-issue.js'

const INPUT_ERROR_TITLE = 'Bitbucket Credential Check: invalid input'

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
    const message = redactor.redact(a.message)
    const props: core.AnnotationProperties = { title: redactor.redact(a.title) }
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
      readFile: (path) => readFileSync(path, 'utf8'),
      env: process.env,
      mask
    })
    // The tracking issue's history loads while the credentials are being checked.
    const history =
      settings.trackingIssue && !settings.offline
        ? loadHistory(settings).catch(() => undefined)
        : Promise.resolve(undefined)
    const report = await runCheck(settings, {
      mask,
      history: async (fp) => (await history)?.lookup(fp)
    })
    const ms = Date.now() - started
    emitAnnotations(report, settings.credentials, redactor)
    // The tracking issue first, so that the summary and the outputs can link it; when it
    // fails, the report is still written, then the error is raised.
    let trackingIssueUrl = ''
    let trackingError: Error | null = null
    if (settings.trackingIssue) {
      try {
        trackingIssueUrl = await syncTrackingIssue(settings, report, await history, redactor)
      } catch (error) {
        trackingError = error instanceof Error ? error : new Error(String(error))
      }
    }
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
    if (trackingError) throw trackingError
    if (exitCodeFor(report) !== 0) process.exitCode = core.ExitCode.Failure
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof InputError) {
      core.error(redactor.redact(message), { title: INPUT_ERROR_TITLE })
    } else {
      core.error(
        redactor.redact(
          `${message}. This is a bug in bitbucket-credential-check or its environment: re-run the job, and report it if it persists.`
        ),
        {
          title: 'Bitbucket Credential Check: unexpected error'
        }
      )
    }
    process.exitCode = core.ExitCode.Failure
  }
}
