/**
 * Progress on stderr once a run takes more than a moment: a line per finished credential in a CI
 * log, one updating line on a terminal; then the closing counts line.
 */
import type { CredentialReport, Report } from '../core/types.js'
import { countsLine, durationText, worstFinding } from '../report/triage.js'

export interface ProgressOptions {
  write: (text: string) => void
  /** A terminal: one line rewritten in place, instead of a line per credential. */
  tty: boolean
  now?: () => number
  /** Quiet until the run has taken this long. */
  delayMs?: number
}

/** A name for a terminal or a log line: no control characters, bounded. */
// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, 80)

export class Progress {
  private readonly started: number
  private readonly now: () => number
  private failing = 0
  private warnings = 0
  private lineShown = false

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now
    this.started = this.now()
  }

  elapsed(): number {
    return this.now() - this.started
  }

  /** One credential finished. */
  result(c: CredentialReport, done: number, total: number): void {
    if (c.status === 'failure') this.failing++
    if (c.status === 'warning') this.warnings++
    const elapsed = this.elapsed()
    if (elapsed < (this.options.delayMs ?? 1000)) return
    const counter = `[${done}/${total}]`
    if (this.options.tty) {
      this.options.write(
        `\r\x1b[2K${counter} checked in ${durationText(elapsed)}: ${this.failing} failing, ${this.warnings} warning(s)`
      )
      this.lineShown = true
      return
    }
    const worst = c.status === 'ok' ? undefined : worstFinding(c)
    this.options.write(
      `${counter} ${plain(c.name)}: ${c.status}${worst ? ` (${worst.code})` : ''}\n`
    )
  }

  /** The closing line, after clearing the updating one. */
  finish(report: Report): void {
    if (this.lineShown) this.options.write('\r\x1b[2K')
    this.options.write(`${countsLine(report, this.elapsed())}\n`)
  }
}
