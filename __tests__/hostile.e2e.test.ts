/**
 * Text from servers and users is data, never commands or markup; secrets are never echoed; every
 * input is bounded. Tried the way an attacker or a careless user would, through the bundles.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BitbucketEmulator, type Fault } from './emulator/emulator.js'
import { JDOE, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { runAction, type ActionRun } from './helpers/run-bundle.js'
import { runCli } from './helpers/run-cli.js'

let emu: BitbucketEmulator | undefined
afterEach(async () => {
  await emu?.stop()
  emu = undefined
})
const start = async (faults: Fault[] = []) =>
  (emu = await new BitbucketEmulator({ ...sampleWorld(), faults }).start())

/** Server text that is a workflow command, markup, a mention or a terminal escape if copied. */
const HOSTILE = [
  '::set-output name=status::ok',
  '::add-mask::ATATT',
  '::stop-commands::x',
  '##[set-output name=status;]ok',
  '<img src=x onerror=alert(1)>',
  '| a | b |',
  '```',
  '# heading',
  '@acme/admins @octocat #123',
  '\u001b[2J\u001b[31mred',
  '\u202eevil',
  '$(id) `id`'
].join('\n')

/** Lines the runner would run as workflow commands, other than our own annotations and masks. */
function foreignCommands(text: string): string[] {
  return text
    .split('\n')
    .filter(
      (line) =>
        /##\[/.test(line) ||
        (/^\s*::/.test(line) && !/^::(error|warning|notice|add-mask|debug)[ :]/.test(line))
    )
}

const outputsAreOneLine = (run: ActionRun) => {
  for (const [name, value] of Object.entries(run.outputs)) {
    expect([name, value.includes('\n')]).toEqual([name, false])
  }
}

describe('server text is data', () => {
  it('a hostile 401 message never becomes a workflow command, an output or a terminal escape', async () => {
    const e = await start([{ kind: 'hostile-text', path: /\/2\.0\/user$/, text: HOSTILE }])
    const run = await runAction({
      'api-url': e.apiUrl,
      token: SECRETS.healthy,
      email: JDOE.email,
      'timeout-seconds': '5'
    })
    expect(run.report.credentials[0].verdict).toBe('invalid')
    expect(foreignCommands(run.stdout)).toEqual([])
    expect(run.outputs.status).not.toBe('ok')
    outputsAreOneLine(run)
    const all = run.stdout + JSON.stringify(run.report) + run.summary
    expect(all.includes('\u001b') || all.includes('\u202e')).toBe(false)
    // The job summary shows the text, inert: no HTML, no mention that notifies, no heading.
    expect(run.summary).toContain('onerror=alert(1)')
    expect(run.summary).not.toContain('<img')
    expect(run.summary).not.toMatch(/@acme\/admins|@octocat|#123/)
    expect(run.summary).not.toMatch(/^# heading/m)
  })

  it('hostile usernames and scope headers: the scopes output holds only well-formed scope names', async () => {
    const text = 'repository $(id) `id` x;rm -rf / constructor'
    const e = await start([{ kind: 'hostile-text', path: /^\/2\.0\/user$/, text, status: 200 }])
    const run = await runAction({
      'api-url': e.apiUrl,
      token: SECRETS.healthy,
      email: JDOE.email,
      'expires-at': inDays(new Date(), 90)
    })
    expect(run.outputs.scopes.split(',')).toEqual(['repository', 'constructor'])
    outputsAreOneLine(run)
  })

  it.each(['table', 'markdown', 'json'])(
    'under GITHUB_ACTIONS the CLI --format %s emits no workflow command',
    async (format) => {
      const e = await start([
        { kind: 'hostile-text', path: /\/2\.0\/user$/, text: HOSTILE, status: 200 }
      ])
      const run = await runCli(
        ['--api-url', e.apiUrl, '--format', format, '--name', '::add-mask::x ##[set-output y]'],
        { BITBUCKET_TOKEN: SECRETS.healthy, BITBUCKET_EMAIL: JDOE.email, GITHUB_ACTIONS: 'true' }
      )
      expect(foreignCommands(run.stdout + '\n' + run.stderr)).toEqual([])
      expect(run.stdout.includes('\u001b[2J') || run.stdout.includes('\u202e')).toBe(false)
    }
  )

  it('under GITHUB_ACTIONS the CLI json keeps its values while breaking commands', async () => {
    const e = await start()
    const run = await runCli(
      ['--api-url', e.apiUrl, '--format', 'json', '--name', '::add-mask::x ##[set-output y]'],
      { BITBUCKET_TOKEN: SECRETS.healthy, BITBUCKET_EMAIL: JDOE.email, GITHUB_ACTIONS: 'true' }
    )
    expect(run.stdout).not.toContain('##[')
    const parsed = JSON.parse(run.stdout) as { credentials: { name: string }[] }
    expect(parsed.credentials[0].name).toBe('::add-mask::x ##[set-output y]')
  })

  it('a 1.5 MB server message is capped before it reaches annotations, summary and outputs', async () => {
    const e = await start([
      { kind: 'hostile-text', path: /\/2\.0\/user$/, text: 'Z'.repeat(1_500_000) }
    ])
    const run = await runAction({ 'api-url': e.apiUrl, token: SECRETS.repoToken })
    expect(run.stdout.length).toBeLessThan(20_000)
    expect(run.summary.length).toBeLessThan(20_000)
    expect(run.outputs.report.length).toBeLessThan(20_000)
  })
})

describe('secrets are never echoed', () => {
  it('a token given as a stray CLI argument is described, not printed', async () => {
    const run = await runCli([SECRETS.healthy])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/looks like a secret.*BITBUCKET_TOKEN/)
    expect(run.stdout + run.stderr).not.toContain(SECRETS.healthy.slice(0, 20))
  })

  it('--token Bearer <token> unquoted: the token is not printed, and the Bearer slip is named', async () => {
    const run = await runCli(['--token', 'Bearer', SECRETS.healthy])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Bearer/)
    expect(run.stdout + run.stderr).not.toContain(SECRETS.healthy.slice(0, 20))
  })

  it('an api-url with a password in it is refused without repeating it', async () => {
    const password = 'hunter2-sup3r-s3cret-passw0rd'
    const run = await runAction({
      token: SECRETS.healthy,
      email: JDOE.email,
      'api-url': `https://jdoe:${password}@api.bitbucket.org/2.0`
    })
    expect(run.code).toBe(1)
    expect(run.annotations('error')[0].message).toMatch(/api-url.*user or password/)
    expect(run.stdout + run.stderr).not.toContain(password)
  })

  it('a token folded into name by a YAML slip is masked and kept out of the report', async () => {
    const e = await start()
    const credentials = `- name: deploy ${SECRETS.healthy}\n  email: ${JDOE.email}\n  token: ${SECRETS.readOnly}`
    const run = await runAction({ 'api-url': e.apiUrl, credentials })
    expect(run.stdout).toContain(`::add-mask::${SECRETS.healthy}`)
    expect(JSON.stringify(run.report)).not.toContain(SECRETS.healthy)
    expect(run.report.credentials[0].name).toBe('deploy ***')
  })

  it('strings of only quotes or whitespace are never registered as masks', async () => {
    const run = await runAction({ token: '""', offline: 'true' })
    expect(run.stdout).not.toMatch(/^::add-mask::\s*("|'|`)*\s*$/m)
  })
})

describe('every input bounded and exact', () => {
  const inputError = (run: ActionRun) => {
    expect(run.code).toBe(1)
    const errors = run.annotations('error')
    expect(errors).toHaveLength(1)
    expect(errors[0].properties.title).toBe('Bitbucket Credential Check: invalid input')
    expect(run.stdout + run.stderr).not.toMatch(/unexpected error|\n\s+at .*\.js:\d+/)
    return errors[0].message
  }

  it('a YAML alias bomb is refused quickly with a clear message', async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(',')}]`
      )
    ].join('\n')
    const run = await runAction({
      credentials: `- name: x\n  purpose: [*j]\n${bomb.replace(/^/gm, '# ')}`
    })
    expect(run.ms).toBeLessThan(5000)
    const list = `x: &a [1,1,1,1,1,1,1,1,1,1]\n` + bomb
    const run2 = await runAction({ credentials: list })
    expect(inputError(run2)).toMatch(/credentials/)
    expect(run2.ms).toBeLessThan(5000)
  })

  it('token-env: __proto__ is an input error naming the key and its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bcc-file-'))
    const file = join(dir, 'creds.yml')
    writeFileSync(file, '- name: a\n  token-env: __proto__\n')
    const message = inputError(await runAction({ 'credentials-file': file }))
    expect(message).toMatch(/item 1 \(line 2\).*token-env/)
  })

  it('an unquoted impossible date in YAML names the key', async () => {
    const message = inputError(
      await runAction({ credentials: `- name: a\n  token: x\n  expires-at: 2027-13-45` })
    )
    expect(message).toMatch(/expires-at.*item 1.*2027-13-45/)
  })

  it('2027-02-30 is an error, not March 2', async () => {
    const message = inputError(
      await runAction({ token: 'x'.repeat(30), 'expires-at': '2027-02-30', offline: 'true' })
    )
    expect(message).toMatch(/expires-at.*2027-02-30.*real date/)
  })

  it('a date-time without a zone is read as UTC, and the message says so', async () => {
    const run = await runAction({
      token: SECRETS.healthy,
      email: JDOE.email,
      offline: 'true',
      'expires-at': `${inDays(new Date(), 100)}T12:00:00`
    })
    const c = run.report.credentials[0]
    expect(c.expiresAt).toMatch(/T12:00:00\.000Z$/)
    expect(JSON.stringify(c.findings)).toMatch(/read as UTC/)
  })

  it('a backslash in a URL input is refused: nothing is sent to the host before it', async () => {
    const message = inputError(
      await runAction({
        token: SECRETS.healthy,
        email: JDOE.email,
        'api-url': 'https://evil.example\\@api.bitbucket.org/2.0'
      })
    )
    expect(message).toMatch(/api-url.*backslash/)
  })

  it('a repository that would leave the configured path is refused', async () => {
    const message = inputError(
      await runAction({ token: SECRETS.healthy, email: JDOE.email, repository: '../..' })
    )
    expect(message).toMatch(/repository.*workspace\/repo-slug/)
  })

  it('a 120 KB pasted URL secret is malformed at once, with no request and no CPU storm', async () => {
    const e = await start()
    const run = await runAction({
      'api-url': e.apiUrl,
      token: 'https://a:' + 'a:'.repeat(60_000),
      email: JDOE.email
    })
    expect(run.report.credentials[0].verdict).toBe('malformed')
    expect(run.ms).toBeLessThan(3000)
    expect(e.requests).toHaveLength(0)
  })

  it.each([
    ['a control character', `${SECRETS.healthy.slice(0, 20)}\u0001${SECRETS.healthy.slice(20)}`],
    ['a smart quote', `\u201c${SECRETS.healthy}\u201d`],
    ['an emoji', `${SECRETS.healthy}\u{1F511}`]
  ])('a secret with %s is malformed, and nothing is sent', async (_label, token) => {
    const e = await start()
    const run = await runAction({ 'api-url': e.apiUrl, token, email: JDOE.email })
    expect(run.report.credentials[0].verdict).toBe('malformed')
    expect(e.requests).toHaveLength(0)
  })
})
