/** Findings: one rule keeps each code at its most severe, each message once. */
import { describe, expect, it } from '@jest/globals'
import { dropSuperseded, findingTitle } from '../src/core/findings.js'
import type { Finding } from '../src/core/types.js'

const f = (code: Finding['code'], level: Finding['level'], message: string = code): Finding => ({
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
  it('an expired error supersedes credential-rejected, whichever comes first; a warning does not', () => {
    const rejected = f('credential-rejected', 'error', '401 twice')
    const expired = f('expired', 'error', 'expired 2 days ago')
    const scopes = f('missing-scopes', 'error')
    expect(dropSuperseded([rejected, scopes, expired])).toEqual([scopes, expired])
    expect(dropSuperseded([expired, rejected])).toEqual([expired])
    expect(dropSuperseded([rejected, f('expired', 'warning')])).toEqual([
      rejected,
      f('expired', 'warning')
    ])
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
