/** Pure: what a release must satisfy (versions agree, notes exist, the package ships only itself). */

/** The one canonical repository: package.json, action.yml and every README example name it. */
export const REPOSITORY = 'bitbucket-credential-check/bitbucket-credential-check'

/** What the npm package may contain, and what it must. */
export const SHIPPED = [/^dist\//, /^action\.yml$/, /^README\.md$/, /^LICENSE$/, /^package\.json$/]
export const REQUIRED = [
  'dist/index.js',
  'dist/cli/index.js',
  'action.yml',
  'README.md',
  'LICENSE',
  'package.json'
]

/** The Marketplace refuses a longer action description. */
export const MAX_DESCRIPTION = 125

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/

/**
 * @typedef {object} Release
 * @property {string} version
 * @property {string | null} date `YYYY-MM-DD`, or null when the heading has none
 * @property {string} notes the section's text, trimmed
 */

/**
 * The released versions of a Keep a Changelog file, newest first (`## [Unreleased]` is skipped).
 * @param {string} text
 * @returns {Release[]}
 */
export function changelogReleases(text) {
  const sections = text.split(/^## /m).slice(1)
  return sections.flatMap((section) => {
    const [heading, ...body] = section.split('\n')
    const m = /^\[?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?(?:\s+-\s+(\d{4}-\d{2}-\d{2}))?\s*$/.exec(
      heading.trim()
    )
    if (!m) return []
    const notes = body
      .join('\n')
      .replace(/^\[[^\]]+\]:\s+\S+\s*$/gm, '')
      .trim()
    return [{ version: m[1], date: m[2] ?? null, notes }]
  })
}

/**
 * The version in a tag such as `v1.2.3` (or `1.2.3`), or null.
 * @param {string} tag
 * @returns {string | null}
 */
export function tagVersion(tag) {
  const v = tag.replace(/^refs\/tags\//, '').replace(/^v/, '')
  return SEMVER.test(v) ? v : null
}

/**
 * The version that src/version.ts declares, or null.
 * @param {string} source
 * @returns {string | null}
 */
export function sourceVersion(source) {
  return /export const VERSION = '([^']+)'/.exec(source)?.[1] ?? null
}

/**
 * The major tag a release moves (`v1` for 1.4.2), or null for a pre-release, which moves none.
 * @param {string} version
 * @returns {string | null}
 */
export function majorTag(version) {
  return SEMVER.test(version) && !version.includes('-') ? `v${version.split('.')[0]}` : null
}

/**
 * What disagrees among package.json, src/version.ts, the changelog and the tag.
 * @param {{ packageVersion: string, source: string, changelog: string, tag?: string | null }} input
 * @returns {string[]}
 */
export function versionProblems({ packageVersion, source, changelog, tag }) {
  const problems = []
  if (!SEMVER.test(packageVersion))
    problems.push(`package.json version '${packageVersion}' is not a semantic version.`)
  const src = sourceVersion(source)
  if (src !== packageVersion)
    problems.push(
      `src/version.ts says ${src ?? 'nothing'}, package.json ${packageVersion}: make them equal.`
    )
  const [latest] = changelogReleases(changelog)
  if (!latest)
    problems.push(`CHANGELOG.md has no release: add '## [${packageVersion}] - YYYY-MM-DD'.`)
  else if (latest.version !== packageVersion)
    problems.push(
      `CHANGELOG.md's newest release is ${latest.version}, package.json ${packageVersion}: add '## [${packageVersion}] - YYYY-MM-DD' above it.`
    )
  else if (!latest.date)
    problems.push(
      `CHANGELOG.md's ${packageVersion} has no date: '## [${packageVersion}] - YYYY-MM-DD'.`
    )
  else if (!latest.notes)
    problems.push(`CHANGELOG.md's ${packageVersion} has no notes: say what changed.`)
  if (tag !== undefined && tag !== null && tag !== '') {
    const v = tagVersion(tag)
    if (v === null) problems.push(`tag '${tag}' is not v<major>.<minor>.<patch>.`)
    else if (v !== packageVersion)
      problems.push(`tag ${tag} is version ${v}, package.json ${packageVersion}.`)
  }
  return problems
}

/**
 * What is wrong with package.json for publishing: dependencies (dist bundles them), the
 * repository, the bin.
 * @param {Record<string, unknown>} pkg
 * @returns {string[]}
 */
export function manifestProblems(pkg) {
  const problems = []
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = /** @type {Record<string, string> | undefined} */ (pkg[field])
    if (deps && Object.keys(deps).length > 0)
      problems.push(
        `package.json ${field}: ${Object.keys(deps).join(', ')}. The bundle in dist/ carries them: move them to devDependencies.`
      )
  }
  const repo = /** @type {{ url?: string } | undefined} */ (pkg.repository)
  if (!repo?.url?.includes(`github.com/${REPOSITORY}.git`))
    problems.push(`package.json repository.url must name github.com/${REPOSITORY}.git.`)
  if (pkg.private === true) problems.push('package.json is private: it cannot be published.')
  return problems
}

/**
 * What is wrong with the list of files `npm pack` would ship.
 * @param {string[]} files
 * @returns {string[]}
 */
export function packProblems(files) {
  const extra = files.filter((f) => !SHIPPED.some((re) => re.test(f)))
  const missing = REQUIRED.filter((f) => !files.includes(f))
  return [
    ...extra.map((f) => `npm pack would ship ${f}: only dist/, action.yml, README.md, LICENSE.`),
    ...missing.map((f) => `npm pack would not ship ${f}.`)
  ]
}

/**
 * What is wrong with action.yml's metadata for the Marketplace.
 * @param {{ description?: unknown, author?: unknown }} action
 * @returns {string[]}
 */
export function actionProblems(action) {
  const problems = []
  const description = typeof action.description === 'string' ? action.description : ''
  if (description.length === 0 || description.length >= MAX_DESCRIPTION)
    problems.push(
      `action.yml description is ${description.length} characters: the Marketplace needs 1 to ${MAX_DESCRIPTION - 1}.`
    )
  if (action.author !== REPOSITORY.split('/')[0])
    problems.push(`action.yml author must be ${REPOSITORY.split('/')[0]}.`)
  return problems
}
