/**
 * What a new user copies and installs: one canonical repository everywhere, pinned versions,
 * actions at their current majors, Marketplace-fit metadata, and workflow examples that a current
 * actionlint accepts (and a broken one that it rejects).
 */
import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { workflowBlocks } from '../scripts/markdown-blocks.mjs'
import { actionProblems, manifestProblems, REPOSITORY } from '../scripts/release-rules.mjs'

/** The current major of every action the README and the project's workflows use (2026-11). */
const CURRENT_MAJOR: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/upload-artifact': 'v7',
  'actions/cache': 'v5',
  [REPOSITORY]: 'v1'
}

const readme = readFileSync('README.md', 'utf8')
const workflowFiles = readdirSync('.github/workflows')
  .filter((f) => f.endsWith('.yml'))
  .map((f) => join('.github/workflows', f))
const sources: [string, string][] = [
  ['README.md', readme],
  ...workflowFiles.map((f): [string, string] => [f, readFileSync(f, 'utf8')])
]
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown> & {
  repository: { url: string }
  homepage: string
  bugs: { url: string }
}
const action = load(readFileSync('action.yml', 'utf8')) as { description: string; author: string }
const lint = async (files: string[]) => {
  try {
    const { stdout } = await promisify(execFile)('node', ['scripts/lint-workflows.mjs', ...files])
    return { code: 0, stdout }
  } catch (e) {
    const err = e as { code: number; stdout: string }
    return { code: err.code, stdout: err.stdout }
  }
}

describe('one canonical name, pinned versions', () => {
  it('package.json names the canonical repository in repository, homepage and bugs, with no dependencies', () => {
    expect(pkg.repository.url).toBe(`git+https://github.com/${REPOSITORY}.git`)
    expect(pkg.homepage).toBe(`https://github.com/${REPOSITORY}#readme`)
    expect(pkg.bugs.url).toBe(`https://github.com/${REPOSITORY}/issues`)
    expect(manifestProblems(pkg)).toEqual([])
  })

  it('action.yml: a Marketplace-fit description (under 125 characters) by the canonical owner', () => {
    expect(action.description.length).toBeLessThan(125)
    expect(actionProblems(action)).toEqual([])
  })

  it('no README example uses a placeholder owner', () => {
    expect(readme).not.toMatch(/your-org|my-org|<owner>|OWNER\//)
  })

  it('every npx of the CLI in the README pins the major version', () => {
    const npx = [...readme.matchAll(/npx (?:--yes )?bitbucket-credential-check(\S*)/g)]
    expect(npx.length).toBeGreaterThanOrEqual(3)
    expect(npx.map((m) => m[1]).filter((v) => v !== '@1')).toEqual([])
    expect(readme).not.toMatch(/npx bitbucket-credential-check/)
  })

  it('every action used in the README and the workflows is at its current major', () => {
    const uses = sources.flatMap(([file, text]) =>
      [...text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@([\w.-]+)/g)].map((m) => ({
        file,
        action: m[1],
        ref: m[2]
      }))
    )
    expect(uses.length).toBeGreaterThan(5)
    expect(uses.filter((u) => CURRENT_MAJOR[u.action] !== u.ref)).toEqual([])
    expect(uses.some((u) => u.file === 'README.md' && u.action === REPOSITORY)).toBe(true)
  })
})

describe('workflow examples', () => {
  it('every GitHub workflow in the README is complete: name, on, permissions', () => {
    const blocks = workflowBlocks(readme)
    expect(blocks.length).toBeGreaterThanOrEqual(3)
    for (const block of blocks) {
      const doc = load(block.text) as Record<string, unknown>
      expect([block.line, 'name' in doc, 'on' in doc, 'permissions' in doc]).toEqual([
        block.line,
        true,
        true,
        true
      ])
    }
  })

  it('actionlint passes the project workflows and the README examples', async () => {
    const result = await lint([])
    expect(result.stdout).toMatch(/actionlint: \d+ workflow\(s\) checked, 0 problem\(s\)/)
    expect(result.code).toBe(0)
  })

  it('the linter is current: it flags a missing on:, accepts vars, and reports README lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bcc-lint-'))
    const job = 'jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$X"\n'
    const md = join(dir, 'EXAMPLE.md')
    writeFileSync(
      md,
      [
        '# Example',
        '',
        '```yaml',
        'name: no trigger',
        'permissions:',
        '  contents: read',
        job + '```',
        '',
        '```yaml',
        'name: fine',
        'on: push',
        'permissions:',
        '  contents: read',
        job + '        env:\n          X: ${{ vars.SOMETHING }}',
        '```',
        '',
        '```yaml',
        '- a: list, not a workflow',
        '```',
        ''
      ].join('\n')
    )
    const result = await lint([md])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('EXAMPLE.md:4:1: "on" section is missing in workflow')
    expect(result.stdout).toContain('2 workflow(s) checked, 1 problem(s)')
  })

  it('a workflow that does not state its permissions is flagged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bcc-lint-'))
    const file = join(dir, 'w.yml')
    writeFileSync(
      file,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n'
    )
    const result = await lint([file])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/w\.yml:1:1: no "permissions:"/)
  })
})
