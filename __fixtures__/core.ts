/** A typed stand-in for @actions/core, so mocks stay type-checked (as in actions/typescript-action). */
import { jest } from '@jest/globals'
import type * as core from '@actions/core'

export const inputs: Record<string, string> = {}
export const getInput = jest.fn<typeof core.getInput>((name) => inputs[name] ?? '')
export const setSecret = jest.fn<typeof core.setSecret>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const error = jest.fn<typeof core.error>()
export const warning = jest.fn<typeof core.warning>()
export const notice = jest.fn<typeof core.notice>()
export const debug = jest.fn<typeof core.debug>()
export const info = jest.fn<typeof core.info>()

const summaryWrite = jest.fn(() => Promise.resolve(summary))
export const summary = {
  addRaw: jest.fn(() => summary),
  write: summaryWrite
} as unknown as typeof core.summary

export const ExitCode = { Success: 0, Failure: 1 }

/** The action's own runner commands (src/runner/runner-commands.ts), reading and masking here. */
export const runnerCommands = {
  getInput: (name: string) => getInput(name),
  setSecret
}
