/** Small text renderers: the consumer lines, workflow-command neutralizing, bounds and Mermaid names. */
import { describe, expect, it } from '@jest/globals'
import { sampleReport } from '../__fixtures__/reports.js'
import type { ConsumerResult, CredentialReport } from '../src/core/types.js'
import { consumerMarkdown, consumerText } from '../src/report/consumer-lines.js'
import { bound, mermaidText } from '../src/report/markdown-text.js'
import { neutralizeCommands } from '../src/report/neutralize-commands.js'

const withConsumer = (consumer: ConsumerResult | null | undefined): CredentialReport => ({
  ...sampleReport().credentials[0],
  consumer
})

describe('the consumer lines', () => {
  const renovate: ConsumerResult = {
    name: 'renovate',
    works: false,
    checked: ['GET /2.0/user', 'git-upload-pack as `x`\nand more'],
    settings: 'username: jdoe@example.com\npassword: <token>'
  }

  it('in Markdown: code spans a backtick or a line break cannot close', () => {
    expect(consumerMarkdown(withConsumer(renovate))).toEqual([
      "- As `renovate` sends it: does not work (replayed `GET /2.0/user`, `git-upload-pack as 'x' and more`)",
      '- renovate settings: `username: jdoe@example.com`, `password: <token>`'
    ])
  })

  it('in the terminal: the requests joined by semicolons, the settings side by side', () => {
    const c = withConsumer({ ...renovate, checked: ['GET /2.0/user', 'git-upload-pack as jdoe'] })
    expect(consumerText(c)).toEqual([
      '  as renovate sends it: does not work (GET /2.0/user; git-upload-pack as jdoe)',
      '  renovate settings: username: jdoe@example.com  password: <token>'
    ])
  })

  it.each([
    [true, 'works'],
    [null, 'could not be checked']
  ])('say %p as "%s", and list no requests when none were replayed', (works, said) => {
    const c = withConsumer({ name: 'git', works, checked: [], settings: 'password: <token>' })
    expect(consumerMarkdown(c)[0]).toBe(`- As \`git\` sends it: ${said}`)
    expect(consumerText(c)[0]).toBe(`  as git sends it: ${said}`)
  })

  it.each([null, undefined])('are none without a consumer (%p)', (consumer) => {
    expect(consumerMarkdown(withConsumer(consumer))).toEqual([])
    expect(consumerText(withConsumer(consumer))).toEqual([])
  })
})

describe('neutralizeCommands', () => {
  it('breaks workflow commands at the start of a line, indented too, and the legacy form anywhere', () => {
    expect(neutralizeCommands('::error::x\n  ::warning::y\nok ##[set-output name=a]b')).toBe(
      ': :error::x\n  : :warning::y\nok # #[set-output name=a]b'
    )
  })

  it('keeps JSON valid and its value unchanged', () => {
    const json = JSON.stringify({ message: '##[set-output name=a]b' })
    const safe = neutralizeCommands(json, true)
    expect(safe).toBe('{"message":"##\\u005bset-output name=a]b"}')
    expect(JSON.parse(safe)).toEqual({ message: '##[set-output name=a]b' })
  })

  it('leaves text without commands as it is', () => {
    expect(neutralizeCommands('a: b :: c\n# [x]')).toBe('a: b :: c\n# [x]')
  })
})

describe('bound', () => {
  it.each([
    ['abc', 3, 'abc'],
    ['abcd', 3, 'ab…'],
    ['ab😀cd', 4, 'ab😀…']
  ])('cuts %j to %p characters, whole code points, marking the cut', (text, max, cut) => {
    expect(bound(text, max)).toBe(cut)
  })
})

describe('mermaidText', () => {
  it.each([
    ['a<b>: "c"; #d\n', 'a b c d'],
    ['deploy (prod)/eu_1.x', 'deploy (prod)/eu_1.x'],
    ['***', 'unnamed'],
    ['x'.repeat(50), `${'x'.repeat(39)}…`]
  ])('keeps only what the gantt grammar cannot misread: %j', (text, safe) => {
    expect(mermaidText(text)).toBe(safe)
  })
})
