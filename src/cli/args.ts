/** CLI flags and their environment variables, turned into raw setting values. */
import { parseArgs } from 'node:util'
import { SETTING_KEYS } from '../inputs/settings.js'
import { InputError, looksSecret, shown, suggest } from '../inputs/parse-values.js'

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

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
type Flags = Record<string, string | string[] | boolean | undefined>

/** Every option the CLI takes: each setting, the report options, and the boolean switches. */
function cliOptions(): Record<string, OptionSpec> {
  const options: Record<string, OptionSpec> = {}
  for (const key of SETTING_KEYS) options[key] = { type: 'string' }
  options.format = { type: 'string', short: 'f' }
  options.output = { type: 'string', short: 'o', multiple: true }
  for (const flag of BOOLEAN_FLAGS) options[flag] = { type: 'boolean' }
  options.help.short = 'h'
  options.version.short = 'v'
  return options
}

const CLI_OPTIONS = cliOptions()

/** Whether an argument is an option that takes the next argument as its value. */
function takesValue(arg: string): boolean {
  const long = /^--([\w-]+)$/.exec(arg)?.[1]
  const short = /^-(\w)$/.exec(arg)?.[1]
  const name =
    long ?? Object.keys(CLI_OPTIONS).find((key) => short && CLI_OPTIONS[key].short === short)
  return name !== undefined && CLI_OPTIONS[name]?.type === 'string'
}

/** Describes (never repeats) the first argument that is not an option or an option's value. */
function strayArgument(argv: string[]): string {
  const expanded = expandBareBooleans(argv)
  const at = expanded.findIndex(
    (arg, i) => !arg.startsWith('-') && (i === 0 || !takesValue(expanded[i - 1]))
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

/** An unknown option, named with a suggestion, or described when it may be a secret. */
function unknownOptionMessage(dashes: string, name: string): string {
  if (!/^[A-Za-z][\w-]{0,40}$/.test(name) || looksSecret(name)) {
    return `an unknown option of ${name.length} characters was given (not shown). Options are --name value; secrets belong in environment variables such as BITBUCKET_TOKEN.`
  }
  const hint = suggest(name, Object.keys(CLI_OPTIONS)).replace(/'([^']+)'\?$/, "'--$1'?")
  return `unknown option '${dashes}${name}'.${hint}`
}

/** The option parser's error in our words. Messages name options, never values. */
function usageMessage(message: string, argv: string[]): string {
  // A stray argument may be a secret: it is described, not repeated.
  if (/^Unexpected argument/.test(message)) return strayArgument(argv)
  const unknown = /Unknown option '(-{1,2})([^']+)'/.exec(message)
  if (unknown) return unknownOptionMessage(unknown[1], unknown[2])
  const missing = /Option '(-\w, )?--([\w-]+) <value>' argument missing/.exec(message)
  if (missing) return `option '--${missing[2]}' needs a value.`
  const ambiguous = /Option '(-\w, )?--([\w-]+)' argument is ambiguous/.exec(message)
  if (ambiguous)
    return `option '--${ambiguous[2]}' got a value that starts with '-': write it as --${ambiguous[2]}=<value>.`
  const option = /'(-\w, )?--([\w-]+)/.exec(message)
  return option
    ? `option '--${option[2]}' was not given as expected; write it as --${option[2]}=<value>.`
    : 'the arguments could not be read; run with --help for the options.'
}

/** The flags as given; any parser error becomes an input error. */
function readFlags(argv: string[]): Flags {
  try {
    const parsed = parseArgs({
      args: expandBareBooleans(argv),
      options: CLI_OPTIONS,
      allowPositionals: false,
      strict: true
    })
    return parsed.values as Flags
  } catch (error) {
    // Read the message by shape: under a VM realm (jest) the error is not `instanceof Error`.
    const message = (error as { message?: unknown } | null)?.message
    throw new InputError(usageMessage(typeof message === 'string' ? message : String(error), argv))
  }
}

/** Each setting from its flag, else its environment variable (GITHUB_TOKEN for github-token). */
function settingValues(
  flags: Flags,
  env: Record<string, string | undefined>
): Pick<CliArgs, 'values' | 'present' | 'warnings'> {
  const values: Record<string, string> = {}
  const present = new Set<string>()
  const warnings: string[] = []
  for (const key of SETTING_KEYS) {
    const flag = flags[key]
    if (typeof flag === 'string' || env[envName(key)] !== undefined) present.add(key)
    if (typeof flag !== 'string') {
      values[key] = env[envName(key)] ?? (key === 'github-token' ? (env.GITHUB_TOKEN ?? '') : '')
      continue
    }
    values[key] = flag
    if (SECRET_FLAGS.includes(key) && flag.trim()) {
      warnings.push(
        `--${key} was given as a flag: flags show up in process lists and shell history. Prefer the environment variable ${envName(key)}.`
      )
    }
  }
  return { values, present, warnings }
}

/** The report format from --format, else BITBUCKET_FORMAT, else the table. */
function parseFormat(flags: Flags, env: Record<string, string | undefined>): Format {
  const raw = (typeof flags.format === 'string' ? flags.format : env.BITBUCKET_FORMAT) ?? 'table'
  if (!(FORMATS as readonly string[]).includes(raw)) {
    throw new InputError(
      `invalid --format ${shown(raw)}.${suggest(raw, FORMATS)} Expected one of: ${FORMATS.join(', ')}.`
    )
  }
  return raw as Format
}

export function parseCli(argv: string[], env: Record<string, string | undefined>): CliArgs {
  const flags = readFlags(argv)
  const { values, present, warnings } = settingValues(flags, env)
  const format = parseFormat(flags, env)
  const outputs = (Array.isArray(flags.output) ? flags.output : []).map(parseOutput)
  return {
    values,
    present,
    format,
    outputs,
    strict: flags.strict === true || /^(true|1)$/i.test(env.BITBUCKET_STRICT ?? ''),
    demo: flags.demo === true,
    help: flags.help === true,
    version: flags.version === true,
    colour: flags['no-color'] === true ? false : flags.color === true ? true : null,
    warnings
  }
}
