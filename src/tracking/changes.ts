/**
 * What changed since the last run that people must hear about: a credential that got worse, or
 * that crossed an expiry stage for the first time. Body edits notify nobody, so these become a
 * comment. Pure.
 */
import { worstFinding } from '../report/triage.js'
import { findingTitle } from '../core/findings.js'
import type { CredentialReport, Report } from '../core/types.js'
import { expiryStage, statusRank, type State, type StatePolicy } from './state.js'

export interface Change {
  /** The credential's place in the report. */
  index: number
  name: string
  status: CredentialReport['status']
  reasons: string[]
}

const STAGE_TEXT = ['', 'within warn-days', 'within fail-days', 'within a day', 'expired']
const ICON = { ok: '✅', warning: '⚠️', failure: '❌' } as const
/** More lines than anyone reads in a notification; the issue body has the rest. */
const MAX_LINES = 50

function expiryText(c: CredentialReport, stage: number): string {
  if (stage === 4) return 'expired'
  const days = c.daysLeft ?? 0
  const left = days === 0 ? 'less than a day left' : `${days} day${days === 1 ? '' : 's'} left`
  return `expiry ${STAGE_TEXT[stage]} (${left})`
}

/**
 * Changes between the tracking issue's last state and this report, in report order. `known`
 * is false when there is no earlier issue: opening one notifies by itself.
 */
export function changesSince(
  previous: State,
  report: Report,
  fingerprints: readonly string[],
  policy: Pick<StatePolicy, 'warnDays' | 'failDays'>
): Change[] {
  const changes: Change[] = []
  report.credentials.forEach((c, i) => {
    const fp = fingerprints[i]
    const before = fp && Object.hasOwn(previous, fp) ? previous[fp] : undefined
    const reasons: string[] = []
    if (!before) {
      if (c.status !== 'ok') reasons.push(`new, ${c.status}`)
    } else if (statusRank(c.status) > statusRank(before.lastStatus)) {
      reasons.push(`got worse: ${before.lastStatus ?? 'unknown'} → ${c.status}`)
    }
    const stage = expiryStage(c, policy)
    if (stage > (before?.stage ?? 0)) reasons.push(expiryText(c, stage))
    if (reasons.length) changes.push({ index: i, name: c.name, status: c.status, reasons })
  })
  return changes
}

/** A name as inline code: no markup, no @mention, no link. */
function code(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f`]/g, ' ').slice(0, 80)
  return `\`${clean.trim() || '?'}\``
}

/** The title of the finding that decides the credential's status; none for a notice. */
function worstFindingTitle(c: CredentialReport): string {
  const worst = worstFinding(c)
  return worst && worst.level !== 'notice' ? findingTitle(worst.code) : ''
}

/** The comment that announces changes. Only product text, names and finding titles: no server text. */
export function changeComment(changes: Change[], report: Report, runUrl: string): string {
  const lines = changes.slice(0, MAX_LINES).map((ch) => {
    const c = report.credentials[ch.index]
    const title = c ? worstFindingTitle(c) : ''
    return `- ${ICON[ch.status]} ${code(ch.name)}: ${ch.reasons.join('; ')}${title ? ` — ${title}` : ''}`
  })
  if (changes.length > MAX_LINES) lines.push(`- … and ${changes.length - MAX_LINES} more`)
  const n = changes.length
  return [
    `**${n} credential${n === 1 ? '' : 's'} changed for the worse** in the check of ${report.checkedAt}${runUrl ? ` (${runUrl})` : ''}:`,
    '',
    ...lines,
    '',
    'The issue description has the full report.'
  ].join('\n')
}

export function healthyComment(report: Report, runUrl: string): string {
  const n = report.credentials.length
  return `All ${n} Bitbucket credential${n === 1 ? ' is' : 's are'} healthy as of ${report.checkedAt}${runUrl ? ` (${runUrl})` : ''}. Closing.`
}
