/** Mints an OAuth consumer's access token for the check and its replay, masking every form of it. */
import type { Classification } from '../core/classify.js'
import { mintToken, type OAuthResult } from '../probe/probe-oauth.js'
import { basic, secretForms } from '../secrets/secret-forms.js'
import type { CheckContext } from './check-credential.js'

/** The token endpoint's answer; a minted token is masked as sent with each of `usernames`. */
export async function mintConsumerToken(
  ctx: CheckContext,
  cls: Classification,
  deadline: number,
  usernames: string[]
): Promise<OAuthResult> {
  const oauth = await mintToken(
    ctx.client,
    ctx.oauthUrl,
    `Basic ${basic(cls.restUser ?? '', cls.secret)}`,
    deadline,
    ctx.mask
  )
  if (oauth.outcome === 'minted') {
    for (const form of secretForms(oauth.accessToken, usernames)) ctx.mask(form)
  }
  return oauth
}
