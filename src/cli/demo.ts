/**
 * The --demo: the slim emulator core in-process on loopback, with sample credentials that show
 * every verdict. cli.ts loads this module with a dynamic import(), only for --demo; it never
 * loads the test-only parts of the emulator (faults, Git's CGI backend).
 */
import { dump } from 'js-yaml'
import { ACCESS_TOKEN_GIT_USER } from '../core/kinds.js'
import { BitbucketEmulatorCore } from '../emulator/emulator-core.js'
import { JDOE, REPO, SECRETS, inDays, sampleWorld } from '../emulator/sample-world.js'

export interface Demo {
  emulator: BitbucketEmulatorCore
  values: Record<string, string>
}

/** The sample credentials, one per verdict, as `credentials` list items. */
export function demoCredentials(now: Date): Record<string, string>[] {
  return [
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
      'git-username': ACCESS_TOKEN_GIT_USER,
      'expires-at': inDays(now, 60)
    },
    {
      name: 'copy-paste (truncated secret)',
      token: SECRETS.healthy.slice(0, 180),
      email: JDOE.email
    }
  ]
}

export async function startDemo(now: Date): Promise<Demo> {
  const emulator = await new BitbucketEmulatorCore(sampleWorld()).start()
  return {
    emulator,
    values: {
      credentials: dump(demoCredentials(now), { lineWidth: -1 }),
      'api-url': emulator.apiUrl,
      'git-url': emulator.url,
      'oauth-url': emulator.oauthUrl,
      'timeout-seconds': '10'
    }
  }
}
