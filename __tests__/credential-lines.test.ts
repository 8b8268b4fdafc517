/** Each credential from a YAML list knows where it was declared, so its annotation points at its item. */
import { describe, expect, it } from '@jest/globals'
import { load } from 'js-yaml'
import { parseCredentialList, type ListSource } from '../src/inputs/credential-specs.js'
import { InputError } from '../src/inputs/parse-values.js'
import { parseYamlList } from '../src/inputs/yaml-list.js'

const text = [
  '# credentials checked nightly',
  '- name: a',
  '  token-env: A',
  '  purpose:',
  '    - push',
  '    - clone',
  '',
  '- name: b',
  '  token-env: B',
  '  scopes:',
  '  - repository',
  '-   name: c',
  '    token-env: C'
].join('\n')

const env = { A: 'x', B: 'y', C: 'z' }
const bounds = { maxAliases: 100, maxDepth: 20 }

/** The message parseCredentialList throws for a `credentials` input of these lines. */
function errorFor(lines: string[], fromFile = false): string {
  const source: ListSource = { label: 'credentials', text: lines.join('\n'), fromFile, env }
  try {
    parseCredentialList(source)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected an input error')
}

describe('item lines', () => {
  it('are the lines where the top-level items begin, not those of nested lists', () => {
    expect(parseYamlList(text, bounds).items.map((item) => item.line)).toEqual([2, 8, 12])
  })

  it('reach each spec: file and line for credentials-file, line for the credentials input, none for direct inputs', () => {
    const fromFile = parseCredentialList({
      label: 'f',
      text,
      fromFile: true,
      file: 'ci/creds.yml',
      env
    })
    expect(fromFile.map((s) => s.source)).toEqual([
      { input: 'credentials-file', file: 'ci/creds.yml', line: 2 },
      { input: 'credentials-file', file: 'ci/creds.yml', line: 8 },
      { input: 'credentials-file', file: 'ci/creds.yml', line: 12 }
    ])
    const fromInput = parseCredentialList({ label: 'credentials', text, fromFile: false, env })
    expect(fromInput[1].source).toEqual({ input: 'credentials', line: 8 })
  })

  it('count a flow-style list item by item, even on one line', () => {
    const specs = parseCredentialList({
      label: 'f',
      text: '# two\n[{name: a, token-env: A},\n {name: b, token-env: B}]',
      fromFile: true,
      file: 'creds.yml',
      env
    })
    expect(specs.map((s) => s.source?.line)).toEqual([2, 3])
  })

  it('are not fooled by `- name:` inside a comment or a block scalar', () => {
    const specs = parseCredentialList({
      label: 'f',
      text: [
        '# - name: commented-out',
        '- name: a',
        '  token-env: A',
        '  token-label: |',
        '    - name: not-an-item',
        '    - name: nor-this',
        '- name: b # - name: trailing',
        '  token-env: B'
      ].join('\n'),
      fromFile: true,
      file: 'creds.yml',
      env
    })
    expect(specs.map((s) => s.source)).toEqual([
      { input: 'credentials-file', file: 'creds.yml', line: 2 },
      { input: 'credentials-file', file: 'creds.yml', line: 7 }
    ])
  })

  it('start at the anchor of an anchored item and at the alias of a repeated one', () => {
    const specs = parseCredentialList({
      label: 'credentials',
      text: ['- &deploy', '  name: a', '  token-env: A', '- *deploy'].join('\n'),
      fromFile: false,
      env
    })
    expect(specs.map((s) => s.source?.line)).toEqual([1, 4])
  })
})

describe('key lines in error messages', () => {
  it('name the line of the bad key in item 2 after a nested block list in item 1', () => {
    const message = errorFor([
      '- name: a',
      '  token-env: A',
      '  purpose:',
      '  - push',
      '  - clone',
      '- name: b',
      '  emial: b@example.com'
    ])
    expect(message).toMatch(
      /^credentials, item 2 \(line 7\): unknown key 'emial'\. Did you mean 'email'\?/
    )
  })

  it('name the line of a key in a flow-style item', () => {
    const message = errorFor(['- name: a', '  token-env: A', '- {name: b, token-env: NOT_SET}'])
    expect(message).toMatch(
      /^credentials, item 2 \(line 3\): environment variable 'NOT_SET' \(token-env\) is not set\./
    )
  })

  it('name the key line, not a comment or block scalar that looks like an item or a key', () => {
    const message = errorFor([
      '- name: a',
      '  token-env: A',
      '  token-label: |',
      '    - name: not-an-item',
      '      token-env: looks like a key',
      '# - name: commented out',
      '#   token-env: commented out',
      '- name: b',
      '  token-env: bad name'
    ])
    expect(message).toMatch(
      /^credentials, item 2 \(line 9\): token-env must name an environment variable/
    )
  })

  it('name the line of a quoted key, and of a secret written into a credentials file', () => {
    const message = errorFor(['- name: a', '', '  "token": x'], true)
    expect(message).toMatch(/^credentials, item 1 \(line 3\): do not write secrets in the file/)
  })

  it('name the line of a key whose value is a mapping, after an item that holds a nested list', () => {
    const message = errorFor([
      '- name: a',
      '  token-env: A',
      '  scopes: [repository, pullrequest]',
      '- name: b',
      '  token-env: B',
      '  email:',
      '    nested: value'
    ])
    expect(message).toBe(
      "credentials, item 2 (line 6): 'email' must be a single value, not a mapping."
    )
  })

  it('are left out of messages about a whole item, as before', () => {
    expect(errorFor(['- name: a', '  token-env: A', '- just text'])).toBe(
      'credentials, item 2: each item must be a mapping of keys such as name, token-env, email.'
    )
  })

  it('still come from the parser for invalid YAML', () => {
    expect(errorFor(['- name: a', '  token-env: [A'])).toMatch(
      /^credentials is not valid YAML \(line \d+\): /
    )
  })
})

describe('parsing once keeps load semantics', () => {
  it('rejects empty text and several documents as load does', () => {
    expect(() => parseYamlList('', bounds)).toThrow('expected a document, but the input is empty')
    expect(() => parseYamlList('- a\n---\n- b', bounds)).toThrow(
      'expected a single document in the stream, but found more'
    )
  })

  it('refuses lists of lists in purpose and scopes, so aliases cannot multiply them (an alias bomb)', () => {
    // Each item's purpose repeats the previous one three times: 3^n values from a few lines.
    const lines = ['- name: a0', '  token-env: A', '  purpose: &p0 [clone]']
    for (let i = 1; i <= 30; i++) {
      lines.push(
        `- name: a${i}`,
        '  token-env: A',
        `  purpose: &p${i} [*p${i - 1}, *p${i - 1}, *p${i - 1}]`
      )
    }
    const started = Date.now()
    expect(errorFor(lines)).toMatch(
      /item 2 .*'purpose' must be a list of single values, not of lists/
    )
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('counts lines ended by a lone carriage return, as YAML does', () => {
    const text = ['- name: a', '  token-env: A', '- name: b', '  token-env: B'].join('\r')
    expect(parseYamlList(text, bounds).items.map((i) => i.line)).toEqual([1, 3])
  })

  it('keeps the alias and depth bounds', () => {
    const aliases = ['- &a {name: a}', ...Array.from({ length: 3 }, () => '- *a')].join('\n')
    expect(() => parseYamlList(aliases, { maxAliases: 2, maxDepth: 20 })).toThrow()
    expect(parseYamlList(aliases, { maxAliases: 3, maxDepth: 20 }).items).toHaveLength(4)
    // The depth bound counts as load counts it: the same nesting passes or fails both ways.
    const options = { maxAliases: 0, maxDepth: 5 }
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`
    expect(parseYamlList(nested(4), options).data).toEqual(load(nested(4), options))
    for (const levels of [5, 6]) {
      expect(() => load(nested(levels), options)).toThrow('maxDepth')
      expect(() => parseYamlList(nested(levels), options)).toThrow('maxDepth')
    }
  })

  it('locates nothing when the document is not a list', () => {
    expect(parseYamlList('name: a', bounds)).toEqual({ data: { name: 'a' }, items: [] })
  })
})
