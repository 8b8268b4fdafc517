/**
 * Text from a server or a user, made inert for GitHub Markdown: no HTML, no table breaks, no
 * emphasis or links, no @mentions or #references that notify, bounded in length. Pure.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const ZERO_WIDTH_SPACE = '\u200b'

/** Cuts to `max` characters (whole code points), marking the cut with an ellipsis. */
export function bound(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…'
}

/**
 * One line of inline Markdown that renders as the literal text: for table cells, list items and
 * headings alike.
 */
export function md(text: string, max = 500): string {
  const line = bound(text.replace(CONTROL, '').replace(/\s+/g, ' ').trim(), max)
  return (
    line
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Inline Markdown punctuation and the table pipe, escaped with a backslash ("(" starts a
      // link only after "]", which is escaped too).
      .replace(/[\\`*_[\]|~]/g, '\\$&')
      // A mention or an issue reference notifies or links: break it with a zero-width space.
      .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
      // What starts a block at the start of a line: a heading, a list, a quote (already &gt;).
      .replace(/^[#+=-]/, '\\$&')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  )
}

/** A name inside a Mermaid diagram: only characters the gantt grammar cannot misread. */
export function mermaidText(text: string, max = 40): string {
  const safe = text
    .replace(CONTROL, '')
    .replace(/[^\p{L}\p{N} ._/()-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return bound(safe, max) || 'unnamed'
}
