/** The package (staged from src/ by the global setup): its bin is bundled, executable, and inside what `npm pack` ships. */
import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { BUILD_ROOT } from './helpers/bundle-paths.js'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  bin: Record<string, string>
  files: string[]
}

describe('the package', () => {
  it('names the CLI bin bitbucket-credential-check, a bundled executable with a node shebang', () => {
    const bin = pkg.bin['bitbucket-credential-check']
    expect(bin).toBe('dist/cli/index.js')
    expect(readFileSync(join(BUILD_ROOT, bin), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(
      true
    )
    expect(statSync(join(BUILD_ROOT, bin)).mode & 0o111).not.toBe(0)
  })

  it('npm pack ships the action and CLI bundles, action.yml, README and LICENSE', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['pack', '--dry-run', '--json', '--ignore-scripts'],
      { timeout: 60_000, cwd: BUILD_ROOT }
    )
    const files = (JSON.parse(stdout) as { files: { path: string }[] }[])[0].files.map(
      (f) => f.path
    )
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/cli/index.js',
        'dist/cli/package.json',
        'action.yml',
        'README.md',
        'LICENSE'
      ])
    )
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('__tests__/'))).toBe(false)
  })
})
