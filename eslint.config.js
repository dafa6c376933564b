// The layers of the code, held by the linter: pure domain, one data layer, HTTP, views.
// A rule here is the architecture; when one fires, move the code, not the rule.
import { dirname, relative, resolve } from 'node:path'
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

/**
 * `layers/no-import-from`: a relative import that resolves into one of the given project folders.
 * Resolved, not matched as text, so `src/domain/results` is not mistaken for `src/results`.
 */
const layers = {
  rules: {
    'no-import-from': {
      meta: {
        type: 'problem',
        schema: [
          {
            type: 'object',
            properties: { folders: { type: 'array', items: { type: 'string' } }, message: { type: 'string' } },
            additionalProperties: false,
          },
        ],
      },
      create(context) {
        const { folders, message } = context.options[0]
        const check = (node) => {
          const source = node.source?.value
          if (typeof source !== 'string' || !source.startsWith('.')) return
          const target = relative(context.cwd, resolve(dirname(context.filename), source))
          const folder = folders.find((f) => target === f || target.startsWith(`${f}/`))
          if (folder) context.report({ node: node.source, message: `${message} (imports ${folder})` })
        }
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        }
      },
    },
  },
}

const importFrom = (folders, message) => ['error', { folders, message }]

const DATABASE_LIBRARIES = {
  regex: '^(drizzle-orm|better-sqlite3)(/|$)',
  message: 'Only src/db touches the database: call a query function from src/db/queries that takes `db`.',
}

/** `db.$client.prepare(…)`, `sqlite.prepare(…)`: prepared SQL. */
const PREPARED_SQL = {
  selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='prepare']",
  message: 'Only src/db touches the database: put the SQL in a query module under src/db/queries.',
}

const restrictImports = (...patterns) => ['error', { patterns }]

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'bench-results/', 'test-results/', 'static/', 'drizzle/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    plugins: { layers },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // File names are cleaned of control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'views/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': restrictImports(DATABASE_LIBRARIES),
      'no-restricted-syntax': ['error', PREPARED_SQL],
      'layers/no-import-from': importFrom(
        ['src/db/schema.js'],
        'Tables belong to src/db: call a query function that takes `db`.',
      ),
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': restrictImports(DATABASE_LIBRARIES, {
        regex: '^hono(/|$)',
        message: 'The domain is pure: no HTTP. Pass plain values in.',
      }),
      'layers/no-import-from': importFrom(
        ['src/db', 'src/http', 'src/results', 'views'],
        'The domain is pure: no database, HTTP, views or results assembly. Pass plain values in.',
      ),
    },
  },
  {
    files: ['views/**'],
    rules: {
      'no-restricted-imports': restrictImports(DATABASE_LIBRARIES),
      'layers/no-import-from': importFrom(
        ['src/db'],
        'Views take plain props: import types from the domain or declare them beside the view.',
      ),
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': restrictImports({ regex: '^hono(/|$)', message: 'The data layer knows nothing of HTTP.' }),
      'layers/no-import-from': importFrom(
        ['src/http', 'src/results', 'src/registry', 'src/posters', 'views'],
        'The data layer serves the others and imports none of them: move shared types to the domain.',
      ),
    },
  },
  {
    // Tests read JSON bodies and build deliberately malformed definitions.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The bench's ceilings are bare servers with their own SQLite, built outside the app's layers on purpose.
    files: ['src/bench/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
)
