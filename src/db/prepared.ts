/**
 * Statements prepared once per connection and kept. Preparing a statement with a few joins costs
 * SQLite tens of microseconds, more than running it on a page's twenty rows; a page read on every
 * view keeps its statements here. Keyed by the SQL text: every caller of one text must run it in
 * the same mode (none turns on `.raw()` or `.pluck()` where another does not).
 */
import type Database from 'better-sqlite3'

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

export function prepared(sqlite: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(sqlite)
  if (!cache) statements.set(sqlite, (cache = new Map()))
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)))
  return statement
}
