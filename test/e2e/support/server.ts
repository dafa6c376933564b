/**
 * Starts the real server (`src/server.ts` through tsx) in a child process: a free port, a fresh
 * database in a temporary folder, only the settings given (none leak in from the developer's
 * shell). Resolves once `/healthz` answers; `stop()` ends it and removes the folder.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SETTING_NAMES } from '../../../src/config.js'
import { REPO_ROOT } from './paths.js'

const START_TIMEOUT_MS = 60_000
const STOP_TIMEOUT_MS = 10_000

export type RunningServer = {
  baseURL: string
  databasePath: string
  /** The environment the server runs with, for command-line tools run against the same database. */
  env: NodeJS.ProcessEnv
  stop(): Promise<void>
}

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

/** `settings`: the app's settings beyond the port, host, base URL and database path. */
export async function startServer(settings: Record<string, string>): Promise<RunningServer> {
  const folder = mkdtempSync(join(tmpdir(), 'survey-e2e-'))
  const databasePath = join(folder, 'app.db')
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`

  const env: NodeJS.ProcessEnv = { ...process.env }
  // None of the developer's own settings leak in.
  for (const name of SETTING_NAMES) delete env[name]
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: baseURL,
    DATABASE_PATH: databasePath,
    ...settings,
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

  const stop = async () => {
    await stopServer(child)
    process.off('exit', killOnExit)
    rmSync(folder, { recursive: true, force: true })
  }

  try {
    await waitForHealth(baseURL, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  // Errors the server logs during the run (it never logs on success) are worth seeing.
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk.toString()}`))
  return { baseURL, databasePath, env, stop }
}
