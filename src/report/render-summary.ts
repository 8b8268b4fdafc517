/** The job summary as markdown: one table row per credential, then the fixes under it. Pure. */
import { findingTitle } from '../core/findings.js'
import { KINDS } from '../core/kinds.js'
import { consumerMarkdown } from './consumer-lines.js'
import type { CredentialReport, Report, Status } from '../core/types.js'

const ICON: Record<Status, string> = { ok: '✅ ok', warning: '⚠️ warning', failure: '❌ failure' }
const LEVEL: Record<string, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }

export const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

function identityText(c: CredentialReport): string {
  if (!c.identity) return '—'
  return c.identity.username ?? c.identity.accountId ?? '—'
}

function expiryText(c: CredentialReport): string {
  if (!c.expiresAt) return 'unknown'
  const day = c.expiresAt.slice(0, 10)
  if (c.expirySource === 'lifetime-bound') return `no later than ${day}`
  if (c.expirySource === 'oauth') return 'per run (OAuth)'
  return `${day} (${c.expirySource})`
}

export function renderSummary(report: Report, options: { title?: string } = {}): string {
  const lines: string[] = []
  lines.push(`## ${options.title ?? 'Bitbucket credentials'}: ${ICON[report.status]}`, '')
  lines.push(`Checked ${report.credentials.length} credential(s) at ${report.checkedAt}.`, '')
  lines.push(
    '| Name | Kind | Verdict | Identity | Scopes | Missing scopes | Expiry | Days left | Status |'
  )
  lines.push('|---|---|---|---|---|---|---|---|---|')
  for (const c of report.credentials) {
    lines.push(
      `| ${[
        c.name,
        KINDS[c.type].label,
        c.verdict,
        identityText(c),
        c.scopes.join(', ') || '—',
        c.missingScopes.join(', ') || '—',
        expiryText(c),
        c.daysLeft === null ? '—' : String(c.daysLeft),
        ICON[c.status]
      ]
        .map(cell)
        .join(' | ')} |`
    )
  }
  for (const c of report.credentials) {
    if (c.findings.length === 0 && !c.usage && !c.git && !c.consumer) continue
    lines.push('', `### ${cell(c.name)}`, '')
    for (const f of c.findings) {
      lines.push(`- ${LEVEL[f.level]} **${findingTitle(f.code)}** (\`${f.code}\`): ${f.message}`)
    }
    if (c.git) {
      const flag = (v: boolean | null) => (v === null ? 'not checked' : v ? 'yes' : 'no')
      lines.push(
        `- Git over HTTPS as \`${c.git.username}\`: read ${flag(c.git.read)}, write ${flag(c.git.write)}`
      )
      if (c.git.working) {
        lines.push(
          `- Git over HTTPS works as \`${c.git.working.username}\`: read ${flag(c.git.working.read)}, write ${flag(c.git.working.write)}`
        )
      }
    }
    lines.push(...consumerMarkdown(c))
    if (c.usage) {
      lines.push(
        `- How to use it: REST ${c.usage.rest}; Git username \`${c.usage.gitUsername}\`, clone URL \`${c.usage.cloneUrl}\``
      )
    }
  }
  return lines.join('\n') + '\n'
}
