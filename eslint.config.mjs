import js from '@eslint/js'
import jest from 'eslint-plugin-jest'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Imports flow one way: core (pure) ← secrets ← inputs ← probe ← check ← report / tracking ←
 * adapters (main.ts, runner/, cli.ts, cli/). Only the demo may load the emulator, and the emulator
 * imports nothing of the product (it states its own facts, so it cannot agree with a wrong one).
 */
const LAYERS = ['core', 'secrets', 'inputs', 'probe', 'check', 'report', 'tracking']
const ADAPTERS = ['cli', 'runner', 'emulator']
const IO_MODULES = ['node:http', 'node:https', 'node:net', 'node:tls', 'node:child_process']

/** Forbids, from the files of one folder of src/, the given sibling folders and modules. */
function restrict(files, folders, message, { ignores = [], modules = [], actions = false } = {}) {
  const outside = folders.length > 0 ? `^(\\.\\./)+(${folders.join('|')})(/|$)|` : ''
  const patterns = [{ regex: `${outside}^\\.\\./(main|cli|index)(\\.js)?$`, message }]
  if (modules.length > 0) {
    patterns.push({ regex: `^(${modules.join('|')})$`, message })
  }
  if (actions) patterns.push({ group: ['@actions/*'], message })
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } }
}

const above = (layer) => [...LAYERS.slice(LAYERS.indexOf(layer) + 1), ...ADAPTERS]
const PURE = { modules: IO_MODULES, actions: true }

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.test-build/**',
      'coverage/**',
      'node_modules/**',
      '*.config.*',
      'bench/.build/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    }
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)emulator(/|$)',
              message: 'Only the demo (src/cli/demo*) may load the emulator.'
            }
          ]
        }
      ],
      'max-lines-per-function': [
        'error',
        { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }
      ],
      complexity: ['error', 20]
    }
  },
  restrict(
    ['src/core/**'],
    [...LAYERS.slice(1), ...ADAPTERS],
    'src/core is pure: it imports only src/core.',
    PURE
  ),
  restrict(['src/secrets/**'], above('secrets'), 'src/secrets imports only src/core.', PURE),
  restrict(['src/inputs/**'], above('inputs'), 'src/inputs imports only core and secrets.'),
  restrict(
    ['src/probe/**'],
    above('probe').concat('inputs'),
    'src/probe is handed its settings: it imports only core and secrets.'
  ),
  restrict(
    ['src/check/**'],
    above('check'),
    'src/check may not import report, tracking or the adapters.'
  ),
  restrict(
    ['src/report/**'],
    ['tracking', ...ADAPTERS],
    'src/report may not import tracking or the adapters.'
  ),
  restrict(
    ['src/tracking/**'],
    ['probe', 'check', ...ADAPTERS],
    'src/tracking may not import probe, check or the adapters.'
  ),
  restrict(['src/cli/**'], ['emulator'], 'Only the demo (src/cli/demo*) may load the emulator.', {
    ignores: ['src/cli/demo*']
  }),
  restrict(['src/cli/demo*'], [], 'The demo may load the emulator, nothing else of the adapters.'),
  {
    files: ['src/emulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message: 'The emulator states its own facts: it imports nothing outside src/emulator.'
            }
          ]
        }
      ]
    }
  },
  { files: ['__tests__/**/*.ts'], ...jest.configs['flat/recommended'] },
  {
    files: ['__tests__/**/*.ts'],
    rules: { 'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expectGolden'] }] }
  },
  prettier
)
