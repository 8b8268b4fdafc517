/** action.yml, the README and the code agree with the contract: inputs, outputs, codes, purposes. */
import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import { readFileSync } from 'node:fs'
import { FINDINGS } from '../src/core/findings.js'
import { PURPOSES } from '../src/core/purposes.js'
import { DEFAULTS, SETTING_KEYS } from '../src/inputs/settings.js'
import { outputsFor } from '../src/report/outputs.js'

const CONTRACT_CODES = [
  'app-password-removed',
  'legacy-token-format',
  'checksum-mismatch',
  'empty-secret',
  'whitespace-trimmed',
  'credential-rejected',
  'wrong-identity',
  'missing-scopes',
  'excess-scopes',
  'read-user-scope-missing',
  'repository-unreachable',
  'expired',
  'expires-soon',
  'expires-in',
  'expiry-unknown',
  'git-auth-failed',
  'git-username-wrong',
  'indeterminate',
  'rate-limited',
  'data-center-token',
  'consumer-mismatch',
  'consumer-unsupported'
]
const CONTRACT_OUTPUTS = [
  'status',
  'report',
  'type',
  'scopes',
  'expires-at',
  'days-left',
  'checked',
  'failures',
  'warnings',
  'soonest-name',
  'soonest-expires-at',
  'soonest-days-left',
  'tracking-issue-url'
]

const action = load(readFileSync('action.yml', 'utf8')) as {
  name: string
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}
const readme = readFileSync('README.md', 'utf8')

describe('the contract', () => {
  it('action.yml runs dist/index.js on node24 under the contract name', () => {
    expect(action).toMatchObject({
      name: 'Bitbucket Credential Check',
      runs: { using: 'node24', main: 'dist/index.js' }
    })
  })

  it('action.yml declares exactly the settings the code reads, each described, with the contract defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...SETTING_KEYS].sort())
    for (const [name, input] of Object.entries(action.inputs))
      expect([name, input.description.length > 10]).toEqual([name, true])
    for (const [name, value] of Object.entries(DEFAULTS))
      expect([name, String(action.inputs[name].default)]).toEqual([name, value])
  })

  it('action.yml declares the contract outputs, and the code writes exactly those', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...CONTRACT_OUTPUTS].sort())
    const written = outputsFor({
      status: 'ok',
      checkedAt: '2026-11-28T10:00:00.000Z',
      credentials: []
    })
    expect(Object.keys(written).sort()).toEqual([...CONTRACT_OUTPUTS].sort())
  })

  it('the code knows exactly the contract finding codes', () => {
    expect(Object.keys(FINDINGS).sort()).toEqual([...CONTRACT_CODES].sort())
  })

  it('the README documents every input, output, finding code and purpose', () => {
    const missing = [
      ...SETTING_KEYS,
      ...CONTRACT_OUTPUTS,
      ...CONTRACT_CODES,
      ...Object.keys(PURPOSES)
    ].filter((k) => !readme.includes(`\`${k}\``))
    expect(missing).toEqual([])
  })

  it('the README purpose table matches the purpose table in the code', () => {
    for (const [name, row] of Object.entries(PURPOSES)) {
      const line =
        readme.split('\n').find((l) => new RegExp(`^\\|\\s*\`${name}\`\\s*\\|`).test(l)) ?? ''
      expect([
        name,
        row.granular.every((s) => line.includes(s)),
        row.classic.every((s) => line.includes(s))
      ]).toEqual([name, true, true])
    }
  })
})
