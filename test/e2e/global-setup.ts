/**
 * Starts the real server once for the whole browser suite (support/server.ts): a fresh database
 * with the demo loaded, no "too fast" flag for robot answers. Hands the address and the database
 * path to the tests (`inject('baseURL')`, `inject('databasePath')`), and stops the server
 * afterwards, also when a test failed.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_PATH, MISSING_CHROMIUM, SCREENSHOT_DIR } from './support/paths.js'
import { startServer } from './support/server.js'

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(MISSING_CHROMIUM)
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true })
  mkdirSync(SCREENSHOT_DIR, { recursive: true })

  const server = await startServer({
    DEMO: 'on',
    MIN_FILL_SECONDS: '0',
    // The journeys answer KRB1001 dozens of times in minutes, alike: a burst, by design; its tests are test/http/survey/anomaly-rules.test.ts.
    ANOMALY_RULES: 'off',
  })
  project.provide('baseURL', server.baseURL)
  project.provide('databasePath', server.databasePath)
  return server.stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    databasePath: string
  }
}
