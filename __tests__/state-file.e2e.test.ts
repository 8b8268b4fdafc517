/** The state file across runs, as any CI keeps it in a cache: the CLI and the action. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BitbucketEmulator } from './emulator/emulator.js'
import { JDOE, sampleWorld } from '../src/emulator/sample-world.js'
import { makeApiToken } from '../src/emulator/tokens.js'
import { runAction } from './helpers/run-bundle.js'
import { runCli } from './helpers/run-cli.js'

const nightly = makeApiToken('nightly-state')
let emu: BitbucketEmulator
const dir = mkdtempSync(join(tmpdir(), 'bcc-state-'))

beforeAll(async () => {
  const world = sampleWorld()
  world.tokens!.push({
    secret: nightly,
    kind: 'api-token',
    scopes: ['read:user:bitbucket', 'read:repository:bitbucket'],
    account: JDOE
  })
  emu = await new BitbucketEmulator(world).start()
})
afterAll(async () => {
  await emu.stop()
})

const revoke = (revoked: boolean) => {
  emu.options.tokens!.find((t) => t.secret === nightly)!.revoked = revoked
}

interface StateDoc {
  schema: string
  version: number
  entries: Record<string, { firstSeenValid: string | null; lastVerdict: string }>
}
const readDoc = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as StateDoc
const rejection = (report: { credentials: { findings: { code: string; message: string }[] }[] }) =>
  report.credentials[0].findings.find((f) => f.code === 'credential-rejected')?.message

describe('--state-file (CLI)', () => {
  const path = join(dir, 'cache', 'bitbucket-state.json')
  const cli = () =>
    runCli(
      ['--format', 'json', '--name', 'nightly', '--state-file', path, '--max-lifetime-days', '30'],
      {
        BITBUCKET_API_URL: emu.apiUrl,
        BITBUCKET_TOKEN: nightly,
        BITBUCKET_EMAIL: JDOE.email
      }
    )

  it('runs: valid, valid, then rejected ("probably revoked"), and still so a run later; the lifetime bound counts from the first run', async () => {
    revoke(false)
    const first = await cli()
    const r1 = JSON.parse(first.stdout) as {
      credentials: { verdict: string; expirySource: string | null; daysLeft: number | null }[]
    }
    expect(r1.credentials[0].verdict).toBe('valid')
    const doc1 = readDoc(path)
    expect(doc1).toMatchObject({ schema: 'bitbucket-credential-check/state', version: 2 })
    const [fingerprint] = Object.keys(doc1.entries)
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/)
    const firstSeen = doc1.entries[fingerprint].firstSeenValid
    expect(firstSeen).toMatch(/^20\d\d-/)
    expect(readFileSync(path, 'utf8')).not.toContain(nightly)
    // No temporary file is left beside it.
    expect(readdirSync(join(dir, 'cache'))).toEqual(['bitbucket-state.json'])

    // Run 2, still valid: the lifetime bound is the first run + max-lifetime-days.
    const second = await cli()
    const r2 = JSON.parse(second.stdout) as typeof r1
    expect(r2.credentials[0]).toMatchObject({ expirySource: 'lifetime-bound' })
    expect(r2.credentials[0].daysLeft).toBeGreaterThanOrEqual(29)
    expect(r2.credentials[0].daysLeft).toBeLessThanOrEqual(30)
    expect(readDoc(path).entries[fingerprint].firstSeenValid).toBe(firstSeen)

    // Run 3, revoked: "valid before, rejected now".
    revoke(true)
    const third = await cli()
    expect(third.code).toBe(1)
    const r3 = JSON.parse(third.stdout) as Parameters<typeof rejection>[0]
    expect(rejection(r3)).toMatch(
      new RegExp(
        `valid in an earlier check \\(first seen valid ${firstSeen!.slice(0, 10)}\\), so it was most likely revoked or has expired, not mistyped`
      )
    )
    expect(readDoc(path).entries[fingerprint]).toMatchObject({
      firstSeenValid: firstSeen,
      lastVerdict: 'invalid'
    })

    // Run 4, still revoked: a rejected run keeps the history, so the hint stays.
    const fourth = await cli()
    expect(rejection(JSON.parse(fourth.stdout) as Parameters<typeof rejection>[0])).toMatch(
      /most likely revoked or has expired/
    )

    // Without the file, the same rejection is a plain one.
    const fresh = await runCli(['--format', 'json'], {
      BITBUCKET_API_URL: emu.apiUrl,
      BITBUCKET_TOKEN: nightly,
      BITBUCKET_EMAIL: JDOE.email
    })
    expect(rejection(JSON.parse(fresh.stdout) as Parameters<typeof rejection>[0])).not.toMatch(
      /earlier check/
    )
    revoke(false)
  })

  it('a corrupt state file is a warning, not a failure, and is replaced by a good one', async () => {
    const bad = join(dir, 'corrupt.json')
    writeFileSync(
      bad,
      '{"schema":"bitbucket-credential-check/state","version":2,"entries":{"zz":1,'
    )
    const run = await runCli(['--format', 'json', '--state-file', bad], {
      BITBUCKET_API_URL: emu.apiUrl,
      BITBUCKET_TOKEN: nightly,
      BITBUCKET_EMAIL: JDOE.email
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(
      /warning: state-file .*corrupt\.json: not valid JSON; starting from no history/
    )
    expect(readDoc(bad).version).toBe(2)
  })
})

describe('state-file (action)', () => {
  it('feeds the history into the check: valid, then "probably revoked"', async () => {
    const path = join(dir, 'action-state.json')
    const inputs = {
      'api-url': emu.apiUrl,
      token: nightly,
      email: JDOE.email,
      name: 'nightly',
      'state-file': path
    }
    revoke(false)
    const first = await runAction(inputs)
    expect(first.report.credentials[0].verdict).toBe('valid')
    revoke(true)
    const second = await runAction(inputs)
    expect(rejection(second.report)).toMatch(/valid in an earlier check/)
    expect(readFileSync(path, 'utf8')).not.toContain(nightly)
    revoke(false)
  })
})
