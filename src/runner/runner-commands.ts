/**
 * The two runner commands the action needs before its first request, written here so that the
 * check starts without loading @actions/core (about 35 ms of module load: its OIDC client pulls
 * in undici). They follow @actions/core 3 byte for byte (runner-commands.test.ts proves it);
 * everything else goes through @actions/core, loaded while the first requests are on the wire.
 */
import { EOL } from 'node:os'
import { escapeData } from '../report/annotations.js'

/** An input as the runner passes it (`INPUT_<NAME>`), untrimmed: core.getInput's name rule. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
}

/** Registers a secret with the runner (`::add-mask::`), as core.setSecret writes it. */
export function setSecret(secret: string): void {
  process.stdout.write(`::add-mask::${escapeData(secret)}${EOL}`)
}
