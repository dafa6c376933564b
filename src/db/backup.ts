/**
 * Online backups: a consistent copy of the live database, taken with SQLite's
 * backup API while the server keeps taking submissions, checked, and named by
 * the UTC time it was taken (`app-20261205T181500Z.db`).
 *
 * The server copies on its own connection, a few hundred pages per turn of the
 * event loop. SQLite writes every page the server changes meanwhile into the
 * copy as well, so the copy is the database as it stood when the last page was
 * copied; a copy from another process (`npm run backup`) is taken in one step,
 * since another connection's commit would restart a paged copy.
 *
 * Each turn's share is sized from the work the event loop did between turns:
 * on a quiet server the copy takes whole turns of `STEP_MS`, while submissions
 * keep arriving it takes about `BUSY_SHARE` of the loop's time, so a backup
 * under heavy load takes longer rather than slowing the submissions.
 */
import type Database from 'better-sqlite3'
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Db } from './client.js'
import { checkDatabaseFile } from './check-database-file.js'

export type BackupResult = { file: string; bytes: number; copyMs: number; checkMs: number }

export type BackupOptions = {
  dir: string
  /** How many backups to keep, newest first; older ones are deleted once a new one is checked. */
  keep: number
  now?: () => Date
  /** Pages copied per turn; `'all'` copies in one step. Default: as many as take about a millisecond. */
  stepPages?: number | 'all'
  /** Called the moment the copy is complete, before any other write: the state the backup holds. */
  onCopied?: () => void
  signal?: AbortSignal
}

/** A turn of copying when the event loop has nothing else to do. */
const STEP_MS = 0.5
/** The share of a busy event loop's time the copy takes. */
const BUSY_SHARE = 0.1
/** A gap between turns shorter than this is an idle loop, not work. */
const IDLE_GAP_MS = 0.2
const MIN_STEP_PAGES = 16
const MAX_STEP_PAGES = 8192

/**
 * How long the next turn of copying may take, after the loop spent `gapMs` on
 * other work since the last one: a tenth of a busy loop, a whole turn of an idle one.
 */
export function copyTurnMs(gapMs: number): number {
  if (gapMs < IDLE_GAP_MS) return STEP_MS
  return Math.min(STEP_MS, (gapMs * BUSY_SHARE) / (1 - BUSY_SHARE))
}
/** Written pages are flushed to disk on the thread pool every so often, so the final commit's fsync has little left. */
const FLUSH_EVERY_BYTES = 32 * 2 ** 20
const STALE_PARTIAL_MS = 24 * 3600_000

const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
const prefixOf = (databasePath: string) => basename(databasePath).replace(/\.[^.]*$/, '')

/** `app-20261205T181500Z.db` for `./data/app.db` at 18:15:00 UTC. */
export function backupFileName(databasePath: string, at: Date): string {
  return `${prefixOf(databasePath)}-${stamp(at)}.db`
}

/** The backups of this database in `dir`, newest first. */
export async function listBackups(dir: string, databasePath: string): Promise<string[]> {
  const pattern = new RegExp(`^${prefixOf(databasePath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{8}T\\d{6}Z\\.db$`)
  const names = (await readdir(dir)).filter((name) => pattern.test(name))
  return names.sort().reverse()
}

/**
 * Copies `db` into `dir`, checks the copy with `pragma integrity_check` off the
 * event loop, names it by time and deletes the oldest beyond `keep`. Throws (and
 * leaves no partial file) when any of that fails or `signal` aborts it.
 */
export async function takeBackup(db: Db, options: BackupOptions): Promise<BackupResult> {
  const { dir, keep, now = () => new Date(), stepPages, onCopied, signal } = options
  const sqlite = db.$client
  const file = join(dir, backupFileName(sqlite.name, now()))
  const partial = `${file}.partial`
  try {
    const copyStarted = performance.now()
    await rm(partial, { force: true })
    await copyOnline(sqlite, partial, { stepPages, signal, onCopied })
    const copyMs = performance.now() - copyStarted
    const checkStarted = performance.now()
    const problems = await checkDatabaseFile(partial, { lowPriority: true })
    if (problems.length > 0) throw new Error(`the copy failed its integrity check: ${problems.slice(0, 5).join('; ')}`)
    signal?.throwIfAborted()
    const { size } = await stat(partial)
    await rename(partial, file)
    await syncFolder(dir)
    await pruneBackups(dir, sqlite.name, keep)
    return { file, bytes: size, copyMs, checkMs: performance.now() - checkStarted }
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

async function copyOnline(
  sqlite: Database.Database,
  partial: string,
  { stepPages, signal, onCopied }: Pick<BackupOptions, 'stepPages' | 'signal' | 'onCopied'>,
) {
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number
  let pages = stepPages === 'all' ? 2 ** 31 - 1 : (stepPages ?? 100)
  let stepStarted = performance.now()
  let stepEnded = stepStarted
  let gapMs = 0
  let unflushed = 0
  let lastRemaining = -1
  let flushing: Promise<void> | undefined
  let handle: Promise<FileHandle> | undefined

  const flush = () => {
    handle ??= open(partial, 'r+')
    flushing = handle
      .then((h) => h.datasync())
      .catch(() => {}) // Only an early flush: the final commit fsyncs the copy in any case.
      .finally(() => (flushing = undefined))
  }

  try {
    await sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        signal?.throwIfAborted()
        stepEnded = performance.now()
        if (stepPages === undefined && lastRemaining >= 0) {
          const copied = lastRemaining - remainingPages
          const ms = stepEnded - stepStarted
          if (copied > 0 && ms > 0)
            pages = Math.max(MIN_STEP_PAGES, Math.min(MAX_STEP_PAGES, Math.round((copied * copyTurnMs(gapMs)) / ms)))
        }
        unflushed += Math.max(0, (lastRemaining < 0 ? totalPages - remainingPages : lastRemaining - remainingPages) * pageSize)
        lastRemaining = remainingPages
        if (unflushed >= FLUSH_EVERY_BYTES && !flushing) {
          unflushed = 0
          flush()
        }
        // Queued before the library queues the next step, so it runs just before it: the step's own
        // time, and the loop's other work since this one.
        setImmediate(() => {
          stepStarted = performance.now()
          gapMs = stepStarted - stepEnded
        })
        return pages
      },
    })
    // Before anything else can run: no write comes between the last page copied and this call.
    onCopied?.()
  } finally {
    await flushing
    if (handle) await (await handle.catch(() => undefined))?.close()
  }
}

async function pruneBackups(dir: string, databasePath: string, keep: number) {
  const backups = await listBackups(dir, databasePath)
  for (const old of backups.slice(keep)) await rm(join(dir, old), { force: true })
  // A copy cut short by a crash; today's are left alone, one may be in progress in another process.
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.db.partial') || !name.startsWith(`${prefixOf(databasePath)}-`)) continue
    const path = join(dir, name)
    const info = await stat(path).catch(() => undefined)
    if (info && Date.now() - info.mtimeMs > STALE_PARTIAL_MS) await rm(path, { force: true })
  }
}

/** Makes a rename in `dir` durable. */
export async function syncFolder(dir: string) {
  const folder = await open(dir, 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
