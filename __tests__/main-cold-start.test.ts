/**
 * The action's cold start: the check is on its way before @actions/core (and with it undici and
 * the renderers) loads, and every secret is masked before the check starts.
 */
import { expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import { buildReport } from '../src/core/report.js'

const events: string[] = []
jest.unstable_mockModule('@actions/core', () => {
  events.push('@actions/core loaded')
  return core
})
jest.unstable_mockModule('../src/runner/runner-commands.js', () => ({
  getInput: core.runnerCommands.getInput,
  setSecret: (secret: string) => events.push(`mask ${secret}`)
}))
jest.unstable_mockModule('../src/check/run-check.js', () => ({
  runCheck: () => {
    events.push('check started')
    return Promise.resolve(buildReport([], new Date()))
  }
}))
const { run } = await import('../src/main.js')

it('masks the secret, starts the check, and only then loads @actions/core to report', async () => {
  const secret = 'ATATT3xFfGF0' + 'a'.repeat(50)
  Object.assign(core.inputs, { token: secret, email: 'jdoe@example.com' })
  await run()
  expect(events.slice(0, 3)).toEqual([`mask ${secret}`, 'check started', '@actions/core loaded'])
  expect(core.setOutput).toHaveBeenCalledWith('status', 'ok')
  process.exitCode = undefined
})
