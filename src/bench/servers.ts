/** Starting the servers under test as child processes on loopback, and reading their memory. */
import Database from 'better-sqlite3'
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { createInterface } from 'node:readline'
import { projectPath } from '../project-files.js'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** The server as the bench runs it: no demo, no timing or rate checks, and no backups unless a measure asks for them. */
export const APP_ENV = { DEMO: 'off', MIN_FILL_SECONDS: '0', RATE_LIMIT_SUBMISSIONS: '1000000000', BACKUP_DIR: '' }

export type Running = { url: string; pid: number; stop(): Promise<void>; kill(): Promise<void> }

/** The Node options `npm start` gives the server (in package.json's start script), so the bench runs it the same way. */
export function startOptions(): string[] {
  const { scripts } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { scripts: Record<string, string> }
  const options = /\bnode ((?:--\S+ )*)dist\/src\/server\.js/.exec(scripts.start ?? '')
  if (!options) throw new Error('package.json\'s start script does not run "node … dist/src/server.js"')
  return options[1]!.trim().split(' ').filter(Boolean)
}

/**
 * Runs a compiled entry (`npm run build` first; `entry` is its path under
 * dist/, e.g. `src/server.js`) with these Node options, and waits until
 * `/healthz` answers. `onLine` gets each line it prints on stdout.
 */
export async function startServer(
  entry: string,
  env: Record<string, string>,
  nodeOptions: string[] = [],
  onLine?: (line: string) => void,
): Promise<Running> {
  const port = await freePort()
  const script = projectPath('dist', entry)
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', onLine ? 'pipe' : 'ignore', 'inherit'],
  })
  if (onLine) createInterface({ input: child.stdout! }).on('line', onLine)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    pid: child.pid!,
    stop: () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      }
      return exited
    },
    /** Ends it the way a crash or a power cut would: no clean shutdown. */
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL')
      return exited
    },
  }
}

/** Resident set size of a process in MB (Linux). */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : Number.NaN
}

/** Samples a process's RSS every 100 ms until stopped; returns the peak. */
export function sampleRss(pid: number) {
  let peak = 0
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100)
  return { stop: () => (clearInterval(timer), Math.max(peak, rssMb(pid))) }
}

/** Waits until the server has counted every stored response into the tallies: how many were left when the load ended, and how long they took. */
export async function untilCounted(path: string): Promise<{ left: number; ms: number }> {
  const db = new Database(path, { readonly: true })
  const uncounted = db
    .prepare('select count(*) from responses where id > (select counted_to from tally_progress where id = 1)')
    .pluck()
  const started = performance.now()
  const left = uncounted.get() as number
  while ((uncounted.get() as number) > 0 && performance.now() - started < 600_000)
    await new Promise((done) => setTimeout(done, 100))
  const ms = performance.now() - started
  db.close()
  return { left, ms }
}
