/** The CLI in process: main(argv, env, io) with collecting writers, no spawned bundle. */
import { describe, expect, it } from '@jest/globals'
import { main, type CliIo } from '../src/cli/main.js'
import { SECRETS } from '../src/emulator/sample-world.js'
import { VERSION } from '../src/version.js'

function collect(): CliIo & { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err
  }
}

describe('main(argv, env, io)', () => {
  it('prints the version to its stdout and exits 0', async () => {
    const io = collect()
    await expect(main(['--version'], {}, io)).resolves.toBe(0)
    expect(io.out()).toBe(`${VERSION}\n`)
    expect(io.err()).toBe('')
  })

  it('exits 2 with a usage hint on its stderr when no credential is given', async () => {
    const io = collect()
    await expect(main([], {}, io)).resolves.toBe(2)
    expect(io.out()).toBe('')
    expect(io.err()).toContain("Run 'bitbucket-credential-check --help' for usage.")
  })

  it('runs the demo in process: a JSON report, exit 1, no secret in either stream', async () => {
    const io = collect()
    await expect(main(['--demo', '--format', 'json'], {}, io)).resolves.toBe(1)
    const report = JSON.parse(io.out()) as { demo: boolean; credentials: { name: string }[] }
    expect(report.demo).toBe(true)
    expect(report.credentials).toHaveLength(6)
    for (const secret of Object.values(SECRETS)) {
      expect(io.out()).not.toContain(secret)
      expect(io.err()).not.toContain(secret)
    }
  })
})
