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
import { readSettings } from '../inputs/settings.js'
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

/** Runs the CLI and resolves to its exit code; it never touches process.exitCode. */
export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo = { stdout: process.stdout, stderr: process.stderr }
): Promise<number> {
  /** stderr: one line per message, workflow commands broken (it is read by the runner too). */
  const warn = (text: string) => void io.stderr.write(neutralizeCommands(text))
  const redactor = new Redactor()
  const mask = (secret: string) => void redactor.add(secret)
  let demo: Demo | undefined
  try {
    const args = parseCli(argv, env)
    if (args.help) {
      io.stdout.write(helpText())
      return 0
    }
    if (args.version) {
      io.stdout.write(`${VERSION}\n`)
      return 0
    }
    for (const warning of args.warnings) warn(`${NAME}: warning: ${warning}\n`)
    if (args.demo) {
      // Loaded only for --demo, so a normal run never loads the emulator.
      const { startDemo } = await import('./demo.js')
      demo = await startDemo(new Date())
      Object.assign(args.values, demo.values)
    }
    const settings = readSettings({
      get: (name) => args.values[name] ?? '',
      readFile: (path) => readBounded(path, LIST_LIMITS.bytes),
      env,
      mask
    })
    // The action's empty-secret warning is for forks; a CLI given nothing is misconfigured.
    if (!demo && !credentialGiven(args.present)) throw new InputError(noCredentialMessage(env))
    // History (--state-file, --tracking-issue) loads while the credentials are being checked.
    const history =
      settings.trackingIssue || settings.stateFile
        ? startHistory(settings, {
            warn: (message) => warn(`${NAME}: warning: ${redactor.redact(message)}\n`)
          })
        : undefined
    const progress = new Progress({
      write: (text) => warn(redactor.redact(text)),
      tty: Boolean(io.stderr.isTTY)
    })
    const checked = await runCheck(settings, {
      mask,
      history: history?.lookup,
      env,
      onResult: (c, done, total) => progress.result(c, done, total)
    })
    const report = inCliWords(checked, settings.credentials)
    const ctx: RenderContext = {
      demo: Boolean(demo),
      colour: args.colour ?? (Boolean(io.stdout.isTTY) && !env.NO_COLOR),
      sources: settings.credentials.map((s) => s.source),
      policy: settings,
      durationMs: progress.elapsed()
    }
    // Inside a GitHub job, only --format github may carry workflow commands.
    const plain = (format: Format, text: string) =>
      env.GITHUB_ACTIONS === 'true' && format !== 'github'
        ? neutralizeCommands(text, format === 'json')
        : text
    io.stdout.write(plain(args.format, redactor.redact(render(report, args.format, ctx))))
    writeOutputs(args, (format) =>
      redactor.redact(render(report, format, { ...ctx, colour: false }))
    )
    const tracked = await history?.finish(report, (text) => redactor.redact(text))
    if (tracked?.error) {
      warn(`${NAME}: tracking-issue: ${redactor.redact(tracked.error.message)}\n`)
      return 1
    }
    progress.finish(report)
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
