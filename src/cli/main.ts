/**
 * The CLI adapter for any CI: flags and environment in, a table (or json/markdown/github/junit)
 * out. `main(argv, env, io)` runs in process (tests call it directly); src/cli.ts is the entry.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseCli, type CliArgs, type Format } from './args.js'
import { credentialGiven, inCliWords, noCredentialMessage } from './cli-naming.js'
import type { Demo } from './demo.js'
import { helpText } from './help.js'
import { Progress } from './progress.js'
import { Redactor } from '../secrets/redactor.js'
import { runCheck } from '../check/run-check.js'
import { exitCodeFor } from '../core/report.js'
import { cleanText } from '../core/server-text.js'
import type { Report, SpecSource } from '../core/types.js'
import { InputError } from '../inputs/parse-values.js'
import { LIST_LIMITS } from '../inputs/credential-specs.js'
import { readBounded } from '../inputs/read-bounded.js'
import { readSettings, type Settings } from '../inputs/settings.js'
import { renderWorkflowCommands } from '../report/annotations.js'
import { neutralizeCommands } from '../report/neutralize-commands.js'
import { renderJunit } from '../report/render-junit.js'
import { renderSummary } from '../report/render-summary.js'
import { renderTable } from '../report/render-table.js'
import { startHistory } from '../tracking/history.js'
import { VERSION } from '../version.js'

const NAME = 'bitbucket-credential-check'

interface RenderContext {
  demo: boolean
  colour: boolean
  sources: (SpecSource | undefined)[]
  policy: { warnDays: number; failDays: number }
  durationMs: number
}

function render(report: Report, format: Format, ctx: RenderContext): string {
  const banner = ctx.demo
    ? 'DEMO: sample credentials checked against the built-in Bitbucket emulator on loopback (no real account).\n\n'
    : ''
  switch (format) {
    case 'json':
      return JSON.stringify(ctx.demo ? { demo: true, ...report } : report, null, 2) + '\n'
    case 'markdown':
      return renderSummary(report, {
        title: ctx.demo ? 'DEMO: Bitbucket credentials' : undefined,
        policy: ctx.policy,
        durationMs: ctx.durationMs
      })
    case 'github':
      return (
        (ctx.demo
          ? '::notice title=DEMO::Sample credentials against the built-in emulator\n'
          : '') + renderWorkflowCommands(report, ctx.sources)
      )
    case 'junit':
      return renderJunit(report, ctx.durationMs)
    default:
      return banner + renderTable(report, ctx.colour)
  }
}

/** Where the CLI writes: process.stdout and process.stderr, or a test's collectors. */
export interface Writer {
  write(text: string): unknown
  isTTY?: boolean
}

export interface CliIo {
  stdout: Writer
  stderr: Writer
}

/** Each `--output FORMAT=PATH`, its folder created; a failure names the option, not the path. */
function writeOutputs(args: CliArgs, write: (format: Format) => string): void {
  args.outputs.forEach((target, i) => {
    try {
      mkdirSync(dirname(target.path), { recursive: true })
      writeFileSync(target.path, write(target.format))
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'error'
      throw new InputError(`--output #${i + 1}: the file cannot be written (${code}).`)
    }
  })
}

/** What one run shares between its steps: its streams, its secrets, and how it warns. */
interface RunContext {
  io: CliIo
  env: Record<string, string | undefined>
  redactor: Redactor
  mask: (secret: string) => void
  /** stderr: one line per message, workflow commands broken (it is read by the runner too). */
  warn: (text: string) => void
}

/** The text --help or --version prints, or null for a run. */
function infoText(args: CliArgs): string | null {
  if (args.help) return helpText()
  if (args.version) return `${VERSION}\n`
  return null
}

/** The demo's emulator and sample values, loaded only for --demo (a run never loads it). */
async function loadDemo(args: CliArgs): Promise<Demo | undefined> {
  if (!args.demo) return undefined
  const { startDemo } = await import('./demo.js')
  const demo = await startDemo(new Date())
  Object.assign(args.values, demo.values)
  return demo
}

/** The settings from the flags and environment; a CLI given no credential is misconfigured. */
function cliSettings(args: CliArgs, run: RunContext, demo: boolean): Settings {
  const settings = readSettings({
    get: (name) => args.values[name] ?? '',
    readFile: (path) => readBounded(path, LIST_LIMITS.bytes),
    env: run.env,
    mask: run.mask
  })
  // The action's empty-secret warning is for forks; a CLI given nothing is misconfigured.
  if (!demo && !credentialGiven(args.present)) throw new InputError(noCredentialMessage(run.env))
  return settings
}

/** History (--state-file, --tracking-issue), loading while the credentials are checked. */
function cliHistory(settings: Settings, run: RunContext) {
  if (!settings.trackingIssue && !settings.stateFile) return undefined
  return startHistory(settings, {
    warn: (message) => run.warn(`${NAME}: warning: ${run.redactor.redact(message)}\n`)
  })
}

/** Writes the report to stdout in its format and to each --output file. */
function writeReport(report: Report, args: CliArgs, ctx: RenderContext, run: RunContext): void {
  // Inside a GitHub job, only --format github may carry workflow commands.
  const plain = (format: Format, text: string) =>
    run.env.GITHUB_ACTIONS === 'true' && format !== 'github'
      ? neutralizeCommands(text, format === 'json')
      : text
  const rendered = render(report, args.format, ctx)
  run.io.stdout.write(plain(args.format, run.redactor.redact(rendered)))
  writeOutputs(args, (format) =>
    run.redactor.redact(render(report, format, { ...ctx, colour: false }))
  )
}

/** Checks every credential, reports, records history, and gives the exit code. */
async function checkAndReport(args: CliArgs, run: RunContext, demo: boolean): Promise<number> {
  const settings = cliSettings(args, run, demo)
  const history = cliHistory(settings, run)
  const progress = new Progress({
    write: (text) => run.warn(run.redactor.redact(text)),
    tty: Boolean(run.io.stderr.isTTY)
  })
  const checked = await runCheck(settings, {
    mask: run.mask,
    history: history?.lookup,
    env: run.env,
    onResult: (c, done, total) => progress.result(c, done, total)
  })
  const report = inCliWords(checked, settings.credentials)
  writeReport(
    report,
    args,
    {
      demo,
      colour: args.colour ?? (Boolean(run.io.stdout.isTTY) && !run.env.NO_COLOR),
      sources: settings.credentials.map((s) => s.source),
      policy: settings,
      durationMs: progress.elapsed()
    },
    run
  )
  const tracked = await history?.finish(report, (text) => run.redactor.redact(text))
  // The progress line ends (with its counts) before anything else is written to stderr.
  progress.finish(report)
  if (tracked?.error) {
    run.warn(`${NAME}: tracking-issue: ${run.redactor.redact(tracked.error.message)}\n`)
    return 1
  }
  return exitCodeFor(report, args.strict)
}

/** A usage error exits 2 with one line and the help hint; anything else exits 1. */
function failure(error: unknown, run: RunContext): number {
  const message = error instanceof Error ? error.message : String(error)
  if (error instanceof InputError) {
    run.warn(
      `${NAME}: ${run.redactor.redact(message).split('\n')[0]} Run '${NAME} --help' for usage.\n`
    )
    return 2
  }
  run.warn(
    `${NAME}: unexpected error: ${cleanText(run.redactor.redact(message), 300)}. Re-run; report it if it persists.\n`
  )
  return 1
}

/** Runs the CLI and resolves to its exit code; it never touches process.exitCode. */
export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo = { stdout: process.stdout, stderr: process.stderr }
): Promise<number> {
  const redactor = new Redactor()
  const run: RunContext = {
    io,
    env,
    redactor,
    mask: (secret) => void redactor.add(secret),
    warn: (text) => void io.stderr.write(neutralizeCommands(text))
  }
  let demo: Demo | undefined
  try {
    const args = parseCli(argv, env)
    const info = infoText(args)
    if (info !== null) {
      io.stdout.write(info)
      return 0
    }
    for (const warning of args.warnings) run.warn(`${NAME}: warning: ${warning}\n`)
    demo = await loadDemo(args)
    return await checkAndReport(args, run, Boolean(demo))
  } catch (error) {
    return failure(error, run)
  } finally {
    await demo?.emulator.stop()
  }
}
