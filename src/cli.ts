#!/usr/bin/env node
/** The CLI entry: everything else is in src/cli/main.ts, which tests call in process. */
import { main } from './cli/main.js'

process.exitCode = await main(process.argv.slice(2), process.env)
