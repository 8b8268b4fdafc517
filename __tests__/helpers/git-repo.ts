/** A real bare repository with one commit, in a temp project root for git http-backend. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  }).toString()

export function makeProjectRoot(repositories: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'bcc-git-'))
  const work = join(root, '.work')
  mkdirSync(work)
  git(work, 'init', '-q', '-b', 'main')
  writeFileSync(join(work, 'README.md'), 'hello\n')
  git(work, 'add', '.')
  git(work, 'commit', '-q', '-m', 'first')
  for (const full of repositories) {
    const [ws] = full.split('/')
    mkdirSync(join(root, ws), { recursive: true })
    git(root, 'clone', '-q', '--bare', work, `${full}.git`)
    git(join(root, `${full}.git`), 'config', 'http.receivepack', 'true')
  }
  return root
}

export { git }
