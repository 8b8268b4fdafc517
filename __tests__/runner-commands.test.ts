/**
 * The action reads its inputs and registers its masks without @actions/core (so the check starts
 * before core loads): these two commands must write and read exactly what core's own do.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import fc from 'fast-check'
import { getInput, setSecret } from '../src/runner/runner-commands.js'

/** What `write` put on stdout while it ran (nothing reaches the test log). */
function stdoutOf(write: () => void): string {
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk))
    return true
  })
  try {
    write()
  } finally {
    spy.mockRestore()
  }
  return chunks.join('')
}

/** Values that try to end or forge a workflow command, or hide in escapes and odd characters. */
const HOSTILE = [
  '',
  '%',
  '%25',
  '%0A',
  'a\nb',
  'a\r\nb',
  '\r',
  'token\n::set-output name=status::ok',
  '::add-mask::',
  '##[add-mask]x',
  'a:b,c=d',
  '  padded\t',
  'ATATT3xFfGF0%0D%0A\n\r%',
  '\u2028\u2029\u0085',
  'üñí©ødé 🔑',
  '\u001b[31mred'
]

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: fc.constantFrom('%', '\r', '\n', ':', ',', '0', 'A', 'D', ' ', 'x') }),
  fc.string({ unit: 'binary' })
)

describe('setSecret', () => {
  it('writes the same ::add-mask:: bytes as core.setSecret for hostile values', () => {
    for (const secret of HOSTILE) {
      expect(stdoutOf(() => setSecret(secret))).toBe(stdoutOf(() => core.setSecret(secret)))
    }
    fc.assert(
      fc.property(hostileString, (secret) => {
        expect(stdoutOf(() => setSecret(secret))).toBe(stdoutOf(() => core.setSecret(secret)))
      }),
      { numRuns: 500 }
    )
  })

  it('writes one line per secret, whatever the secret holds', () => {
    expect(stdoutOf(() => setSecret('a\r\nb%'))).toBe('::add-mask::a%0D%0Ab%25\n')
  })
})

describe('getInput', () => {
  const set: string[] = []
  afterEach(() => {
    for (const key of set.splice(0)) delete process.env[key]
  })
  const envName = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

  it('reads the same INPUT_* variable as core.getInput, untrimmed, for odd names and values', () => {
    const names = [
      'token',
      'api-url',
      'credentials file',
      'two  spaces here',
      'Mixed Case',
      'straße',
      'ı-dotless'
    ]
    const values = ['', '  padded  ', 'line\nbreak\r\n', ...HOSTILE.filter((v) => v !== '')]
    for (const name of names) {
      for (const value of values) {
        process.env[envName(name)] = value
        set.push(envName(name))
        expect(getInput(name)).toBe(core.getInput(name, { trimWhitespace: false }))
        expect(getInput(name)).toBe(value)
      }
    }
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((n) => !/[=\0]/.test(n)),
        fc.string().filter((v) => !v.includes('\0')),
        (name, value) => {
          process.env[envName(name)] = value
          set.push(envName(name))
          expect(getInput(name)).toBe(core.getInput(name, { trimWhitespace: false }))
        }
      )
    )
  })

  it('reads an unset input as the empty string, as core does', () => {
    delete process.env.INPUT_NOT_SET_ANYWHERE
    expect(getInput('not set anywhere')).toBe('')
    expect(core.getInput('not set anywhere', { trimWhitespace: false })).toBe('')
  })
})
