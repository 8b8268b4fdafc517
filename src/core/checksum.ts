/**
 * The CRC-32 suffix of ATATT3/ATCTT3/ATBB secrets (docs/bitbucket-facts.md §1.3): catches
 * truncation and typos.
 */
import { crc32 } from 'node:zlib'

export function crcSuffix(body: string): string {
  return (crc32(body) >>> 0).toString(16).toUpperCase().padStart(8, '0')
}

/** True when the last 8 characters are the CRC-32 of everything before them. */
export function checksumMatches(secret: string): boolean {
  const tail = secret.slice(-8)
  return /^[0-9A-F]{8}$/.test(tail) && crcSuffix(secret.slice(0, -8)) === tail
}

/** Appends the checksum: how Atlassian-shaped secrets are built (the emulator keeps its own copy). */
export function withChecksum(body: string): string {
  return body + crcSuffix(body)
}
