/**
 * The SQL migrations in `drizzle/`, applied by hand to a bare connection: how the
 * migration tests bring a database to an old version, give it rows, and migrate on.
 */
import type Database from 'better-sqlite3'
import { readdirSync, readFileSync } from 'node:fs'

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
