#!/usr/bin/env node
/**
 * The release workflow's checks, runnable locally as a dry run: versions agree (package.json,
 * src/version.ts, CHANGELOG.md and the tag), package.json and action.yml are fit to publish, the
 * committed dist/ is what the source builds, and `npm pack` ships only the package.
 *
 * Usage: npm run release:check [-- TAG] [-- --skip-dist]
 * TAG defaults to GITHUB_REF_NAME when GITHUB_REF_TYPE is `tag` (as in the release workflow).
 * `--skip-dist` leaves out the rebuild (for a quick check). Exits 1 when any check fails.
 * The dist/ check runs `npm run package`, which rewrites dist/ in place: commit it if it changed.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import {
  actionProblems,
  manifestProblems,
  packProblems,
  versionProblems
} from './release-rules.mjs'

/**
 * @param {string} cmd
 * @param {string[]} args
 * @returns {string}
 */
const run = (cmd, args) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64e6 })

/**
 * JSON.parse, typed as what it is: unknown until narrowed.
 * @param {string} text
 * @returns {unknown}
 */
const parseJson = (text) => JSON.parse(text)

/** @returns {string[]} */
function distProblems() {
  run('npm', ['run', 'package', '--silent'])
  const changed = run('git', ['status', '--porcelain', '--', 'dist/']).trim()
  return changed
    ? [`dist/ is not what the source builds (now rebuilt; commit it):\n${changed}`]
    : []
}

/** @returns {string[]} */
function packedProblems() {
  const out = /** @type {{ files: { path: string }[] }[]} */ (
    parseJson(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']))
  )
  return packProblems(out[0].files.map((f) => f.path))
}

const args = process.argv.slice(2)
const skipDist = args.includes('--skip-dist')
const tag =
  args.find((a) => !a.startsWith('--')) ??
  (process.env.GITHUB_REF_TYPE === 'tag' ? process.env.GITHUB_REF_NAME : undefined)
const pkg = /** @type {Record<string, unknown> & { version: string }} */ (
  parseJson(readFileSync('package.json', 'utf8'))
)

/** @type {[string, () => string[]][]} */
const checks = [
  [
    `versions agree (package.json ${pkg.version}, src/version.ts, CHANGELOG.md${tag ? `, tag ${tag}` : ''})`,
    () =>
      versionProblems({
        packageVersion: pkg.version,
        source: readFileSync('src/version.ts', 'utf8'),
        changelog: readFileSync('CHANGELOG.md', 'utf8'),
        tag
      })
  ],
  ['package.json is fit to publish', () => manifestProblems(pkg)],
  [
    'action.yml is fit for the Marketplace',
    () =>
      actionProblems(
        /** @type {{ description?: unknown, author?: unknown }} */ (
          load(readFileSync('action.yml', 'utf8'))
        )
      )
  ],
  ...(skipDist
    ? []
    : /** @type {[string, () => string[]][]} */ ([['dist/ is current', distProblems]])),
  ['npm pack ships only the package', packedProblems]
]

let failed = 0
for (const [name, check] of checks) {
  const problems = check()
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`)
  for (const p of problems) console.log(`     ${p}`)
  if (problems.length > 0) failed++
}
console.log(
  failed === 0
    ? `Release check passed${skipDist ? ' (dist/ not rebuilt)' : ''}.`
    : `Release check failed: ${failed} of ${checks.length} checks.`
)
process.exitCode = failed === 0 ? 0 : 1
