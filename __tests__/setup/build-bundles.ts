/**
 * Jest global setup: builds the action and CLI bundles from src/ into .test-build/, a staged copy
 * of the package, so end-to-end tests spawn the code under test, not the committed dist/.
 */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
// Jest loads global setup without the module name mapper, so this repeats helpers/bundle-paths.ts.
const BUILD_ROOT = join(process.cwd(), '.test-build')
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

async function build(entry: string, outDir: string): Promise<void> {
  await run(process.execPath, [ncc, 'build', entry, '-o', outDir, '-q'], {
    maxBuffer: 16 * 1024 * 1024
  })
}

export default async function buildBundles(): Promise<void> {
  rmSync(BUILD_ROOT, { recursive: true, force: true })
  mkdirSync(BUILD_ROOT, { recursive: true })
  for (const file of ['package.json', 'action.yml', 'README.md', 'LICENSE']) {
    copyFileSync(file, join(BUILD_ROOT, file))
  }
  await Promise.all([
    build('src/index.ts', join(BUILD_ROOT, 'dist')),
    build('src/cli.ts', join(BUILD_ROOT, 'dist', 'cli'))
  ])
}
