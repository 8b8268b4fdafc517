/**
 * Git over HTTPS probe: asks for the ref advertisement of upload-pack (read) or receive-pack
 * (write). This changes nothing on the server.
 */
import type { Repository } from '../core/types.js'
import type { HttpClient } from './http-client.js'
import { unavailable, type ProbeResult } from '../core/probe-result.js'
import { urlPath } from '../core/repository.js'
import { cleanText } from '../core/server-text.js'
import { outcomeOfStatus, unusableAnswer } from './status-outcome.js'

export type GitService = 'git-upload-pack' | 'git-receive-pack'

export function gitRefsUrl(gitUrl: string, repository: Repository, service: GitService): string {
  return `${gitUrl}/${urlPath(repository)}.git/info/refs?service=${service}`
}

export async function probeGit(
  client: HttpClient,
  gitUrl: string,
  repository: Repository,
  service: GitService,
  authorization: string,
  deadline: number
): Promise<ProbeResult> {
  const outcome = await client.send(
    {
      url: gitRefsUrl(gitUrl, repository, service),
      headers: {
        Authorization: authorization,
        'User-Agent': 'git/2.39.5 (bitbucket-credential-check)',
        'Git-Protocol': 'version=2'
      },
      // The ref advertisement's first line is all the probe needs; a large one is cut, not refused.
      maxBytes: 64 * 1024,
      truncate: true
    },
    deadline
  )
  if (outcome.kind === 'error') return unavailable(outcome.error)
  const { status, headers, text } = outcome.response
  const result: ProbeResult = { ...unavailable(''), status, detail: cleanText(text, 300, true) }
  if (status === 200) {
    const type = headers.get('content-type') ?? ''
    if (
      type.includes(`application/x-${service}-advertisement`) ||
      text.includes(`# service=${service}`)
    ) {
      return { ...result, outcome: 'accepted', detail: '' }
    }
    return unavailable(
      `HTTP 200 without a Git ref advertisement (content-type ${type || 'none'})`,
      status
    )
  }
  const meaning = outcomeOfStatus(status)
  if (meaning === 'rate-limited')
    return { ...unavailable(unusableAnswer(status, headers, text), status), outcome: meaning }
  if (meaning) return { ...result, outcome: meaning }
  return unavailable(unusableAnswer(status, headers, text), status)
}
