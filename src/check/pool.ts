/**
 * Runs tasks with at most `limit` at once; results keep the input order. `priority` starts the
 * highest-priority items first (the ones with the longest chain of requests), so the critical
 * path is not queued behind short checks.
 */
export async function mapPool<T, R>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  priority: (item: T) => number = () => 0
): Promise<R[]> {
  const results = new Array<R>(items.length)
  const order = items
    .map((_, i) => i)
    .sort((a, b) => priority(items[b]) - priority(items[a]) || a - b)
  let next = 0
  const worker = async () => {
    while (next < order.length) {
      const index = order[next++]
      results[index] = await task(items[index], index)
    }
  }
  // Start workers one at a time, yielding to the event loop in between, so the requests of the
  // first (longest-chain) items are on the wire before the later items are even prepared.
  const running: Promise<void>[] = []
  const count = Math.max(1, Math.min(limit, items.length))
  for (let w = 0; w < count; w++) {
    running.push(worker())
    if (w < count - 1) await new Promise<void>((resolve) => setImmediate(resolve))
  }
  await Promise.all(running)
  return results
}
