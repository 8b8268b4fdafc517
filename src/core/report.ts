/** The report (README "Outputs"): credentials in input order, the worst status over all of them. */
import type { CredentialReport, Report, Status } from './types.js'

const RANK: Record<Status, number> = { ok: 0, warning: 1, failure: 2 }

export function worstStatus(statuses: Status[]): Status {
  return statuses.reduce<Status>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'ok')
}

export function buildReport(credentials: CredentialReport[], now: Date): Report {
  return {
    status: worstStatus(credentials.map((c) => c.status)),
    checkedAt: now.toISOString(),
    credentials
  }
}

/** Exit code: 1 when any credential fails; with `strict`, warnings fail too. */
export function exitCodeFor(report: Report, strict = false): number {
  if (report.status === 'failure') return 1
  if (strict && report.status === 'warning') return 1
  return 0
}
