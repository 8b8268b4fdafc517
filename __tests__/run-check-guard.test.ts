/** One credential's failure is its own `indeterminate`, and its secret never reaches the message. */
import { describe, expect, it } from '@jest/globals'
import { runCheck } from '../src/check/run-check.js'
import { readSettings } from '../src/inputs/settings.js'
import { makeApiToken } from '../src/emulator/tokens.js'

describe('the per-credential guard', () => {
  it('redacts the secret from the cause before the cause is cut, so no part of it is shown', async () => {
    const token = makeApiToken('guard')
    const values: Record<string, string> = {
      token,
      email: 'jdoe@example.com',
      offline: 'true',
      'expires-at': '2027-06-01'
    }
    const settings = readSettings({
      get: (name) => values[name] ?? '',
      readFile: () => '',
      env: {},
      mask: () => {}
    })
    // The secret straddles the 200-character cut: cut first, its start would no longer match.
    const message = `${'x'.repeat(180)} ${token} trailing`
    const report = await runCheck(settings, {
      mask: () => {},
      history: () => Promise.reject(new Error(message))
    })
    const [credential] = report.credentials
    expect(credential.verdict).toBe('indeterminate')
    const text = JSON.stringify(credential)
    expect(text).toContain('stopped on an answer it could not handle')
    expect(text).not.toContain(token.slice(0, 12))
  })
})
