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

/** How many answers of the organisation's responses carry exactly `text` (a typed suggestion, say). */
export function countAnswersWithText(dlaCode: string, text: string): number {
  const db = new Database(inject('databasePath'), { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `select count(*) as n from answers a
         join responses r on r.id = a.response_id
         join organisations o on o.id = r.organisation_id
         where o.dla_code = ? and a.value = ?`,
      )
      .get(dlaCode, text) as { n: number }
    return row.n
  } finally {
    db.close()
  }
}
