/**
 * Annotations within GitHub's budget (10 error, 10 warning, 10 notice per step): one per
 * credential that needs action, worst finding in the title, the rest in the message; every
 * failing credential before any warning; healthy credentials share one notice; when some do not
 * fit, the last annotation of that level says how many more the job summary lists. Pure.
 */
import { findingTitle } from '../core/findings.js'
import type { CredentialReport, Level, Report, SpecSource } from '../core/types.js'
import { bound } from './markdown-text.js'
import { needsAction, worstFinding } from './triage.js'

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10
const MAX_MESSAGE = 4000
const MAX_NAMES = 60

export interface Annotation {
  level: Level
  title: string
  message: string
  /** The credentials-file and the line of the credential's item. */
  file?: string
  line?: number
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function credentialAnnotation(
  c: CredentialReport,
  level: Level,
  source: SpecSource | undefined
): Annotation {
  const worst = worstFinding(c)
  const others = c.findings.filter((f) => f !== worst)
  const also = others.map((f) => `- ${f.level}: ${findingTitle(f.code)} (${f.code}): ${f.message}`)
  const annotation: Annotation = {
    level,
    title: worst ? `${c.name}: ${findingTitle(worst.code)} (${worst.code})` : c.name,
    message: bound(
      [worst?.message ?? `Status ${c.status}.`, ...(also.length ? ['', 'Also:', ...also] : [])]
        .join('\n')
        .trim(),
      MAX_MESSAGE
    )
  }
  if (source?.file) {
    annotation.file = source.file
    if (source.line) annotation.line = source.line
  }
  return annotation
}

/** Names, as many as fit in an annotation's message. */
function nameList(credentials: CredentialReport[]): string {
  const shown: string[] = []
  let length = 0
  for (const c of credentials) {
    const name = bound(c.name, 100)
    if (length + name.length + 2 > MAX_MESSAGE - 400) break
    shown.push(name)
    length += name.length + 2
  }
  const rest = credentials.length - shown.length
  return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '')
}

/** One level's annotations: all of them when they fit, else all but one and a closing count. */
function budgeted(
  credentials: CredentialReport[],
  level: Level,
  what: [string, string],
  sourceOf: (c: CredentialReport) => SpecSource | undefined
): Annotation[] {
  if (credentials.length <= ANNOTATIONS_PER_LEVEL) {
    return credentials.map((c) => credentialAnnotation(c, level, sourceOf(c)))
  }
  const shown = credentials.slice(0, ANNOTATIONS_PER_LEVEL - 1)
  const rest = credentials.slice(ANNOTATIONS_PER_LEVEL - 1)
  return [
    ...shown.map((c) => credentialAnnotation(c, level, sourceOf(c))),
    {
      level,
      title: `${rest.length} more ${rest.length === 1 ? what[0] : what[1]}: see the job summary`,
      message: bound(
        `GitHub shows ${ANNOTATIONS_PER_LEVEL} ${level} annotations per step; the job summary lists these ${rest.length} too, each with its fix: ${nameList(rest)}.`,
        MAX_MESSAGE
      )
    }
  ]
}

function healthyNotice(healthy: CredentialReport[]): Annotation[] {
  if (healthy.length === 0) return []
  const line = (c: CredentialReport) => {
    const expiry =
      c.daysLeft !== null && c.expirySource !== 'oauth'
        ? `${c.daysLeft} day(s) left`
        : c.expirySource === 'oauth'
          ? 'mints a new token each run'
          : 'expiry unknown'
    const notes = c.findings.filter((f) => f.code !== 'expires-in').map((f) => findingTitle(f.code))
    return `- ${c.name}: ${[expiry, ...notes].join('; ')}`
  }
  const listed = healthy.slice(0, MAX_NAMES).map(line)
  const rest = healthy.length - listed.length
  return [
    {
      level: 'notice',
      title:
        healthy.length === 1
          ? `${healthy[0].name}: healthy`
          : `${plural(healthy.length, 'credential is', 'credentials are')} healthy`,
      message: bound(
        [...listed, ...(rest > 0 ? [`- and ${rest} more (see the job summary)`] : [])].join('\n'),
        MAX_MESSAGE
      )
    }
  ]
}

/**
 * The run's annotations: errors, then warnings, then the shared notice. `sources[i]` is where
 * the report's i-th credential was declared.
 */
export function annotationsFor(
  report: Report,
  sources: readonly (SpecSource | undefined)[] = []
): Annotation[] {
  const index = new Map(report.credentials.map((c, i) => [c, i]))
  const sourceOf = (c: CredentialReport) => sources[index.get(c) ?? -1]
  const action = needsAction(report)
  return [
    ...budgeted(
      action.filter((c) => c.status === 'failure'),
      'error',
      ['failing credential', 'failing credentials'],
      sourceOf
    ),
    ...budgeted(
      action.filter((c) => c.status === 'warning'),
      'warning',
      ['credential with a warning', 'credentials with warnings'],
      sourceOf
    ),
    ...healthyNotice(report.credentials.filter((c) => c.status === 'ok'))
  ]
}

/** Workflow-command escaping (the runner's rules for data and properties). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** Annotations as GitHub workflow commands (for the CLI's --format github). */
export function renderWorkflowCommands(
  report: Report,
  sources: readonly (SpecSource | undefined)[] = []
): string {
  return (
    annotationsFor(report, sources)
      .map((a) => {
        const props = [
          ...(a.file ? [`file=${escapeProperty(a.file)}`] : []),
          ...(a.line ? [`line=${a.line}`] : []),
          `title=${escapeProperty(a.title)}`
        ]
        return `::${a.level} ${props.join(',')}::${escapeData(a.message)}`
      })
      .join('\n') + '\n'
  )
}
