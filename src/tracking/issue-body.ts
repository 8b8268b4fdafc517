/**
 * The tracking issue's body: the rendered report, a link to the run, and the state block last.
 * GitHub refuses bodies of 65,536 characters or more, so the rendered part is cut to fit; the
 * state block never is. Pure.
 */
export const BODY_LIMIT = 65_536
/** Room kept below GitHub's limit (GitHub may count some characters differently). */
const MARGIN = 1_024

export interface BodyParts {
  rendered: string
  runUrl: string
  stateBlock: string
}

function closeOpenFence(text: string): string {
  const fences = text.match(/^```/gm)?.length ?? 0
  return fences % 2 === 1 ? `${text}\n\`\`\`` : text
}

export function composeBody({ rendered, runUrl, stateBlock }: BodyParts): {
  body: string
  truncated: boolean
} {
  const footer = runUrl ? `Last checked by ${runUrl}` : ''
  const join = (main: string) => [main, footer, stateBlock].filter(Boolean).join('\n\n')
  const full = join(rendered.trimEnd())
  const limit = BODY_LIMIT - MARGIN
  if (full.length <= limit) return { body: full, truncated: false }
  const note = `\n\n**The report is cut here: it is longer than an issue can hold.** The full report is in the job summary${runUrl ? ` of ${runUrl}` : ''}.`
  const room = limit - join('').length - note.length - 8
  let cut = Math.max(0, room)
  const lineEnd = rendered.lastIndexOf('\n', cut)
  if (lineEnd > 0) cut = lineEnd
  const main = closeOpenFence(rendered.slice(0, cut).trimEnd()) + note
  return { body: join(main), truncated: true }
}
