/**
 * A value that changes whenever anything is committed to the database, by
 * another connection (`data_version`) or by this one (`total_changes()`): what
 * figures worked out from many tables can be kept against, for the price of
 * two statements that read no table.
 */
import type { Db } from './client.js'

export function databaseVersion(db: Db): () => string {
  const byOthers = db.$client.prepare('pragma data_version').pluck()
  const byThisConnection = db.$client.prepare('select total_changes()').pluck()
  return () => `${byOthers.get()}:${byThisConnection.get()}`
}
