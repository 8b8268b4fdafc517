/** Runs the bundled CLI as a user would: a child process with real arguments and environment. */
import { spawnCollect, type Collected } from './spawn-collect.js'

export type CliRun = Collected

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return spawnCollect('dist/cli/index.js', args, {
    PATH: process.env.PATH ?? '',
    NO_COLOR: '1',
    ...env
  })
}
