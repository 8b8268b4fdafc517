/** The action's last word when it cannot load its reporting side. */
import { EOL } from 'node:os'
import { escapeData, escapeProperty } from '../report/annotations.js'

/**
 * The last resort when the reporting side (and with it @actions/core) cannot be loaded: one
 * `::error::` naming the cause and the fix, a failing step, no stack trace. The detail is
 * redacted by the caller; workflow-command properties are escaped as @actions/core does.
 */
export function failWithoutReporting(detail: string): void {
  const title = 'Bitbucket Credential Check: the action could not report'
  const message = `${detail} The action's files look incomplete: use a release tag (bitbucket-credential-check/bitbucket-credential-check@v1) or rebuild dist/, then re-run the job.`
  process.stdout.write(`::error title=${escapeProperty(title)}::${escapeData(message)}${EOL}`)
  process.exitCode = 1
}
