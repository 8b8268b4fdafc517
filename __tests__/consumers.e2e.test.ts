/**
 * Consumer profiles through the action bundle: for each tool, a pair that works as that tool
 * sends it and its best-known trap, asserting the requests replayed and the finding's wording.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { BitbucketEmulator, type LoggedRequest } from './emulator/emulator.js'
import { CONSUMER, JDOE, REPO, SECRETS, inDays, sampleWorld } from '../src/emulator/sample-world.js'
import { makeApiToken } from '../src/emulator/tokens.js'
import { makeProjectRoot } from './helpers/git-repo.js'
import { runAction, type ActionRun } from './helpers/run-bundle.js'
import { runCli } from './helpers/run-cli.js'

/** An API token with the scopes Atlantis and Jenkins replay (pull requests, workspace). */
const FULL = makeApiToken('consumer-full')
let emu: BitbucketEmulator

beforeAll(async () => {
  const world = sampleWorld()
  world.tokens = [
    ...(world.tokens ?? []),
    {
      secret: FULL,
      kind: 'api-token',
      account: JDOE,
      scopes: [
        'read:user:bitbucket',
        'read:repository:bitbucket',
        'read:pullrequest:bitbucket',
        'read:workspace:bitbucket'
      ]
    }
  ]
  emu = await new BitbucketEmulator({ ...world, gitProjectRoot: makeProjectRoot([REPO]) }).start()
})
afterAll(async () => {
  await emu.stop()
})

interface Consumer {
  name: string
  works: boolean | null
  checked: string[]
  settings: string
}

/** Runs one credential with a consumer; returns the run, its consumer object and its requests. */
async function check(inputs: Record<string, string>) {
  const before = emu.requests.length
  const run = await runAction({
    'api-url': emu.apiUrl,
    'git-url': emu.url,
    'oauth-url': emu.oauthUrl,
    'timeout-seconds': '10',
    'expires-at': inDays(new Date(), 120),
    repository: REPO,
    ...inputs
  })
  const requests = emu.requests.slice(before)
  const consumer = run.report.credentials[0]?.consumer as Consumer
  return { run, consumer, requests }
}

const sent = (requests: LoggedRequest[], path: string | RegExp, scheme: string, user = '') =>
  requests.some(
    (r) =>
      (typeof path === 'string' ? r.path.split('?')[0] === path : path.test(r.path)) &&
      r.scheme === scheme &&
      r.user === user
  )
const gitAs = (requests: LoggedRequest[], user: string) =>
  sent(requests, /^\/acme\/web\.git\/info\/refs\?service=git-upload-pack$/, 'basic', user)
const mismatch = (run: ActionRun) =>
  run.report.credentials[0].findings.filter((f) => f.code === 'consumer-mismatch')
const codes = (run: ActionRun) => run.codes(0)

describe('consumer profiles', () => {
  it('without consumer the report carries consumer: null', async () => {
    const { consumer } = await check({ token: SECRETS.healthy, email: JDOE.email })
    expect(consumer).toBeNull()
  })

  it('git: an API token works as x-bitbucket-api-token-auth in the clone URL', async () => {
    const { consumer, requests } = await check({
      consumer: 'git',
      token: SECRETS.healthy,
      username: 'x-bitbucket-api-token-auth'
    })
    expect(consumer.works).toBe(true)
    expect(consumer.checked).toEqual(['git-upload-pack as x-bitbucket-api-token-auth'])
    expect(gitAs(requests, 'x-bitbucket-api-token-auth')).toBe(true)
  })

  it('git: the email in the clone URL fails and names the clone URL username', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'git',
      token: SECRETS.healthy,
      email: JDOE.email,
      username: JDOE.email
    })
    expect(consumer.works).toBe(false)
    expect(gitAs(requests, JDOE.email)).toBe(true)
    expect(mismatch(run)[0].message).toContain('as the username in the clone URL')
    expect(run.code).toBe(1)
  })

  it('rest: curl -u email:token works on /2.0/user and the repository', async () => {
    const { consumer, requests } = await check({
      consumer: 'rest',
      token: SECRETS.healthy,
      username: JDOE.email
    })
    expect(consumer.works).toBe(true)
    expect(sent(requests, '/2.0/user', 'basic', JDOE.email)).toBe(true)
    expect(sent(requests, '/2.0/repositories/acme/web', 'basic', JDOE.email)).toBe(true)
  })

  it('rest: curl -u username:token is refused and the fix names -u with the email', async () => {
    const { run, consumer } = await check({
      consumer: 'rest',
      token: SECRETS.healthy,
      email: JDOE.email,
      username: JDOE.username
    })
    expect(consumer.works).toBe(false)
    expect(mismatch(run)[0].message).toContain('`-u "<your Atlassian email>:<token>"`')
  })

  it('renovate: email in username + API token in password, Git as x-bitbucket-api-token-auth', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'renovate',
      token: SECRETS.healthy,
      username: JDOE.email
    })
    expect(consumer).toEqual({
      name: 'renovate',
      works: true,
      checked: [
        'GET /2.0/user',
        'GET /2.0/repositories/acme/web',
        'git-upload-pack as x-bitbucket-api-token-auth'
      ],
      settings: 'RENOVATE_USERNAME=<your Atlassian email>\nRENOVATE_PASSWORD=${{ secrets.… }}'
    })
    expect(sent(requests, '/2.0/repositories/acme/web', 'basic', JDOE.email)).toBe(true)
    expect(gitAs(requests, 'x-bitbucket-api-token-auth')).toBe(true)
    expect(run.summary).toContain('- As `renovate` sends it: works')
    expect(run.summary).toContain('`RENOVATE_USERNAME=<your Atlassian email>`')
  })

  it('the CLI takes --consumer and shows the tool settings under the table', async () => {
    const run = await runCli([
      '--consumer',
      'renovate',
      '--consumer-setting',
      'token',
      '--token',
      SECRETS.healthy,
      '--username',
      JDOE.email,
      '--repository',
      REPO,
      '--api-url',
      emu.apiUrl,
      '--git-url',
      emu.url
    ])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('as renovate sends it: does not work')
    expect(run.stdout).toContain('renovate settings: RENOVATE_TOKEN=${{ secrets.… }}')
    expect(run.stdout).toContain('[consumer-mismatch] Renovate would fail')
  })

  it('renovate: an API token in token is sent as Bearer and refused; the fix names RENOVATE_PASSWORD', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'renovate',
      'consumer-setting': 'token',
      token: SECRETS.healthy,
      username: JDOE.email
    })
    expect(consumer.works).toBe(false)
    expect(sent(requests, '/2.0/repositories/acme/web', 'bearer')).toBe(true)
    expect(gitAs(requests, 'x-token-auth')).toBe(true)
    expect(mismatch(run)[0].message).toContain('password` (RENOVATE_PASSWORD)')
  })

  it('atlantis: Bitbucket username in --bitbucket-user and the email in --bitbucket-api-user work', async () => {
    const { consumer, requests } = await check({
      consumer: 'atlantis',
      token: FULL,
      username: JDOE.username,
      email: JDOE.email
    })
    expect(consumer.works).toBe(true)
    expect(sent(requests, '/2.0/repositories/acme/web/pullrequests', 'basic', JDOE.email)).toBe(
      true
    )
    expect(gitAs(requests, JDOE.username)).toBe(true)
    expect(consumer.settings).toContain('ATLANTIS_BITBUCKET_API_USER=<your Atlassian email>')
  })

  it('atlantis: the email in --bitbucket-user alone fails Git and the fix names both flags', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'atlantis',
      token: FULL,
      username: JDOE.email
    })
    expect(consumer.works).toBe(false)
    expect(gitAs(requests, JDOE.email)).toBe(true)
    expect(mismatch(run)[0].message).toContain(
      'put your Atlassian email in `--bitbucket-api-user`; keep your Bitbucket username in `--bitbucket-user`'
    )
  })

  it('atlantis: an access token is unsupported and nothing is replayed', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'atlantis',
      token: SECRETS.repoToken
    })
    expect(consumer.works).toBe(false)
    expect(consumer.checked).toEqual([])
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.some((r) => r.path.includes('/pullrequests'))).toBe(false)
    const f = run.report.credentials[0].findings.find((x) => x.code === 'consumer-unsupported')
    expect(f?.message).toContain('Atlantis cannot use a repository access token')
  })

  it('jenkins: email + 192-character API token works on /2.0/workspaces/{ws}', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'jenkins',
      token: FULL,
      username: JDOE.email
    })
    expect(consumer.works).toBe(true)
    expect(sent(requests, '/2.0/workspaces/acme', 'basic', JDOE.email)).toBe(true)
    expect(gitAs(requests, 'x-bitbucket-api-token-auth')).toBe(true)
    expect(mismatch(run)).toEqual([])
  })

  it('jenkins: a Bitbucket username is not an email: the trap warning and the refusal', async () => {
    const { run, consumer } = await check({
      consumer: 'jenkins',
      token: FULL,
      email: JDOE.email,
      username: JDOE.username
    })
    expect(consumer.works).toBe(false)
    const levels = mismatch(run).map((f) => f.level)
    expect(levels).toEqual(expect.arrayContaining(['warning', 'error']))
    expect(
      mismatch(run)
        .map((f) => f.message)
        .join(' ')
    ).toContain('only when the Username is an email and the Password is exactly 192 characters')
  })

  it('jenkins: an access token as Secret text is sent as Bearer with x-token-auth for Git', async () => {
    const { consumer, requests } = await check({ consumer: 'jenkins', token: SECRETS.repoToken })
    expect(consumer.works).toBe(true)
    expect(sent(requests, '/2.0/workspaces/acme', 'bearer')).toBe(true)
    expect(gitAs(requests, 'x-token-auth')).toBe(true)
  })

  it('argocd: an access token with username x-token-auth works', async () => {
    const { consumer, requests } = await check({
      consumer: 'argocd',
      token: SECRETS.repoToken,
      username: 'x-token-auth'
    })
    expect(consumer.works).toBe(true)
    expect(gitAs(requests, 'x-token-auth')).toBe(true)
  })

  it('argocd: an access token with a Bitbucket username fails; the fix names x-token-auth', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'argocd',
      token: SECRETS.repoToken,
      username: JDOE.username
    })
    expect(consumer.works).toBe(false)
    expect(gitAs(requests, JDOE.username)).toBe(true)
    expect(mismatch(run)[0].message).toContain("repository secret's `username` to x-token-auth")
  })

  it('flux: an API token with x-bitbucket-api-token-auth works', async () => {
    const { consumer, requests } = await check({
      consumer: 'flux',
      token: SECRETS.healthy,
      username: 'x-bitbucket-api-token-auth'
    })
    expect(consumer.works).toBe(true)
    expect(gitAs(requests, 'x-bitbucket-api-token-auth')).toBe(true)
  })

  it('flux: an API token with the email as username fails; the fix names the secret username', async () => {
    const { run, consumer } = await check({
      consumer: 'flux',
      token: SECRETS.healthy,
      email: JDOE.email,
      username: JDOE.email
    })
    expect(consumer.works).toBe(false)
    expect(mismatch(run)[0].message).toContain("set the secret's `username`")
  })

  it('backstage: username = email + token works as Basic on the repository', async () => {
    const { consumer, requests } = await check({
      consumer: 'backstage',
      token: SECRETS.healthy,
      username: JDOE.email
    })
    expect(consumer.works).toBe(true)
    expect(sent(requests, '/2.0/repositories/acme/web', 'basic', JDOE.email)).toBe(true)
  })

  it('backstage: a Bitbucket username is refused; the fix names integrations.bitbucketCloud[].username', async () => {
    const { run, consumer } = await check({
      consumer: 'backstage',
      token: SECRETS.healthy,
      email: JDOE.email,
      username: JDOE.username
    })
    expect(consumer.works).toBe(false)
    expect(mismatch(run)[0].message).toContain('`integrations.bitbucketCloud[].username`')
  })

  it('terraform: an access token goes in oauth_token and is sent as Bearer', async () => {
    const { consumer, requests } = await check({ consumer: 'terraform', token: SECRETS.repoToken })
    expect(consumer.works).toBe(true)
    expect(consumer.settings).toBe('BITBUCKET_OAUTH_TOKEN=${{ secrets.… }}')
    expect(sent(requests, '/2.0/repositories/acme/web', 'bearer')).toBe(true)
  })

  it('terraform: an API token with a Bitbucket username fails; the fix names BITBUCKET_USERNAME', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'terraform',
      token: SECRETS.healthy,
      email: JDOE.email,
      username: JDOE.username
    })
    expect(consumer.works).toBe(false)
    expect(sent(requests, '/2.0/repositories/acme/web', 'basic', JDOE.username)).toBe(true)
    expect(mismatch(run)[0].message).toContain('`username` (BITBUCKET_USERNAME)')
  })

  it('devlake: email + API token passes the connection test (GET /2.0/user)', async () => {
    const { consumer, requests } = await check({
      consumer: 'devlake',
      token: SECRETS.healthy,
      username: JDOE.email
    })
    expect(consumer.works).toBe(true)
    expect(sent(requests, '/2.0/user', 'basic', JDOE.email)).toBe(true)
  })

  it('devlake: an access token is unsupported, and the message says what DevLake supports', async () => {
    const { run, consumer } = await check({ consumer: 'devlake', token: SECRETS.repoToken })
    expect(consumer.works).toBe(false)
    expect(codes(run)).toContain('consumer-unsupported')
    expect(run.report.credentials[0].findings.map((f) => f.message).join(' ')).toContain(
      'Apache DevLake supports API tokens only'
    )
  })

  it('danger: email + API token works on GET /2.0/user', async () => {
    const { consumer, requests } = await check({
      consumer: 'danger',
      token: SECRETS.healthy,
      username: JDOE.email
    })
    expect(consumer.works).toBe(true)
    expect(sent(requests, '/2.0/user', 'basic', JDOE.email)).toBe(true)
  })

  it('danger: a repository access token fails on /2.0/user; the fix names DANGER_BITBUCKETCLOUD_UUID', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'danger',
      token: SECRETS.repoTokenUser401
    })
    expect(consumer.works).toBe(false)
    expect(sent(requests, '/2.0/user', 'bearer')).toBe(true)
    expect(mismatch(run)[0].message).toContain('`DANGER_BITBUCKETCLOUD_UUID`')
  })

  it('git-credential-manager: with validation off, x-bitbucket-api-token-auth works for Git', async () => {
    const { consumer, requests } = await check({
      consumer: 'git-credential-manager',
      'consumer-setting': 'password-unvalidated',
      token: SECRETS.healthy,
      username: 'x-bitbucket-api-token-auth'
    })
    expect(consumer.works).toBe(true)
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.some((r) => r.path === '/2.0/user' && r.user !== JDOE.email)).toBe(false)
    expect(gitAs(requests, 'x-bitbucket-api-token-auth')).toBe(true)
  })

  it('git-credential-manager: validation as the Git account fails (Bearer, then Basic) and names the setting', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'git-credential-manager',
      token: SECRETS.healthy,
      email: JDOE.email,
      username: 'x-bitbucket-api-token-auth'
    })
    expect(consumer.works).toBe(false)
    expect(sent(requests, '/2.0/user', 'bearer')).toBe(true)
    expect(sent(requests, '/2.0/user', 'basic', 'x-bitbucket-api-token-auth')).toBe(true)
    expect(mismatch(run)[0].message).toContain(
      'credential.bitbucketValidateStoredCredentials=false'
    )
  })

  it('sonarqube: an OAuth consumer mints a token and lists the workspace repositories', async () => {
    const { consumer, requests } = await check({
      consumer: 'sonarqube',
      'client-id': CONSUMER.key,
      'client-secret': CONSUMER.secret
    })
    expect(consumer.works).toBe(true)
    expect(sent(requests, '/2.0/repositories/acme', 'bearer')).toBe(true)
    // The check's own token serves the replay: one mint per credential.
    expect(requests.filter((r) => r.path.includes('/oauth2/access_token'))).toHaveLength(1)
  })

  it('sonarqube: an API token is unsupported; the message says it needs an OAuth consumer', async () => {
    const { run, consumer, requests } = await check({
      consumer: 'sonarqube',
      token: SECRETS.healthy,
      email: JDOE.email
    })
    expect(consumer.works).toBe(false)
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.some((r) => r.path === '/2.0/repositories/acme')).toBe(false)
    expect(run.report.credentials[0].findings.map((f) => f.message).join(' ')).toContain(
      'SonarQube Server supports a private OAuth consumer'
    )
  })

  it('a server that cannot answer leaves works null, never true', async () => {
    emu.options.faults = [{ kind: 'status-503', path: /\/pullrequests$/ }]
    try {
      const { consumer } = await check({
        consumer: 'atlantis',
        token: FULL,
        username: JDOE.username,
        email: JDOE.email
      })
      expect(consumer.works).toBeNull()
    } finally {
      emu.options.faults = []
    }
  })

  it('a sporadic 401 on the replay is asked again before the tool is said to fail', async () => {
    emu.options.faults = [{ kind: 'sporadic-401', path: /\/pullrequests$/, times: 1 }]
    try {
      const { run, consumer, requests } = await check({
        consumer: 'atlantis',
        token: FULL,
        username: JDOE.username,
        email: JDOE.email
      })
      expect(requests.filter((r) => r.path.endsWith('/pullrequests')).length).toBe(2)
      expect(consumer.works).toBe(true)
      expect(mismatch(run)).toEqual([])
    } finally {
      emu.options.faults = []
    }
  })

  it('an unknown consumer is a usage error that suggests the closest name', async () => {
    const { run } = await check({ consumer: 'renovat', token: SECRETS.healthy })
    expect(run.code).not.toBe(0)
    expect(run.stdout + run.stderr).toContain("Did you mean 'renovate'?")
  })
})
