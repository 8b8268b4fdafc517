/** Runs a node script as a child process and collects its exit code and output. */
import { spawn } from 'node:child_process'

export interface Collected {
  code: number
  stdout: string
  stderr: string
}

export async function spawnCollect(
  script: string,
  args: string[],
  env: Record<string, string>
): Promise<Collected> {
  const child = spawn(process.execPath, [script, ...args], { env, cwd: process.cwd() })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)))
  return { code, stdout, stderr }
}
