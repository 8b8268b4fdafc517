/** The --demo's credentials list: written by the YAML library, read back by the product's own parser. */
import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import { demoCredentials, startDemo } from '../src/cli/demo.js'
import { parseCredentialList } from '../src/inputs/credential-specs.js'

const NOW = new Date('2026-11-28T10:00:00Z')

describe('the demo credentials', () => {
  it('are dumped as YAML that loads back to the same list', async () => {
    const demo = await startDemo(NOW)
    try {
      expect(load(demo.values.credentials)).toEqual(demoCredentials(NOW))
      expect(demo.values['api-url']).toBe(demo.emulator.apiUrl)
    } finally {
      await demo.emulator.stop()
    }
  })

  it('parse into one spec per item, each field intact (dates stay text, long tokens unfolded)', async () => {
    const demo = await startDemo(NOW)
    await demo.emulator.stop()
    const items = demoCredentials(NOW)
    const specs = parseCredentialList({
      label: 'credentials',
      text: demo.values.credentials,
      fromFile: false,
      env: {}
    })
    expect(specs.map((s) => [s.name, s.token, s.email, s.username, s.gitUsername])).toEqual(
      items.map((c) => [c.name, c.token, c.email ?? '', c.username ?? '', c['git-username'] ?? ''])
    )
    expect(specs.map((s) => s.expiresAt?.toISOString().slice(0, 10))).toEqual(
      items.map((c) => c['expires-at'])
    )
    const lines = specs.map((s) => s.source?.line ?? 0)
    expect(lines[0]).toBe(1)
    expect(lines.every((line, i) => i === 0 || line > lines[i - 1])).toBe(true)
  })
})
