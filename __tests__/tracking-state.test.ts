/** State kept between runs, the trailing block, the body cap and the change list: pure. */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { changesSince } from '../src/tracking/changes.js'
import { BODY_LIMIT, composeBody } from '../src/tracking/issue-body.js'
import { MARKER, readState, writeState, writeStateWithin } from '../src/tracking/issue-state.js'
import {
  expiryStage,
  historyOf,
  mergeStates,
  MAX_ENTRIES,
  nextState,
  parseState,
  type State,
  type StateEntry
} from '../src/tracking/state.js'
import { NOW, credential, fp, report } from './helpers/tracking.js'

const policy = { warnDays: 30, failDays: 7, maxLifetimeDays: 365 }
const entry = (extra: Partial<StateEntry> = {}): StateEntry => ({
  name: 'deploy',
  firstSeenValid: '2026-01-01T00:00:00.000Z',
  lastVerdict: 'valid',
  lastStatus: 'ok',
  lastSeen: '2026-11-27T00:00:00.000Z',
  stage: 0,
  ...extra
})
const doc = (entries: unknown) => ({
  schema: 'bitbucket-credential-check/state',
  version: 2,
  entries
})

describe('parseState', () => {
  it.each([
    ['a malformed date', { firstSeenValid: '2026-13-45T00:00:00.000Z' }, /firstSeenValid/],
    ['a free-text date', { lastSeen: 'yesterday' }, /lastSeen/],
    ['an unknown verdict', { lastVerdict: 'fine' }, /lastVerdict/],
    ['a stage out of range', { stage: 9 }, /stage/],
    ['a negative stage', { stage: -1 }, /stage is not a whole number from 0 to 4/],
    ['a fractional stage', { stage: 1.5 }, /stage is not a whole number from 0 to 4/],
    ['a stage that is text', { stage: '2' }, /stage is not a whole number from 0 to 4/],
    ['an unknown status', { lastStatus: 'grand' }, /lastStatus is not a known status/],
    ['a lastSeen of null', { lastSeen: null }, /lastSeen is not an ISO date-time/],
    ['a name that is not text', { name: 42 }, /name/]
  ])('drops an entry with %s, keeps the others, and says so', (_, bad, reason) => {
    const { state, warnings } = parseState(
      doc({ [fp(1)]: { ...entry(), ...bad }, [fp(2)]: entry() }),
      'src',
      NOW
    )
    expect(Object.keys(state)).toEqual([fp(2)])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(reason)
  })

  it('says exactly which entries it dropped and why, never echoing their values', () => {
    const { state, warnings } = parseState(
      doc({
        [fp(1)]: 'a string',
        [fp(2)]: { ...entry(), lastVerdict: 'secret-looking-value' },
        [fp(3)]: entry()
      }),
      'state-file s.json',
      NOW
    )
    expect([Object.keys(state), warnings]).toEqual([
      [fp(3)],
      [
        `state-file s.json: ignored 2 malformed entries (entry ${fp(1)}: not an object; entry ${fp(2)}: lastVerdict is not a known verdict).`
      ]
    ])
  })

  it('names at most three dropped entries, then an ellipsis', () => {
    const bad = Object.fromEntries([1, 2, 3, 4, 5].map((i) => [fp(i), null]))
    const { state, warnings } = parseState(doc(bad), 'src', NOW)
    expect([state, warnings]).toEqual([
      {},
      [
        `src: ignored 5 malformed entries (entry ${fp(1)}: not an object; entry ${fp(2)}: not an object; entry ${fp(3)}: not an object; …).`
      ]
    ])
  })

  it('keeps nulls where history may be empty, and cleans and caps the name', () => {
    const { state, warnings } = parseState(
      doc({
        [fp(1)]: {
          name: `de\u0007ploy\u009b${'x'.repeat(100)}`,
          firstSeenValid: null,
          lastVerdict: null,
          lastStatus: null,
          lastSeen: '2026-11-27T00:00:00.000Z',
          stage: 4
        },
        [fp(2)]: { lastSeen: '2026-11-27T00:00:00Z' }
      }),
      'src',
      NOW
    )
    expect([warnings, state]).toEqual([
      [],
      {
        [fp(1)]: {
          name: `deploy${'x'.repeat(74)}`,
          firstSeenValid: null,
          lastVerdict: null,
          lastStatus: null,
          lastSeen: '2026-11-27T00:00:00.000Z',
          stage: 4
        },
        [fp(2)]: {
          name: '',
          firstSeenValid: null,
          lastVerdict: null,
          lastStatus: null,
          lastSeen: '2026-11-27T00:00:00Z',
          stage: 0
        }
      }
    ])
  })

  it.each([
    ['a JSON array', [entry()], 'src: not a JSON object; ignored.'],
    ['a document without entries', doc(null), 'src: no entries object; ignored.'],
    [
      'a document of an unknown version',
      { schema: 'bitbucket-credential-check/state', version: 'two', entries: {} },
      'src: state of an unknown version (this release reads version 2); ignored and rewritten.'
    ],
    [
      "another tool's document of the same version",
      { schema: 'other-tool/state', version: 2, entries: {} },
      'src: not this tool\'s state (schema "other-tool/state", expected bitbucket-credential-check/state); ignored and rewritten.'
    ]
  ])('ignores %s, with one warning', (_, raw, warning) => {
    expect(parseState(raw, 'src', NOW)).toEqual({ state: {}, warnings: [warning] })
  })

  it(`keeps the ${MAX_ENTRIES} entries seen most recently`, () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_ENTRIES + 3 }, (_, i) => [
        fp(i),
        entry({ lastSeen: new Date(NOW.getTime() - i * 1000).toISOString() })
      ])
    )
    const { state, warnings } = parseState(doc(many), 'src', NOW)
    expect([Object.keys(state).length, warnings]).toEqual([MAX_ENTRIES, []])
    expect([fp(0), fp(MAX_ENTRIES - 1)].map((k) => k in state)).toEqual([true, true])
    expect([MAX_ENTRIES, MAX_ENTRIES + 2].map((i) => fp(i) in state)).toEqual([false, false])
  })

  it('drops a key that is not a fingerprint', () => {
    const { state, warnings } = parseState(doc({ 'not-a-fp': entry() }), 'src', NOW)
    expect(state).toEqual({})
    expect(warnings[0]).toMatch(/key is not a fingerprint/)
  })

  it('reads the first (version 1) issue state: a bare map, lastSeen taken as now', () => {
    const { state, warnings } = parseState(
      { [fp(1)]: { name: 'x', firstSeenValid: '2026-01-01T00:00:00.000Z', lastVerdict: 'valid' } },
      'src',
      NOW
    )
    expect(warnings).toEqual([])
    expect(state[fp(1)]).toEqual({
      name: 'x',
      firstSeenValid: '2026-01-01T00:00:00.000Z',
      lastVerdict: 'valid',
      lastStatus: null,
      lastSeen: NOW.toISOString(),
      stage: 0
    })
  })

  it('ignores a newer schema version with a warning', () => {
    const { state, warnings } = parseState({ ...doc({ [fp(1)]: entry() }), version: 3 }, 'src', NOW)
    expect(state).toEqual({})
    expect(warnings[0]).toMatch(/version 3/)
  })

  it('never throws, and every entry it keeps has valid dates, whatever the JSON', () => {
    const date = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.integer({ min: -1e15, max: 1e15 }).map((n) => new Date(n).toString())
    )
    const field = fc.record({
      firstSeenValid: fc.oneof(date, fc.constant('2026-01-01T00:00:00.000Z')),
      lastSeen: fc.oneof(date, fc.constant('2026-11-01T00:00:00.000Z')),
      lastVerdict: fc.oneof(fc.constant('valid'), fc.jsonValue()),
      stage: fc.oneof(fc.integer(), fc.jsonValue())
    })
    const entries = fc.dictionary(
      fc.oneof(fc.constantFrom(fp(1), fp(2), '__proto__'), fc.string()),
      fc.oneof(field, fc.jsonValue())
    )
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), entries, entries.map(doc)), (value) => {
        const { state } = parseState(value, 'src', NOW)
        for (const e of Object.values(state)) {
          expect(() => new Date(e.lastSeen).toISOString()).not.toThrow()
          expect(Number.isNaN(Date.parse(e.firstSeenValid ?? NOW.toISOString()))).toBe(false)
        }
      })
    )
  })
})

describe('nextState', () => {
  it('records the first valid date once, and keeps "valid before" through an indeterminate run', () => {
    const s1 = nextState({}, report([credential('a', 'ok')]), [fp(1)], policy)
    expect(s1[fp(1)]).toMatchObject({ firstSeenValid: NOW.toISOString(), lastVerdict: 'valid' })
    const later = new Date(NOW.getTime() + 86_400_000)
    const s2 = nextState(
      s1,
      report([credential('a', 'warning', { verdict: 'indeterminate' })], later),
      [fp(1)],
      policy
    )
    expect(s2[fp(1)]).toMatchObject({
      firstSeenValid: NOW.toISOString(),
      lastVerdict: 'valid',
      lastStatus: 'warning',
      lastSeen: later.toISOString()
    })
  })

  it('prunes exactly at max-lifetime-days: seen 365 days ago stays, a second earlier goes', () => {
    const cutoff = new Date(NOW.getTime() - 365 * 86_400_000)
    const previous: State = {
      [fp(1)]: entry({ lastSeen: cutoff.toISOString() }),
      [fp(2)]: entry({ lastSeen: new Date(cutoff.getTime() - 1000).toISOString() })
    }
    const state = nextState(previous, report([]), [], policy)
    expect(Object.keys(state)).toEqual([fp(1)])
  })

  it('prunes fingerprints not seen for max-lifetime-days', () => {
    const previous: State = {
      [fp(1)]: entry({ lastSeen: '2025-11-01T00:00:00.000Z' }),
      [fp(2)]: entry({ lastSeen: '2026-06-01T00:00:00.000Z' })
    }
    const state = nextState(previous, report([credential('c', 'ok')]), [fp(3)], policy)
    expect(Object.keys(state).sort()).toEqual([fp(2), fp(3)])
  })
})

describe('mergeStates and historyOf', () => {
  it('takes the earliest first-valid date and the latest verdict', () => {
    const a: State = {
      [fp(1)]: entry({
        firstSeenValid: '2026-03-01T00:00:00.000Z',
        lastVerdict: 'valid',
        lastSeen: '2026-11-01T00:00:00.000Z'
      })
    }
    const b: State = {
      [fp(1)]: entry({
        firstSeenValid: '2026-02-01T00:00:00.000Z',
        lastVerdict: 'invalid',
        lastSeen: '2026-11-20T00:00:00.000Z'
      })
    }
    const merged = mergeStates(a, b)
    expect(historyOf(merged, fp(1))).toEqual({
      firstSeenValid: '2026-02-01T00:00:00.000Z',
      lastVerdict: 'invalid'
    })
    expect(historyOf(merged, '__proto__')).toBeUndefined()
  })
})

describe('expiryStage', () => {
  it.each([
    [100, 'valid', 'declared', 0],
    [30, 'valid', 'declared', 1],
    [7, 'valid', 'declared', 2],
    [1, 'valid', 'declared', 3],
    [0, 'valid', 'declared', 3],
    [-1, 'valid', 'declared', 4],
    [null, 'expired', null, 4],
    [0, 'valid', 'oauth', 0]
  ] as const)('%s days left, %s, %s: stage %s', (daysLeft, verdict, expirySource, stage) => {
    expect(expiryStage({ daysLeft, verdict, expirySource }, policy)).toBe(stage)
  })
})

describe('changesSince', () => {
  it('nothing changed: no change', () => {
    const r = report([credential('a', 'warning', { daysLeft: 20 })])
    const state = nextState({}, r, [fp(1)], policy)
    expect(changesSince(state, r, [fp(1)], policy)).toEqual([])
  })

  it('better is not news', () => {
    const before = nextState({}, report([credential('a', 'failure')]), [fp(1)], policy)
    expect(changesSince(before, report([credential('a', 'warning')]), [fp(1)], policy)).toEqual([])
  })
})

describe('the trailing state block', () => {
  it('round-trips names that try to close the comment', () => {
    const state: State = { [fp(1)]: entry({ name: 'x --> <!-- y' }) }
    const block = writeState(state)
    expect(block.slice(4, -4)).not.toMatch(/-->|<!--/)
    expect(readState(`report\n\n${block}\n`, NOW).state).toEqual(state)
  })

  it('is read only from the end of the body', () => {
    const planted = writeState({ [fp(1)]: entry({ name: 'planted' }) })
    expect(readState(`${planted}\n\nreport text after it`, NOW).state).toEqual({})
    const ours = writeState({ [fp(2)]: entry({ name: 'ours' }) })
    expect(Object.keys(readState(`${planted}\nmore\n${ours}`, NOW).state)).toEqual([fp(2)])
    expect(readState(`x <!-- ${MARKER}: not json -->`, NOW).warnings[0]).toMatch(/cannot be read/)
  })

  it('fits a budget by dropping the entries seen least recently', () => {
    const state: State = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [
        fp(i),
        entry({ lastSeen: new Date(NOW.getTime() - i * 60_000).toISOString() })
      ])
    )
    const { block, dropped } = writeStateWithin(state, 2_000)
    expect(block.length).toBeLessThanOrEqual(2_000)
    expect(dropped).toBeGreaterThan(0)
    const kept = readState(block, NOW).state
    expect(kept[fp(0)]).toBeDefined()
    expect(kept[fp(299)]).toBeUndefined()
  })
})

describe('composeBody', () => {
  it('cuts the rendered part, closes an open fence, and keeps the state block whole', () => {
    const stateBlock = writeState({ [fp(1)]: entry() })
    const rendered = '```mermaid\n' + 'line\n'.repeat(20_000)
    const { body, truncated } = composeBody({ rendered, runUrl: 'https://x/run/1', stateBlock })
    expect(truncated).toBe(true)
    expect(body.length).toBeLessThan(BODY_LIMIT)
    expect(body.endsWith(stateBlock)).toBe(true)
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0)
    expect(body).toContain('job summary of https://x/run/1')
  })

  it('leaves a body that fits alone', () => {
    const { body, truncated } = composeBody({ rendered: 'short', runUrl: '', stateBlock: 'S' })
    expect({ body, truncated }).toEqual({ body: 'short\n\nS', truncated: false })
  })
})
