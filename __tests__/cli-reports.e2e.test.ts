/** The CLI on any CI: JUnit to stdout or files, progress and the closing line on stderr, its own words, and no silent run without a credential. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BitbucketEmulator } from './emulator/emulator.js'
import { JDOE, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { parseJunit } from './helpers/parse-junit.js'
import { runCli } from './helpers/run-cli.js'

let emu: BitbucketEmulator
let slow: BitbucketEmulator
const dir = mkdtempSync(join(tmpdir(), 'bcc-cli-reports-'))
const later = inDays(new Date(), 200)

/** Three credentials in a list: healthy, revoked, and one whose expiry is unknown. */
const credentials = [
  `- name: deploy\n  token: ${SECRETS.healthy}\n  email: ${JDOE.email}\n  expires-at: ${later}`,
  `- name: revoked\n  token: ${SECRETS.revoked}\n  email: ${JDOE.email}`,
  `- name: mirror\n  token: ${SECRETS.readOnly}\n  email: ${JDOE.email}`
].join('\n')

beforeAll(async () => {
  emu = await new BitbucketEmulator(sampleWorld()).start()
  slow = await new BitbucketEmulator({ ...sampleWorld(), latencyMs: 700 }).start()
})
afterAll(async () => {
  await emu.stop()
  await slow.stop()
})

describe('the CLI reports', () => {
  it('--format junit prints one test case per credential, a failure for the failing one', async () => {
    const run = await runCli(['--format', 'junit'], {
      BITBUCKET_API_URL: emu.apiUrl,
      BITBUCKET_CREDENTIALS: credentials
    })
    expect(run.code).toBe(1)
    const suite = parseJunit(run.stdout).testsuites.testsuite
    expect(suite).toMatchObject({ tests: '3', failures: '1', errors: '0' })
    expect(suite.testcase.map((c) => [c.name, c.failure?.type ?? null])).toEqual([
      ['deploy', null],
      ['revoked', 'credential-rejected'],
      ['mirror', null]
    ])
    expect(suite.testcase[2]['system-out']).toContain('WARNING [expiry-unknown]')
  })

  it('--output FORMAT=PATH (repeatable) writes each report to its file, folders created, stdout unchanged', async () => {
    const junit = join(dir, 'test-results', 'nested', 'credentials.xml')
    const markdown = join(dir, 'summary.md')
    const run = await runCli(
      [
        '--output',
        `junit=${junit}`,
        '-o',
        `markdown=${markdown}`,
        '--output',
        `json=${join(dir, 'r.json')}`
      ],
      { BITBUCKET_API_URL: emu.apiUrl, BITBUCKET_CREDENTIALS: credentials }
    )
    expect(run.stdout).toMatch(/^NAME\s+KIND\s+VERDICT/m)
    expect(parseJunit(readFileSync(junit, 'utf8')).testsuites.testsuite.testcase).toHaveLength(3)
    expect(readFileSync(markdown, 'utf8')).toMatch(/^## Bitbucket credentials: ❌ 1 failing/)
    const json = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { status: string }
    expect(json.status).toBe('failure')
    for (const file of [junit, markdown]) {
      const text = readFileSync(file, 'utf8')
      for (const secret of [SECRETS.healthy, SECRETS.revoked, SECRETS.readOnly])
        expect(text.includes(secret)).toBe(false)
    }
  })

  it.each([
    ['no =', ['--output', 'junit'], /--output #1 is not FORMAT=PATH/],
    [
      'an unknown format',
      ['--output', 'xunit=out.xml'],
      /--output #1 names an unknown format\. Did you mean 'junit'\?/
    ]
  ])(
    'a bad --output (%s) is a usage error that does not echo it',
    async (_label, args, message) => {
      const run = await runCli(args, {
        BITBUCKET_API_URL: emu.apiUrl,
        BITBUCKET_TOKEN: SECRETS.healthy
      })
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(message)
      expect(run.stderr).not.toContain('out.xml')
    }
  )

  it('an --output that cannot be written exits 2 and names the option', async () => {
    const file = join(dir, 'a-file')
    writeFileSync(file, '')
    const run = await runCli(['--output', `junit=${join(file, 'x.xml')}`], {
      BITBUCKET_API_URL: emu.apiUrl,
      BITBUCKET_TOKEN: SECRETS.healthy,
      BITBUCKET_EMAIL: JDOE.email
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--output #1: the file cannot be written \(E[A-Z]+\)/)
    expect(run.stderr).not.toContain('a-file')
  })

  it('ends stderr with the counts line, and hints usage without a made-up address', async () => {
    const run = await runCli([], {
      BITBUCKET_API_URL: emu.apiUrl,
      BITBUCKET_CREDENTIALS: credentials
    })
    // The usage hint for the rejected API token: the kind's scheme, no made-up address.
    expect(run.stdout).toContain('how to use it: REST Basic auth, user = Atlassian account email')
    expect(run.stdout).not.toContain('%40')
    // The closing counts line ends stderr (a 401 is confirmed after a pause, so progress may precede it).
    expect(run.stderr).toMatch(/(^|\n)3 checked in \d+(\.\d)? m?s: 1 failing, 1 warning, 1 ok\n$/)
  })

  it('shows progress on stderr, a line per finished credential, once a run takes more than a moment', async () => {
    const run = await runCli(['--concurrency', '1'], {
      BITBUCKET_API_URL: slow.apiUrl,
      BITBUCKET_CREDENTIALS: credentials
    })
    const lines = run.stderr.trim().split('\n')
    // Each check waits 700 ms or more for the emulator, one after another: the second and the
    // third finish after the first second (the first, on a loaded machine, may too).
    expect(lines.slice(-3, -1)).toEqual([
      '[2/3] revoked: failure (credential-rejected)',
      '[3/3] mirror: warning (expiry-unknown)'
    ])
    expect(lines.slice(0, -3)).toEqual(lines.length === 4 ? ['[1/3] deploy: ok'] : [])
    expect(lines[lines.length - 1]).toMatch(/^3 checked in \d\.\d s: 1 failing, 1 warning, 1 ok$/)
  })

  it('names its own flags and variables in the messages', async () => {
    const run = await runCli([], {
      BITBUCKET_API_URL: emu.apiUrl,
      BITBUCKET_TOKEN: SECRETS.healthy,
      BITBUCKET_EMAIL: JDOE.email
    })
    expect(run.stdout).toContain('set --expires-at (BITBUCKET_EXPIRES_AT) to the date')
    expect(run.stdout).not.toMatch(/set expires-at/)
  })

  it('given no credential at all, exits 2 saying what to set, and spots a misspelt variable', async () => {
    const run = await runCli([], { BITBUCKET_API_URL: emu.apiUrl, BITBUCKET_TOKN: SECRETS.healthy })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^bitbucket-credential-check: no credential given\. Set BITBUCKET_TOKEN/
    )
    expect(run.stderr).toContain('did you mean BITBUCKET_TOKEN?')
    expect(run.stdout).toBe('')
  })

  it('an empty BITBUCKET_TOKEN (a secret the CI withheld) warns in CI words, not GitHub ones', async () => {
    const run = await runCli(['--format', 'json'], {
      BITBUCKET_API_URL: emu.apiUrl,
      BITBUCKET_TOKEN: ''
    })
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as {
      credentials: { findings: { code: string; message: string }[] }[]
    }
    const empty = report.credentials[0].findings.find((f) => f.code === 'empty-secret')
    expect(empty?.message).toContain('The CI passed an empty value')
    expect(empty?.message).not.toMatch(/fork|workflow/i)
  })
})
