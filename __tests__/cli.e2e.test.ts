/** The CLI end to end: formats, exit codes, help, usage errors, the demo, and no secret printed. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SETTING_KEYS } from '../src/inputs/settings.js'
import { BitbucketEmulator } from './emulator/emulator.js'
import { JDOE, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { VERSION } from '../src/version.js'
import { parseCommands } from './helpers/run-bundle.js'
import { runCli } from './helpers/run-cli.js'

let emu: BitbucketEmulator
const dir = mkdtempSync(join(tmpdir(), 'bcc-cli-'))
const env = (extra: Record<string, string> = {}) => ({
  BITBUCKET_API_URL: emu.apiUrl,
  BITBUCKET_GIT_URL: emu.url,
  BITBUCKET_TOKEN: SECRETS.healthy,
  BITBUCKET_EMAIL: JDOE.email,
  BITBUCKET_EXPIRES_AT: inDays(new Date(), 200),
  ...extra
})
const noSecret = (text: string) =>
  expect(
    text.includes(SECRETS.healthy) ||
      text.includes(Buffer.from(`${JDOE.email}:${SECRETS.healthy}`).toString('base64'))
  ).toBe(false)

beforeAll(async () => {
  emu = await new BitbucketEmulator(sampleWorld()).start()
})
afterAll(async () => {
  await emu.stop()
})

describe('the CLI', () => {
  it('prints a table for a healthy token read from BITBUCKET_* variables and exits 0', async () => {
    const run = await runCli([], env())
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^NAME\s+KIND\s+VERDICT/m)
    expect(run.stdout).toMatch(/credential\s+Atlassian API token\s+valid/)
    expect(run.stdout).not.toContain('\x1b[')
    noSecret(run.stdout + run.stderr)
  })

  it('--format json prints the contract report', async () => {
    const run = await runCli(['--format', 'json', '--name', 'deploy'], env())
    const report = JSON.parse(run.stdout) as {
      status: string
      credentials: { name: string; verdict: string }[]
    }
    expect(report.status).toBe('ok')
    expect(report.credentials[0]).toMatchObject({ name: 'deploy', verdict: 'valid' })
  })

  it('--format markdown prints the summary table', async () => {
    const run = await runCli(['-f', 'markdown'], env())
    expect(run.stdout).toMatch(/^## Bitbucket credentials: ✅ 1 ok$/m)
    expect(run.stdout).toContain('| | Credential | Kind | Verdict | Expires | Findings |')
  })

  it('--format github prints workflow commands titled with the name', async () => {
    const run = await runCli(
      ['--format', 'github'],
      env({ BITBUCKET_EXPIRES_AT: inDays(new Date(), 3) })
    )
    const commands = parseCommands(run.stdout)
    expect(commands.map((c) => [c.command, c.properties.title])).toEqual([
      ['error', 'credential: expires soon (expires-soon)']
    ])
    expect(run.code).toBe(1)
  })

  it('exits 1 when a credential fails', async () => {
    const run = await runCli([], env({ BITBUCKET_TOKEN: SECRETS.revoked }))
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('credential-rejected')
  })

  it('warnings exit 0, or 1 with --strict', async () => {
    const e = env({ BITBUCKET_EXPIRES_AT: '' })
    expect((await runCli([], e)).code).toBe(0)
    expect((await runCli(['--strict'], e)).code).toBe(1)
  })

  it('reads --credentials-file with secrets from the environment', async () => {
    const path = join(dir, 'creds.yml')
    writeFileSync(
      path,
      `- name: a\n  token-env: TOKEN_A\n  email: ${JDOE.email}\n  expires-at: ${inDays(new Date(), 90)}\n- name: b\n  token-env: TOKEN_B\n  repository: acme/web\n  expires-at: ${inDays(new Date(), 90)}\n`
    )
    const run = await runCli(['--credentials-file', path, '--format', 'json'], {
      BITBUCKET_API_URL: emu.apiUrl,
      TOKEN_A: SECRETS.healthy,
      TOKEN_B: SECRETS.repoToken
    })
    const report = JSON.parse(run.stdout) as {
      credentials: { name: string; type: string; verdict: string }[]
    }
    expect(report.credentials.map((c) => [c.name, c.type, c.verdict])).toEqual([
      ['a', 'api-token', 'valid'],
      ['b', 'repository-access-token', 'valid']
    ])
    expect(run.code).toBe(0)
  })

  it('warns that a secret given as a flag shows up in process lists, and never prints it', async () => {
    const run = await runCli(['--token', SECRETS.healthy, '--email', JDOE.email], {
      BITBUCKET_API_URL: emu.apiUrl
    })
    expect(run.stderr).toMatch(
      /--token was given as a flag: flags show up in process lists.*BITBUCKET_TOKEN/
    )
    expect(run.stdout).toMatch(/valid/)
    noSecret(run.stdout + run.stderr)
  })

  it.each([
    [
      'an unknown flag, with a suggestion',
      ['--tokn', 'x'],
      /unknown option '--tokn'\. Did you mean '--token'\?/
    ],
    ['a missing value', ['--repository'], /option '--repository' needs a value/],
    [
      'an unreadable file',
      ['--credentials-file', '/nonexistent.yml'],
      /credentials-file '\/nonexistent\.yml' cannot be read \(ENOENT\)/
    ],
    ['an invalid format', ['--format', 'xml'], /invalid --format 'xml'/],
    ['an invalid number', ['--warn-days=-3'], /Invalid warn-days: '-3'/],
    ['a value that looks like a flag', ['--warn-days', '-3'], /write it as --warn-days=<value>/]
  ])('%s is a usage error: exit 2 with one clear line', async (_label, args, message) => {
    const run = await runCli(args, { BITBUCKET_API_URL: emu.apiUrl })
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toContain("Run 'bitbucket-credential-check --help'")
    expect(run.stdout).toBe('')
  })

  it('an invalid YAML file is a usage error', async () => {
    const path = join(dir, 'bad.yml')
    writeFileSync(path, '- name: [broken\n')
    const run = await runCli(['--credentials-file', path])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/is not valid YAML \(line \d+\)/)
  })

  it('--help documents every setting with its environment variable, the formats and the exit codes', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    for (const key of SETTING_KEYS) {
      expect(run.stdout).toContain(`--${key}`)
      expect(run.stdout).toContain(`BITBUCKET_${key.toUpperCase().replace(/-/g, '_')}`)
    }
    expect(run.stdout).toMatch(/--format <table\|json\|markdown\|github\|junit>/)
    expect(run.stdout).toContain('--output FORMAT=PATH')
    expect(run.stdout).toMatch(/Exit codes: 0/)
  })

  it.each([
    [['--offline'], 'skipped'],
    [['--offline', '--format', 'json'], 'skipped'],
    [['--offline', 'false', '--format', 'json'], 'valid'],
    [['--offline=true', '--format', 'json'], 'skipped']
  ])('boolean settings work bare or with a value: %j', async (args, verdict) => {
    const run = await runCli([...args, '--format', 'json'], env())
    expect(
      (JSON.parse(run.stdout) as { credentials: { verdict: string }[] }).credentials[0].verdict
    ).toBe(verdict)
  })

  it('--version prints the package version', async () => {
    const run = await runCli(['--version'])
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(run.stdout.trim()).toBe(pkg.version)
    expect(VERSION).toBe(pkg.version)
  })

  it('--demo checks labelled sample credentials against the built-in emulator and shows every verdict', async () => {
    const run = await runCli(['--demo'])
    expect(run.code).toBe(1) // the demo includes failing credentials, and exit codes follow the contract
    expect(run.stdout).toMatch(/^DEMO:/)
    for (const verdict of ['valid', 'removed', 'malformed']) expect(run.stdout).toContain(verdict)
    for (const code of [
      'expires-soon',
      'app-password-removed',
      'missing-scopes',
      'checksum-mismatch'
    ])
      expect(run.stdout).toContain(code)
    const json = await runCli(['--demo', '--format', 'json'])
    expect((JSON.parse(json.stdout) as { demo: boolean }).demo).toBe(true)
  })

  it('colour only on request (never when piped)', async () => {
    const plain = await runCli([], env())
    const coloured = await runCli(['--color'], env())
    expect(plain.stdout).not.toContain('\x1b[')
    expect(coloured.stdout).toContain('\x1b[32m')
  })
})
