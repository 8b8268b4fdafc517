/**
 * How to probe Git on Data Center as the job sends the token: Basic `git-username:token` when the
 * job declares a Git username (personal tokens), else the `Authorization: Bearer` header. A Basic
 * request that would surely be rejected is not sent: repeated Basic failures lock the account
 * behind a CAPTCHA (docs/data-center-facts.md §3).
 */
import type { DataCenterGitPlan, DataCenterRecord } from './data-center-probes.js'

export function dataCenterGitPlan(
  declared: string,
  tokenUser: string | null,
  record: DataCenterRecord | undefined
): DataCenterGitPlan {
  const username = declared.trim()
  if (!username) return { mode: 'bearer' }
  if (record?.outcome === 'found' && record.kind !== 'personal') {
    return {
      mode: 'not-sent',
      username,
      reason: `This is a ${record.kind} token: Data Center accepts project and repository tokens only as Authorization: Bearer, never with a username in Basic auth.`
    }
  }
  if (tokenUser && tokenUser.toLowerCase() !== username.toLowerCase()) {
    return {
      mode: 'not-sent',
      username,
      reason: `The server identified this token as "${tokenUser}", not "${username}": Basic auth with "${username}" would be rejected (a personal token needs its owner's username; project and repository tokens need Authorization: Bearer).`
    }
  }
  return { mode: 'basic', username }
}
