/**
 * The emulator the tests and the bench use: the slim core (emulator-core.ts, which the --demo
 * ships) plus the test-only parts, switchable faults (latency, hangs, resets, 429, 5xx, HTML
 * pages, truncated or non-JSON bodies) and the real `git http-backend` when a project root is
 * given. Nothing in the product imports this module, so dist/ carries neither.
 */
import { BitbucketEmulatorCore, type EmulatorOptions } from '../../src/emulator/emulator-core.js'
import { applyFault } from './faults.js'
import { runGitBackend } from './git-backend.js'

export type * from '../../src/emulator/emulator-core.js'

export class BitbucketEmulator extends BitbucketEmulatorCore {
  constructor(options: EmulatorOptions = {}) {
    super(options, { applyFault, runGitBackend })
  }
}
