/** Golden files: rendered text pinned in __tests__/__golden__/, rewritten with UPDATE_GOLDEN=1 (then review the diff). */
import { expect } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function expectGolden(file: string, actual: string): void {
  const path = join('__tests__', '__golden__', file)
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual)
  if (!existsSync(path))
    throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 and review it.`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
