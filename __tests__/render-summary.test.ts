/** The job summary: golden Markdown for a fixed report, the three questions in order, inert user text, the size bound. */
import { describe, expect, it } from '@jest/globals'
import { CHECKED_AT, manyCredentials, sampleReport } from '../__fixtures__/reports.js'
import { md } from '../src/report/markdown-text.js'
import { renderSummary } from '../src/report/render-summary.js'
import { expectGolden } from './helpers/golden.js'

const options = {
  durationMs: 1234,
  trackingIssueUrl: 'https://github.com/acme/ops/issues/7',
  policy: { warnDays: 30, failDays: 7 }
}

describe('the job summary', () => {
  it('renders the fixed report exactly as the golden file', () => {
    expectGolden('summary.md', renderSummary(sampleReport(), options))
  })

  it('answers in order: counts, what needs action (worst first), what expires next, then the table', () => {
    const text = renderSummary(sampleReport(), options)
    expect(text.split('\n')[0]).toBe(
      '## Bitbucket credentials: ❌ 3 failing · ⚠️ 3 warnings · ✅ 3 ok'
    )
    expect(text).toContain('Tracking issue: <https://github.com/acme/ops/issues/7>')
    const at = (s: string) => text.indexOf(s)
    expect(at('### Needs action (6)')).toBeGreaterThan(0)
    expect(at('### Needs action')).toBeLessThan(at('### What expires next'))
    expect(at('### What expires next')).toBeLessThan(at('```mermaid'))
    expect(at('```mermaid')).toBeLessThan(at('### All credentials'))
    expect(at('### All credentials')).toBeLessThan(at('<details>'))
    const action = text.slice(at('### Needs action'), at('### What expires next'))
    const order = [...action.matchAll(/^\d+\. \S+ \*\*([^*]+)\*\*/gm)].map((m) => m[1])
    expect(order.slice(0, 3)).toEqual(['old-bot', 'release-bot', 'mirror'])
    expect(order).toHaveLength(6)
  })

  it('groups known expiries soonest first and marks today in the timeline', () => {
    const text = renderSummary(sampleReport(), options)
    const groups = [...text.matchAll(/^\| \*\*([^*]+)\*\* \|/gm)].map((m) => m[1])
    expect(groups).toEqual([
      'Expired',
      'Within 7 days (fail-days)',
      'Within 30 days (warn-days)',
      'Later'
    ])
    expect(text).toContain(`today : milestone, ${CHECKED_AT.slice(0, 10)}, 0d`)
    expect(text).toMatch(/^ {2}release-bot : crit, 2026-11-28, 2026-12-03$/m)
    // An OAuth consumer mints a token every run: it never "expires next".
    expect(text).not.toMatch(/^\|.*reporting consumer.*\| 0 \|$/m)
    expect(text).toContain('**Expiry unknown** (2)')
  })

  it('lists every urgent expiry but only the next few of the later ones, table and timeline alike', () => {
    const text = renderSummary(manyCredentials(40, 15, 3), options)
    const table = text.slice(text.indexOf('### What expires next'), text.indexOf('```mermaid'))
    const rows = table.split('\n').filter((l) => /^\| .* \| (⚠️|✅) cred-/.test(l))
    expect(rows.map((r) => /cred-\d+/.exec(r)?.[0])).toEqual([
      'cred-23',
      'cred-24',
      'cred-25',
      'cred-01',
      'cred-02',
      'cred-03',
      'cred-04',
      'cred-05'
    ])
    expect(table).toContain('| | …and 17 more, later | | |')
    expect(text).toContain('title Known expiry dates, checked 2026-11-28 (the 8 soonest of 25)')
  })

  it('writes server and user text as inert data: no HTML, table breaks, mentions or references', () => {
    const text = renderSummary(sampleReport(), options)
    expect(text).not.toContain('<img')
    expect(text).not.toMatch(/@acme/)
    expect(text).not.toMatch(/#12\b/)
    expect(text).not.toMatch(/^#+ Heading/m)
    // Exactly one fence opens and one closes: the mermaid block.
    expect(text.match(/^```/gm)).toHaveLength(2)
    // One row per credential in the full table, the hostile name's (a warning) included.
    const rows = text.split('\n').filter((l) => /^\| (✅|⚠️|❌) \|/.test(l))
    expect(rows).toHaveLength(9)
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(8)
  })

  it('gives usage hints only where the identity or Git username failed, with no made-up address', () => {
    const text = renderSummary(sampleReport(), options)
    const hints = text.slice(text.indexOf('**How to use them**'))
    expect(hints.match(/^- \*\*/gm)).toHaveLength(1)
    expect(hints).toContain('**mirror**')
    expect(text).not.toContain('%40')
    expect(text).not.toContain('example.com')
  })

  it('says so when nothing needs action', () => {
    const text = renderSummary(manyCredentials(3, 0, 0), options)
    expect(text).toContain('Nothing: every credential is ok.')
    expect(text.split('\n')[0]).toBe('## Bitbucket credentials: ✅ 3 ok')
  })

  it('stays within 1 MiB at 10,000 credentials, and says what it left out', () => {
    const text = renderSummary(manyCredentials(10_000, 3_000, 2_000))
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024)
    expect(text).toContain('### Needs action (5000)')
    expect(text).toContain('…and 4900 more, worst first in the table below.')
    expect(text).toMatch(/^…and \d+ more: see the `report` output\.$/m)
  })

  it('with long names at 10,000 credentials, lists the worst in the table and counts the rest', () => {
    const report = manyCredentials(10_000, 3_000, 2_000)
    report.credentials.forEach((c) => (c.name = `${c.name}-${'x'.repeat(90)}`))
    const text = renderSummary(report)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024)
    const unlisted =
      /^(\d+) more credentials are not listed, to keep this summary within its size limit/m.exec(
        text
      )
    const rows = text.split('\n').filter((l) => /^\| (❌|⚠️|✅) \| cred-/.test(l))
    expect(rows.length + Number(unlisted?.[1])).toBe(10_000)
    expect(rows.length).toBeGreaterThan(3_000)
    // Worst first: every failing credential is listed before any healthy one is.
    expect(rows.slice(0, 3_000).every((r) => r.startsWith('| ❌'))).toBe(true)
  })

  it('fits a tracking issue body when asked for 50,000 bytes', () => {
    const text = renderSummary(manyCredentials(2_000, 500, 500), { ...options, maxBytes: 50_000 })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(50_000)
  })
})

describe('md()', () => {
  it.each([
    ['<b>x</b>', '&lt;b&gt;x&lt;/b&gt;'],
    ['a | b', 'a \\| b'],
    ['@org/team', '@\u200borg/team'],
    ['see #42', 'see #\u200b42'],
    ['# title', '\\# title'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['`code`', '\\`code\\`'],
    ['a\nb\r\nc', 'a b c'],
    ['2) item', '2\\) item'],
    ['\u001b[31mred\u202e', '\\[31mred']
  ])('%j is written as %j', (input, expected) => {
    expect(md(input)).toBe(expected)
  })

  it('bounds the length', () => {
    expect(Array.from(md('x'.repeat(1000), 50))).toHaveLength(50)
  })
})
