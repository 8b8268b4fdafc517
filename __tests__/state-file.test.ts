/** The state file: read within a size bound, every problem a warning; written whole or not at all. */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readStateFile, writeStateFile } from '../src/tracking/state-file.js'
import type { State } from '../src/tracking/state.js'
import { NOW, fp } from './helpers/tracking.js'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'state-file-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const STATE: State = {
  [fp(1)]: {
    name: 'deploy',
    firstSeenValid: '2026-01-01T00:00:00.000Z',
    lastVerdict: 'valid',
    lastStatus: 'ok',
    lastSeen: '2026-11-27T00:00:00.000Z',
    stage: 1
  }
}

describe('readStateFile', () => {
  it('no file yet (the first run): no history, no warning', () => {
    expect(readStateFile(join(dir, 'absent.json'), NOW)).toEqual({ state: {}, warnings: [] })
  })

  it('a file past 5 MB is not read', () => {
    const path = join(dir, 'big.json')
    writeFileSync(path, ' '.repeat(5 * 1024 * 1024 + 1))
    expect(readStateFile(path, NOW)).toEqual({
      state: {},
      warnings: [`state-file ${path}: larger than 5 MB, so not a state file; ignored.`]
    })
  })

  it('a device that never ends (/dev/zero reports size 0) is read only up to the bound', () => {
    expect(readStateFile('/dev/zero', NOW)).toEqual({
      state: {},
      warnings: ['state-file /dev/zero: larger than 5 MB, so not a state file; ignored.']
    })
  })

  it('a file of exactly 5 MB is read (and here found not to be JSON)', () => {
    const path = join(dir, 'edge.json')
    writeFileSync(path, 'x'.repeat(5 * 1024 * 1024))
    expect(readStateFile(path, NOW).warnings).toEqual([
      `state-file ${path}: not valid JSON; starting from no history.`
    ])
  })

  it('a path that cannot be read names the error code', () => {
    expect(readStateFile(dir, NOW)).toEqual({
      state: {},
      warnings: [`state-file ${dir}: cannot be read (EISDIR); starting from no history.`]
    })
  })
})

describe('writeStateFile', () => {
  it('round-trips through a schema-versioned document and leaves no temporary file', () => {
    const path = join(dir, 'nested', 'state.json')
    writeStateFile(path, STATE)
    const text = readFileSync(path, 'utf8')
    expect([
      JSON.parse(text),
      text.endsWith('\n'),
      readdirSync(join(dir, 'nested')),
      readStateFile(path, NOW)
    ]).toEqual([
      { schema: 'bitbucket-credential-check/state', version: 2, entries: STATE },
      true,
      ['state.json'],
      { state: STATE, warnings: [] }
    ])
  })

  it('a rename that fails throws, and the temporary file is removed', () => {
    const path = join(dir, 'state.json')
    mkdirSync(join(path, 'in-the-way'), { recursive: true })
    expect(() => writeStateFile(path, STATE)).toThrow(/EISDIR|ENOTEMPTY|EEXIST/)
    expect(readdirSync(dir)).toEqual(['state.json'])
  })
})
