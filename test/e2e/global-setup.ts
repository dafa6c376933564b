/**
 * Starts the real server (`src/server.ts` through tsx) once for the whole browser suite: a free
 * port, a fresh database in a temporary folder, the demo loaded, no "too fast" flag for robot
 * answers. Waits until `/healthz` answers, hands the address and the database path to the tests
 * (`inject('baseURL')`, `inject('databasePath')`), and stops the server afterwards, also when a
 * test failed.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { CHROMIUM_PATH, MISSING_CHROMIUM, REPO_ROOT, SCREENSHOT_DIR } from './support/paths.js'

/** Every setting src/config.ts reads: none leaks in from the developer's shell. */
const APP_SETTINGS = [
  'PORT',
  'HOST',
  'DATABASE_PATH',
  'PUBLIC_BASE_URL',
  'DEMO',
  'TRUST_PROXY',
  'RATE_LIMIT_SUBMISSIONS',
  'RATE_LIMIT_WINDOW_SECONDS',
  'MAX_BODY_BYTES',
  'FORM_TOKEN_MAX_AGE_HOURS',
  'MIN_FILL_SECONDS',
  'ANOMALY_RULES',
  'EXCLUDE_FLAGGED',
  'BACKUP_DIR',
  'BACKUP_INTERVAL_MINUTES',
  'BACKUP_KEEP',
]
const START_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 10_000

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitForHealth(baseURL: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`The server exited (${child.exitCode ?? child.signalCode}) before answering /healthz:\n${output()}`)
    try {
      const res = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2_000) })
      if (res.ok && (await res.text()) === 'ok') return
    } catch {
      // not listening yet
    }
    await sleep(200)
  }
  throw new Error(`The server did not answer ${baseURL}/healthz within ${START_TIMEOUT_MS / 1000} s:\n${output()}`)
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const stopped = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)])
  if (!stopped) {
    child.kill('SIGKILL')
    await exited
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(MISSING_CHROMIUM)
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true })
  mkdirSync(SCREENSHOT_DIR, { recursive: true })

  const folder = mkdtempSync(join(tmpdir(), 'survey-e2e-'))
  const databasePath = join(folder, 'app.db')
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`

  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of APP_SETTINGS) delete env[name]
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: baseURL,
    DATABASE_PATH: databasePath,
    DEMO: 'on',
    MIN_FILL_SECONDS: '0',
    // The journeys answer KRB1001 dozens of times in minutes, alike: a burst, by design; its tests are test/http/survey/anomaly-rules.test.ts.
    ANOMALY_RULES: 'off',
  })

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  // If vitest itself is killed, the server goes with it.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)

  const teardown = async () => {
    await stopServer(child)
    process.off('exit', killOnExit)
    rmSync(folder, { recursive: true, force: true })
  }

  try {
    await waitForHealth(baseURL, child, () => output)
  } catch (error) {
    await teardown()
    throw error
  }
  // Errors the server logs during the run (it never logs on success) are worth seeing.
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk.toString()}`))

  project.provide('baseURL', baseURL)
  project.provide('databasePath', databasePath)
  return teardown
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    databasePath: string
  }
}
