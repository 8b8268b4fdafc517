/** Table lookups by keys that came from outside: own properties only, never Object.prototype's. */

/** The table's own entry for the key, or undefined (so `__proto__` or `constructor` find nothing). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
