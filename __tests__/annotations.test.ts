/** Annotations within GitHub's budget of 10 per level: failures first, one per credential, healthy ones share a notice. */
import { describe, expect, it } from '@jest/globals'
import { manyCredentials, sampleReport } from '../__fixtures__/reports.js'
import type { SpecSource } from '../src/core/types.js'
import {
  ANNOTATIONS_PER_LEVEL,
  annotationsFor,
  renderWorkflowCommands
} from '../src/report/annotations.js'
import { parseCommands } from './helpers/run-bundle.js'

const levels = (a: { level: string }[]) => a.map((x) => x.level)

/** Every credential a level's annotations speak of: by title, or named in the closing count. */
function named(annotations: { title: string; message: string }[]): string[] {
  return annotations.flatMap((a) =>
    /more .*: see the job summary$/.test(a.title)
      ? (/: (.*)\.$/.exec(a.message)?.[1].split(', ') ?? [])
      : [a.title.split(':')[0]]
  )
}

describe.each([
  [40, 15, 3],
  [200, 120, 50]
])('%i credentials (%i failing, %i warnings)', (n, failing, warning) => {
  const report = manyCredentials(n, failing, warning)
  const annotations = annotationsFor(report)
  const errors = annotations.filter((a) => a.level === 'error')
  const warnings = annotations.filter((a) => a.level === 'warning')
  const notices = annotations.filter((a) => a.level === 'notice')

  it('spends at most 10 of each level: errors, then warnings, then one shared notice', () => {
    expect(errors.length).toBe(Math.min(failing, ANNOTATIONS_PER_LEVEL))
    expect(warnings.length).toBe(Math.min(warning, ANNOTATIONS_PER_LEVEL))
    expect(notices).toHaveLength(1)
    const order = levels(annotations)
    expect(order).toEqual(
      [...order].sort(
        (a, b) =>
          ['error', 'warning', 'notice'].indexOf(a) - ['error', 'warning', 'notice'].indexOf(b)
      )
    )
  })

  it('names every failing credential, the last error saying how many more the summary lists', () => {
    const failingNames = report.credentials.filter((c) => c.status === 'failure').map((c) => c.name)
    expect(named(errors).sort()).toEqual(failingNames.sort())
    const last = errors[errors.length - 1]
    // Both cases have more failing credentials than fit.
    expect(last.title).toBe(
      `${failing - ANNOTATIONS_PER_LEVEL + 1} more failing credentials: see the job summary`
    )
  })

  it('puts the worst finding in the title and the others in the message', () => {
    expect(errors[0].title).toMatch(
      /^cred-\d+: Bitbucket rejected the credential \(credential-rejected\)$/
    )
    expect(errors[0].message).toContain('Also:\n- warning: expiry unknown (expiry-unknown)')
  })

  it('counts the healthy ones in one notice', () => {
    expect(notices[0].title).toBe(`${n - failing - warning} credentials are healthy`)
  })
})

describe('annotations', () => {
  it('fit every level when few need action, one per credential', () => {
    const annotations = annotationsFor(sampleReport())
    expect(levels(annotations)).toEqual([
      'error',
      'error',
      'error',
      'warning',
      'warning',
      'warning',
      'notice'
    ])
    expect(annotations.every((a) => !/more .*: see the job summary/.test(a.title))).toBe(true)
  })

  it('name a single healthy credential in the notice title', () => {
    expect(annotationsFor(manyCredentials(1, 0, 0))[0].title).toBe('cred-1: healthy')
  })

  it('point at the credentials-file item: file and line, as workflow command properties', () => {
    const report = manyCredentials(3, 2, 0)
    const sources: (SpecSource | undefined)[] = [
      undefined,
      { input: 'credentials-file', file: 'ci/creds.yml', line: 5 },
      { input: 'credentials', line: 9 }
    ]
    const commands = parseCommands(renderWorkflowCommands(report, sources))
    expect(commands.map((c) => [c.command, c.properties.file, c.properties.line])).toEqual([
      ['error', 'ci/creds.yml', '5'],
      ['error', undefined, undefined],
      ['notice', undefined, undefined]
    ])
  })
})
