/** Bad input through dist/index.js: one titled error naming the input and the fix, exit 1, no stack. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BitbucketEmulator } from './emulator/emulator.js'
import { JDOE, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { leaks, runAction } from './helpers/run-bundle.js'

let emu: BitbucketEmulator
const dir = mkdtempSync(join(tmpdir(), 'bcc-inputs-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

beforeAll(async () => {
  emu = await new BitbucketEmulator(sampleWorld()).start()
})
afterAll(async () => {
  await emu.stop()
})

describe('bad input', () => {
  it.each([
    [
      'an unknown key, with the nearest valid one',
      { credentials: '- name: a\n  emial: x@example.com' },
      /credentials, item 1 \(line 2\): unknown key 'emial'\. Did you mean 'email'\?/
    ],
    [
      'malformed YAML',
      { credentials: '- name: [oops' },
      /credentials is not valid YAML \(line \d+\)/
    ],
    ['a mapping instead of a list', { credentials: 'name: a' }, /must be a YAML list/],
    [
      'an invalid date',
      { token: 'x', 'expires-at': '2026-02-30' },
      /Invalid expires-at: '2026-02-30'\. Expected a real date as YYYY-MM-DD/
    ],
    [
      'an invalid number',
      { token: 'x', 'warn-days': 'thirty' },
      /Invalid warn-days: 'thirty'\. Expected a whole number/
    ],
    [
      'an invalid boolean',
      { token: 'x', offline: 'maybe' },
      /Invalid offline: 'maybe'\. Expected true or false/
    ],
    [
      'an unknown purpose',
      { token: 'x', purpose: 'mirorr' },
      /Invalid purpose: 'mirorr'\. Did you mean 'mirror'\?/
    ],
    [
      'an unknown scope',
      { token: 'x', scopes: 'repositry:write' },
      /Invalid scope: 'repositry:write'\. Did you mean 'repository:write'\?/
    ],
    [
      'a bad repository',
      { token: 'x', repository: 'acme' },
      /Invalid repository: 'acme'\. Expected workspace\/repo-slug/
    ],
    [
      'plain http to a remote host',
      { token: 'x', 'api-url': 'http://api.example.com/2.0' },
      /Invalid api-url: .*plain http:\/\//
    ],
    [
      'an unreadable credentials-file',
      { 'credentials-file': '/nonexistent/creds.yml' },
      /credentials-file '\/nonexistent\/creds\.yml' cannot be read \(ENOENT\)/
    ],
    [
      'half of the admin API settings',
      { token: 'x', 'atlassian-org-id': 'org' },
      /atlassian-org-id and atlassian-admin-key go together/
    ]
  ])('%s', async (_label, inputs, message) => {
    const run = await runAction({ 'api-url': emu.apiUrl, ...inputs })
    expect(run.code).toBe(1)
    const errors = run.annotations('error')
    expect(errors).toHaveLength(1)
    expect(errors[0].properties.title).toBe('Bitbucket Credential Check: invalid input')
    expect(errors[0].message).toMatch(message)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\.js:\d+/)
  })

  it('a credentials-file variable that is not set names the variable and the line', async () => {
    const path = file(
      'missing-env.yml',
      '- name: deploy\n  email: jdoe@example.com\n  token-env: BB_DEPLOY_TOKEN\n'
    )
    const run = await runAction({ 'credentials-file': path })
    expect(run.code).toBe(1)
    expect(run.annotations('error')[0].message).toMatch(
      /item 1 \(line 3\): environment variable 'BB_DEPLOY_TOKEN' \(token-env\) is not set/
    )
  })

  it('a secret written into a credentials-file is refused', async () => {
    const path = file('literal.yml', '- name: deploy\n  token: ATATT3literal\n')
    const run = await runAction({ 'credentials-file': path })
    expect(run.annotations('error')[0].message).toMatch(
      /do not write secrets in the file; name an environment variable with 'token-env'/
    )
    expect(leaks(run, ['ATATT3literal'])).toEqual([])
  })

  it('a credentials-file reads secrets from the environment and checks them all', async () => {
    const path = file(
      'good.yml',
      [
        `- name: deploy`,
        `  email-env: BB_EMAIL`,
        `  token-env: BB_TOKEN`,
        `  expires-at: ${inDays(new Date(), 90)}`,
        `- name: forked-pr`,
        `  token-env: BB_EMPTY`
      ].join('\n')
    )
    const run = await runAction(
      { 'credentials-file': path, 'api-url': emu.apiUrl },
      { BB_EMAIL: JDOE.email, BB_TOKEN: SECRETS.healthy, BB_EMPTY: '' }
    )
    expect(run.report.credentials.map((c) => [c.name, c.verdict])).toEqual([
      ['deploy', 'valid'],
      ['forked-pr', 'skipped']
    ])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`::add-mask::${SECRETS.healthy}`)
    expect(leaks(run, [SECRETS.healthy])).toEqual([])
  })
})
