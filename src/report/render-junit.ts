/**
 * The report as JUnit XML, which Bitbucket Pipelines, GitLab and Jenkins show natively: one test
 * case per credential, a `failure` for status failure, `skipped` when it was not checked, and
 * the warnings and notices in `system-out`. Valid against the common (Jenkins) JUnit schema. Pure.
 */
import { findingTitle } from '../core/findings.js'
import type { CredentialReport, Report } from '../core/types.js'
import { bound } from './markdown-text.js'
import { worstFinding } from './triage.js'

const SUITE = 'bitbucket-credential-check'
const MAX_TEXT = 8000

/**
 * Text as an XML attribute value or character data: escaped, with no character XML forbids, and
 * line breaks as references, so that every line of the document is ours (a message never starts
 * a line, where a CI log could read it as a command).
 */
export function xml(text: string, max = MAX_TEXT): string {
  return (
    bound(text, max)
      // Characters outside XML 1.0 (controls, lone surrogates, U+FFFE/U+FFFF).
      .replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        ''
      )
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\r/g, '&#13;')
      .replace(/\n/g, '&#10;')
      .replace(/\t/g, '&#9;')
  )
}

const line = (c: CredentialReport) =>
  c.findings.map((f) => `${f.level.toUpperCase()} [${f.code}] ${f.message}`).join('\n')

function testcase(c: CredentialReport): string {
  const open = `    <testcase classname="${SUITE}.${c.type}" name="${xml(c.name, 200)}" time="0"`
  const worst = worstFinding(c)
  const body: string[] = []
  if (c.status === 'failure' && worst) {
    body.push(
      `      <failure message="${xml(`${findingTitle(worst.code)}: ${worst.message}`, 1000)}" type="${xml(worst.code)}">${xml(line(c))}</failure>`
    )
  } else if (c.verdict === 'skipped') {
    body.push(`      <skipped message="${xml(worst?.message ?? 'not checked', 1000)}"/>`)
  }
  const details = [
    `verdict: ${c.verdict}, status: ${c.status}`,
    c.expiresAt ? `expires: ${c.expiresAt} (${c.expirySource ?? 'unknown source'})` : '',
    c.status !== 'failure' ? line(c) : ''
  ].filter(Boolean)
  body.push(`      <system-out>${xml(details.join('\n'))}</system-out>`)
  return `${open}>\n${body.join('\n')}\n    </testcase>`
}

export function renderJunit(report: Report, durationMs = 0): string {
  const n = report.credentials.length
  const failures = report.credentials.filter((c) => c.status === 'failure').length
  const skipped = report.credentials.filter(
    (c) => c.status !== 'failure' && c.verdict === 'skipped'
  ).length
  const time = (durationMs / 1000).toFixed(3)
  // The schema's timestamp is local time without a zone; the report's instant is UTC.
  const timestamp = report.checkedAt.replace(/\.\d+Z$|Z$/, '')
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="Bitbucket credentials" tests="${n}" failures="${failures}" errors="0" time="${time}">`,
    `  <testsuite name="${SUITE}" tests="${n}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}" timestamp="${timestamp}">`,
    ...report.credentials.map(testcase),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}
