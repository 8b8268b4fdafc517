/** Runs the bundled CLI as a user would: a child process with real arguments and environment. */
import { CLI_BUNDLE } from './bundle-paths.js'
import { assertNoLeak, secretsIn } from './secrets-in.js'
import { spawnCollect, type Collected } from './spawn-collect.js'

export type CliRun = Collected

export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const run = await spawnCollect(CLI_BUNDLE, args, {
    PATH: process.env.PATH ?? '',
    NO_COLOR: '1',
    ...env
  })
  const flags: Record<string, string> = {}
  args.forEach((a, i) => {
    if (a.startsWith('--') && args[i + 1] !== undefined) flags[a.slice(2)] = args[i + 1]
  })
  // Every CLI run is scanned for the secrets it was given as flags or environment variables,
  // and for any argument that looks like a token (a secret passed by mistake, on error paths too).
  const tokenArgs = args.filter((a) => /^(ATATT3|ATCTT3|ATBB|BBDC-)\S{8,}$/.test(a))
  assertNoLeak('the CLI', run.stdout + run.stderr, [
    ...secretsIn({ ...flags, ...env }),
    ...tokenArgs
  ])
  return run
}
