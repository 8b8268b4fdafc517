/**
 * Test machinery stays out of the product: the CLI bundles (the entry and every chunk ncc splits
 * off, such as the --demo's) carry neither the `git http-backend` spawner nor the fault injector.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { CLI_BUNDLE } from './helpers/bundle-paths.js'

const CLI_DIR = dirname(CLI_BUNDLE)
const bundleFiles = () =>
  readdirSync(CLI_DIR)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(CLI_DIR, name))

describe('the CLI bundle', () => {
  it('is built as the entry plus chunks', () => {
    expect(bundleFiles()).toContain(CLI_BUNDLE)
  })

  it.each(['http-backend', 'evil.example.com'])('contains no %s', (marker) => {
    const files = bundleFiles()
    expect(files.length).toBeGreaterThan(1)
    expect(files.filter((file) => readFileSync(file, 'utf8').includes(marker))).toEqual([])
  })

  it('loads the demo only through a dynamic import', () => {
    const entry = readFileSync(CLI_BUNDLE, 'utf8')
    expect(entry).not.toContain('BitbucketEmulatorCore')
  })
})
