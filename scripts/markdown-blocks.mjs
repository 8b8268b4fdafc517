/** Pure: the fenced code blocks of a Markdown text, and which YAML blocks are GitHub workflows. */
import { load } from 'js-yaml'

/**
 * @typedef {object} CodeBlock
 * @property {string} lang the info string's first word (`yaml`, `bash`, …), lower case
 * @property {number} line the 1-based line of the block's first content line
 * @property {string} text the content, ending with a newline
 */

/**
 * Every fenced block (``` or ~~~) in the text, in order.
 * @param {string} markdown
 * @returns {CodeBlock[]}
 */
export function codeBlocks(markdown) {
  /** @type {CodeBlock[]} */
  const blocks = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i])
    if (!open) continue
    const fence = open[2]
    const body = []
    let j = i + 1
    while (j < lines.length && !lines[j].trimStart().startsWith(fence)) body.push(lines[j++])
    blocks.push({ lang: open[3].toLowerCase(), line: i + 2, text: body.join('\n') + '\n' })
    i = j
  }
  return blocks
}

/**
 * The parsed document of a YAML block, or undefined when it does not parse.
 * @param {string} text
 * @returns {unknown}
 */
function parse(text) {
  try {
    return load(text)
  } catch {
    return undefined
  }
}

/**
 * Whether a parsed YAML document is meant as a GitHub Actions workflow: a mapping with `jobs`
 * whose jobs run on a runner or call a workflow. (A missing `on:` still counts: the linter says so.)
 * @param {unknown} doc
 * @returns {boolean}
 */
export function isWorkflow(doc) {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false
  const jobs = /** @type {Record<string, unknown>} */ (doc).jobs
  if (typeof jobs !== 'object' || jobs === null) return false
  return Object.values(jobs).some(
    (job) => typeof job === 'object' && job !== null && ('runs-on' in job || 'uses' in job)
  )
}

/**
 * The YAML blocks of a Markdown text that are GitHub workflows.
 * @param {string} markdown
 * @returns {CodeBlock[]}
 */
export function workflowBlocks(markdown) {
  return codeBlocks(markdown).filter(
    (b) => (b.lang === 'yaml' || b.lang === 'yml') && isWorkflow(parse(b.text))
  )
}
