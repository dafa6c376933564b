import { migrateDatabase, openDatabase, type Db } from '../../src/db/client.js'

/** A fresh, migrated in-memory database for one test. */
export function freshDatabase(): Db {
  const db = openDatabase(':memory:')
  migrateDatabase(db)
  return db
}

/**
 * Every stored answer as a row `(response_id, item_id, value)`, unpacked from
 * `responses.answer_values` by SQLite's json_each: what recounts group over.
 */
export const ANSWER_ROWS = `(select r2.id as response_id, e.key as item_id, v.value as value
  from responses r2, json_each(r2.answer_values) e, json_each(e.value) v)`
