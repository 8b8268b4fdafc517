/** Settings of scheduled checks, and the credentials file's username-env and client-id-env. */
import { describe, expect, it } from '@jest/globals'
import { readSettings } from '../src/inputs/settings.js'

const read = (
  values: Record<string, string>,
  env: Record<string, string> = {},
  files: Record<string, string> = {}
) =>
  readSettings({
    get: (name) => values[name] ?? '',
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' })
      return files[path]
    },
    env,
    mask: () => {}
  })

const GITHUB = {
  GITHUB_REPOSITORY: 'acme/ops',
  GITHUB_RUN_ID: '42',
  GITHUB_SERVER_URL: 'https://github.example'
}

describe('credentials-file', () => {
  it('takes username and client-id from environment variables too', () => {
    const settings = read(
      { 'credentials-file': 'c.yml' },
      {
        BB_USER: 'jdoe',
        BB_APP: 'app-secret-value',
        BB_ID: 'K8sPq2Vx7mW4nR9t',
        BB_SECRET: 's3cret-consumer'
      },
      {
        'c.yml':
          '- name: legacy\n  username-env: BB_USER\n  token-env: BB_APP\n- name: consumer\n  client-id-env: BB_ID\n  client-secret-env: BB_SECRET\n'
      }
    )
    expect(settings.credentials.map((c) => [c.name, c.username, c.clientId])).toEqual([
      ['legacy', 'jdoe', ''],
      ['consumer', '', 'K8sPq2Vx7mW4nR9t']
    ])
  })

  it('an unset username-env variable is named', () => {
    expect(() =>
      read({ 'credentials-file': 'c.yml' }, {}, { 'c.yml': '- username-env: BB_USER\n' })
    ).toThrow(/environment variable 'BB_USER' \(username-env\) is not set/)
  })
})

describe('tracking settings', () => {
  it('defaults: the contract title, nobody assigned, no state file, the run linked', () => {
    const s = read({ token: 'x', 'tracking-issue': 'true', 'github-token': 'ghs_x' }, GITHUB)
    expect(s).toMatchObject({
      trackingIssueTitle: 'Bitbucket credentials need attention',
      trackingIssueAssignees: [],
      stateFile: '',
      github: {
        owner: 'acme',
        repo: 'ops',
        apiUrl: 'https://api.github.com',
        runUrl: 'https://github.example/acme/ops/actions/runs/42'
      }
    })
  })

  it('reads the title, the assignees (with or without @) and the state file', () => {
    const s = read({
      token: 'x',
      'tracking-issue-title': ' Staging credentials ',
      'tracking-issue-assignees': '@octocat, hubot\nmona-lisa',
      'state-file': ' .cache/state.json '
    })
    expect([s.trackingIssueTitle, s.trackingIssueAssignees, s.stateFile]).toEqual([
      'Staging credentials',
      ['octocat', 'hubot', 'mona-lisa'],
      '.cache/state.json'
    ])
  })

  it.each([
    [
      'a title over two lines',
      { 'tracking-issue-title': 'a\nb' },
      /tracking-issue-title: expected one line/
    ],
    [
      'a login with an underscore',
      { 'tracking-issue-assignees': 'octo_cat' },
      /tracking-issue-assignees entry 'octo_cat'/
    ],
    [
      'more than ten assignees',
      { 'tracking-issue-assignees': Array.from({ length: 11 }, (_, i) => `u${i}`).join(',') },
      /at most 10/
    ]
  ])('refuses %s, naming the input', (_, values, message) => {
    expect(() => read({ token: 'x', ...values })).toThrow(message)
  })

  it('tracking-issue outside a GitHub run asks for GITHUB_REPOSITORY', () => {
    expect(() => read({ token: 'x', 'tracking-issue': 'true', 'github-token': 'ghs_x' })).toThrow(
      /tracking-issue needs GITHUB_REPOSITORY/
    )
  })
})

describe('masking the direct secrets', () => {
  it('masks a secret stored with a trailing newline both as given and as used', () => {
    const values: Record<string, string> = {
      token: 'ATATT3xFfGF0tokenvalue\n',
      email: 'jdoe@example.com',
      'atlassian-org-id': 'org-1',
      'atlassian-admin-key': 'admin-key-value\n'
    }
    const masked: string[] = []
    readSettings({
      get: (name) => values[name] ?? '',
      readFile: () => '',
      env: {},
      mask: (secret) => masked.push(secret)
    })
    expect(masked).toEqual(
      expect.arrayContaining(['ATATT3xFfGF0tokenvalue', 'admin-key-value', 'admin-key-value\n'])
    )
  })
})
