/**
 * The GitHub Actions adapter. What the first request needs comes first (inputs, masks, the
 * check); the reporting side (@actions/core, renderers) loads while the requests are on the wire.
 */
import { runCheck } from './check/run-check.js'
import { LIST_LIMITS } from './inputs/credential-specs.js'
import { readBounded } from './inputs/read-bounded.js'
import { readSettings, type Settings } from './inputs/settings.js'
import type * as ReportSide from './runner/report-run.js'
import { failWithoutReporting } from './runner/last-resort.js'
import { getInput, setSecret } from './runner/runner-commands.js'
import { cleanText } from './core/server-text.js'
import { Redactor } from './secrets/redactor.js'
import { startHistory, type HistorySession } from './tracking/history.js'

type Reporting = () => Promise<typeof ReportSide>

/** The reporting side, loaded once, on first need (a rejected load is awaited where it is used). */
function reportingLoader(): Reporting {
  let loading: Promise<typeof ReportSide> | undefined
  return () => {
    if (!loading) {
      loading = import('./runner/report-run.js')
      loading.catch(() => undefined)
    }
    return loading
  }
}

/** Every secret and every encoded form of it is masked here, before any request. */
function readInputs(mask: (secret: string) => void): Settings {
  return readSettings({
    get: getInput,
    readFile: (path) => readBounded(path, LIST_LIMITS.bytes),
    env: process.env,
    mask
  })
}

/** History (state file, tracking issue) loads while the credentials are being checked. */
function openHistory(
  settings: Settings,
  redactor: Redactor,
  reporting: Reporting
): HistorySession | undefined {
  if (!settings.trackingIssue && !settings.stateFile) return undefined
  return startHistory(settings, {
    // Warnings wait for @actions/core to load, and keep their order.
    warn: (message, topic) =>
      void reporting().then(
        (side) => side.warnAbout(topic, message, redactor),
        () => undefined // the run's end reports the failed load
      )
  })
}

export async function run(): Promise<void> {
  const redactor = new Redactor()
  const mask = (secret: string) => {
    if (redactor.add(secret)) setSecret(secret)
  }
  const reporting = reportingLoader()
  const started = Date.now()
  try {
    const settings = readInputs(mask)
    const history = openHistory(settings, redactor, reporting)
    const checking = runCheck(settings, { mask, history: history?.lookup, env: process.env })
    void reporting()
    const report = await checking
    const durationMs = Date.now() - started
    await (await reporting()).reportRun({ report, settings, history, durationMs }, redactor)
  } catch (error) {
    const side = await reporting().catch(() => null)
    if (side) return side.reportFailure(error, redactor)
    const what = error instanceof Error ? error.message : String(error)
    failWithoutReporting(`${cleanText(redactor.redact(what), 300)}.`)
  }
}
