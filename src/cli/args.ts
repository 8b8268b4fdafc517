/** CLI flags and their environment variables, turned into raw setting values. */
import { parseArgs } from 'node:util'
import { SETTING_KEYS } from '../inputs/settings.js'
import { InputError, looksSecret, suggest } from '../inputs/parse-values.js'

export const FORMATS = ['table', 'json', 'markdown', 'github', 'junit'] as const
export type Format = (typeof FORMATS)[number]

const SECRET_FLAGS = ['token', 'client-secret', 'atlassian-admin-key', 'github-token']
const BOOLEAN_FLAGS = ['strict', 'demo', 'help', 'version', 'no-color', 'color'] as const
/** Boolean settings that may be given bare (`--offline`) or with a value (`--offline false`). */
const BOOLEAN_SETTINGS = [
  'offline',
  'fail-on-indeterminate',
  'fail-on-unknown-expiry',
  'tracking-issue'
]
const BOOLEAN_VALUE = /^(true|false|yes|no|on|off|1|0|auto)$/i

/** `--offline` alone means `--offline=true`. */
export function expandBareBooleans(argv: string[]): string[] {
  return argv.map((arg, i) => {
    const name = arg.startsWith('--') ? arg.slice(2) : ''
    const next = argv[i + 1]
    return BOOLEAN_SETTINGS.includes(name) && (next === undefined || !BOOLEAN_VALUE.test(next))
      ? `${arg}=true`
      : arg
  })
}

/** BITBUCKET_TOKEN for --token, BITBUCKET_WARN_DAYS for --warn-days, … */
export const envName = (key: string) => `BITBUCKET_${key.toUpperCase().replace(/-/g, '_')}`

/** A report also written to a file: `--output junit=test-results/credentials.xml`. */
export interface OutputTarget {
  format: Format
  path: string
}

export interface CliArgs {
  values: Record<string, string>
  /** Settings given at all, by flag or environment variable, even empty. */
  present: Set<string>
  format: Format
  outputs: OutputTarget[]
  strict: boolean
  demo: boolean
  help: boolean
  version: boolean
  colour: boolean | null
  warnings: string[]
}

/** Describes (never repeats) the first argument that is not an option or an option's value. */
function strayArgument(argv: string[]): string {
  const expanded = expandBareBooleans(argv)
  const at = expanded.findIndex(
    (arg, i) => !arg.startsWith('-') && (i === 0 || !/^--?[\w-]+$/.test(expanded[i - 1]))
  )
  const arg = expanded[at] ?? ''
  const where = at >= 0 ? `argument ${at + 1}` : 'an argument'
  const prev = at > 0 ? expanded[at - 1] : ''
  const hint = /^(--token=)?bearer$/i.test(prev)
    ? ' A "Bearer" prefix is not needed: give the token alone.'
    : ''
  if (looksSecret(arg) || arg.length > 40) {
    return `${where} looks like a secret (${arg.length} characters, not shown): never pass a secret as an argument. Set it in the environment variable BITBUCKET_TOKEN (or BITBUCKET_CLIENT_SECRET) instead.${hint}`
  }
  return `unexpected ${where} (${arg.length} characters, not shown): this command takes only --options.${hint} Quote values that contain spaces.`
}

/** `FORMAT=PATH`; the message describes a bad value without repeating it. */
function parseOutput(raw: string, index: number): OutputTarget {
  const at = raw.indexOf('=')
  const format = at > 0 ? raw.slice(0, at).trim() : ''
  const path = at > 0 ? raw.slice(at + 1).trim() : ''
  const which = `--output #${index + 1}`
  if (!format || !path) {
    throw new InputError(
      `${which} is not FORMAT=PATH. Expected e.g. --output junit=test-results/credentials.xml.`
    )
  }
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new InputError(
      `${which} names an unknown format.${suggest(format, FORMATS)} Expected one of: ${FORMATS.join(', ')}.`
    )
  }
  return { format: format as Format, path }
}

export function parseCli(argv: string[], env: Record<string, string | undefined>): CliArgs {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
  > = {}
  for (const key of SETTING_KEYS) options[key] = { type: 'string' }
  options.format = { type: 'string', short: 'f' }
  options.output = { type: 'string', short: 'o', multiple: true }
  for (const flag of BOOLEAN_FLAGS) options[flag] = { type: 'boolean' }
  options.help.short = 'h'
  options.version.short = 'v'
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: expandBareBooleans(argv),
      options,
      allowPositionals: false,
      strict: true
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // Messages name options, never values: a stray argument may be a secret.
    if (/^Unexpected argument/.test(message)) throw new InputError(strayArgument(argv))
    const unknown = /Unknown option '(-{1,2})([^']+)'/.exec(message)
    if (unknown && !/^[A-Za-z][\w-]{0,40}$/.test(unknown[2])) {
      throw new InputError(
        `an unknown option of ${unknown[2].length} characters was given (not shown). Options are --name value; secrets belong in environment variables such as BITBUCKET_TOKEN.`
      )
    }
    if (unknown) {
      throw new InputError(
        `unknown option '${unknown[1]}${unknown[2]}'.${suggest(unknown[2], Object.keys(options)).replace(/'([^']+)'\?$/, "'--$1'?")}`
      )
    }
    const missing = /Option '(-\w, )?--([\w-]+) <value>' argument missing/.exec(message)
    if (missing) throw new InputError(`option '--${missing[2]}' needs a value.`)
    const ambiguous = /Option '(-\w, )?--([\w-]+)' argument is ambiguous/.exec(message)
    if (ambiguous)
      throw new InputError(
        `option '--${ambiguous[2]}' got a value that starts with '-': write it as --${ambiguous[2]}=<value>.`
      )
    const option = /'(-\w, )?--([\w-]+)/.exec(message)
    throw new InputError(
      option
        ? `option '--${option[2]}' was not given as expected; write it as --${option[2]}=<value>.`
        : 'the arguments could not be read; run with --help for the options.'
    )
  }
  const flags = parsed.values as Record<string, string | string[] | boolean | undefined>
  const values: Record<string, string> = {}
  const present = new Set<string>()
  const warnings: string[] = []
  for (const key of SETTING_KEYS) {
    const flag = flags[key]
    if (typeof flag === 'string' || env[envName(key)] !== undefined) present.add(key)
    if (typeof flag === 'string') {
      values[key] = flag
      if (SECRET_FLAGS.includes(key) && flag.trim()) {
        warnings.push(
          `--${key} was given as a flag: flags show up in process lists and shell history. Prefer the environment variable ${envName(key)}.`
        )
      }
    } else {
      values[key] = env[envName(key)] ?? (key === 'github-token' ? (env.GITHUB_TOKEN ?? '') : '')
    }
  }
  const formatRaw =
    (typeof flags.format === 'string' ? flags.format : env.BITBUCKET_FORMAT) ?? 'table'
  if (!(FORMATS as readonly string[]).includes(formatRaw)) {
    throw new InputError(
      `invalid --format '${formatRaw}'.${suggest(formatRaw, FORMATS)} Expected one of: ${FORMATS.join(', ')}.`
    )
  }
  const outputs = (Array.isArray(flags.output) ? flags.output : []).map(parseOutput)
  return {
    values,
    present,
    format: formatRaw as Format,
    outputs,
    strict: flags.strict === true || /^(true|1)$/i.test(env.BITBUCKET_STRICT ?? ''),
    demo: flags.demo === true,
    help: flags.help === true,
    version: flags.version === true,
    colour: flags['no-color'] === true ? false : flags.color === true ? true : null,
    warnings
  }
}
