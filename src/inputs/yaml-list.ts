/**
 * A YAML list parsed once with js-yaml, with the line of each top-level item and of each key
 * in it taken from the parser's own events (not from scanning the text).
 */
import {
  constructFromEvents,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  YAMLException,
  type Event
} from 'js-yaml'

/** Where one top-level item begins, and where each of its keys is written (1-based lines). */
export interface ItemPosition {
  line: number
  keyLines: ReadonlyMap<string, number>
}

export interface ParsedYaml {
  /** The single document's value, as `load` gives it. */
  data: unknown
  /** One entry per top-level item when the document is a sequence, else empty. */
  items: ItemPosition[]
}

export interface YamlBounds {
  maxAliases: number
  maxDepth: number
}

/** Turns a 0-based offset into a 1-based line, by binary search over the line starts. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0]
  // A line ends at \n, at \r\n, or at a lone \r, as YAML reads it.
  for (const m of text.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}

/** The first offset a node occupies: its anchor, its tag, or its content, whichever is first. */
function nodeStart(event: Event): number {
  const offsets: number[] = []
  if (event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.MAPPING)
    offsets.push(event.start, event.anchorStart, event.tagStart)
  if (event.type === EVENT_ID.SCALAR)
    offsets.push(event.valueStart, event.anchorStart, event.tagStart)
  // An alias has only its name's range; the `*` sits just before it.
  if (event.type === EVENT_ID.ALIAS) offsets.push(event.anchorStart - 1)
  const present = offsets.filter((offset) => offset >= 0)
  return present.length > 0 ? Math.min(...present) : -1
}

/** The index just past the node that begins at `index` (a collection ends after its POP). */
function skipNode(events: Event[], index: number): number {
  const type = events[index].type
  if (type !== EVENT_ID.SEQUENCE && type !== EVENT_ID.MAPPING) return index + 1
  let next = index + 1
  while (next < events.length && events[next].type !== EVENT_ID.POP) next = skipNode(events, next)
  return next + 1
}

/** The line of each scalar key of the mapping that begins at `index` (none for other nodes). */
function keyLines(
  events: Event[],
  index: number,
  text: string,
  lineAt: (offset: number) => number
): Map<string, number> {
  const lines = new Map<string, number>()
  if (events[index].type !== EVENT_ID.MAPPING) return lines
  let next = index + 1
  while (next < events.length && events[next].type !== EVENT_ID.POP) {
    const key = events[next]
    if (key.type === EVENT_ID.SCALAR) lines.set(getScalarValue(text, key), lineAt(nodeStart(key)))
    next = skipNode(events, skipNode(events, next))
  }
  return lines
}

/** The position of each item of the top-level sequence of the first document. */
function itemPositions(events: Event[], text: string): ItemPosition[] {
  const root = events.findIndex((event) => event.type !== EVENT_ID.DOCUMENT)
  if (root === -1 || events[root].type !== EVENT_ID.SEQUENCE) return []
  const lineAt = lineFinder(text)
  const items: ItemPosition[] = []
  let next = root + 1
  while (next < events.length && events[next].type !== EVENT_ID.POP) {
    items.push({
      line: lineAt(nodeStart(events[next])),
      keyLines: keyLines(events, next, text, lineAt)
    })
    next = skipNode(events, next)
  }
  return items
}

/**
 * Parses a single YAML document as js-yaml's `load` does (same bounds, same errors: a
 * `YAMLException` for invalid, empty or multi-document text) and locates its list items.
 */
export function parseYamlList(text: string, bounds: YamlBounds): ParsedYaml {
  const events = parseEvents(text, { maxDepth: bounds.maxDepth })
  const documents = constructFromEvents(events, { source: text, maxAliases: bounds.maxAliases })
  if (documents.length === 0) throw new YAMLException('expected a document, but the input is empty')
  if (documents.length > 1)
    throw new YAMLException('expected a single document in the stream, but found more')
  return { data: documents[0], items: itemPositions(events, text) }
}
