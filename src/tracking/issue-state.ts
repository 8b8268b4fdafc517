/** The hidden state a tracking issue carries, per credential fingerprint. Pure. */
import type { History } from '../core/evaluate.js'
import type { Report } from '../core/types.js'

export type TrackingState = Record<string, History & { name: string }>

const MARKER = 'bitbucket-credential-check-state'

export function readState(body: string | null | undefined): TrackingState {
  const match = new RegExp(`<!-- ${MARKER}: (.*?) -->`, 's').exec(body ?? '')
  if (!match) return {}
  try {
    const parsed = JSON.parse(match[1]) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as TrackingState) : {}
  } catch {
    return {}
  }
}

export function nextState(
  previous: TrackingState,
  report: Report,
  fingerprints: string[]
): TrackingState {
  const state: TrackingState = { ...previous }
  report.credentials.forEach((c, i) => {
    const fp = fingerprints[i]
    if (!fp) return
    const before = previous[fp]
    const firstSeenValid =
      before?.firstSeenValid ?? (c.verdict === 'valid' ? report.checkedAt : null)
    state[fp] = { name: c.name, firstSeenValid, lastVerdict: c.verdict }
  })
  return state
}

export function writeState(state: TrackingState): string {
  return `<!-- ${MARKER}: ${JSON.stringify(state).replace(/--/g, '-\\u002d')} -->`
}
