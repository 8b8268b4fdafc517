/** Where the tests find the bundles that the global setup built from src/. */
import { join } from 'node:path'

export const BUILD_ROOT = join(process.cwd(), '.test-build')
export const ACTION_BUNDLE = join(BUILD_ROOT, 'dist', 'index.js')
export const CLI_BUNDLE = join(BUILD_ROOT, 'dist', 'cli', 'index.js')
