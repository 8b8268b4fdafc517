/** A stable, non-reversible name for a secret, for state kept between runs. */
import { createHash } from 'node:crypto'
import type { CredentialSpec } from '../core/types.js'

export function fingerprint(spec: CredentialSpec): string {
  const secret = (spec.clientId ? `${spec.clientId}:${spec.clientSecret}` : spec.token).trim()
  return createHash('sha256')
    .update(`bitbucket-credential-check:${secret}`)
    .digest('hex')
    .slice(0, 16)
}
