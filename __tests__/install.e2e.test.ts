/**
 * The packed package installs as a user installs it, with nothing but its tarball: an empty folder,
 * a fresh empty npm cache and --offline (so any dependency would fail to install), then the
 * installed bin runs --version and --demo.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { BUILD_ROOT } from './helpers/bundle-paths.js'

const run = promisify(execFile)
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
let project: string
let bin: string
let installLog: string

/** Runs the installed bin; returns its exit code and output (a non-zero exit is a result here). */
async function runBin(args: string[]) {
  try {
    const { stdout, stderr } = await run(bin, args, {
      cwd: project,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      timeout: 30_000
    })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'bcc-install-'))
  const { stdout } = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
    { cwd: BUILD_ROOT, timeout: 60_000 }
  )
  const tarball = join(work, (JSON.parse(stdout) as { filename: string }[])[0].filename)
  project = join(work, 'project')
  const cache = join(work, 'empty-cache')
  mkdirSync(project)
  mkdirSync(cache)
  // Its own package.json, so npm installs here and not into a package found further up.
  writeFileSync(join(project, 'package.json'), '{"name": "install-probe", "private": true}\n')
  const installed = await run(
    'npm',
    [
      'install',
      '--offline',
      '--cache',
      cache,
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      tarball
    ],
    { cwd: project, timeout: 120_000 }
  )
  installLog = installed.stdout + installed.stderr
  bin = join(project, 'node_modules', '.bin', 'bitbucket-credential-check')
}, 180_000)

describe('the packed package, installed from its tarball alone', () => {
  it('installs offline with a fresh empty cache: one package, no dependencies', () => {
    expect(installLog).toMatch(/added 1 package/)
    expect(readdirSync(join(project, 'node_modules')).sort()).toEqual([
      '.bin',
      '.package-lock.json',
      'bitbucket-credential-check'
    ])
    expect(existsSync(bin)).toBe(true)
  })

  it('the installed bin prints its version', async () => {
    const r = await runBin(['--version'])
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toContain(pkg.version)
  })

  it('the installed bin runs the demo: labelled, every sample checked, exit 1 for its failing samples', async () => {
    const r = await runBin(['--demo'])
    expect(r.stdout).toMatch(
      /^DEMO: sample credentials checked against the built-in Bitbucket emulator/
    )
    expect(r.stdout).toMatch(/deploy \(healthy API token\)\s+Atlassian API token\s+valid\b.*\bok\b/)
    expect(r.stdout).toMatch(/legacy-ci \(app password\)\s+app password\s+removed\b.*\bfailure\b/)
    expect(r.stdout).toMatch(/copy-paste \(truncated secret\).*\bmalformed\b/)
    expect(r.code).toBe(1)
  })
})
