/** Makes Bitbucket Data Center HTTP access tokens as the server does: `BBDC-` + base64(`<id>:<20 bytes>`). */
import { createHash } from 'node:crypto'

/** A 49-character `BBDC-` token for a 12-digit id, deterministic per seed. */
export function makeDataCenterToken(seed: string, id: string): string {
  const random = createHash('sha256').update(`bbdc:${seed}`).digest().subarray(0, 20)
  return `BBDC-${Buffer.concat([Buffer.from(`${id}:`, 'latin1'), random]).toString('base64')}`
}
