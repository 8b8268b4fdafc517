/** The secrets a test hands to the action or the CLI, and a check that none of them leaked. */
import { cleanSecret } from '../../src/core/clean-secret.js'

const SECRET_KEY = /(^|[-_])(token|secret|key|password)$/i

/** Secret values among inputs, flags and environment variables, plus tokens written in YAML. */
export function secretsIn(values: Record<string, string>): string[] {
  const found: string[] = []
  for (const [key, value] of Object.entries(values)) {
    if (SECRET_KEY.test(key) && value.trim()) found.push(value, cleanSecret(value).secret)
    for (const m of value.matchAll(/(?:token|client-secret):\s*'?([^\s']+)'?/g))
      found.push(m[1], cleanSecret(m[1]).secret)
  }
  return [...new Set(found.filter((s) => s.trim().length >= 8))]
}

/** Forms of each secret (as is, URL-encoded, base64) found in the visible text. */
export function leakedForms(visible: string, secrets: string[]): string[] {
  const forms = secrets
    .flatMap((s) => [s, encodeURIComponent(s), Buffer.from(s).toString('base64')])
    .filter((s) => s.length >= 8)
  return forms.filter((f) => visible.includes(f))
}

export function assertNoLeak(where: string, visible: string, secrets: string[]): void {
  const leaked = leakedForms(visible, secrets)
  if (leaked.length > 0)
    throw new Error(
      `${where} leaked ${leaked.length} secret form(s), starting ${leaked[0].slice(0, 6)}…`
    )
}
