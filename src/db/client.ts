import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { projectPath } from '../project-files.js'
import * as schema from './schema.js'

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database }

/**
 * Opens (or creates) the SQLite database with the settings every part relies on:
 * WAL so readers never block the writer, foreign keys enforced, and
 * synchronous=FULL so a committed response survives a power cut.
 * Pass `':memory:'` for tests.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
  return withSettings(new Database(path))
}

/** An in-memory database holding a copy of `image` (from `serializeDatabase`): how tests start from one migrated template. */
export function openDatabaseFrom(image: Buffer): Db {
  return withSettings(new Database(image))
}

/** The whole database as bytes, as SQLite would write it to a file. */
export function serializeDatabase(db: Db): Buffer {
  return db.$client.serialize()
}

function withSettings(sqlite: Database.Database): Db {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return drizzle(sqlite, { schema }) as Db
}

/** How many migrations the database has had (drizzle's own ledger; none before the first). */
function migrationsApplied(sqlite: Database.Database): number {
  const ledger = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get()
  return ledger ? (sqlite.prepare('select count(*) from __drizzle_migrations').pluck().get() as number) : 0
}

/** Applies pending migrations from `drizzle/`; used by the server and by tests alike. */
export function migrateDatabase(db: Db): void {
  const sqlite = db.$client
  // Changing a check means rebuilding the table (SQLite's own procedure): the old one is dropped while other tables
  // still point at its rows, which enforced foreign keys refuse, and the pragma is ignored inside the migrations'
  // transaction. So they are off around it, and every reference is checked once it is done. The check reads every
  // row (seconds at ten million responses), so it runs only when a migration did.
  sqlite.pragma('foreign_keys = OFF')
  try {
    const before = migrationsApplied(sqlite)
    migrate(db, { migrationsFolder: projectPath('drizzle') })
    if (migrationsApplied(sqlite) === before) return
    const broken = sqlite.pragma('foreign_key_check') as unknown[]
    if (broken.length > 0) throw new Error(`the migrations left ${broken.length} rows referring to rows that do not exist`)
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
}

/** Runs `work` in one transaction (a savepoint inside another): all of its writes, or none. */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.$client.transaction(work)()
}

export function isDatabaseOpen(db: Db): boolean {
  return db.$client.open
}

export function closeDatabase(db: Db): void {
  db.$client.close()
}
