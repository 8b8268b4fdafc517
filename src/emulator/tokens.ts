/** Makes secrets shaped like Bitbucket's (prefix, body, CRC-32 suffix), deterministic per seed. */
import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'

/**
 * The emulator states its own facts rather than importing the product's, so a wrong rule in
 * src/core fails the end-to-end tests instead of being agreed with. Atlassian-shaped secrets end in
 * the upper-case hex CRC-32 of everything before it (docs/bitbucket-facts.md §1.3; mirrors
 * src/core/checksum.ts).
 */
function withChecksum(body: string): string {
  return body + (crc32(body) >>> 0).toString(16).toUpperCase().padStart(8, '0')
}

function body(seed: string, length: number): string {
  let out = ''
  for (let i = 0; out.length < length; i++) {
    out += createHash('sha256').update(`${seed}:${i}`).digest('base64url')
  }
  return out.slice(0, length)
}

/** A 192-character API token (ATATT3…). */
export const makeApiToken = (seed: string) => withChecksum(`ATATT3xFfGF0${body(seed, 171)}=`)
/** A 192-character repository/project/workspace access token (ATCTT3…). */
export const makeAccessToken = (seed: string) => withChecksum(`ATCTT3xFfGN0${body(seed, 171)}=`)
/** A 36-character app password (ATBB…). */
export const makeAppPassword = (seed: string) =>
  withChecksum(`ATBB${body(seed, 24).replace(/[-_]/g, 'x')}`)
/** An opaque OAuth access token. */
export const makeOAuthToken = (seed: string) => `${body(seed, 64)}==`
