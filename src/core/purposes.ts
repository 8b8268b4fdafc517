/**
 * What each declared purpose needs, per scope vocabulary (docs/bitbucket-facts.md §2.2, §5.2). One
 * row per purpose; the source of each row is named beside it.
 */
import type { Vocabulary } from './kinds.js'
import type { Purpose } from './types.js'

interface PurposeNeeds {
  classic: string[]
  granular: string[]
  git: 'read' | 'write' | null
  source: string
}

const PUSH: PurposeNeeds = {
  classic: ['repository:write'],
  granular: ['read:repository:bitbucket', 'write:repository:bitbucket'],
  git: 'write',
  source: 'REST intro ("clone (repository) and push (repository:write)"); "tick both"'
}

export const PURPOSES: Record<Purpose, PurposeNeeds> = {
  read: {
    classic: ['repository'],
    granular: ['read:repository:bitbucket'],
    git: null,
    source: 'OpenAPI GET /repositories/{ws}/{repo}'
  },
  clone: {
    classic: ['repository'],
    granular: ['read:repository:bitbucket'],
    git: 'read',
    source: 'REST intro, git clone with access tokens; staff answer on API-token Git access'
  },
  push: PUSH,
  mirror: { ...PUSH, source: 'a mirror pushes: the push row' },
  'pull-requests': {
    classic: ['pullrequest'],
    granular: ['read:pullrequest:bitbucket'],
    git: null,
    source: 'OpenAPI GET …/pullrequests'
  },
  'pull-requests-write': {
    classic: ['pullrequest:write'],
    granular: ['read:pullrequest:bitbucket', 'write:pullrequest:bitbucket'],
    git: null,
    source: 'OpenAPI POST …/pullrequests'
  },
  pipelines: {
    classic: ['pipeline:write'],
    granular: ['read:pipeline:bitbucket', 'write:pipeline:bitbucket'],
    git: null,
    source: 'OpenAPI GET/POST …/pipelines'
  },
  'pipeline-variables': {
    classic: ['pipeline:variable'],
    granular: ['read:pipeline:bitbucket', 'admin:pipeline:bitbucket'],
    git: null,
    source: 'OpenAPI GET/POST/PUT/DELETE …/pipelines_config/variables'
  },
  webhooks: {
    classic: ['webhook'],
    granular: ['read:webhook:bitbucket', 'write:webhook:bitbucket'],
    git: null,
    source: 'OpenAPI GET/POST/PUT …/hooks'
  },
  identity: {
    classic: ['account'],
    granular: ['read:user:bitbucket'],
    git: null,
    source: 'OpenAPI GET /user'
  }
}

export function isPurpose(value: string): value is Purpose {
  return Object.hasOwn(PURPOSES, value)
}

export function scopesForPurposes(purposes: Purpose[], vocabulary: Vocabulary): string[] {
  return [...new Set(purposes.flatMap((p) => PURPOSES[p][vocabulary]))]
}

/** The strongest Git access the purposes need. */
export function gitNeed(purposes: Purpose[]): 'read' | 'write' | null {
  const needs = purposes.map((p) => PURPOSES[p].git)
  if (needs.includes('write')) return 'write'
  if (needs.includes('read')) return 'read'
  return null
}
