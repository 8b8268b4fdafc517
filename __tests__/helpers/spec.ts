/** A credential spec with every field empty, for the pure-core tests. */
import type { CredentialSpec } from '../../src/core/types.js'

export const spec = (over: Partial<CredentialSpec>): CredentialSpec => ({
  name: 'c',
  token: '',
  email: '',
  username: '',
  clientId: '',
  clientSecret: '',
  purposes: [],
  scopes: [],
  gitUsername: '',
  tokenLabel: '',
  ...over
})
