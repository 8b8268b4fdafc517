/** parseCli in process: each flag, its environment variable, reports to files, and usage errors that never repeat a secret. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { envName, FORMATS, parseCli, type CliArgs } from '../src/cli/args.js'
import { SECRETS } from '../src/emulator/sample-world.js'
import { InputError } from '../src/inputs/parse-values.js'
import { SETTING_KEYS } from '../src/inputs/settings.js'

/** The usage error parseCli throws for these arguments. */
function usageError(argv: string[], env: Record<string, string | undefined> = {}): string {
  let args: CliArgs | undefined
  try {
    args = parseCli(argv, env)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error(`expected a usage error, got ${JSON.stringify(args?.values)}`)
}

const SECRET = SECRETS.healthy
const SECRET_FLAGS = ['token', 'client-secret', 'atlassian-admin-key', 'github-token']
const BOOLEAN_SETTINGS: string[] = [
  'offline',
  'fail-on-indeterminate',
  'fail-on-unknown-expiry',
  'tracking-issue'
]

describe('parseCli: flags and their environment variables', () => {
  it('gives the defaults when nothing is passed', () => {
    const args = parseCli([], {})
    expect(args).toEqual({
      values: Object.fromEntries(SETTING_KEYS.map((key) => [key, ''])),
      present: new Set(),
      format: 'table',
      outputs: [],
      strict: false,
      demo: false,
      help: false,
      version: false,
      colour: null,
      warnings: []
    })
  })

  it.each(SETTING_KEYS.map((key) => [key]))('--%s sets its value and marks it present', (key) => {
    // Boolean settings take a boolean value; a bare one would leave 'v1' as a stray argument.
    const value = BOOLEAN_SETTINGS.includes(key) ? 'off' : 'v1'
    const args = parseCli([`--${key}`, value], {})
    expect(args.values[key]).toBe(value)
    expect([...args.present]).toEqual([key])
  })

  it.each(SETTING_KEYS.map((key) => [key]))(
    '%s comes from its BITBUCKET_ variable, and its flag wins over it',
    (key) => {
      const env = { [envName(key)]: 'from-env' }
      expect(parseCli([], env).values[key]).toBe('from-env')
      expect(parseCli([], env).present.has(key)).toBe(true)
      expect(parseCli([`--${key}=from-flag`], env).values[key]).toBe('from-flag')
    }
  )

  it('counts an empty variable as given, and an unset one as not', () => {
    const args = parseCli([], { BITBUCKET_WARN_DAYS: '', BITBUCKET_FAIL_DAYS: undefined })
    expect(args.present.has('warn-days')).toBe(true)
    expect(args.present.has('fail-days')).toBe(false)
  })

  it('falls back to GITHUB_TOKEN for github-token, after BITBUCKET_GITHUB_TOKEN', () => {
    expect(parseCli([], { GITHUB_TOKEN: 'gh' }).values['github-token']).toBe('gh')
    expect(parseCli([], { GITHUB_TOKEN: 'gh' }).present.has('github-token')).toBe(false)
    const both = { GITHUB_TOKEN: 'gh', BITBUCKET_GITHUB_TOKEN: 'bb' }
    expect(parseCli([], both).values['github-token']).toBe('bb')
  })

  it.each(SECRET_FLAGS.map((key) => [key]))(
    '--%s as a flag warns about process lists, without the secret',
    (key) => {
      const args = parseCli([`--${key}`, SECRET], {})
      expect(args.values[key]).toBe(SECRET)
      expect(args.warnings).toEqual([
        `--${key} was given as a flag: flags show up in process lists and shell history. Prefer the environment variable ${envName(key)}.`
      ])
    }
  )

  it('does not warn for a secret from the environment, or a blank secret flag', () => {
    expect(parseCli([], { BITBUCKET_TOKEN: SECRET }).warnings).toEqual([])
    expect(parseCli(['--token', ' '], {}).warnings).toEqual([])
  })

  it.each([
    [['--strict'], { strict: true }],
    [['--demo'], { demo: true }],
    [['--help'], { help: true }],
    [['-h'], { help: true }],
    [['--version'], { version: true }],
    [['-v'], { version: true }],
    [['--no-color'], { colour: false }],
    [['--color'], { colour: true }],
    [['--color', '--no-color'], { colour: false }]
  ])('switch %j', (argv, expected) => {
    expect(parseCli(argv, {})).toMatchObject(expected)
  })

  it.each([
    ['true', true],
    ['1', true],
    ['TRUE', true],
    ['yes', false],
    ['', false]
  ])('BITBUCKET_STRICT=%j makes strict %s', (value, strict) => {
    expect(parseCli([], { BITBUCKET_STRICT: value }).strict).toBe(strict)
  })

  it.each([
    [['--offline'], 'true'],
    [['--offline', 'false'], 'false'],
    [['--offline', 'off'], 'off'],
    [['--offline', '--strict'], 'true'],
    [['--offline=no'], 'no']
  ])('bare or valued boolean setting %j gives offline %j', (argv, offline) => {
    expect(parseCli(argv, {}).values.offline).toBe(offline)
  })

  it('takes the other boolean settings bare too', () => {
    const args = parseCli(
      ['--fail-on-indeterminate', '--fail-on-unknown-expiry', '--tracking-issue'],
      {}
    )
    expect(args.values['fail-on-indeterminate']).toBe('true')
    expect(args.values['fail-on-unknown-expiry']).toBe('true')
    expect(args.values['tracking-issue']).toBe('true')
  })
})

describe('parseCli: formats and reports written to files', () => {
  it.each(FORMATS.map((format) => [format]))('--format %s and -f %s', (format) => {
    expect(parseCli(['--format', format], {}).format).toBe(format)
    expect(parseCli(['-f', format], {}).format).toBe(format)
    expect(parseCli([], { BITBUCKET_FORMAT: format }).format).toBe(format)
  })

  it('prefers --format to BITBUCKET_FORMAT', () => {
    expect(parseCli(['--format', 'json'], { BITBUCKET_FORMAT: 'junit' }).format).toBe('json')
  })

  it('names an invalid format with a suggestion and the choices', () => {
    expect(usageError(['--format', 'jsno'])).toBe(
      "invalid --format 'jsno'. Did you mean 'json'? Expected one of: table, json, markdown, github, junit."
    )
    expect(usageError([], { BITBUCKET_FORMAT: 'xml' })).toBe(
      "invalid --format 'xml'. Expected one of: table, json, markdown, github, junit."
    )
  })

  it('reads each --output FORMAT=PATH in order, trimmed, the path kept whole', () => {
    const args = parseCli(
      [
        '--output',
        'junit=test-results/c.xml',
        '-o',
        ' json = out/a=b.json ',
        '--output=markdown=s.md'
      ],
      {}
    )
    expect(args.outputs).toEqual([
      { format: 'junit', path: 'test-results/c.xml' },
      { format: 'json', path: 'out/a=b.json' },
      { format: 'markdown', path: 's.md' }
    ])
  })

  it.each([['junit'], ['=out.xml'], ['junit='], [' = ']])(
    '--output %j is not FORMAT=PATH',
    (raw) => {
      expect(usageError(['--output', 'json=ok.json', '--output', raw])).toBe(
        '--output #2 is not FORMAT=PATH. Expected e.g. --output junit=test-results/credentials.xml.'
      )
    }
  )

  it('names an unknown --output format by its position, with a suggestion, without repeating it', () => {
    expect(usageError(['--output', 'jnuit=out.xml'])).toBe(
      "--output #1 names an unknown format. Did you mean 'junit'? Expected one of: table, json, markdown, github, junit."
    )
    expect(usageError(['--output', `${SECRET}=out.xml`])).not.toContain(SECRET.slice(0, 12))
  })
})

describe('parseCli: usage errors', () => {
  it.each([
    ['--tokn', "unknown option '--tokn'. Did you mean '--token'?"],
    ['--emial', "unknown option '--emial'. Did you mean '--email'?"],
    ['--formt', "unknown option '--formt'. Did you mean '--format'?"],
    ['--outptu', "unknown option '--outptu'. Did you mean '--output'?"],
    ['--warn-day', "unknown option '--warn-day'. Did you mean '--warn-days'?"],
    ['--no-colour', "unknown option '--no-colour'. Did you mean '--no-color'?"],
    ['--zzzzzzzzzzzz', "unknown option '--zzzzzzzzzzzz'."],
    ['-x', "unknown option '-x'."]
  ])('%s is an unknown option, with "did you mean" when one is close', (flag, message) => {
    expect(usageError([flag, 'value'])).toBe(message)
  })

  it('describes an unknown option that is not a plain name, without repeating it', () => {
    expect(usageError(['--token.value'])).toBe(
      'an unknown option of 11 characters was given (not shown). Options are --name value; secrets belong in environment variables such as BITBUCKET_TOKEN.'
    )
  })

  it('describes an unknown option that looks like a secret, without repeating it', () => {
    const name = 'ATBBxqv1PhvxdWTmgeD3y9LBV60B645A7D49'
    expect(usageError([`--${name}`])).toBe(
      `an unknown option of ${name.length} characters was given (not shown). Options are --name value; secrets belong in environment variables such as BITBUCKET_TOKEN.`
    )
  })

  it('describes an invalid format that looks like a secret, without repeating it', () => {
    expect(usageError(['--format', SECRET])).toBe(
      `invalid --format a value of ${SECRET.length} characters (not shown). Expected one of: table, json, markdown, github, junit.`
    )
  })

  it.each([['--repository'], ['--format'], ['--output'], ['--token']])(
    '%s without a value needs one',
    (flag) => {
      expect(usageError([flag])).toBe(`option '${flag}' needs a value.`)
    }
  )

  it('asks for --name=<value> when a value starts with a dash', () => {
    expect(usageError(['--warn-days', '-3'])).toBe(
      "option '--warn-days' got a value that starts with '-': write it as --warn-days=<value>."
    )
  })

  it('asks for --name=<value> when a switch is given a value', () => {
    expect(usageError(['--strict=yes'])).toBe(
      "option '--strict' was not given as expected; write it as --strict=<value>."
    )
  })

  it('describes a stray argument by its place and length, never its text', () => {
    expect(usageError(['--strict', 'deploy key'])).toBe(
      'unexpected argument 2 (10 characters, not shown): this command takes only --options. Quote values that contain spaces.'
    )
    expect(usageError(['--offline', 'maybe'])).toMatch(/^unexpected argument 2 \(5 characters/)
  })

  it('says a stray secret-like argument looks like a secret and where secrets go', () => {
    expect(usageError([SECRET])).toBe(
      `argument 1 looks like a secret (${SECRET.length} characters, not shown): never pass a secret as an argument. Set it in the environment variable BITBUCKET_TOKEN (or BITBUCKET_CLIENT_SECRET) instead.`
    )
  })

  it('names the Bearer slip of `--token Bearer <token>`', () => {
    const message = usageError(['--token', 'Bearer', SECRET])
    expect(message).toMatch(/^argument 3 looks like a secret/)
    expect(message).toMatch(/A "Bearer" prefix is not needed: give the token alone\.$/)
  })
})

/** Texts that look like secrets: Bitbucket-prefixed tokens and long mixed-case runs. */
const secretArb = fc.oneof(
  fc.constantFrom(...Object.values(SECRETS)),
  fc
    .tuple(
      fc.constantFrom('ATATT3', 'ATCTT3', 'ATBB', 'BBDC-', ''),
      fc.stringMatching(/^[A-Za-z0-9]{32,60}$/)
    )
    .map(([prefix, run]) => `${prefix}a1B${run}`)
)

/** The places a secret can land on a command line by mistake. */
const slipArb = fc.constantFrom<(secret: string) => string[]>(
  (secret) => [secret],
  (secret) => ['--strict', secret],
  (secret) => ['--token', 'Bearer', secret],
  (secret) => ['--offline', secret],
  (secret) => [`--${secret}`],
  (secret) => [`--${secret}`, 'x'],
  (secret) => [`--tokn=${secret}`],
  (secret) => ['--format', secret],
  (secret) => ['-f', secret],
  (secret) => ['--output', secret],
  (secret) => ['--output', `${secret}=out.xml`],
  (secret) => ['--output', `junit=${secret}`, '--output', 'x'],
  (secret) => ['--token', secret, '--strict', secret]
)

describe('parseCli never repeats a secret-looking argument', () => {
  it('in its errors and warnings, wherever on the command line the secret lands', () => {
    fc.assert(
      fc.property(secretArb, slipArb, fc.boolean(), (secret, slip, inEnv) => {
        const argv = slip(secret)
        const env = inEnv ? { BITBUCKET_FORMAT: secret } : {}
        let said: string[]
        try {
          said = parseCli(argv, env).warnings
        } catch (error) {
          said = [(error as Error).message]
        }
        for (const text of said) expect(text).not.toContain(secret.slice(0, 16))
      }),
      { numRuns: 500 }
    )
  })
})
