/**
 * The CLI's words for what the core's messages call by the action's input names: its own flags
 * and environment variables (`--expires-at (BITBUCKET_EXPIRES_AT)`), and an empty-secret fix
 * that speaks of CI variables, not of GitHub forks. A credential from a YAML list keeps the
 * list's keys (`expires-at:` is what to write there). Pure.
 */
import { FINDINGS } from '../core/findings.js'
import type { CredentialSpec, Report } from '../core/types.js'
import { SPEC_KEYS } from '../inputs/credential-specs.js'
import { SETTING_KEYS } from '../inputs/settings.js'
import { distance } from '../inputs/parse-values.js'
import { envName } from './args.js'

/** Names distinctive enough to rewrite wherever they stand (one-word names are also prose). */
const RENAMED = SETTING_KEYS.filter((k) => k.includes('-'))
const LIST_KEYS: readonly string[] = SPEC_KEYS
const NAME = new RegExp(`(?<![\\w./-])(${RENAMED.join('|')})(?![\\w/-])`, 'g')

export const flagAndVariable = (key: string) => `--${key} (${envName(key)})`

const EMPTY_DIRECT =
  'The CI passed an empty value: check that BITBUCKET_TOKEN (or BITBUCKET_CLIENT_ID and BITBUCKET_CLIENT_SECRET) is defined for this job and spelled right; a CI often withholds secured or protected variables from some branches and pull requests.'
const EMPTY_LISTED =
  'The environment variable this item names is empty: check that the CI defines it for this job and that its name is spelled right; a CI often withholds secured or protected variables from some branches and pull requests.'

export function cliMessage(message: string, listed: boolean): string {
  const fix = FINDINGS['empty-secret'].fix
  return message
    .replace(fix, listed ? EMPTY_LISTED : EMPTY_DIRECT)
    .replace(NAME, (key: string) =>
      listed && LIST_KEYS.includes(key) ? key : flagAndVariable(key)
    )
}

/** The report with every finding message in the CLI's words. */
export function inCliWords(report: Report, specs: readonly CredentialSpec[]): Report {
  return {
    ...report,
    credentials: report.credentials.map((c, i) => ({
      ...c,
      findings: c.findings.map((f) => ({
        ...f,
        message: cliMessage(f.message, specs[i]?.source !== undefined)
      }))
    }))
  }
}

const CREDENTIAL_KEYS = ['token', 'client-id', 'client-secret', 'credentials', 'credentials-file']

/**
 * What to say when no credential was given at all: what to set, and any BITBUCKET_* variable
 * that looks like a misspelt setting (BITBUCKET_TOKN). Names only, never values.
 */
export function noCredentialMessage(env: Record<string, string | undefined>): string {
  const known = new Set([...SETTING_KEYS.map(envName), 'BITBUCKET_FORMAT', 'BITBUCKET_STRICT'])
  const misspelt = Object.keys(env)
    .filter((k) => k.startsWith('BITBUCKET_') && !known.has(k))
    .map((k) => {
      const best = [...known]
        .map((name) => ({ name, d: distance(k, name) }))
        .sort((a, b) => a.d - b.d)[0]
      return best && best.d <= 2
        ? `${k} is set, but is not a setting: did you mean ${best.name}?`
        : ''
    })
    .filter(Boolean)
  return [
    `no credential given. Set BITBUCKET_TOKEN (with BITBUCKET_EMAIL for an API token), or BITBUCKET_CLIENT_ID and BITBUCKET_CLIENT_SECRET, or ${flagAndVariable('credentials-file')}.`,
    ...misspelt
  ].join(' ')
}

/** Whether a credential was given, even as an empty variable (a secret the CI withheld). */
export function credentialGiven(present: ReadonlySet<string>): boolean {
  return CREDENTIAL_KEYS.some((k) => present.has(k))
}
