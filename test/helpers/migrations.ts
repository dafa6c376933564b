/**
 * The SQL migrations in `drizzle/`, applied by hand to a bare connection: how the
 * migration tests bring a database to an old version, give it rows, and migrate on.
 */
import type Database from 'better-sqlite3'
import { readdirSync, readFileSync } from 'node:fs'
import { openDatabase, type Db } from '../../src/db/client.js'

const FOLDER = new URL('../../drizzle/', import.meta.url)
const FILES = readdirSync(FOLDER)
  .filter((f) => /^\d{4}_.*\.sql$/.test(f))
  .sort()

/** Applies, in order, every migration whose number (`0014` → 14) passes `which`. */
export function applyMigrations(db: Database.Database, which: (n: number) => boolean): void {
  for (const file of FILES.filter((f) => which(Number(f.slice(0, 4))))) {
    for (const statement of readFileSync(new URL(file, FOLDER), 'utf8').split('--> statement-breakpoint')) db.exec(statement)
  }
}

const JOURNAL = JSON.parse(readFileSync(new URL('meta/_journal.json', FOLDER), 'utf8')) as {
  entries: { idx: number; when: number }[]
}

/**
 * An in-memory database as drizzle's migrator leaves it after migration `last`, holding one
 * organisation (id 1, province 81) with one service point (1) and one round (1). Foreign keys are
 * off, so the test can add rows as an old version wrote them; `migrateDatabase` turns them on.
 */
export function databaseAtMigration(last: number): Db {
  const db = openDatabase(':memory:')
  const sqlite = db.$client
  sqlite.pragma('foreign_keys = OFF')
  applyMigrations(sqlite, (n) => n <= last)
  sqlite.exec('create table __drizzle_migrations (id integer primary key, hash text not null, created_at numeric)')
  sqlite
    .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
    .run(String(last).padStart(4, '0'), JOURNAL.entries[last]!.when)
  sqlite.exec(`insert into provinces values ('81', 'กระบี่', 'Krabi');
    insert into districts values ('8101', '81', 'เมืองกระบี่', 'Mueang Krabi');
    insert into organisations (id, dla_code, type, name_th, province_code, district_code, created_at, updated_at)
      values (1, '4810102', 'town', 'กระบี่', '81', '8101', 0, 0);
    insert into service_points (id, organisation_id, code, name_th, created_at, updated_at) values (1, 1, 'KRB1001', 'กองคลัง', 0, 0);
    insert into questionnaires (id, slug, version, definition, status, created_at) values (1, 'q', 1, '{}', 'draft', 0);
    insert into rounds (id, name_th, name_en, questionnaire_id, opens_at, closes_at, scope, created_at)
      values (1, 'r', 'r', 1, 0, 1, 'all', 0)`)
  return db
}
