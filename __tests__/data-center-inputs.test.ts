/** Data Center inputs: server-url (input and YAML key), PROJECT/slug and ~user/slug, permissions in scopes. */
import { describe, expect, it } from '@jest/globals'
import { makeDataCenterToken } from './emulator/data-center-tokens.js'
import { makeApiToken } from '../src/emulator/tokens.js'
import { InputError } from '../src/inputs/parse-values.js'
import { readSettings } from '../src/inputs/settings.js'

const DC = makeDataCenterToken('inputs', '075905477751')
const settings = (values: Record<string, string>, env: Record<string, string> = {}) =>
  readSettings({
    get: (name) => values[name] ?? '',
    readFile: () => '',
    env,
    mask: () => undefined
  })

describe('Data Center inputs', () => {
  it("server-url is every credential's default; a list item may name its own server", () => {
    const s = settings(
      {
        'server-url': 'https://bitbucket.example.com/',
        credentials: `- name: a\n  token-env: A\n- name: b\n  token-env: B\n  server-url: https://dc2.example.com`
      },
      { A: DC, B: DC }
    )
    expect(s.credentials.map((c) => [c.name, c.serverUrl])).toEqual([
      ['a', 'https://bitbucket.example.com'],
      ['b', 'https://dc2.example.com']
    ])
  })

  it('PROJECT/slug and ~user/slug name Data Center repositories', () => {
    for (const [repository, workspace, slug] of [
      ['PROJ/web', 'PROJ', 'web'],
      ['~jdoe/notes.git', '~jdoe', 'notes']
    ]) {
      const s = settings({ token: DC, repository, 'server-url': 'https://dc.example.com' })
      expect(s.credentials[0].repository).toEqual({ workspace, slug })
    }
  })

  it('Data Center permissions in scopes are taken for a Data Center token', () => {
    const s = settings({ token: DC, scopes: 'REPO_WRITE, PROJECT_READ' })
    expect(s.credentials[0].scopes).toEqual(['REPO_WRITE', 'PROJECT_READ'])
  })

  it.each([
    [
      '~user/slug with a Cloud token',
      { token: makeApiToken('x'), repository: '~jdoe/notes' },
      /personal repository on Bitbucket Data Center/
    ],
    [
      'a Data Center permission with a Cloud token',
      { token: makeApiToken('x'), scopes: 'REPO_WRITE' },
      /Invalid scope: 'REPO_WRITE'/
    ],
    [
      'plain http to a host that is not loopback',
      { token: DC, 'server-url': 'http://dc.example.com' },
      /Invalid server-url.*https:\/\//
    ],
    [
      'a server-url with a user in it',
      { token: DC, 'server-url': 'https://u:p@dc.example.com' },
      /must not contain a user/
    ]
  ])('%s is an input error that names the input', (_label, values, message) => {
    expect(() => settings(values)).toThrow(InputError)
    expect(() => settings(values)).toThrow(message)
  })
})
