import { defineConfig } from 'vitest/config'
import e2e from './vitest.e2e.config.js'

/**
 * `npm run guide:screenshots`: the same real server and Chromium as the browser tests, running only the
 * script that photographs the guide's sections into static/guide/.
 */
export default defineConfig({ test: { ...e2e.test, include: ['test/e2e/guide-screenshots.shots.ts'] } })
