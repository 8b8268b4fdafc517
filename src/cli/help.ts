/** The --help text: every flag with its environment variable and default. */
import { CONSUMER_NAMES } from '../core/consumer-profiles.js'
import { DEFAULTS } from '../inputs/settings.js'
import { envName } from './args.js'

const FLAGS: [string, string][] = [
  [
    'token',
    'the secret (API token ATATT…, access token ATCTT…, app password, OAuth access token, Data Center BBDC-…)'
  ],
  ['email', 'Atlassian account email (REST identity of an API token)'],
  ['username', 'Bitbucket username (app passwords; a Git identity for API tokens)'],
  ['client-id', 'OAuth consumer key'],
  ['client-secret', 'OAuth consumer secret'],
  ['name', 'label in the report (default: credential)'],
  [
    'purpose',
    'read, clone, push, mirror, pull-requests, pull-requests-write, pipelines, pipeline-variables, webhooks, identity'
  ],
  ['scopes', 'scopes the job needs (classic or API-token names)'],
  [
    'repository',
    'workspace/repo-slug the credential must reach (Data Center: PROJECT/repo-slug or ~user/repo-slug)'
  ],
  ['git-username', 'the username the job uses for Git over HTTPS'],
  ['expires-at', 'the expiry chosen at creation (YYYY-MM-DD or ISO 8601)'],
  ['token-label', "the API token's label, for the admin API lookup"],
  [
    'consumer',
    `the tool that uses it, checked as that tool sends it: ${CONSUMER_NAMES.join(', ')}`
  ],
  [
    'consumer-setting',
    "which of the tool's settings holds the secret (e.g. renovate: password or token)"
  ],
  ['credentials', 'a YAML list of credentials (keys as above)'],
  [
    'credentials-file',
    'a YAML file of credentials; secrets by env var (token-env, client-secret-env, email-env)'
  ],
  ['warn-days', 'warn when this many days or fewer are left'],
  ['fail-days', 'fail when this many days or fewer are left (0: only when expired)'],
  ['fail-on-indeterminate', 'fail when a credential could not be checked'],
  ['fail-on-unknown-expiry', 'fail when no expiry is known'],
  ['check-git', 'auto, true or false: probe Git over HTTPS'],
  ['offline', 'format checks only, no network'],
  ['api-url', 'Bitbucket REST base'],
  ['git-url', 'Git over HTTPS base'],
  ['oauth-url', 'OAuth token endpoint'],
  ['atlassian-api-url', 'Atlassian admin API base'],
  ['atlassian-org-id', 'Atlassian organization id (admin API expiry lookup)'],
  ['atlassian-admin-key', 'organization admin API key with read:tokens:admin'],
  ['server-url', 'Bitbucket Data Center base URL: BBDC-… tokens are checked there (only there)'],
  ['tracking-issue', 'open/update/close a GitHub issue (needs GITHUB_REPOSITORY and a token)'],
  ['tracking-issue-title', 'the issue title, also its identity (one issue per title)'],
  ['tracking-issue-assignees', 'comma-separated GitHub logins assigned to the issue'],
  ['github-token', 'token for tracking-issue (also GITHUB_TOKEN)'],
  ['state-file', 'JSON file keeping per-credential history between runs (cache it)'],
  ['timeout-seconds', 'per credential, all requests and retries included'],
  ['concurrency', 'credentials checked at once'],
  ['max-lifetime-days', 'the longest life a token can have']
]

export function helpText(): string {
  const defaults = DEFAULTS as Record<string, string>
  const rows = FLAGS.map(([flag, text]) => {
    const def = defaults[flag] ? ` [default: ${defaults[flag]}]` : ''
    return `  --${flag.padEnd(24)} ${text}${def}\n  ${''.padEnd(26)} env: ${envName(flag)}`
  })
  return `bitbucket-credential-check: tells whether Bitbucket Cloud credentials still work.

Usage:
  bitbucket-credential-check [options]
  bitbucket-credential-check --demo

Pass secrets through environment variables (BITBUCKET_TOKEN, BITBUCKET_CLIENT_SECRET):
flags show up in process lists.

Settings (each flag also reads the environment variable shown):
${rows.join('\n')}

Output and behaviour:
  -f, --format <table|json|markdown|github|junit>  output format [default: table] (env BITBUCKET_FORMAT)
  -o, --output FORMAT=PATH     also write the report in that format to a file (repeatable),
                               e.g. --output junit=test-results/credentials.xml
  --strict                     exit 1 on warnings too
  --demo                       check sample credentials against a built-in emulator (no account needed)
  --color, --no-color          force colour on or off (default: only on a terminal, unless NO_COLOR)
  -h, --help                   this help
  -v, --version                the version

Progress goes to stderr once a run takes more than a second, then one closing line:
"40 checked in 1.2 s: 15 failing, 3 warnings, 22 ok".

Exit codes: 0 nothing fails (warnings too, unless --strict), 1 a credential fails,
2 usage error (bad flag, unreadable or invalid file, no credential given at all).
`
}
