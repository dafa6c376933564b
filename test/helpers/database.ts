import { migrateDatabase, openDatabase, type Db } from '../../src/db/client.js'

/** A fresh, migrated in-memory database for one test. */
export function freshDatabase(): Db {
  const db = openDatabase(':memory:')
  migrateDatabase(db)
  return db
}
