// The layers of the code, held by the linter: pure domain, one data layer, HTTP, views.
// A rule here is the architecture; when one fires, move the code, not the rule.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

/** An import whose path passes through one of these folders of the project. */
const throughFolder = (...folders) => `(^|/)(${folders.join('|')})/`

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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'views/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': restrictImports(DATABASE_LIBRARIES),
      'no-restricted-syntax': ['error', PREPARED_SQL],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': restrictImports(DATABASE_LIBRARIES, {
        regex: `${throughFolder('db', 'http', 'results', 'views')}|^hono(/|$)`,
        message: 'The domain is pure: no database, HTTP, views or results assembly. Pass plain values in.',
      }),
    },
  },
  {
    files: ['views/**'],
    rules: {
      'no-restricted-imports': restrictImports(DATABASE_LIBRARIES, {
        regex: throughFolder('db'),
        message: 'Views take plain props: import types from the domain or declare them beside the view.',
      }),
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': restrictImports({
        regex: `${throughFolder('http', 'results', 'registry', 'posters', 'views')}|^hono(/|$)`,
        message: 'The data layer serves the others and imports none of them: move shared types to the domain.',
      }),
    },
  },
  {
    // The bench's ceilings are bare servers with their own SQLite, built outside the app's layers on purpose.
    files: ['src/bench/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
)
