/** Each credential from a YAML list knows where it was declared, so its annotation points at its item. */
import { describe, expect, it } from '@jest/globals'
import { itemLines, parseCredentialList } from '../src/inputs/credential-specs.js'

const text = [
  '# credentials checked nightly',
  '- name: a',
  '  token-env: A',
  '  purpose:',
  '    - push',
  '    - clone',
  '',
  '- name: b',
  '  token-env: B',
  '  scopes:',
  '  - repository',
  '-   name: c',
  '    token-env: C'
].join('\n')

describe('item lines', () => {
  it('are the lines of the top-level dashes, not of nested lists', () => {
    expect(itemLines(text)).toEqual([2, 8, 12])
  })

  it('reach each spec: file and line for credentials-file, line for the credentials input, none for direct inputs', () => {
    const env = { A: 'x', B: 'y', C: 'z' }
    const fromFile = parseCredentialList({
      label: 'f',
      text,
      fromFile: true,
      file: 'ci/creds.yml',
      env
    })
    expect(fromFile.map((s) => s.source)).toEqual([
      { input: 'credentials-file', file: 'ci/creds.yml', line: 2 },
      { input: 'credentials-file', file: 'ci/creds.yml', line: 8 },
      { input: 'credentials-file', file: 'ci/creds.yml', line: 12 }
    ])
    const fromInput = parseCredentialList({ label: 'credentials', text, fromFile: false, env })
    expect(fromInput[1].source).toEqual({ input: 'credentials', line: 8 })
  })
})
