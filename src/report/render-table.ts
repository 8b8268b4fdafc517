/** A plain-text table for terminals, with the findings under it; colour only when asked. Pure. */
import { KINDS } from '../core/kinds.js'
import type { Report, Status } from '../core/types.js'
import { consumerText } from './consumer-lines.js'

const COLOUR: Record<Status | 'error' | 'notice', string> = {
  ok: '\x1b[32m',
  warning: '\x1b[33m',
  failure: '\x1b[31m',
  error: '\x1b[31m',
  notice: '\x1b[36m'
}

export function renderTable(report: Report, colour = false): string {
  const paint = (key: keyof typeof COLOUR, text: string) =>
    colour ? `${COLOUR[key]}${text}\x1b[0m` : text
  const header = ['NAME', 'KIND', 'VERDICT', 'EXPIRES', 'DAYS', 'STATUS']
  const rows = report.credentials.map((c) => [
    c.name,
    KINDS[c.type].label.replace(/ \(.*\)$/, ''),
    c.verdict,
    c.expiresAt
      ? `${c.expirySource === 'lifetime-bound' ? '≤' : ''}${c.expiresAt.slice(0, 10)}`
      : 'unknown',
    c.daysLeft === null ? '-' : String(c.daysLeft),
    c.status
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  const out = [line(header)]
  report.credentials.forEach((c, i) => {
    const text = line(rows[i])
    out.push(paint(c.status, text))
  })
  for (const c of report.credentials) {
    if (c.findings.length === 0 && !c.consumer) continue
    out.push('', `${c.name}:`)
    for (const f of c.findings) {
      const level = f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice'
      out.push(`  ${paint(level, level.toUpperCase().padEnd(7))} [${f.code}] ${f.message}`)
    }
    out.push(...consumerText(c))
    if (c.usage && c.status !== 'ok')
      // The kind's own REST hint: no example address that a reader might copy.
      out.push(`  how to use it: REST ${KINDS[c.type].restHint}; Git ${c.usage.cloneUrl}`)
  }
  out.push(
    '',
    `Overall: ${paint(report.status, report.status)} (${report.credentials.length} credential(s), checked ${report.checkedAt})`
  )
  return out.join('\n') + '\n'
}
