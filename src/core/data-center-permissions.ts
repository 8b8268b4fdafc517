/**
 * Bitbucket Data Center token permissions as data (docs/data-center-facts.md §1): what each purpose
 * needs, what each permission implies, and the comparison of a token's permissions with a job's
 * needs.
 */
import type { Purpose } from './types.js'

export const DATA_CENTER_PERMISSIONS = [
  'PROJECT_READ',
  'PROJECT_WRITE',
  'PROJECT_ADMIN',
  'REPO_READ',
  'REPO_WRITE',
  'REPO_ADMIN'
] as const
export type DataCenterPermission = (typeof DATA_CENTER_PERMISSIONS)[number]

export function isDataCenterPermission(value: string): value is DataCenterPermission {
  return (DATA_CENTER_PERMISSIONS as readonly string[]).includes(value)
}

/**
 * The repository permission each purpose needs on Data Center; null where Data Center has no
 * such need. Source: README "Bitbucket Data Center" (clone/read → REPO_READ, push/mirror →
 * REPO_WRITE, webhooks → REPO_ADMIN); the other rows are named with their reason.
 */
export const DATA_CENTER_NEEDS: Record<
  Purpose,
  { permission: DataCenterPermission | null; source: string }
> = {
  read: { permission: 'REPO_READ', source: 'README "Bitbucket Data Center": read → REPO_READ' },
  clone: { permission: 'REPO_READ', source: 'README "Bitbucket Data Center": clone → REPO_READ' },
  push: { permission: 'REPO_WRITE', source: 'README "Bitbucket Data Center": push → REPO_WRITE' },
  mirror: {
    permission: 'REPO_WRITE',
    source: 'README "Bitbucket Data Center": mirror (= push) → REPO_WRITE'
  },
  webhooks: {
    permission: 'REPO_ADMIN',
    source: 'README "Bitbucket Data Center": webhooks → REPO_ADMIN'
  },
  'pull-requests': {
    permission: 'REPO_READ',
    source: 'reading pull requests reads the repository (inference)'
  },
  'pull-requests-write': {
    permission: 'REPO_READ',
    source:
      'readers may open pull requests; tokens can never merge (docs/data-center-facts.md §1) (inference)'
  },
  pipelines: { permission: null, source: 'Bitbucket Data Center has no Pipelines' },
  'pipeline-variables': { permission: null, source: 'Bitbucket Data Center has no Pipelines' },
  identity: {
    permission: null,
    source: 'any accepted token is identified by X-AUSERNAME (docs/data-center-facts.md §4)'
  }
}

/**
 * What each permission implies. Source: docs/data-center-facts.md §1, "a token's repo permission
 * must be ≥ its project permission" (project write ⇒ repo write), and each level includes the ones
 * below it.
 */
export const DATA_CENTER_IMPLIES: Record<DataCenterPermission, DataCenterPermission[]> = {
  PROJECT_ADMIN: ['PROJECT_WRITE', 'PROJECT_READ', 'REPO_ADMIN', 'REPO_WRITE', 'REPO_READ'],
  PROJECT_WRITE: ['PROJECT_READ', 'REPO_WRITE', 'REPO_READ'],
  PROJECT_READ: ['REPO_READ'],
  REPO_ADMIN: ['REPO_WRITE', 'REPO_READ'],
  REPO_WRITE: ['REPO_READ'],
  REPO_READ: []
}

const unique = <T>(list: T[]) => [...new Set(list)]

/** The permissions a job needs: its purposes' rows and the permissions declared in `scopes`. */
export function requiredPermissions(
  purposes: Purpose[],
  declared: string[]
): DataCenterPermission[] {
  const fromPurposes = purposes
    .map((p) => DATA_CENTER_NEEDS[p].permission)
    .filter((p): p is DataCenterPermission => p !== null)
  return unique([...fromPurposes, ...declared.filter(isDataCenterPermission)])
}

/** Purposes Data Center has no permission for (Pipelines). */
export function purposesWithoutDataCenter(purposes: Purpose[]): Purpose[] {
  return purposes.filter((p) => DATA_CENTER_NEEDS[p].permission === null && p !== 'identity')
}

function closure(granted: string[]): Set<string> {
  const all = new Set<string>(granted)
  for (const p of granted.filter(isDataCenterPermission))
    for (const implied of DATA_CENTER_IMPLIES[p]) all.add(implied)
  return all
}

export function missingPermissions(
  required: DataCenterPermission[],
  granted: string[]
): DataCenterPermission[] {
  const has = closure(granted)
  return required.filter((p) => !has.has(p))
}

/** Admin permissions granted that no need asks for (only judged when purposes are given). */
export function excessPermissions(granted: string[], required: DataCenterPermission[]): string[] {
  return granted.filter(
    (p) => p.endsWith('_ADMIN') && !required.includes(p as DataCenterPermission)
  )
}
