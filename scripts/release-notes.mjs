#!/usr/bin/env node
/**
 * Prints the CHANGELOG.md notes of one release, for the GitHub release's body.
 * Usage: node scripts/release-notes.mjs v1.2.3   (or 1.2.3). Exits 1 when the release has no notes.
 */
import { readFileSync } from 'node:fs'
import { changelogReleases, tagVersion } from './release-rules.mjs'

const version = tagVersion(process.argv[2] ?? '')
const release = changelogReleases(readFileSync('CHANGELOG.md', 'utf8')).find(
  (r) => r.version === version
)
if (!release?.notes) {
  console.error(
    `CHANGELOG.md has no notes for '${process.argv[2] ?? ''}': add a '## [x.y.z] - date' section.`
  )
  process.exitCode = 1
} else {
  console.log(release.notes)
}
