/**
 * API-token expiry from the Atlassian organization admin API (docs/bitbucket-facts.md §3.4): the
 * org's token list is read once per run (all pages), then matched to each token's owner and label.
 * Neither the list nor the match ever sees the token itself.
 */
import type { AdminLookup } from '../core/evaluate.js'
import { kindOfPrefix } from '../core/kinds.js'
import { cleanText } from '../core/server-text.js'
import type { CredentialSpec, Identity } from '../core/types.js'
import type { HttpClient } from './http-client.js'

export interface AdminToken {
  label: string
  status: string
  expiresAt: string | null
  userId: string | null
  email: string | null
}

type ListResult =
  | { ok: true; tokens: AdminToken[] }
  | { ok: false; outcome: 'forbidden' | 'unavailable'; detail: string }

const MAX_PAGES = 50

function toToken(item: unknown): AdminToken | null {
  if (!item || typeof item !== 'object') return null
  const t = item as Record<string, unknown>
  const user = (t.user && typeof t.user === 'object' ? t.user : {}) as Record<string, unknown>
  const str = (v: unknown) => (typeof v === 'string' ? v : null)
  return {
    label: cleanText(str(t.label) ?? '', 100),
    status: str(t.status) ?? '',
    expiresAt: str(t.expiresAt),
    userId: str(user.id),
    email: str(user.email)
  }
}

export async function listOrgTokens(
  client: HttpClient,
  baseUrl: string,
  orgId: string,
  adminKey: string,
  deadline: number
): Promise<ListResult> {
  const tokens: AdminToken[] = []
  const first = `${baseUrl}/admin/api-access/v1/orgs/${encodeURIComponent(orgId)}/api-tokens`
  let url: string | null = first
  for (let page = 0; url && page < MAX_PAGES; page++) {
    const outcome = await client.send(
      { url, headers: { Authorization: `Bearer ${adminKey}`, Accept: 'application/json' } },
      deadline
    )
    if (outcome.kind === 'error')
      return {
        ok: false,
        outcome: 'unavailable',
        detail: `the Atlassian admin API could not be asked: ${outcome.error}`
      }
    const { status, text } = outcome.response
    if (status === 401 || status === 403) {
      return {
        ok: false,
        outcome: 'forbidden',
        detail: `the Atlassian admin API answered HTTP ${status}: atlassian-admin-key must be an organization admin API key with the read:tokens:admin scope for organization atlassian-org-id.`
      }
    }
    if (status !== 200)
      return {
        ok: false,
        outcome: 'unavailable',
        detail: `the Atlassian admin API answered HTTP ${status}.`
      }
    let body: { data?: unknown; links?: { next?: unknown } }
    try {
      body = JSON.parse(text) as typeof body
    } catch {
      return {
        ok: false,
        outcome: 'unavailable',
        detail: 'the Atlassian admin API answered with a body that is not JSON.'
      }
    }
    for (const item of Array.isArray(body.data) ? body.data : []) {
      const token = toToken(item)
      if (token) tokens.push(token)
    }
    const next: unknown = body.links?.next
    if (typeof next !== 'string' || !next) url = null
    else if (/^https?:/.test(next)) url = next
    else url = `${first}?cursor=${encodeURIComponent(next)}`
  }
  return { ok: true, tokens }
}

/** Another API token of the run that could be the owner's one listed token (same or no email). */
function couldBeIt(other: CredentialSpec, spec: CredentialSpec): boolean {
  if (other === spec || kindOfPrefix(other.token.trim()) !== 'api-token') return false
  const email = other.email.trim().toLowerCase()
  return !email || email === spec.email.trim().toLowerCase()
}

const validDate = (text: string | null): text is string => !!text && !Number.isNaN(Date.parse(text))

/** The listed tokens of the owner (by account ID or email) that are not revoked. */
function ownedTokens(tokens: AdminToken[], identity: Identity | null, email: string): AdminToken[] {
  return tokens.filter(
    (t) =>
      t.status.toUpperCase() !== 'REVOKED' &&
      ((identity?.accountId && t.userId === identity.accountId) ||
        (email && t.email?.toLowerCase() === email))
  )
}

/** The record's expiry, or not-found when the record lists no usable date. */
function expiryOf(token: AdminToken, by: AdminLookup['by'], detail: string): AdminLookup {
  return validDate(token.expiresAt)
    ? { outcome: 'found', by, expiresAt: new Date(token.expiresAt), detail }
    : { outcome: 'not-found', detail: `token "${token.label}" has no expiry date listed.` }
}

/** The owner's token with the given token-label: exactly one, or why not. */
function matchLabel(owned: AdminToken[], label: string): AdminLookup {
  const labelled = owned.filter((t) => t.label === label)
  if (labelled.length === 0) {
    const labels = owned.map((t) => t.label).join(', ')
    return {
      outcome: 'not-found',
      detail: `the owner has no token labelled "${label}" (labels: ${labels}); correct token-label.`
    }
  }
  if (labelled.length > 1) {
    return {
      outcome: 'ambiguous',
      detail: `the owner has ${labelled.length} API tokens labelled "${label}"; give the stored one a distinct label.`
    }
  }
  return expiryOf(labelled[0], 'label', `token "${labelled[0].label}"`)
}

/** Without a label: the owner's only token, unless another credential of the run could be it. */
function matchOnlyToken(
  owned: AdminToken[],
  spec: CredentialSpec,
  run: CredentialSpec[]
): AdminLookup {
  const labels = owned.map((t) => t.label).join(', ')
  if (owned.length > 1) {
    return {
      outcome: 'ambiguous',
      detail: `the owner has ${owned.length} API tokens (${labels}); set token-label to the one stored in this secret.`
    }
  }
  const rivals = run.filter((other) => couldBeIt(other, spec)).length
  if (rivals > 0) {
    return {
      outcome: 'ambiguous',
      detail: `the owner has one listed API token (${labels}), but ${rivals} other credential(s) of this run could be it; set token-label to tell them apart.`
    }
  }
  return expiryOf(owned[0], 'only-token', `the owner's only token "${owned[0].label}"`)
}

/**
 * The record of this token (README "Outputs", the report): the owner's token with the given
 * token-label, or the owner's only listed token when no other credential of the run could be
 * it. Whether Bitbucket accepts the token is for the evaluation to weigh (`by` says how).
 */
export function matchToken(
  tokens: AdminToken[],
  identity: Identity | null,
  spec: CredentialSpec,
  run: CredentialSpec[] = [spec]
): AdminLookup {
  const email = spec.email.trim().toLowerCase()
  const owned = ownedTokens(tokens, identity, email)
  if (owned.length === 0) {
    const who =
      identity?.accountId || email
        ? 'its owner'
        : 'an unknown owner (no email given and /2.0/user unreadable)'
    return {
      outcome: 'not-found',
      detail: `no API token of ${who} is listed in the organization (only managed accounts are listed).`
    }
  }
  return spec.tokenLabel ? matchLabel(owned, spec.tokenLabel) : matchOnlyToken(owned, spec, run)
}

export interface AdminSource {
  client: HttpClient
  baseUrl: string
  orgId: string
  adminKey: string
  deadline: number
}

/** A lookup function for the check; the org's list is fetched once, starting now. */
export function adminExpiryLookup(
  source: AdminSource,
  run: CredentialSpec[]
): (identity: Identity | null, spec: CredentialSpec) => Promise<AdminLookup> {
  const list = listOrgTokens(
    source.client,
    source.baseUrl,
    source.orgId,
    source.adminKey,
    source.deadline
  )
  return async (identity, spec) => {
    const result = await list
    if (!result.ok) return { outcome: result.outcome, detail: result.detail }
    return matchToken(result.tokens, identity, spec, run)
  }
}
