import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'hono/jsx' },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    pool: 'forks',
    // Vitest keeps a core for itself by default, which on a 2-core runner means one file at a time while
    // its own process mostly waits; the test files share nothing (each opens its own databases).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
  },
})
