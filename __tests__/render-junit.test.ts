/** JUnit XML: golden for a fixed report, well-formed and parsed back, one test case per credential, hostile text inert. */
import { describe, expect, it } from '@jest/globals'
import { manyCredentials, sampleReport } from '../__fixtures__/reports.js'
import { renderJunit } from '../src/report/render-junit.js'
import { expectGolden } from './helpers/golden.js'
import { parseJunit } from './helpers/parse-junit.js'

describe('JUnit XML', () => {
  it('renders the fixed report exactly as the golden file', () => {
    expectGolden('report.junit.xml', renderJunit(sampleReport(), 1234))
  })

  it('parses back: one test case per credential, a failure per failing one, counts that add up', () => {
    const report = sampleReport()
    const suite = parseJunit(renderJunit(report, 1234)).testsuites.testsuite
    expect(suite).toMatchObject({
      name: 'bitbucket-credential-check',
      tests: '9',
      failures: '3',
      errors: '0',
      skipped: '0',
      time: '1.234',
      timestamp: '2026-11-28T10:00:00'
    })
    expect(suite.testcase.map((c) => c.name)).toEqual(report.credentials.map((c) => c.name))
    const failed = suite.testcase.filter((c) => c.failure).map((c) => c.name)
    expect(failed).toEqual(['release-bot', 'mirror', 'old-bot'])
    const mirror = suite.testcase.find((c) => c.name === 'mirror')
    expect(mirror?.failure?.type).toBe('credential-rejected')
    expect(mirror?.failure?.message).toMatch(
      /^Bitbucket rejected the credential: Bitbucket answered 401/
    )
    expect(mirror?.failure?.['#text']).toContain('WARNING [expiry-unknown]')
    const ci = suite.testcase.find((c) => c.name === 'ci-clone')
    expect(ci?.failure).toBeUndefined()
    expect(ci?.['system-out']).toContain('WARNING [expires-soon]')
  })

  it('marks a credential that was not checked as skipped', () => {
    const report = manyCredentials(2, 0, 0)
    report.credentials[1] = { ...report.credentials[1], verdict: 'skipped', status: 'warning' }
    const suite = parseJunit(renderJunit(report)).testsuites.testsuite
    expect(suite.skipped).toBe('1')
    expect(suite.testcase[1].skipped?.message).toBe('cred-2 has days left.')
  })

  it('keeps hostile names and messages as text: entities, no forbidden characters, round-trips', () => {
    const report = manyCredentials(1, 1, 0)
    const name = 'a"b\'c<d>&e]]>\u0000\u0007f\ud800g'
    report.credentials[0].name = name
    report.credentials[0].findings[0].message = '<![CDATA[x]]> & </failure><testcase name="y">'
    report.credentials[0].findings.push({
      level: 'warning',
      code: 'expiry-unknown',
      message: 'x\n::error::injected\n  ::warning::too'
    })
    const text = renderJunit(report)
    // Every line is the renderer's own markup: no message starts a line.
    expect(text.split('\n').every((l) => /^\s*(<|$)/.test(l))).toBe(true)
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    const suite = parseJunit(text).testsuites.testsuite
    expect(suite.testcase).toHaveLength(1)
    expect(suite.testcase[0].name).toBe('a"b\'c<d>&e]]>fg')
    expect(suite.testcase[0].failure?.['#text']).toContain('</failure><testcase name="y">')
  })
})
