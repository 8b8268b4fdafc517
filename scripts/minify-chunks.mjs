/**
 * ncc's -m minifies only the entry file; the chunks it splits off (the reporting side, the
 * tracking client, the demo) stay as written. This minifies them the same way, in place, so
 * that dist/ ships about half the bytes and the reporting side parses faster.
 * Usage: node scripts/minify-chunks.mjs dist dist/cli
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { minify } from 'terser'

for (const dir of process.argv.slice(2)) {
  for (const file of readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f))) {
    const path = join(dir, file)
    const result = await minify(readFileSync(path, 'utf8'), {
      module: true,
      compress: true,
      mangle: true,
      format: { comments: false }
    })
    if (result.code === undefined) throw new Error(`terser returned nothing for ${path}`)
    writeFileSync(path, result.code)
  }
}
