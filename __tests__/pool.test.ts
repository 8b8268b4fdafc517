/** The bounded pool: never more than the limit at once, results in input order, priority first. */
import { describe, expect, it } from '@jest/globals'
import { mapPool } from '../src/check/pool.js'

describe('mapPool', () => {
  it('keeps input order and never runs more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const results = await mapPool([30, 10, 20, 5, 15], 2, async (ms, i) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, ms))
      running--
      return i
    })
    expect(results).toEqual([0, 1, 2, 3, 4])
    expect(peak).toBe(2)
  })

  it('starts the highest-priority items first', async () => {
    const started: string[] = []
    await mapPool(
      ['a', 'oauth', 'b'],
      1,
      (x) => Promise.resolve(void started.push(x)),
      (x) => (x === 'oauth' ? 2 : 1)
    )
    expect(started).toEqual(['oauth', 'a', 'b'])
  })
})
