/**
 * `pragma integrity_check` on a database file, in a worker thread: on a copy of
 * millions of responses it reads every page for a minute or more, which must not
 * hold up the server's event loop. Beside a running server, the worker's thread
 * runs at the lowest priority on Linux (nice 19, which there is per thread), so
 * it takes only the CPU time the server does not want.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

// Plain CommonJS, evaluated in the worker: no build step, and the same from src/ (tsx) and dist/.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { setPriority } = require('node:os')
if (workerData.lowPriority && process.platform === 'linux') {
  try { setPriority(19) } catch {}
}
const Database = require(workerData.driver)
const db = new Database(workerData.path, { fileMustExist: true })
let problems
try {
  problems = db.pragma('integrity_check', { simple: false }).map((row) => String(Object.values(row)[0])).filter((p) => p !== 'ok')
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name in ('responses', 'tally_progress')").all()
  if (tables.length < 2) problems.push('not a survey database: it has no responses and tally_progress tables')
} finally {
  db.close()
}
parentPort.postMessage(problems)
`

/**
 * The problems SQLite finds in the file (none when it is sound), or a thrown error when it cannot be opened.
 * `lowPriority` while a server runs beside it; a restore, which nothing else waits on, runs at full speed.
 */
export function checkDatabaseFile(path: string, { lowPriority = false } = {}): Promise<string[]> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, lowPriority } })
    let problems: string[] | undefined
    let failure: Error | undefined
    worker.once('message', (found: string[]) => (problems = found))
    worker.once('error', (error) => (failure = error))
    // Answered once the worker has ended, so the file is closed (and its -wal and -shm gone) before it is renamed.
    worker.once('exit', (code) => {
      if (problems) resolve(problems)
      else reject(failure ?? new Error(`the integrity check stopped with code ${code}`))
    })
  })
}
