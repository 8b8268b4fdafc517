/** Runs the action bundle (built from src/ by the global setup) the way the GitHub runner does, and parses what it wrote. */
import { ACTION_BUNDLE } from './bundle-paths.js'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { assertNoLeak, leakedForms, secretsIn } from './secrets-in.js'
import { spawnCollect } from './spawn-collect.js'

export interface Command {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  commands: Command[]
  outputs: Record<string, string>
  summary: string
  report: {
    status: string
    credentials: Array<
      Record<string, unknown> & { findings: { code: string; level: string; message: string }[] }
    >
  }
  ms: number
  annotations: (level?: string) => Command[]
  codes: (index?: number) => string[]
}

const unescape = (s: string) =>
  s
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')

export function parseCommands(stdout: string): Command[] {
  const out: Command[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = pair.indexOf('=')
      properties[pair.slice(0, i)] = unescape(pair.slice(i + 1))
    }
    out.push({ command: m[1], properties, message: unescape(m[3]) })
  }
  return out
}

export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const re = /^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) outputs[m[1]] = m[3]
  return outputs
}

export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {}
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bcc-run-'))
  const outFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv: Record<string, string> = {}
  for (const [key, value] of Object.entries(inputs)) inputEnv[`INPUT_${key.toUpperCase()}`] = value
  const started = Date.now()
  const { code, stdout, stderr } = await spawnCollect(ACTION_BUNDLE, [], {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...inputEnv,
    ...env
  })
  const ms = Date.now() - started
  const outputs = parseOutputs(readFileSync(outFile, 'utf8'))
  const commands = parseCommands(stdout)
  const report = outputs.report
    ? (JSON.parse(outputs.report) as ActionRun['report'])
    : { status: '', credentials: [] }
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    commands,
    outputs,
    summary: readFileSync(summaryFile, 'utf8'),
    report,
    ms,
    annotations: (level) =>
      commands.filter(
        (c) => ['error', 'warning', 'notice'].includes(c.command) && (!level || c.command === level)
      ),
    codes: (index = 0) => (report.credentials[index]?.findings ?? []).map((f) => f.code)
  }
  // Every end-to-end run is scanned for the secrets it was given, wherever they were used.
  assertNoLeak('the action', visibleText(run), secretsIn({ ...inputs, ...env }))
  return run
}

/** Everything a user can see of a run: the log (less ::add-mask::), outputs and summary. */
export function visibleText(run: ActionRun): string {
  const log = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  return [log, run.stderr, JSON.stringify(run.outputs), run.summary].join('\n')
}

/** Every place a secret (or a derived form) could leak, except ::add-mask::. */
export function leaks(run: ActionRun, secrets: string[]): string[] {
  return leakedForms(visibleText(run), secrets)
}
