import { migrateDatabase, openDatabase, openDatabaseFrom, serializeDatabase, type Db } from '../../src/db/client.js'

let migratedImage: Buffer | undefined

/**
 * A fresh, migrated in-memory database for one test: a copy of one database migrated once per test
 * file, since running every migration again for each of hundreds of tests costs more than the tests.
 */
export function freshDatabase(): Db {
  if (!migratedImage) {
    const template = openDatabase(':memory:')
    migrateDatabase(template)
    migratedImage = serializeDatabase(template)
    template.$client.close()
  }
  return openDatabaseFrom(migratedImage)
}

/**
 * Every stored answer as a row `(response_id, item_id, value)`, unpacked from
 * `responses.answer_values` by SQLite's json_each: what recounts group over.
 */
export const ANSWER_ROWS = `(select r2.id as response_id, e.key as item_id, v.value as value
  from responses r2, json_each(r2.answer_values) e, json_each(e.value) v)`
