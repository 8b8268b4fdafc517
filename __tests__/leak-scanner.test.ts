/** The leak scanner the end-to-end helpers run on every run: it finds secrets and their forms. */
import { describe, expect, it } from '@jest/globals'
import { makeApiToken } from '../src/emulator/tokens.js'
import { assertNoLeak, secretsIn } from './helpers/secrets-in.js'

const token = makeApiToken('scanner')

describe('the leak scanner', () => {
  it('collects secrets from inputs, YAML lists and secret-named environment variables', () => {
    const found = secretsIn({
      token: ` ${token}\n`,
      credentials: `- name: a\n  token: '${token}x'`,
      BB_TOKEN: 'env-secret-value',
      email: 'not@secret.example'
    })
    expect(found).toEqual(expect.arrayContaining([token, `${token}x`, 'env-secret-value']))
    expect(found).not.toContain('not@secret.example')
  })

  it.each([
    ['as is', (s: string) => `log: ${s}`],
    ['URL-encoded', (s: string) => `url: ${encodeURIComponent(s)}`],
    ['base64', (s: string) => `header: ${Buffer.from(s).toString('base64')}`]
  ])('fails a run that shows a secret %s', (_label, show) => {
    expect(() =>
      assertNoLeak('test', show('secret=value/with+chars'), ['secret=value/with+chars'])
    ).toThrow(/leaked/)
    expect(() => assertNoLeak('test', 'nothing to see', ['secret=value/with+chars'])).not.toThrow()
  })
})
