/**
 * The --demo: the slim emulator core in-process on loopback, with sample credentials that show
 * every verdict. cli.ts loads this module with a dynamic import(), only for --demo; it never
 * loads the test-only parts of the emulator (faults, Git's CGI backend).
 */
import { BitbucketEmulatorCore } from '../emulator/emulator-core.js'
import { JDOE, REPO, SECRETS, inDays, sampleWorld } from '../emulator/sample-world.js'

export interface Demo {
  emulator: BitbucketEmulatorCore
  values: Record<string, string>
}

export async function startDemo(now: Date): Promise<Demo> {
  const emulator = await new BitbucketEmulatorCore(sampleWorld()).start()
  const credentials = [
    {
      name: 'deploy (healthy API token)',
      token: SECRETS.healthy,
      email: JDOE.email,
      purpose: 'push',
      repository: REPO,
      'expires-at': inDays(now, 200)
    },
    {
      name: 'release-bot (expires in 5 days)',
      token: SECRETS.healthy,
      email: JDOE.email,
      'expires-at': inDays(now, 6)
    },
    {
      name: 'legacy-ci (app password)',
      token: SECRETS.appPassword,
      username: JDOE.username,
      purpose: 'mirror'
    },
    {
      name: 'mirror (read-only token)',
      token: SECRETS.readOnly,
      email: JDOE.email,
      purpose: 'mirror',
      repository: REPO,
      'expires-at': inDays(now, 120)
    },
    {
      name: 'ci-clone (repository access token)',
      token: SECRETS.repoToken,
      purpose: 'clone',
      repository: REPO,
      'git-username': 'x-token-auth',
      'expires-at': inDays(now, 60)
    },
    {
      name: 'copy-paste (truncated secret)',
      token: SECRETS.healthy.slice(0, 180),
      email: JDOE.email
    }
  ]
  const yaml = credentials
    .map((c) =>
      Object.entries(c)
        .map(([k, v], i) => `${i === 0 ? '-' : ' '} ${k}: '${v}'`)
        .join('\n')
    )
    .join('\n')
  return {
    emulator,
    values: {
      credentials: yaml,
      'api-url': emulator.apiUrl,
      'git-url': emulator.url,
      'oauth-url': emulator.oauthUrl,
      'timeout-seconds': '10'
    }
  }
}
