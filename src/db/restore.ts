/**
 * Puts a backup in place of the database at DATABASE_PATH. It refuses while any
 * process has that database open: a server holds a shared lock on an open WAL
 * database for as long as it runs, so an exclusive lock is refused exactly then,
 * and the operating system drops the lock when the process ends, however it ends.
 * The database it replaces is kept beside it, never deleted.
 */
import Database from 'better-sqlite3'
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { syncFolder } from './backup.js'
import { checkDatabaseFile } from './check-database-file.js'

/** Another process (a running server, a command) has the database open. */
export class DatabaseInUseError extends Error {}
/** The backup cannot be used: missing, unreadable or damaged. */
export class UnusableBackupError extends Error {}

export type RestoreResult = { replacedWith: string; keptAs?: string; checkMs: number; copyMs: number }

const SIDE_FILES = ['-wal', '-shm']
const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')

/**
 * Holds an exclusive lock on the database until released. In exclusive locking
 * mode SQLite takes it at the first read and refuses at once (SQLITE_BUSY) if
 * any other connection, in this process or another, has the database open.
 */
function lockExclusively(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true, timeout: 0 })
  try {
    db.pragma('locking_mode = EXCLUSIVE')
    db.prepare('select count(*) from sqlite_master').get()
    return db
  } catch (error) {
    db.close()
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY'))
      throw new DatabaseInUseError(`${path} is open in a running server or another program`)
    throw error
  }
}

export async function restoreDatabase(backupFile: string, databasePath: string, now = new Date()): Promise<RestoreResult> {
  if (resolve(backupFile) === resolve(databasePath)) throw new UnusableBackupError('the backup is the database itself')
  if (!existsSync(backupFile)) throw new UnusableBackupError(`${backupFile} does not exist`)
  const lock = existsSync(databasePath) ? lockExclusively(databasePath) : undefined
  await mkdir(dirname(resolve(databasePath)), { recursive: true })
  const incoming = `${databasePath}.restoring`
  try {
    const copyStarted = performance.now()
    await copyFile(backupFile, incoming)
    const handle = await open(incoming, 'r+')
    await handle.sync().finally(() => handle.close())
    const copyMs = performance.now() - copyStarted

    const checkStarted = performance.now()
    const problems = await checkDatabaseFile(incoming).catch((error: Error) => [error.message])
    if (problems.length > 0)
      throw new UnusableBackupError(`${backupFile} is not a sound survey database: ${problems.slice(0, 5).join('; ')}`)
    const checkMs = performance.now() - checkStarted

    // Closing the lock writes any WAL left by the last server into the old file, which is then kept whole.
    lock?.close()
    let keptAs: string | undefined
    if (existsSync(databasePath)) {
      keptAs = `${databasePath}.replaced-${stamp(now)}`
      await rename(databasePath, keptAs)
    }
    for (const side of SIDE_FILES)
      if (existsSync(databasePath + side)) await rename(databasePath + side, (keptAs ?? `${databasePath}.stray`) + side)
    await rename(incoming, databasePath)
    await syncFolder(dirname(resolve(databasePath)))
    return { replacedWith: backupFile, keptAs, checkMs, copyMs }
  } finally {
    if (lock?.open) lock.close()
    await rm(incoming, { force: true })
    for (const side of SIDE_FILES) await rm(incoming + side, { force: true })
  }
}
