/** Reads a text file of at most `maxBytes` (a larger one, or a device that never ends, is refused). */
import { closeSync, openSync, readSync } from 'node:fs'

export function readBounded(path: string, maxBytes: number): string {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(maxBytes + 1)
    let size = 0
    while (size <= maxBytes) {
      const n = readSync(fd, buffer, size, maxBytes + 1 - size, null)
      if (n === 0) break
      size += n
    }
    if (size > maxBytes) {
      throw Object.assign(new Error(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB`), {
        code: 'EFBIG'
      })
    }
    return buffer.subarray(0, size).toString('utf8')
  } finally {
    closeSync(fd)
  }
}
