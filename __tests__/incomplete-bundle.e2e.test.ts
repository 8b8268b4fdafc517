/**
 * An action whose reporting chunk is missing (a half-copied dist/, a bad cache) still ends with
 * one clear error, a failing step and no stack trace, and never echoes the secret.
 */
import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ACTION_BUNDLE } from './helpers/bundle-paths.js'
import { parseCommands } from './helpers/run-bundle.js'
import { spawnCollect } from './helpers/spawn-collect.js'
import { makeApiToken } from '../src/emulator/tokens.js'

/** A copy of the built action without the chunk that holds the reporting side. */
function bundleWithoutReporting(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bcc-incomplete-'))
  cpSync(dirname(ACTION_BUNDLE), dir, { recursive: true })
  const chunks = readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f))
  const reporting = chunks.filter((f) =>
    readFileSync(join(dir, f), 'utf8').includes('reportFailure')
  )
  expect(reporting).toHaveLength(1)
  rmSync(join(dir, reporting[0]))
  return join(dir, 'index.js')
}

describe('an action bundle without its reporting chunk', () => {
  const bundle = bundleWithoutReporting()
  const token = makeApiToken('incomplete')

  it.each([
    ['a run that reaches its report', { INPUT_OFFLINE: 'true' }],
    ['a run with bad input', { 'INPUT_WARN-DAYS': 'soon' }]
  ])('%s fails the step with one error naming the fix, no stack trace', async (_label, inputs) => {
    const { code, stdout, stderr } = await spawnCollect(bundle, [], {
      PATH: process.env.PATH ?? '',
      INPUT_TOKEN: token,
      INPUT_EMAIL: 'jdoe@example.com',
      ...inputs
    })
    const errors = parseCommands(stdout).filter((c) => c.command === 'error')
    expect(code).toBe(1)
    expect(errors).toHaveLength(1)
    expect(errors[0].properties.title).toBe(
      'Bitbucket Credential Check: the action could not report'
    )
    expect(errors[0].message).toMatch(/use a release tag .*@v1\) or rebuild dist\//)
    expect(`${stdout}${stderr}`).not.toMatch(/^\s+at /m)
    expect(stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(token)
    expect(stderr).not.toContain(token)
  })
})
