/** The `consumer` object as text lines for the job summary (markdown) and the CLI table. Pure. */
import type { CredentialReport } from '../core/types.js'

const worksText = (works: boolean | null) =>
  works === null ? 'could not be checked' : works ? 'works' : 'does not work'

/** A code span whose content cannot close it. */
const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``

export function consumerMarkdown(c: CredentialReport): string[] {
  if (!c.consumer) return []
  const { name, works, checked, settings } = c.consumer
  return [
    `- As \`${name}\` sends it: ${worksText(works)}${checked.length ? ` (replayed ${checked.map(code).join(', ')})` : ''}`,
    `- ${name} settings: ${settings.split('\n').map(code).join(', ')}`
  ]
}

export function consumerText(c: CredentialReport): string[] {
  if (!c.consumer) return []
  const { name, works, checked, settings } = c.consumer
  return [
    `  as ${name} sends it: ${worksText(works)}${checked.length ? ` (${checked.join('; ')})` : ''}`,
    `  ${name} settings: ${settings.split('\n').join('  ')}`
  ]
}
