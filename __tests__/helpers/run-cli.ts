/** Runs the bundled CLI as a user would: a child process with real arguments and environment. */
import { spawn } from 'node:child_process'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['dist/cli/index.js', ...args], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    cwd: process.cwd()
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)))
  return { code, stdout, stderr }
}
