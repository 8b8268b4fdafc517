/**
 * The job summary as Markdown, answering in order: how bad is it (counts), what must I do (the
 * credentials that need action, worst first, one fix each), what dies next (known expiries,
 * soonest first, and a Mermaid timeline); then the full table, its detail folded away. Stays
 * within `maxBytes` (the runner's step-summary limit is 1 MiB) by listing fewer rows. Pure.
 */
import { findingTitle } from '../core/findings.js'
import { KINDS } from '../core/kinds.js'
import { consumerMarkdown } from './consumer-lines.js'
import type { CredentialReport, Level, Report, Status } from '../core/types.js'
import { bound, md, mermaidText } from './markdown-text.js'
import {
  bySoonest,
  countsOf,
  durationText,
  expiryGroupOf,
  needsAction,
  worstFinding,
  worstFirst,
  type ExpiryGroup,
  type ExpiryPolicyView
} from './triage.js'

export interface SummaryOptions {
  title?: string
  /** The thresholds that group "what dies next" (defaults: the action's, 30 and 7). */
  policy?: ExpiryPolicyView
  /** The tracking issue, linked under the counts when there is one. */
  trackingIssueUrl?: string
  /** How long the run took. */
  durationMs?: number
  /** The summary's size bound in UTF-8 bytes. */
  maxBytes?: number
}

/** A little under the runner's 1 MiB, for what the runner or a later step adds. */
export const SUMMARY_MAX_BYTES = 1_000_000
const TIMELINE_BARS = 15
/** Credentials well clear of warn-days: only the next few are listed. */
const LATER_ROWS = 5
const UNKNOWN_NAMES = 30
const NAME_MAX = 100

const ICON: Record<Status, string> = { ok: '✅', warning: '⚠️', failure: '❌' }
const LEVEL_ICON: Record<Level, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }
const GROUP_LABEL: Record<ExpiryGroup, (p: ExpiryPolicyView) => string> = {
  expired: () => 'Expired',
  fail: (p) => (p.failDays === 0 ? 'Expires today' : `Within ${p.failDays} days (fail-days)`),
  warn: (p) => `Within ${p.warnDays} days (warn-days)`,
  later: () => 'Later',
  unknown: () => 'Expiry unknown'
}

const name = (c: CredentialReport) => md(c.name, NAME_MAX)
const day = (iso: string) => iso.slice(0, 10)
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

/** A code span for text that is ours or already bounded: no backticks, one line. */
const code = (text: string) =>
  '`' +
  bound(
    text
      .replace(/[`\r\n]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ''),
    200
  ) +
  '`'

function expiryCell(c: CredentialReport): string {
  if (c.expirySource === 'oauth') return 'new token each run'
  if (!c.expiresAt) return 'unknown'
  return c.expirySource === 'lifetime-bound' ? `≤ ${day(c.expiresAt)}` : day(c.expiresAt)
}

function daysCell(c: CredentialReport): string {
  if (c.daysLeft === null || c.expirySource === 'oauth') return '—'
  return String(c.daysLeft)
}

/** The expiry and the days to it in one cell: "2026-12-05, in 5 days". */
function expiryWithDays(c: CredentialReport): string {
  const when = expiryCell(c)
  if (c.daysLeft === null || c.expirySource === 'oauth') return when
  const days = Math.abs(c.daysLeft)
  const span = `${days} day${days === 1 ? '' : 's'}`
  return `${when}, ${c.daysLeft < 0 ? `${span} ago` : c.daysLeft === 0 ? 'today' : `in ${span}`}`
}

function headline(report: Report, options: SummaryOptions): string[] {
  const n = countsOf(report)
  const parts = [
    n.failing ? `❌ ${n.failing} failing` : '',
    n.warnings ? `⚠️ ${plural(n.warnings, 'warning', 'warnings')}` : '',
    n.ok ? `✅ ${n.ok} ok` : ''
  ].filter(Boolean)
  const when = `${report.checkedAt.slice(0, 10)} ${report.checkedAt.slice(11, 16)} UTC`
  const took = options.durationMs === undefined ? '' : ` in ${durationText(options.durationMs)}`
  const lines = [
    `## ${md(options.title ?? 'Bitbucket credentials', 120)}: ${parts.join(' · ') || 'nothing checked'}`,
    '',
    `${plural(n.checked, 'credential', 'credentials')} checked ${when}${took}.`
  ]
  if (options.trackingIssueUrl && /^https:\/\/\S+$/.test(options.trackingIssueUrl)) {
    lines.push('', `Tracking issue: <${options.trackingIssueUrl.replace(/[<>]/g, '')}>`)
  }
  return lines
}

/** Rows listed in full before the rest is summarised, scaled to the size bound. */
function caps(maxBytes: number) {
  const scaled = (per: number, min: number, max: number) =>
    Math.max(min, Math.min(max, Math.floor(maxBytes / per)))
  return { actions: scaled(10_000, 5, 100), expiries: scaled(5_000, 10, 100) }
}

function actionSection(report: Report, detailed: number): string[] {
  const action = needsAction(report)
  if (action.length === 0) return ['', '### Needs action', '', 'Nothing: every credential is ok.']
  const lines = ['', `### Needs action (${action.length})`, '']
  action.slice(0, detailed).forEach((c, i) => {
    const worst = worstFinding(c)
    const more = c.findings.length - 1
    const what = worst ? `${findingTitle(worst.code)} (\`${worst.code}\`)` : c.status
    lines.push(
      `${i + 1}. ${ICON[c.status]} **${name(c)}**: ${what}${more > 0 ? `, and ${plural(more, 'more finding', 'more findings')} in the table` : ''}\\`,
      `   ${md(worst?.message ?? '', 1200)}`
    )
  })
  const rest = action.length - detailed
  if (rest > 0) lines.push('', `…and ${rest} more, worst first in the table below.`)
  return lines
}

function gantt(
  report: Report,
  known: CredentialReport[],
  total: number,
  policy: ExpiryPolicyView
): string[] {
  const today = day(report.checkedAt)
  const shown = known.slice(0, TIMELINE_BARS)
  const lines = [
    '```mermaid',
    'gantt',
    `  title Known expiry dates, checked ${today}${total > shown.length ? ` (the ${shown.length} soonest of ${total})` : ''}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y-%m-%d',
    '  todayMarker stroke-width:3px,stroke:#d00'
  ]
  let section: ExpiryGroup | null = null
  for (const c of shown) {
    const group = expiryGroupOf(c, policy)
    if (group !== section) {
      lines.push(`  section ${GROUP_LABEL[group](policy).replace(/ \(.*\)$/, '')}`)
      section = group
    }
    const expires = day(c.expiresAt ?? report.checkedAt)
    const label = mermaidText(c.name)
    if (group === 'expired') lines.push(`  ${label} : crit, milestone, ${expires}, 0d`)
    else {
      const tag = group === 'fail' ? 'crit, ' : group === 'warn' ? 'active, ' : ''
      const end = expires > today ? expires : '1d'
      lines.push(`  ${label} : ${tag}${today}, ${end}`)
    }
  }
  lines.push(`  section Checked`, `  today : milestone, ${today}, 0d`, '```')
  return lines
}

function expirySection(report: Report, policy: ExpiryPolicyView, rows: number): string[] {
  const known = bySoonest(report)
  const unknown = report.credentials.filter(
    (c) => expiryGroupOf(c, policy) === 'unknown' && c.expirySource !== 'oauth'
  )
  const lines = ['', '### What expires next', '']
  if (known.length === 0 && unknown.length === 0) return [...lines, 'No credential expires.']
  if (known.length > 0) {
    lines.push('| When | Credential | Expires | Days left |', '|---|---|---|---|')
    let group: ExpiryGroup | null = null
    // Soonest first, so the urgent ones (expired, within fail-days or warn-days) come first.
    const urgent = known.filter((c) => expiryGroupOf(c, policy) !== 'later')
    const listed = [
      ...urgent.slice(0, rows),
      ...known.filter((c) => expiryGroupOf(c, policy) === 'later').slice(0, LATER_ROWS)
    ].slice(0, rows)
    for (const c of listed) {
      const g = expiryGroupOf(c, policy)
      const label = g === group ? '' : `**${GROUP_LABEL[g](policy)}**`
      group = g
      lines.push(`| ${label} | ${ICON[c.status]} ${name(c)} | ${expiryCell(c)} | ${daysCell(c)} |`)
    }
    const rest = known.length - listed.length
    if (rest > 0) lines.push(`| | …and ${rest} more, later | | |`)
    lines.push('', ...gantt(report, listed, known.length, policy))
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, UNKNOWN_NAMES).map(name).join(', ')
    const rest = unknown.length - UNKNOWN_NAMES
    lines.push(
      '',
      `**${GROUP_LABEL.unknown(policy)}** (${unknown.length}): ${shown}${rest > 0 ? ` and ${rest} more` : ''}: their findings say how to make it known.`
    )
  }
  return lines
}

function tableRow(c: CredentialReport): string {
  const kind = KINDS[c.type].label.replace(/ \(.*\)$/, '')
  const findings = c.findings
    .filter((f) => f.code !== 'expires-in')
    .map((f) => `${LEVEL_ICON[f.level]} ${f.code}`)
    .join(', ')
  return `| ${ICON[c.status]} | ${name(c)} | ${kind} | ${c.verdict} | ${expiryWithDays(c)} | ${findings || '—'} |`
}

/** Usage hints help only where the identity or the Git username is what went wrong. */
const USAGE_HELPS = new Set([
  'credential-rejected',
  'wrong-identity',
  'git-auth-failed',
  'git-username-wrong'
])

function detailRow(c: CredentialReport): string {
  const scopes = c.scopes.length ? c.scopes.map((s) => md(s, 60)).join(', ') : '—'
  const missing = c.missingScopes.length ? c.missingScopes.map((s) => md(s, 60)).join(', ') : '—'
  const flag = (v: boolean | null) => (v === null ? '–' : v ? 'yes' : 'no')
  const works = c.git?.working
    ? `; works as ${code(c.git.working.username)}: read ${flag(c.git.working.read)}, write ${flag(c.git.working.write)}`
    : ''
  const git = c.git
    ? `${code(c.git.username)}: read ${flag(c.git.read)}, write ${flag(c.git.write)}${works}`
    : '—'
  return `| ${name(c)} | ${scopes} | ${missing} | ${git} |`
}

function usageLine(c: CredentialReport): string | null {
  if (!c.usage || c.status === 'ok' || !c.findings.some((f) => USAGE_HELPS.has(f.code))) {
    return null
  }
  // The kind's own REST hint: no example address that a reader might copy.
  return `- **${name(c)}**: REST ${md(KINDS[c.type].restHint, 120)}; Git username ${code(c.usage.gitUsername)}, clone URL ${code(c.usage.cloneUrl)}`
}

/** Appends lines while the document stays under the budget; returns how many did not fit. */
function fill(out: string[], rows: string[], budget: { left: number }): number {
  let i = 0
  for (; i < rows.length; i++) {
    const cost = bytes(rows[i]) + 1
    if (cost > budget.left) break
    out.push(rows[i])
    budget.left -= cost
  }
  return rows.length - i
}

function tableSections(report: Report, budget: { left: number }): string[] {
  const all = worstFirst(report.credentials)
  const out = [
    '',
    '### All credentials',
    '',
    '| | Credential | Kind | Verdict | Expires | Findings |',
    '|---|---|---|---|---|---|'
  ]
  budget.left -= bytes(out.join('\n')) + 1
  const unlisted = fill(out, all.map(tableRow), budget)
  if (unlisted > 0) {
    out.push(
      '',
      `${plural(unlisted, 'more credential is', 'more credentials are')} not listed, to keep this summary within its size limit: the \`report\` output (or \`--format json\`) has every one.`
    )
    return out
  }
  const head = [
    '',
    '<details><summary>Scopes and Git, per credential</summary>',
    '',
    '| Credential | Scopes | Missing scopes | Git over HTTPS |',
    '|---|---|---|---|'
  ]
  const usage = all.map(usageLine).filter((l): l is string => l !== null)
  const tail = ['', '</details>']
  budget.left -= bytes([...head, ...tail].join('\n')) + 2
  const details = [...head]
  const cut = fill(details, all.map(detailRow), budget)
  if (cut > 0) details.push('', `…and ${cut} more: see the \`report\` output.`)
  if (usage.length > 0) {
    details.push(
      '',
      '**How to use them**, for the credentials whose identity or Git username failed:',
      ''
    )
    const cutUsage = fill(details, usage, budget)
    if (cutUsage > 0) details.push(`- …and ${cutUsage} more`)
  }
  const consumers = all
    .filter((c) => c.consumer)
    .map((c) => [`- **${name(c)}**`, ...consumerMarkdown(c).map((l) => `  ${l}`)].join('\n'))
  if (consumers.length > 0) {
    details.push('', '**As the tools that use them send them** (`consumer`):', '')
    const cutConsumers = fill(details, consumers, budget)
    if (cutConsumers > 0) details.push(`- …and ${cutConsumers} more`)
  }
  return [...out, ...details, ...tail]
}

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const policy = options.policy ?? { warnDays: 30, failDays: 7 }
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES
  const cap = caps(maxBytes)
  const top = [
    ...headline(report, options),
    ...actionSection(report, cap.actions),
    ...expirySection(report, policy, cap.expiries)
  ]
  const budget = { left: maxBytes - bytes(top.join('\n')) - 600 }
  return [...top, ...tableSections(report, budget)].join('\n') + '\n'
}
