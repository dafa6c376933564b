import Database from 'better-sqlite3'
import { inject } from 'vitest'

/** How many responses the server's database holds, read through a read-only connection of our own. */
export function countResponses(): number {
  const db = new Database(inject('databasePath'), { readonly: true, fileMustExist: true })
  try {
    const row = db.prepare('select count(*) as n from responses').get() as { n: number }
    return row.n
  } finally {
    db.close()
  }
}
