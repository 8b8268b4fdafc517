/** One annotation per finding, titled with the credential's name. Pure. */
import { findingTitle } from '../core/findings.js'
import type { Level, Report } from '../core/types.js'

export interface Annotation {
  level: Level
  title: string
  message: string
}

export function annotationsFor(report: Report): Annotation[] {
  return report.credentials.flatMap((c) =>
    c.findings.map((f) => ({
      level: f.level,
      title: `${c.name}: ${findingTitle(f.code)} (${f.code})`,
      message: f.message
    }))
  )
}

/** Workflow-command escaping (the runner's rules for data and properties). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** Annotations as GitHub workflow commands (for the CLI's --format github). */
export function renderWorkflowCommands(report: Report): string {
  return (
    annotationsFor(report)
      .map((a) => `::${a.level} title=${escapeProperty(a.title)}::${escapeData(a.message)}`)
      .join('\n') + '\n'
  )
}
