/**
 * Consumer profiles as data (README "Consumer profiles"): one row per tool, each with its
 * source in docs/consumer-profiles.md. This table is the only place a profile fact lives.
 */
import { ACCESS_TOKEN_GIT_USER, API_TOKEN_GIT_USER } from './kinds.js'
import type { ConsumerProfile } from './consumer-types.js'

/** The secret in a `settings` string: never the value. */
export const SECRET = '${{ secrets.… }}'
const EMAIL = '<your Atlassian email>'
const USERNAME = '<your Bitbucket username>'

export const CONSUMERS = {
  git: {
    tool: 'git',
    source: 'https://support.atlassian.com/bitbucket-cloud/docs/using-api-tokens/',
    userSetting: 'the username in the clone URL',
    emailSetting: null,
    secretSettings: [
      {
        name: 'password',
        kinds: ['api-token', 'access-token', 'oauth-access-token', 'app-password'],
        rest: null,
        git: 'user',
        endpoints: [],
        settings: [`git clone https://<username>:${SECRET}@bitbucket.org/<workspace>/<repo>.git`]
      }
    ],
    supports: `API tokens (user ${API_TOKEN_GIT_USER}) and access tokens (user ${ACCESS_TOKEN_GIT_USER})`,
    identityFix: `put ${API_TOKEN_GIT_USER} (API token) or ${ACCESS_TOKEN_GIT_USER} (access token) as the username in the clone URL.`
  },
  rest: {
    tool: 'curl',
    source: 'https://support.atlassian.com/bitbucket-cloud/docs/using-api-tokens/',
    userSetting: '`-u` user',
    emailSetting: null,
    secretSettings: [
      {
        name: 'api-token',
        kinds: ['api-token', 'app-password'],
        rest: 'basic-user',
        git: null,
        endpoints: [{ endpoint: 'user' }, { endpoint: 'repository' }],
        settings: [`curl -u "${EMAIL}:${SECRET}" https://api.bitbucket.org/2.0/user`]
      },
      {
        name: 'bearer',
        kinds: ['access-token', 'oauth-access-token'],
        rest: 'bearer',
        git: null,
        endpoints: [{ endpoint: 'repository' }],
        settings: [
          `curl -H "Authorization: Bearer ${SECRET}" https://api.bitbucket.org/2.0/repositories/<workspace>/<repo>`
        ]
      },
      {
        name: 'client-credentials',
        kinds: ['oauth-consumer'],
        rest: 'oauth',
        git: null,
        endpoints: [{ endpoint: 'repository' }],
        settings: [
          `curl -u "<consumer key>:${SECRET}" -d grant_type=client_credentials https://bitbucket.org/site/oauth2/access_token`
        ]
      }
    ],
    supports: 'every kind, each with its own scheme',
    identityFix: 'send an API token with `-u "<your Atlassian email>:<token>"`.'
  },
  renovate: {
    tool: 'Renovate',
    source:
      'https://github.com/renovatebot/renovate/blob/c2dd4f856f068eeda4c10afc3752c35fe1f6cab1/lib/modules/platform/bitbucket/index.ts#L83-L131',
    userSetting: '`username` (RENOVATE_USERNAME)',
    emailSetting: null,
    secretSettings: [
      {
        name: 'password',
        kinds: ['api-token', 'app-password'],
        rest: 'basic-user',
        git: 'atat-or-user',
        endpoints: [{ endpoint: 'user', tolerated: true }, { endpoint: 'repository' }],
        settings: [`RENOVATE_USERNAME=${EMAIL}`, `RENOVATE_PASSWORD=${SECRET}`]
      },
      {
        name: 'token',
        kinds: ['access-token', 'oauth-access-token'],
        rest: 'bearer',
        git: { fixed: ACCESS_TOKEN_GIT_USER },
        endpoints: [{ endpoint: 'repository' }],
        settings: [`RENOVATE_TOKEN=${SECRET}`]
      }
    ],
    supports: 'API tokens (`password`) and access tokens (`token`)',
    identityFix:
      'put your Atlassian email in `username` (RENOVATE_USERNAME) and an API token in `password` (RENOVATE_PASSWORD); an access token goes in `token` (RENOVATE_TOKEN).'
  },
  atlantis: {
    tool: 'Atlantis',
    source:
      'https://github.com/runatlantis/atlantis/blob/078d0a82081e8a2b1645268c5f5bfec578246fa9/server/events/vcs/bitbucketcloud/client.go#L36-L56',
    userSetting: '`--bitbucket-user`',
    emailSetting: '`--bitbucket-api-user`',
    secretSettings: [
      {
        name: 'bitbucket-token',
        kinds: ['api-token', 'app-password'],
        rest: 'basic-email',
        git: 'user',
        endpoints: [{ endpoint: 'pull-requests' }],
        settings: [
          `ATLANTIS_BITBUCKET_USER=${USERNAME}`,
          `ATLANTIS_BITBUCKET_API_USER=${EMAIL}`,
          `ATLANTIS_BITBUCKET_TOKEN=${SECRET}`
        ]
      }
    ],
    supports:
      'API tokens only, with two identities (`--bitbucket-user` for Git, `--bitbucket-api-user` for REST); it sends every request as Basic, so access tokens and OAuth consumers cannot work',
    identityFix:
      'put your Atlassian email in `--bitbucket-api-user`; keep your Bitbucket username in `--bitbucket-user`.'
  },
  jenkins: {
    tool: 'Jenkins (Bitbucket Branch Source)',
    source:
      'https://github.com/jenkinsci/bitbucket-branch-source-plugin/tree/8fdcfe19f6096d94d45644af04035c6a9b1d707e/src/main/java/com/cloudbees/jenkins/plugins/bitbucket/impl/credentials',
    userSetting: 'the credential\'s "Username"',
    emailSetting: null,
    secretSettings: [
      {
        name: 'username-with-password',
        kinds: ['api-token'],
        rest: 'basic-user',
        git: { fixed: API_TOKEN_GIT_USER },
        endpoints: [{ endpoint: 'workspace' }],
        settings: [`Username with password: Username=${EMAIL}, Password=${SECRET}`]
      },
      {
        name: 'oauth-consumer',
        kinds: ['oauth-consumer'],
        rest: 'oauth',
        git: { fixed: ACCESS_TOKEN_GIT_USER },
        endpoints: [{ endpoint: 'workspace' }],
        settings: [`Username with password: Username=<consumer key>, Password=${SECRET}`]
      },
      {
        name: 'secret-text',
        kinds: ['access-token'],
        rest: 'bearer',
        git: { fixed: ACCESS_TOKEN_GIT_USER },
        endpoints: [{ endpoint: 'workspace' }],
        settings: [`Secret text: Secret=${SECRET}`]
      }
    ],
    supports:
      'API tokens ("Username with password", your email), access tokens ("Secret text") and OAuth consumers',
    identityFix:
      'use a "Username with password" credential whose Username is your Atlassian email and whose Password is the API token.',
    apiTokenShape: {
      userIsEmail: true,
      length: 192,
      fix: 'Jenkins treats a "Username with password" credential as an API token only when the Username is an email and the Password is exactly 192 characters; otherwise it sends it as something else. Store the whole token with your Atlassian email.'
    }
  },
  argocd: {
    tool: 'Argo CD',
    source:
      'https://github.com/argoproj/argo-cd/blob/37ee0097cf851bc2dd7665fc081bbce61a7e836e/docs/user-guide/private-repositories.md#L40-L55',
    userSetting: '`username` (repository secret)',
    emailSetting: null,
    secretSettings: [
      {
        name: 'password',
        kinds: ['api-token', 'access-token', 'oauth-access-token'],
        rest: null,
        git: 'user',
        endpoints: [],
        settings: [
          `username: ${ACCESS_TOKEN_GIT_USER} (access token) or ${API_TOKEN_GIT_USER} (API token)`,
          `password: ${SECRET}`
        ]
      }
    ],
    supports: 'access tokens and API tokens in the repository secret (Git only)',
    identityFix: `set the repository secret's \`username\` to ${ACCESS_TOKEN_GIT_USER} for an access token, or ${API_TOKEN_GIT_USER} for an API token (Argo CD sends it as written).`
  },
  flux: {
    tool: 'Flux (GitRepository)',
    source:
      'https://github.com/fluxcd/source-controller/blob/39b711b111fa906c3db0a424e252a5d12e48646d/docs/spec/v1/gitrepositories.md#L118-L159',
    userSetting: '`username` (GitRepository secret)',
    emailSetting: null,
    secretSettings: [
      {
        name: 'password',
        kinds: ['api-token', 'access-token', 'oauth-access-token'],
        rest: null,
        git: 'user',
        endpoints: [],
        settings: [
          `username: ${ACCESS_TOKEN_GIT_USER} (access token) or ${API_TOKEN_GIT_USER} (API token)`,
          `password: ${SECRET}`
        ]
      }
    ],
    supports: 'access tokens and API tokens in the GitRepository secret (Git only)',
    identityFix: `set the secret's \`username\` to ${ACCESS_TOKEN_GIT_USER} for an access token, or ${API_TOKEN_GIT_USER} for an API token (Flux sends it as written).`
  },
  backstage: {
    tool: 'Backstage',
    source:
      'https://github.com/backstage/backstage/blob/01407bf4bd3171113bb8ef83984e5fc4448aa68e/packages/integration/src/bitbucketCloud/core.ts',
    userSetting: '`integrations.bitbucketCloud[].username`',
    emailSetting: null,
    secretSettings: [
      {
        name: 'token',
        kinds: ['api-token', 'access-token', 'app-password'],
        rest: 'basic-or-bearer',
        git: null,
        endpoints: [{ endpoint: 'repository' }],
        settings: [
          'integrations.bitbucketCloud[].username: ' + EMAIL,
          `integrations.bitbucketCloud[].token: ${SECRET}`
        ]
      },
      {
        name: 'clientSecret',
        kinds: ['oauth-consumer'],
        rest: 'oauth',
        git: null,
        endpoints: [{ endpoint: 'repository' }],
        settings: [
          'integrations.bitbucketCloud[].clientId: <consumer key>',
          `integrations.bitbucketCloud[].clientSecret: ${SECRET}`
        ]
      }
    ],
    supports:
      'API tokens (`username` = your email + `token`) and OAuth consumers (`clientId` + `clientSecret`)',
    identityFix:
      'put your Atlassian email in `integrations.bitbucketCloud[].username` and the API token in `token`.'
  },
  terraform: {
    tool: 'Terraform provider DrFaust92/bitbucket',
    source:
      'https://github.com/DrFaust92/terraform-provider-bitbucket/blob/a18e0f1366a871b9a11314cae561ea34d96711e2/bitbucket/provider.go#L33-L167',
    userSetting: '`username` (BITBUCKET_USERNAME)',
    emailSetting: null,
    secretSettings: [
      {
        name: 'password',
        kinds: ['api-token', 'app-password'],
        rest: 'basic-user',
        git: null,
        endpoints: [{ endpoint: 'repository' }],
        settings: [`BITBUCKET_USERNAME=${EMAIL}`, `BITBUCKET_PASSWORD=${SECRET}`]
      },
      {
        name: 'oauth_client_secret',
        kinds: ['oauth-consumer'],
        rest: 'oauth',
        git: null,
        endpoints: [{ endpoint: 'repository' }],
        settings: [
          'BITBUCKET_OAUTH_CLIENT_ID=<consumer key>',
          `BITBUCKET_OAUTH_CLIENT_SECRET=${SECRET}`
        ]
      },
      {
        name: 'oauth_token',
        kinds: ['access-token', 'oauth-access-token'],
        rest: 'bearer',
        git: null,
        endpoints: [{ endpoint: 'repository' }],
        settings: [`BITBUCKET_OAUTH_TOKEN=${SECRET}`]
      }
    ],
    supports: 'API tokens (`password`), OAuth consumers and access tokens (`oauth_token`)',
    identityFix:
      'put your Atlassian email in `username` (BITBUCKET_USERNAME) and the API token in `password`; an access token goes in `oauth_token`.'
  },
  devlake: {
    tool: 'Apache DevLake',
    source:
      'https://github.com/apache/devlake/blob/50010e093547cd73642c56fc03553e1cabc91b5f/backend/plugins/bitbucket/api/connection_api.go#L44-L66',
    userSetting: "the connection's `username`",
    emailSetting: null,
    secretSettings: [
      {
        name: 'password',
        kinds: ['api-token', 'app-password'],
        rest: 'basic-user',
        git: 'atat-or-user',
        endpoints: [{ endpoint: 'user' }],
        settings: [`username: ${EMAIL}`, `password: ${SECRET}`, 'usesApiToken: true']
      }
    ],
    supports:
      'API tokens only (connection `username` = your email, `password` = the token, `usesApiToken`); it sends Basic only, so access tokens cannot work',
    identityFix: "put your Atlassian email in the connection's `username`."
  },
  danger: {
    tool: 'danger-js',
    source:
      'https://github.com/danger/danger-js/blob/a9f198a96ac593c4b6968b91e4591d8931dc9861/source/platforms/bitbucket_cloud/BitBucketCloudAPI.ts#L43-L83',
    userSetting: '`DANGER_BITBUCKETCLOUD_USERNAME`',
    emailSetting: null,
    secretSettings: [
      {
        name: 'DANGER_BITBUCKETCLOUD_PASSWORD',
        kinds: ['api-token', 'app-password'],
        rest: 'basic-user',
        git: null,
        endpoints: [{ endpoint: 'user' }],
        settings: [
          `DANGER_BITBUCKETCLOUD_USERNAME=${EMAIL}`,
          `DANGER_BITBUCKETCLOUD_PASSWORD=${SECRET}`
        ]
      },
      {
        name: 'DANGER_BITBUCKETCLOUD_OAUTH_SECRET',
        kinds: ['oauth-consumer'],
        rest: 'oauth',
        git: null,
        endpoints: [{ endpoint: 'user' }],
        settings: [
          'DANGER_BITBUCKETCLOUD_OAUTH_KEY=<consumer key>',
          `DANGER_BITBUCKETCLOUD_OAUTH_SECRET=${SECRET}`
        ]
      },
      {
        name: 'DANGER_BITBUCKETCLOUD_REPO_ACCESSTOKEN',
        kinds: ['access-token'],
        rest: 'bearer',
        git: null,
        endpoints: [{ endpoint: 'user' }],
        settings: [
          `DANGER_BITBUCKETCLOUD_REPO_ACCESSTOKEN=${SECRET}`,
          'DANGER_BITBUCKETCLOUD_UUID=<the {uuid} of the account danger comments as>'
        ]
      }
    ],
    supports:
      'API tokens (`DANGER_BITBUCKETCLOUD_USERNAME` = your email), OAuth consumers and repository access tokens',
    identityFix:
      'put your Atlassian email in `DANGER_BITBUCKETCLOUD_USERNAME` (danger asks GET /2.0/user first); with an access token, set `DANGER_BITBUCKETCLOUD_UUID` so danger skips that request.'
  },
  'git-credential-manager': {
    tool: 'Git Credential Manager',
    source:
      'https://github.com/git-ecosystem/git-credential-manager/blob/2fe99b867b710265e3273b48da7513d91e6ef8eb/src/shared/Atlassian.Bitbucket/BitbucketHostProvider.cs#L392-L447',
    userSetting: 'the stored account (the username Git asked with)',
    emailSetting: null,
    secretSettings: [
      {
        name: 'password',
        kinds: ['api-token', 'app-password'],
        rest: 'bearer-then-basic',
        git: 'user',
        endpoints: [{ endpoint: 'user' }],
        settings: ['account: <the username in the remote URL>', `password: ${SECRET}`]
      },
      {
        name: 'password-unvalidated',
        kinds: [],
        rest: null,
        git: 'user',
        endpoints: [],
        settings: [
          'GCM_BITBUCKET_VALIDATE_STORED_CREDENTIALS=0',
          `account: ${API_TOKEN_GIT_USER}`,
          `password: ${SECRET}`
        ]
      }
    ],
    supports: 'API tokens and its own OAuth sign-in',
    identityFix: `GCM validates the stored credential with GET /2.0/user as the Git account, which an API token only passes with your email; set credential.bitbucketValidateStoredCredentials=false (GCM_BITBUCKET_VALIDATE_STORED_CREDENTIALS=0) and keep ${API_TOKEN_GIT_USER} as the account.`
  },
  sonarqube: {
    tool: 'SonarQube Server',
    source:
      'https://github.com/SonarSource/sonarqube/blob/172b54f60683aa3ddd7c75587bdd65fd41f5d12f/server/sonar-alm-client/src/main/java/org/sonar/alm/client/bitbucket/bitbucketcloud/BitbucketCloudRestClient.java',
    userSetting: 'the OAuth key',
    emailSetting: null,
    secretSettings: [
      {
        name: 'oauth-secret',
        kinds: ['oauth-consumer'],
        rest: 'oauth',
        git: null,
        endpoints: [{ endpoint: 'workspace-repositories' }],
        settings: ['OAuth Key=<consumer key>', `OAuth Secret=${SECRET}`, 'Workspace ID=<workspace>']
      }
    ],
    supports:
      'a private OAuth consumer (key + secret, "Read" on Pull requests) in the DevOps Platform binding',
    identityFix: 'store the consumer key and secret of a private OAuth consumer in the binding.'
  }
} satisfies Record<string, ConsumerProfile>

export type ConsumerName = keyof typeof CONSUMERS
export const CONSUMER_NAMES = Object.keys(CONSUMERS) as ConsumerName[]

export function isConsumerName(value: string): value is ConsumerName {
  return Object.hasOwn(CONSUMERS, value)
}
