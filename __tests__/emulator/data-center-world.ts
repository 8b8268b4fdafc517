/** A small Bitbucket Data Center world for the tests: one user, projects, and one token per case. */
import type { DataCenterOptions, DcToken, DcUser } from './data-center.js'
import { makeDataCenterToken } from './data-center-tokens.js'

export const DC_USER: DcUser = {
  name: 'jdoe',
  slug: 'jdoe',
  emailAddress: 'jdoe@example.com',
  displayName: 'Jane Doe'
}

export const DC_REPO = 'PROJ/web'
export const DC_OTHER_REPO = 'OTHER/tools'
export const DC_PERSONAL_REPO = '~jdoe/notes'

const ID = {
  personal: '075905477751',
  readOnly: '343808353895',
  noExpiry: '413460754380',
  soon: '120000000001',
  revoked: '120000000002',
  project: '120000000003',
  repository: '120000000004'
} as const

export const DC_SECRETS = {
  personal: makeDataCenterToken('personal', ID.personal),
  readOnly: makeDataCenterToken('read-only', ID.readOnly),
  noExpiry: makeDataCenterToken('no-expiry', ID.noExpiry),
  soon: makeDataCenterToken('soon', ID.soon),
  revoked: makeDataCenterToken('revoked', ID.revoked),
  project: makeDataCenterToken('project', ID.project),
  repository: makeDataCenterToken('repository', ID.repository)
}

const DAY = 86_400_000

export function dataCenterWorld(now: Date): DataCenterOptions {
  const at = (days: number) => now.getTime() + days * DAY
  const personal = (
    key: keyof typeof ID,
    permissions: string[],
    extra: Partial<DcToken> = {}
  ): DcToken => ({
    secret: DC_SECRETS[key],
    id: ID[key],
    name: `ci-${key}`,
    kind: 'personal',
    user: DC_USER,
    permissions,
    ...extra
  })
  return {
    repositories: [DC_REPO, DC_OTHER_REPO, DC_PERSONAL_REPO],
    tokens: [
      personal('personal', ['PROJECT_READ', 'REPO_WRITE'], { expiryDate: at(120) }),
      personal('readOnly', ['PROJECT_READ', 'REPO_READ'], { expiryDate: at(90) }),
      personal('noExpiry', ['PROJECT_READ', 'REPO_ADMIN']),
      personal('soon', ['PROJECT_READ', 'REPO_READ'], { expiryDate: at(5) }),
      personal('revoked', ['PROJECT_READ', 'REPO_WRITE'], { expiryDate: at(200), revoked: true }),
      {
        secret: DC_SECRETS.project,
        id: ID.project,
        name: 'proj-ci',
        kind: 'project',
        resource: 'PROJ',
        permissions: ['PROJECT_WRITE'],
        expiryDate: at(45)
      },
      {
        secret: DC_SECRETS.repository,
        id: ID.repository,
        name: 'web-deploy',
        kind: 'repository',
        resource: DC_REPO,
        permissions: ['REPO_READ'],
        expiryDate: at(30),
        canReadRecord: true
      }
    ]
  }
}
