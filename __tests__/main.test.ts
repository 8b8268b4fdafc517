/** run() in-process with a typed @actions/core stand-in: the adapter's own paths. */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../src/runner/runner-commands.js', () => core.runnerCommands)
const { run } = await import('../src/main.js')

const SECRET = 'ATATT3xFfGF0' + 'a'.repeat(50)

beforeEach(() => {
  for (const key of Object.keys(core.inputs)) delete core.inputs[key]
  process.exitCode = undefined
})
afterEach(() => {
  process.exitCode = undefined
})

describe('run()', () => {
  it('bad input: one titled error, a failing exit, and never setFailed (no second, untitled error)', async () => {
    Object.assign(core.inputs, { token: SECRET, 'warn-days': 'soon' })
    await run()
    expect(core.error).toHaveBeenCalledTimes(1)
    expect(core.error.mock.calls[0]).toEqual([
      "Invalid warn-days: 'soon'. Expected a whole number from 0 to 3650.",
      { title: 'Bitbucket Credential Check: invalid input' }
    ])
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(process.exitCode).toBe(1)
  })

  it('masks the secret before anything else happens, and an offline check reports through outputs', async () => {
    Object.assign(core.inputs, {
      token: SECRET,
      email: 'jdoe@example.com',
      offline: 'true',
      name: 'offline'
    })
    await run()
    expect(core.setSecret).toHaveBeenCalledWith(SECRET)
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.setOutput.mock.invocationCallOrder[0]
    )
    const outputs = Object.fromEntries(core.setOutput.mock.calls.map(([k, v]) => [k, String(v)]))
    expect(outputs.status).toBe('failure')
    expect(JSON.parse(outputs.report)).toMatchObject({
      credentials: [{ name: 'offline', verdict: 'malformed' }]
    })
    expect(JSON.stringify(core.setOutput.mock.calls)).not.toContain(SECRET)
    expect(process.exitCode).toBe(1)
  })

  it('an unexpected error is one titled error that says what to do, with secrets redacted', async () => {
    Object.assign(core.inputs, { token: SECRET, offline: 'true' })
    core.setOutput.mockImplementationOnce(() => {
      throw new Error(`disk full while writing ${SECRET}`)
    })
    await run()
    const [message, props] = core.error.mock.calls[core.error.mock.calls.length - 1]
    expect(props).toEqual({ title: 'Bitbucket Credential Check: unexpected error' })
    expect(String(message)).toMatch(/^disk full while writing \*\*\*\. .*re-run the job/)
    expect(process.exitCode).toBe(1)
  })
})
