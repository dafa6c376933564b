/**
 * Durable writes without blocking the event loop. SQLite in WAL mode appends
 * each commit to the `-wal` file; with synchronous=FULL it fsyncs that file
 * inside the commit, which blocks the single JavaScript thread for the whole
 * disk flush. Here a batch commits with synchronous=NORMAL (no fsync), and then
 * the WAL file is fsync'd asynchronously: when that returns, every commit
 * appended before it is on disk, exactly what synchronous=FULL guarantees.
 */
import { open, type FileHandle } from 'node:fs/promises'
import type { Db } from './client.js'

export function createWalSync(db: Db) {
  const sqlite = db.$client
  let wal: Promise<FileHandle> | undefined

  return {
    /** Runs a write with synchronous=NORMAL; call `sync()` before telling anyone it is saved. */
    withoutFsync<T>(write: () => T): T {
      if (sqlite.memory) return write()
      sqlite.pragma('synchronous = NORMAL')
      try {
        return write()
      } finally {
        sqlite.pragma('synchronous = FULL')
      }
    },
    /** Resolves once everything committed so far is on disk. An in-memory database has no disk. */
    async sync(): Promise<void> {
      if (sqlite.memory) return
      wal ??= open(`${sqlite.name}-wal`, 'r+')
      await (await wal).sync()
    },
    async close(): Promise<void> {
      if (wal) await (await wal).close()
    },
  }
}
