/** Property tests: arbitrary secrets, emails and YAML never crash the parsers and never leak. */
/* eslint-disable jest/no-conditional-expect -- a property holds on both branches: a value, or a clear InputError */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dump } from 'js-yaml'
import { Redactor } from '../src/secrets/redactor.js'
import { runCheck } from '../src/check/run-check.js'
import { classify } from '../src/core/classify.js'
import { cleanSecret } from '../src/core/clean-secret.js'
import { parseScopeList } from '../src/core/scopes.js'
import { BitbucketEmulator } from './emulator/emulator.js'
import { sampleWorld } from '../src/emulator/sample-world.js'
import { parseCredentialList } from '../src/inputs/credential-specs.js'
import { InputError, parseDate } from '../src/inputs/parse-values.js'
import { readSettings } from '../src/inputs/settings.js'
import { annotationsFor } from '../src/report/annotations.js'
import { renderSummary } from '../src/report/render-summary.js'
import { renderTable } from '../src/report/render-table.js'

let emu: BitbucketEmulator
beforeAll(async () => {
  emu = await new BitbucketEmulator(sampleWorld()).start()
})
afterAll(async () => {
  await emu.stop()
})

const NOW = new Date('2026-11-28T10:00:00Z')
/** Secrets with at least 12 characters that are not whitespace, in any alphabet. */
const secretArb = fc
  .oneof(
    fc.string({ minLength: 12, maxLength: 80 }),
    fc.string({ unit: 'grapheme', minLength: 12, maxLength: 40 }),
    fc.stringMatching(/^ATATT3[A-Za-z0-9_=-]{20,190}$/),
    fc.stringMatching(/^ATCTT3[A-Za-z0-9_=-]{20,190}$/),
    fc.stringMatching(/^ATBB[A-Za-z0-9]{20,40}$/)
  )
  .filter((s) => s.replace(/\s/g, '').length >= 12)
const emailArb = fc.oneof(fc.emailAddress(), fc.string({ maxLength: 30 }), fc.constant(''))
const wrapArb = fc.constantFrom(
  (s: string) => s,
  (s: string) => ` ${s}\n`,
  (s: string) => `"${s}"`,
  (s: string) => `Bearer ${s}`,
  (s: string) => `https://x-token-auth:${encodeURIComponent(s)}@bitbucket.org/acme/web.git`
)

const isAcceptedError = (error: unknown) => error instanceof InputError

describe('parsers never crash', () => {
  it('classify and cleanSecret accept any secret and identity', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (token, email, username) => {
        const c = classify(
          {
            name: 'p',
            token,
            email,
            username,
            clientId: '',
            clientSecret: '',
            purposes: [],
            scopes: [],
            gitUsername: '',
            tokenLabel: ''
          },
          NOW
        )
        expect(typeof c.type).toBe('string')
        expect(cleanSecret(token).secret.length).toBeLessThanOrEqual(token.length)
      }),
      { numRuns: 500 }
    )
  })

  it('scope lists and dates: values or a clear InputError, nothing else', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseScopeList(text).every((s) => s.length > 0 && !/[\s,]/.test(s))).toBe(true)
        try {
          const d = parseDate('expires-at', text)
          expect(Number.isNaN(d.getTime())).toBe(false)
        } catch (error) {
          expect(isAcceptedError(error)).toBe(true)
          expect((error as Error).message).toMatch(/^Invalid expires-at: .*Expected a real date/s)
        }
      }),
      { numRuns: 500 }
    )
  })

  it('any YAML text, or any YAML-dumped value, gives specs or a clear InputError', () => {
    const yamlArb = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.anything({ maxDepth: 3 }).map((v) => {
        try {
          return dump(v)
        } catch {
          return String(v)
        }
      }),
      fc
        .array(
          fc.dictionary(
            fc.constantFrom(
              'name',
              'token',
              'email',
              'purpose',
              'scopes',
              'expires-at',
              'repository',
              'emial'
            ),
            fc.oneof(fc.string(), fc.integer(), fc.constant(null))
          )
        )
        .map((v) => dump(v))
    )
    fc.assert(
      fc.property(yamlArb, (text) => {
        try {
          const specs = parseCredentialList({
            label: 'credentials',
            text,
            fromFile: false,
            env: {}
          })
          expect(Array.isArray(specs)).toBe(true)
        } catch (error) {
          expect(isAcceptedError(error)).toBe(true)
          expect((error as Error).message).toMatch(/^credentials|^Invalid/)
        }
      }),
      { numRuns: 400 }
    )
  })
})

describe('no secret leaks through the whole pipeline', () => {
  it('arbitrary secrets and emails, pasted in any form, never reach the report, summary, table or annotations', async () => {
    await fc.assert(
      fc.asyncProperty(
        secretArb,
        emailArb,
        wrapArb,
        fc.constantFrom('', 'acme/web'),
        async (secret, email, wrap, repository) => {
          const redactor = new Redactor()
          const masked: string[] = []
          const mask = (s: string) => {
            masked.push(s)
            redactor.add(s)
          }
          const values: Record<string, string> = {
            token: wrap(secret),
            email,
            repository,
            purpose: repository ? 'mirror' : '',
            'api-url': emu.apiUrl,
            'git-url': emu.url,
            'timeout-seconds': '2'
          }
          let settings
          try {
            settings = readSettings({
              get: (n) => values[n] ?? '',
              readFile: () => '',
              env: {},
              mask
            })
          } catch (error) {
            expect(isAcceptedError(error)).toBe(true)
            expect((error as Error).message).not.toContain(secret.trim())
            return
          }
          const report = await runCheck(settings, { mask })
          const visible = [
            JSON.stringify(report),
            renderSummary(report),
            renderTable(report),
            JSON.stringify(annotationsFor(report))
          ].join('\n')
          const core = secret.trim()
          expect(masked).toContain(values.token)
          for (const form of [
            core,
            encodeURIComponent(core),
            Buffer.from(`${email}:${core}`).toString('base64')
          ]) {
            expect(visible.includes(form)).toBe(false)
          }
        }
      ),
      { numRuns: 60 }
    )
  })
})
