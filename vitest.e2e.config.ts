import { defineConfig } from 'vitest/config'

/**
 * Browser tests (`npm run test:e2e`): the real server in a child process, Debian's Chromium
 * through playwright-core. Kept apart from `npm test`, which only includes *.test.ts(x).
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    pool: 'forks',
    // One browser and one server: files run one after another, so database counts stay exact.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
})
