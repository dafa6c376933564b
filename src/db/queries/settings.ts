import { randomBytes } from 'node:crypto'
import type { Db } from '../client.js'

/**
 * A server secret generated on first use and kept in the database, so form
 * tokens stay valid across restarts without anyone having to configure a key.
 */
export function getOrCreateSecret(db: Db, key: string): string {
  const sqlite = db.$client
  sqlite
    .prepare('insert into app_settings (key, value) values (?, ?) on conflict (key) do nothing')
    .run(key, randomBytes(32).toString('base64url'))
  return (sqlite.prepare('select value from app_settings where key = ?').get(key) as { value: string }).value
}
