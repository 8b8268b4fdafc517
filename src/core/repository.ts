/** How a repository is named: `workspace/slug` for people, URL-encoded for request paths. */
import type { Repository } from './types.js'

export const fullName = (repository: Repository) => `${repository.workspace}/${repository.slug}`

export const urlPath = (repository: Repository) =>
  `${encodeURIComponent(repository.workspace)}/${encodeURIComponent(repository.slug)}`
