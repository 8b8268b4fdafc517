/**
 * The README's mirror workflow, run as written: its push step's exact script, after a checkout made
 * as actions/checkout makes it, pushing through the emulator's real git http-backend. Nothing on
 * the target is deleted or overwritten, and no refs/remotes/* junk reaches it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BitbucketEmulator } from './emulator/emulator.js'
import { REPO, SECRETS, sampleWorld } from '../src/emulator/sample-world.js'
import { workflowBlocks } from '../scripts/markdown-blocks.mjs'
import { git, makeProjectRoot } from './helpers/git-repo.js'

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, { steps: Step[] }>
}

/** The README workflow whose job is named `mirror`, and its checkout and push steps. */
function readmeMirror(): { checkout: Step; push: Step } {
  const blocks = workflowBlocks(readFileSync('README.md', 'utf8'))
  const workflows = blocks.map((b) => load(b.text) as Workflow).filter((w) => w.jobs.mirror)
  expect(workflows).toHaveLength(1)
  const steps = workflows[0].jobs.mirror.steps
  const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'))
  const push = steps.find((s) => s.run?.includes('git') && s.run.includes('push'))
  if (!checkout || !push)
    throw new Error('the README mirror workflow lost its checkout or push step')
  return { checkout, push }
}

const { checkout, push } = readmeMirror()
let emu: BitbucketEmulator
let root: string // the emulator's Git project root: root/acme/web.git is "Bitbucket"
let scratch: string
let source: string // the GitHub repository (bare)
let target: string
let firstCommit: string
/** The recipe the README had before: `git push --mirror` (authenticated as the new one is). */
const OLD_RECIPE = `git -c credential.helper='!f() { echo username=x-bitbucket-api-token-auth; echo "password=$BITBUCKET_TOKEN"; }; f' push --mirror "$MIRROR_URL"\n`

/** All refs of a repository: name → object id (annotated tags keep their tag object's id). */
function refs(repo: string): Record<string, string> {
  const out = git(repo, 'for-each-ref', '--format=%(refname) %(objectname)').trim()
  return Object.fromEntries(out ? out.split('\n').map((l) => l.split(' ') as [string, string]) : [])
}

/** A commit on a new or existing branch of a bare repository, made through a work clone. */
function commitOn(repo: string, branch: string, file: string, from = 'main'): void {
  const work = mkdtempSync(join(scratch, 'work-'))
  git(work, 'clone', '-q', repo, '.')
  git(work, 'checkout', '-q', '-B', branch, `origin/${from}`)
  writeFileSync(join(work, file), `${file}\n`)
  git(work, 'add', '.')
  git(work, 'commit', '-q', '-m', `${file} on ${branch}`)
  git(work, 'push', '-q', '--force', 'origin', `HEAD:refs/heads/${branch}`)
}

/** A runner workspace as actions/checkout leaves it for a push to main. */
function checkoutLikeActions(depth: number | 'full', withOriginHead = false): string {
  const ws = mkdtempSync(join(scratch, 'runner-'))
  git(ws, 'init', '-q')
  git(ws, 'remote', 'add', 'origin', source)
  const shallow = depth === 'full' ? [] : [`--depth=${depth}`]
  const refspecs =
    depth === 'full'
      ? ['+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*']
      : ['+refs/heads/main:refs/remotes/origin/main']
  git(ws, 'fetch', '-q', '--prune', '--no-recurse-submodules', ...shallow, 'origin', ...refspecs)
  git(ws, 'checkout', '-q', '--force', '-B', 'main', 'refs/remotes/origin/main')
  if (withOriginHead) git(ws, 'remote', 'set-head', 'origin', 'main')
  return ws
}

/** Runs a step script as the runner does (bash -eo pipefail), with the step's env resolved. */
async function runStep(ws: string, script: string, token = SECRETS.healthy) {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: mkdtempSync(join(scratch, 'home-')),
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    BITBUCKET_TOKEN: token,
    MIRROR_URL: `${emu.url}/${REPO}.git`
  }
  const file = join(ws, '..', `step-${Date.now()}.sh`)
  writeFileSync(file, script)
  // Asynchronous: the emulator that serves the push runs in this process.
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd: ws,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr.on('data', (d: Buffer) => (output += d.toString()))
  const timer = setTimeout(() => child.kill(), 60_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  return { code, output }
}

/** What a push did to the target: refs it deleted or changed, and refs it should never have. */
function damage(before: Record<string, string>, after: Record<string, string>) {
  return {
    deleted: Object.keys(before).filter((r) => !(r in after)),
    overwritten: Object.keys(before).filter((r) => r in after && after[r] !== before[r]),
    junk: Object.keys(after).filter(
      (r) => !/^refs\/(heads|tags)\//.test(r) || r === 'refs/heads/HEAD'
    )
  }
}

beforeAll(async () => {
  root = makeProjectRoot([REPO])
  firstCommit = git(join(root, `${REPO}.git`), 'rev-parse', 'refs/heads/main').trim()
  emu = await new BitbucketEmulator({ ...sampleWorld(), gitProjectRoot: root }).start()
})
afterAll(async () => {
  await emu.stop()
  rmSync(root, { recursive: true, force: true })
})
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bcc-mirror-'))
  target = join(root, `${REPO}.git`)
  // Reset "Bitbucket" to its first commit on main, then give it refs that only it has.
  for (const ref of Object.keys(refs(target)).filter((r) => r !== 'refs/heads/main'))
    git(target, 'update-ref', '-d', ref)
  git(target, 'update-ref', 'refs/heads/main', firstCommit)
  source = join(scratch, 'github.git')
  git(scratch, 'clone', '-q', '--bare', target, source)
  commitOn(target, 'bitbucket-only', 'bb.txt')
  git(target, 'tag', 'bitbucket-only-tag', 'refs/heads/bitbucket-only')
  // GitHub: main moves on, three more branches, a lightweight and an annotated tag.
  commitOn(source, 'main', 'two.txt')
  commitOn(source, 'feature/login', 'login.txt')
  commitOn(source, 'release/1.x', 'release.txt')
  commitOn(source, 'docs', 'docs.txt')
  git(source, 'tag', 'v0.9.0', 'refs/heads/release/1.x')
  git(source, 'tag', '-a', '-m', 'one', 'v1.0.0', 'refs/heads/main')
})

describe('the README mirror recipe', () => {
  it('checks out every branch and tag (fetch-depth 0) and pushes with the secret and a bitbucket.org URL', () => {
    expect(checkout.with?.['fetch-depth']).toBe(0)
    expect(push.env).toEqual({
      BITBUCKET_TOKEN: '${{ secrets.BITBUCKET_API_TOKEN }}',
      MIRROR_URL: 'https://bitbucket.org/acme/web.git'
    })
    const commands = (push.run ?? '').replace(/^\s*#.*$/gm, '')
    expect(commands).not.toMatch(/--mirror|--prune|--force|\+refs/)
  })

  it('pushes every branch and tag, deletes nothing, and sends no refs/remotes junk', async () => {
    const ws = checkoutLikeActions('full', true)
    const before = refs(target)
    const run = await runStep(ws, push.run ?? '')
    expect(run.output).not.toContain(SECRETS.healthy)
    expect(run.code).toBe(0)
    const after = refs(target)
    const github = refs(source)
    expect(damage(before, after)).toEqual({
      deleted: [],
      overwritten: ['refs/heads/main'], // fast-forwarded to GitHub's main, as it should be
      junk: []
    })
    expect(after).toEqual({
      ...github,
      'refs/heads/bitbucket-only': before['refs/heads/bitbucket-only'],
      'refs/tags/bitbucket-only-tag': before['refs/tags/bitbucket-only-tag']
    })
    expect(git(target, 'cat-file', '-t', 'refs/tags/v1.0.0').trim()).toBe('tag')
    // A second run changes nothing and still succeeds.
    expect((await runStep(ws, push.run ?? '')).code).toBe(0)
    expect(refs(target)).toEqual(after)
  })

  it('refuses to overwrite a rewritten branch and names it, while the other refs still go through', async () => {
    expect((await runStep(checkoutLikeActions('full'), push.run ?? '')).code).toBe(0)
    const before = refs(target)
    commitOn(source, 'feature/login', 'rewritten.txt', 'docs') // a force push on GitHub
    commitOn(source, 'hotfix', 'hotfix.txt')
    const run = await runStep(checkoutLikeActions('full'), push.run ?? '')
    expect(run.code).not.toBe(0)
    expect(run.output).toMatch(/\[rejected\] +origin\/feature\/login -> feature\/login/)
    const after = refs(target)
    expect(after['refs/heads/feature/login']).toBe(before['refs/heads/feature/login'])
    expect(after['refs/heads/hotfix']).toBe(refs(source)['refs/heads/hotfix'])
    expect(damage(before, after)).toEqual({ deleted: [], overwritten: [], junk: [] })
  })

  it('stops before pushing from a shallow checkout', async () => {
    const before = refs(target)
    const run = await runStep(checkoutLikeActions(1), push.run ?? '')
    expect(run.code).not.toBe(0)
    expect(refs(target)).toEqual(before)
  })

  it('fails, without prompting, when Bitbucket rejects the token', async () => {
    const before = refs(target)
    const run = await runStep(checkoutLikeActions('full'), push.run ?? '', SECRETS.readOnly)
    expect(run.code).not.toBe(0)
    expect(run.output).toMatch(/403|401|denied|Authentication failed|unable to access/i)
    expect(refs(target)).toEqual(before)
  })

  it('control: the old `git push --mirror` recipe is caught deleting branches and pushing refs/remotes', async () => {
    const before = refs(target)
    const run = await runStep(checkoutLikeActions('full'), OLD_RECIPE)
    expect(run.code).toBe(0)
    const harm = damage(before, refs(target))
    expect(harm.deleted).toEqual(
      expect.arrayContaining(['refs/heads/bitbucket-only', 'refs/tags/bitbucket-only-tag'])
    )
    expect(harm.junk).toEqual(expect.arrayContaining(['refs/remotes/origin/feature/login']))
  })
})
