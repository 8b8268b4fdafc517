/** The release dry run's pure rules: versions, changelog notes, manifest, packed files, action metadata. */
import { describe, expect, it } from '@jest/globals'
import {
  actionProblems,
  changelogReleases,
  majorTag,
  manifestProblems,
  packProblems,
  REQUIRED,
  tagVersion,
  versionProblems
} from '../scripts/release-rules.mjs'

const CHANGELOG = `# Changelog

## [Unreleased]

- something not yet released

## [1.1.0] - 2027-01-15

### Fixed

- A fix.

## [1.0.0] - 2026-11-29

### Added

- Everything.

[Unreleased]: https://example.com/compare/v1.1.0...HEAD
[1.1.0]: https://example.com/releases/tag/v1.1.0
`
const SOURCE = "/** v */\nexport const VERSION = '1.1.0'\n"
const agree = { packageVersion: '1.1.0', source: SOURCE, changelog: CHANGELOG }

describe('changelog releases', () => {
  it('lists released versions newest first, skipping Unreleased and the link lines', () => {
    const releases = changelogReleases(CHANGELOG)
    expect(releases.map((r) => [r.version, r.date])).toEqual([
      ['1.1.0', '2027-01-15'],
      ['1.0.0', '2026-11-29']
    ])
    expect(releases[0].notes).toBe('### Fixed\n\n- A fix.')
    expect(releases[1].notes).toBe('### Added\n\n- Everything.')
  })

  it("reads this repository's CHANGELOG.md", async () => {
    const { readFileSync } = await import('node:fs')
    const [latest] = changelogReleases(readFileSync('CHANGELOG.md', 'utf8'))
    expect(latest.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(latest.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(latest.notes.length).toBeGreaterThan(20)
  })
})

describe('versions agree', () => {
  it('passes when package.json, src/version.ts, the changelog and the tag say the same', () => {
    expect(versionProblems({ ...agree, tag: 'v1.1.0' })).toEqual([])
    expect(versionProblems({ ...agree, tag: 'refs/tags/v1.1.0' })).toEqual([])
    expect(versionProblems(agree)).toEqual([])
  })

  it.each([
    [
      'src/version.ts behind',
      { source: "export const VERSION = '1.0.0'" },
      /src\/version.ts says 1.0.0/
    ],
    ['a tag of another version', { tag: 'v1.2.0' }, /tag v1.2.0 is version 1.2.0/],
    ['a tag that is no version', { tag: 'release-1' }, /tag 'release-1' is not/],
    [
      'no section for the version',
      { packageVersion: '1.2.0', source: "export const VERSION = '1.2.0'" },
      /newest release is 1.1.0.*add '## \[1.2.0\]/
    ],
    ['an undated section', { changelog: '## [1.1.0]\n\n- x\n' }, /has no date/],
    [
      'an empty section',
      { changelog: '## [1.1.0] - 2027-01-15\n\n## [1.0.0] - 2026-11-29\n- x\n' },
      /has no notes/
    ],
    ['no release at all', { changelog: '# Changelog\n\n## [Unreleased]\n' }, /has no release/]
  ])('fails on %s', (_name, change, message) => {
    const problems = versionProblems({ ...agree, ...change })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })

  it('maps tags to versions and releases to the major tag they move', () => {
    expect(tagVersion('v1.2.3')).toBe('1.2.3')
    expect(tagVersion('v2.0.0-rc.1')).toBe('2.0.0-rc.1')
    expect(tagVersion('v1')).toBeNull()
    expect(majorTag('1.4.2')).toBe('v1')
    expect(majorTag('2.0.0-rc.1')).toBeNull() // a pre-release moves no major tag
  })
})

describe('what ships', () => {
  const manifest = {
    name: 'bitbucket-credential-check',
    repository: {
      url: 'git+https://github.com/bitbucket-credential-check/bitbucket-credential-check.git'
    }
  }

  it('a manifest with dependencies, another repository or private is refused', () => {
    expect(manifestProblems(manifest)).toEqual([])
    expect(manifestProblems({ ...manifest, dependencies: { 'js-yaml': '5.5.0' } })).toEqual([
      expect.stringMatching(/dependencies: js-yaml.*devDependencies/)
    ])
    expect(
      manifestProblems({ ...manifest, repository: { url: 'https://github.com/your-org/x.git' } })
    ).toEqual([expect.stringMatching(/repository.url/)])
    expect(manifestProblems({ ...manifest, private: true })).toEqual([
      expect.stringMatching(/private/)
    ])
  })

  it('npm pack may ship dist/, action.yml, README, LICENSE and package.json, and must ship the bundles', () => {
    expect(packProblems([...REQUIRED, 'dist/licenses.txt', 'dist/cli/package.json'])).toEqual([])
    expect(packProblems([...REQUIRED, 'src/main.ts', '.env'])).toEqual([
      expect.stringMatching(/would ship src\/main.ts/),
      expect.stringMatching(/would ship .env/)
    ])
    expect(packProblems(REQUIRED.filter((f) => f !== 'dist/cli/index.js'))).toEqual([
      'npm pack would not ship dist/cli/index.js.'
    ])
  })

  it('the action description must be shorter than 125 characters, by the canonical author', () => {
    const author = 'bitbucket-credential-check'
    expect(actionProblems({ description: 'x'.repeat(124), author })).toEqual([])
    expect(actionProblems({ description: 'x'.repeat(125), author })).toEqual([
      expect.stringMatching(/125 characters/)
    ])
    expect(actionProblems({ description: 'ok', author: 'your-org' })).toEqual([
      expect.stringMatching(/author/)
    ])
  })
})
