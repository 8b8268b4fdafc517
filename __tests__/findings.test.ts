/** Findings: one rule keeps each code at its most severe, each message once. */
import { describe, expect, it } from '@jest/globals'
import { dropSuperseded, findingTitle } from '../src/core/findings.js'
import type { Finding } from '../src/core/types.js'

const f = (code: string, level: Finding['level'], message = code): Finding => ({
  code,
  level,
  message
})

describe('dropSuperseded', () => {
  it('an error supersedes an earlier warning of the same code; other codes are kept', () => {
    const kept = dropSuperseded([
      f('app-password-removed', 'warning', 'soon'),
      f('expires-in', 'notice'),
      f('app-password-removed', 'error', 'gone')
    ])
    expect(kept).toEqual([f('expires-in', 'notice'), f('app-password-removed', 'error', 'gone')])
  })
  it('keeps several findings of one code at one level, but each message once', () => {
    const read = f('git-auth-failed', 'error', 'clone failed')
    const write = f('git-auth-failed', 'error', 'push failed')
    expect(dropSuperseded([read, write, { ...read }])).toEqual([read, write])
  })
})

describe('findingTitle', () => {
  it('names known codes and passes unknown ones through', () => {
    expect([findingTitle('expires-soon'), findingTitle('not-a-code')]).toEqual([
      'expires soon',
      'not-a-code'
    ])
  })
})
