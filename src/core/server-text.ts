/**
 * Text that came from a server or a user is data: where it enters, control characters (C0 but
 * tab and newline, DEL, C1), bidirectional overrides and other invisible format characters are
 * removed, and its length is capped, so nothing downstream can be steered or flooded by it.
 */

/** The longest server message kept; the rest is cut with an ellipsis. */
export const MAX_SERVER_TEXT = 500

// C0 except \t and \n, DEL, C1, and the bidi/zero-width format characters (U+200B–U+200F,
// U+202A–U+202E, U+2060–U+2069, U+FEFF).
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g

/** Removes unsafe characters and caps the length (newlines kept only when `multiline`). */
export function cleanText(text: string, max = MAX_SERVER_TEXT, multiline = false): string {
  // Cap before cleaning too, so a huge input costs no more than a bounded scan.
  let out = text.length > max * 4 ? text.slice(0, max * 4) : text
  out = out.replace(UNSAFE, '')
  if (!multiline) out = out.replace(/[\t\n]+/g, ' ')
  out = out.trim()
  return out.length > max ? `${out.slice(0, max - 1)}…` : out
}
