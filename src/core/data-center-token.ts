/**
 * The offline shape of a Bitbucket Data Center HTTP access token (docs/data-center-facts.md §2):
 * `BBDC-` and 44 base64 characters that decode to `<token id digits>:<20 random bytes>`. There is
 * no checksum, so this shape is all that can catch a truncated or mistyped token without a request.
 */
import { KINDS } from './kinds.js'

export const DATA_CENTER_PREFIX = KINDS['data-center-token'].prefix as string

const BODY_LENGTH = 44
const RANDOM_BYTES = 20
const BASE64 = /^[A-Za-z0-9+/]*$/

export type DataCenterShape =
  { ok: true; id: string; prefixed: boolean } | { ok: false; problem: string }

/** The token id and `<20 bytes>` split of a decoded body, or null when it is not that shape. */
function decodeBody(body: string): { id: string } | null {
  if (body.length !== BODY_LENGTH || !BASE64.test(body)) return null
  const bytes = Buffer.from(body, 'base64')
  const colon = bytes.indexOf(0x3a)
  if (colon < 1) return null
  const id = bytes.subarray(0, colon).toString('latin1')
  if (!/^\d+$/.test(id) || bytes.length - colon - 1 !== RANDOM_BYTES) return null
  return { id }
}

/** Why a `BBDC-` body is not a whole token, in words. */
function bodyProblem(body: string): string {
  if (!BASE64.test(body)) return 'has characters after BBDC- that are not base64'
  if (body.length !== BODY_LENGTH)
    return `has ${body.length} characters after BBDC-, not ${BODY_LENGTH}`
  return `does not decode to <token id>:<${RANDOM_BYTES} bytes>`
}

/**
 * The Data Center shape of a secret: `{ ok: true }` with the token id for a whole token (also the
 * older form without the prefix, docs/data-center-facts.md §11.4), `{ ok: false }` for a `BBDC-`
 * secret that is not whole, and null for a secret that is not a Data Center token at all.
 */
export function dataCenterShape(secret: string): DataCenterShape | null {
  if (secret.startsWith(DATA_CENTER_PREFIX)) {
    const body = secret.slice(DATA_CENTER_PREFIX.length)
    const decoded = decodeBody(body)
    return decoded
      ? { ok: true, id: decoded.id, prefixed: true }
      : { ok: false, problem: bodyProblem(body) }
  }
  const older = decodeBody(secret)
  return older ? { ok: true, id: older.id, prefixed: false } : null
}
