/** The step outputs (README "Outputs"), every one a single line except `report`. Pure. */
import type { Report } from '../core/types.js'
import { isDataCenterPermission } from '../core/data-center-permissions.js'
import { isScopeName } from '../core/scopes.js'
import { countsOf, soonest } from './triage.js'

/** One line, no control characters: an output value a later step can paste anywhere. */
const oneLine = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()

export function outputsFor(report: Report, trackingIssueUrl = ''): Record<string, string> {
  const first = report.credentials[0]
  const counts = countsOf(report)
  const next = soonest(report)
  return {
    status: report.status,
    report: JSON.stringify(report),
    type: first?.type ?? '',
    // Only well-formed scope names: workflows interpolate outputs into run: scripts.
    scopes:
      first?.scopes.filter((s) => isScopeName(s) || isDataCenterPermission(s)).join(',') ?? '',
    'expires-at': first?.expiresAt ?? '',
    'days-left': String(first?.daysLeft ?? ''),
    checked: String(counts.checked),
    failures: String(counts.failing),
    warnings: String(counts.warnings),
    'soonest-name': oneLine(next?.name ?? ''),
    'soonest-expires-at': next?.expiresAt ?? '',
    'soonest-days-left': String(next?.daysLeft ?? ''),
    'tracking-issue-url': oneLine(trackingIssueUrl)
  }
}
