/**
 * The source cites its facts by page and section (`docs/bitbucket-facts.md §5.1`) and the README
 * by heading (`README "Outputs"`): every citation names a section that exists, and no citation
 * points at a document outside this repository.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : []
  )
const sources = sourceFiles('src').map((file) => ({ file, text: readFileSync(file, 'utf8') }))

/** `docs/<page>.md §N[.M]`, with more sections of the same page after commas. */
const CITATION = /docs\/([\w-]+\.md) (§\d+(?:\.\d+)?(?:, §\d+(?:\.\d+)?)*)/g
const README_CITATION = /README "([^"]+)"/g

/** The numbered sections of a docs page: `## 5. Scopes` is 5, `### 5.1 …` is 5.1. */
const sectionsOf = (page: string): Set<string> =>
  new Set(
    [...readFileSync(join('docs', page), 'utf8').matchAll(/^#{2,4} (\d+(?:\.\d+)?)\.? /gm)].map(
      (m) => m[1]
    )
  )

const citations = sources.flatMap(({ file, text }) =>
  [...text.matchAll(CITATION)].flatMap((m) =>
    m[2].split(', ').map((s) => ({ file, page: m[1], section: s.slice(1) }))
  )
)

describe('citations in src/', () => {
  it('are many enough to matter', () => {
    expect(citations.length).toBeGreaterThanOrEqual(20)
    expect(new Set(citations.map((c) => c.page))).toEqual(
      new Set(['bitbucket-facts.md', 'data-center-facts.md'])
    )
  })

  it('each name a section heading that exists on its docs page', () => {
    const sections = new Map<string, Set<string>>()
    const missing = citations.filter(({ page, section }) => {
      if (!sections.has(page)) sections.set(page, sectionsOf(page))
      return !sections.get(page)?.has(section)
    })
    expect(missing).toEqual([])
  })

  it('read the section numbers as the pages write them', () => {
    const cloud = sectionsOf('bitbucket-facts.md')
    expect([cloud.has('5'), cloud.has('5.1'), cloud.has('7.4'), cloud.has('5.9')]).toEqual([
      true,
      true,
      true,
      false
    ])
  })

  it('name README headings that exist', () => {
    const headings = new Set(
      [...readFileSync('README.md', 'utf8').matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1])
    )
    const cited = sources.flatMap(({ file, text }) =>
      [...text.matchAll(README_CITATION)].map((m) => ({ file, heading: m[1] }))
    )
    expect(cited.length).toBeGreaterThan(0)
    expect(cited.filter((c) => !headings.has(c.heading))).toEqual([])
  })

  it('never point at a document outside this repository, or at a bare section', () => {
    const stray = sources.flatMap(({ file, text }) => {
      const rest = text.replace(CITATION, '')
      return [...rest.matchAll(/§\d|\bfacts file\b|contract[:,] |CONTRACT\.md|reference\//g)].map(
        (m) => `${file}: ${m[0]}`
      )
    })
    expect(stray).toEqual([])
  })
})
