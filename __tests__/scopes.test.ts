/** Scope vocabularies, implications, purposes and least privilege. */
import { describe, expect, it } from '@jest/globals'
import { PURPOSES, gitNeed, scopesForPurposes } from '../src/core/purposes.js'
import { excessScopes, missingScopes, parseScopeList, toVocabulary } from '../src/core/scopes.js'

describe('scopes', () => {
  it('parses comma, space and newline separated lists without duplicates', () => {
    expect(parseScopeList('repository, repository:write\nrepository  pullrequest')).toEqual([
      'repository',
      'repository:write',
      'pullrequest'
    ])
  })

  it.each([
    [['repository:write'], 'granular', ['read:repository:bitbucket', 'write:repository:bitbucket']],
    [
      ['pullrequest:write'],
      'granular',
      ['read:pullrequest:bitbucket', 'write:pullrequest:bitbucket']
    ],
    [['write:repository:bitbucket'], 'classic', ['repository:write']],
    [['admin:pipeline:bitbucket'], 'classic', ['pipeline:variable']],
    [['read:repository:bitbucket', 'repository'], 'granular', ['read:repository:bitbucket']]
  ] as const)('translates %j into the %s vocabulary', (scopes, vocabulary, expected) => {
    expect(toVocabulary([...scopes], vocabulary)).toEqual(expected)
  })

  it.each([
    ['classic repository:write implies repository', ['repository'], ['repository:write'], []],
    [
      'classic pullrequest:write implies repository:write',
      ['repository:write'],
      ['pullrequest:write'],
      []
    ],
    [
      'classic pipeline:variable implies pipeline:write',
      ['pipeline:write'],
      ['pipeline:variable'],
      []
    ],
    [
      'classic repository:admin does not imply repository',
      ['repository'],
      ['repository:admin'],
      ['repository']
    ],
    [
      'granular write does not imply granular read',
      ['read:repository:bitbucket'],
      ['write:repository:bitbucket'],
      ['read:repository:bitbucket']
    ],
    ['all missing scopes are listed at once', ['a', 'b', 'c'], ['b'], ['a', 'c']]
  ])('%s', (_label, required, granted, missing) => {
    expect(missingScopes(required, granted)).toEqual(missing)
  })

  it.each([
    [
      'admin and delete beyond a mirror',
      [
        'read:repository:bitbucket',
        'write:repository:bitbucket',
        'admin:repository:bitbucket',
        'delete:repository:bitbucket'
      ],
      ['read:repository:bitbucket', 'write:repository:bitbucket'],
      ['admin:repository:bitbucket', 'delete:repository:bitbucket']
    ],
    [
      'write where only read is needed (classic)',
      ['repository', 'repository:write'],
      ['repository'],
      ['repository:write']
    ],
    [
      'pipeline variables and webhooks',
      ['repository', 'pipeline:variable', 'webhook'],
      ['repository'],
      ['pipeline:variable', 'webhook']
    ],
    [
      'extra read scopes are not excess',
      ['repository', 'pullrequest', 'account'],
      ['repository'],
      []
    ],
    ['nothing beyond the need', ['repository:write'], ['repository:write'], []]
  ])('excess: %s', (_label, granted, required, excess) => {
    expect(excessScopes(granted, required)).toEqual(excess)
  })
})

describe('purposes', () => {
  it('every purpose names its scopes in both vocabularies and its source', () => {
    for (const [name, row] of Object.entries(PURPOSES)) {
      expect([
        name,
        row.classic.length > 0,
        row.granular.length > 0,
        row.source.length > 0
      ]).toEqual([name, true, true, true])
      expect(row.granular.every((s) => s.endsWith(':bitbucket'))).toBe(true)
    }
  })
  it.each([
    [['mirror'], 'granular', ['read:repository:bitbucket', 'write:repository:bitbucket']],
    [['mirror'], 'classic', ['repository:write']],
    [['clone', 'pull-requests'], 'classic', ['repository', 'pullrequest']],
    [['identity'], 'granular', ['read:user:bitbucket']]
  ] as const)('%j needs %s scopes', (purposes, vocabulary, scopes) => {
    expect(scopesForPurposes([...purposes], vocabulary)).toEqual(scopes)
  })
  it.each([
    [['read'], null],
    [['clone'], 'read'],
    [['clone', 'mirror'], 'write'],
    [['push'], 'write']
  ] as const)('%j needs Git %s', (purposes, need) => {
    expect(gitNeed([...purposes])).toBe(need)
  })
})
