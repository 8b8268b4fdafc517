#!/usr/bin/env node
/** The CLI adapter for any CI: flags and environment in, a table (or json/markdown/github) out. */
import { parseCli, type CliArgs } from './cli/args.js'
import { startDemo, type Demo } from './cli/demo.js'
import { helpText } from './cli/help.js'
import { Redactor } from './check/redactor.js'
import { runCheck } from './check/run-check.js'
import { exitCodeFor } from './core/report.js'
import { cleanText } from './core/server-text.js'
import type { Report } from './core/types.js'
import { InputError } from './inputs/parse-values.js'
import { LIST_LIMITS } from './inputs/credential-specs.js'
import { readBounded } from './inputs/read-bounded.js'
import { readSettings } from './inputs/settings.js'
import { renderWorkflowCommands } from './report/annotations.js'
import { neutralizeCommands } from './report/neutralize-commands.js'
import { renderSummary } from './report/render-summary.js'
import { renderTable } from './report/render-table.js'
import { startHistory } from './tracking/history.js'
import { VERSION } from './version.js'

const NAME = 'bitbucket-credential-check'

function render(report: Report, args: CliArgs, demo: boolean): string {
  const colour = args.colour ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR)
  const banner = demo
    ? 'DEMO: sample credentials checked against the built-in Bitbucket emulator on loopback (no real account).\n\n'
    : ''
  switch (args.format) {
    case 'json':
      return JSON.stringify(demo ? { demo: true, ...report } : report, null, 2) + '\n'
    case 'markdown':
      return renderSummary(report, { title: demo ? 'DEMO: Bitbucket credentials' : undefined })
    case 'github':
      return (
        (demo ? '::notice title=DEMO::Sample credentials against the built-in emulator\n' : '') +
        renderWorkflowCommands(report)
      )
    default:
      return banner + renderTable(report, colour)
  }
}

/** stderr: one line per message, workflow commands broken (it is read by the runner too). */
const warn = (text: string) => void process.stderr.write(neutralizeCommands(text))

export async function main(
  argv: string[],
  env: Record<string, string | undefined>
): Promise<number> {
  const redactor = new Redactor()
  const mask = (secret: string) => void redactor.add(secret)
  let demo: Demo | undefined
  try {
    const args = parseCli(argv, env)
    if (args.help) {
      process.stdout.write(helpText())
      return 0
    }
    if (args.version) {
      process.stdout.write(`${VERSION}\n`)
      return 0
    }
    for (const warning of args.warnings) warn(`${NAME}: warning: ${warning}\n`)
    if (args.demo) {
      demo = await startDemo(new Date())
      Object.assign(args.values, demo.values)
    }
    const settings = readSettings({
      get: (name) => args.values[name] ?? '',
      readFile: (path) => readBounded(path, LIST_LIMITS.bytes),
      env,
      mask
    })
    // History (--state-file, --tracking-issue) loads while the credentials are being checked.
    const history =
      settings.trackingIssue || settings.stateFile
        ? startHistory(settings, {
            warn: (message) => warn(`${NAME}: warning: ${redactor.redact(message)}\n`)
          })
        : undefined
    const report = await runCheck(settings, { mask, history: history?.lookup })
    const text = redactor.redact(render(report, args, Boolean(demo)))
    // Inside a GitHub job, only --format github may carry workflow commands.
    const plain = env.GITHUB_ACTIONS === 'true' && args.format !== 'github'
    process.stdout.write(plain ? neutralizeCommands(text, args.format === 'json') : text)
    const tracked = await history?.finish(report, (text) => redactor.redact(text))
    if (tracked?.error) {
      warn(`${NAME}: tracking-issue: ${redactor.redact(tracked.error.message)}\n`)
      return 1
    }
    return exitCodeFor(report, args.strict)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof InputError) {
      warn(`${NAME}: ${redactor.redact(message).split('\n')[0]} Run '${NAME} --help' for usage.\n`)
      return 2
    }
    warn(
      `${NAME}: unexpected error: ${cleanText(redactor.redact(message), 300)}. Re-run; report it if it persists.\n`
    )
    return 1
  } finally {
    await demo?.emulator.stop()
  }
}

process.exitCode = await main(process.argv.slice(2), process.env)
