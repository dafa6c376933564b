/**
 * Migration 0023 rebuilds `responses` to take the anomaly rules' reasons. On a database in
 * use, free-text answers point at its rows while it is rebuilt, so the production path
 * (`migrateDatabase`, foreign keys enforced) must keep every row, every reference and
 * 0016's triggers, and take the new reasons.
 */
import { describe, expect, it } from 'vitest'
import { migrateDatabase } from '../../src/db/client.js'
import { databaseAtMigration } from '../helpers/migrations.js'

function databaseAt0022() {
  const db = databaseAtMigration(22)
  const sqlite = db.$client
  sqlite.exec(`insert into responses (id, submission_id, round_id, organisation_id, service_point_id, submitted_hour, day, locale, channel, flag_reason)
    values (7, 's-7', 1, 1, 1, 0, '2025-03-01', 'th', 'web', 'repeat')`)
  sqlite.exec(`insert into answers (response_id, item_id, value) values (7, 'comment', 'ดีมาก')`)
  sqlite.pragma('foreign_keys = ON')
  return db
}

describe('migration 0023', () => {
  it('keeps every response and its answers, and then takes the new reasons', () => {
    const db = databaseAt0022()
    migrateDatabase(db)
    const sqlite = db.$client
    expect(sqlite.prepare('select id, flag_reason from responses').all()).toEqual([{ id: 7, flag_reason: 'repeat' }])
    expect(sqlite.prepare('select response_id, value from answers').all()).toEqual([{ response_id: 7, value: 'ดีมาก' }])
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    sqlite.exec(`update responses set flag_reason = 'outside_hours' where id = 7`)
    expect(() => sqlite.exec(`update responses set flag_reason = 'made_up' where id = 7`)).toThrow(/CHECK/)
  })

  it('keeps a finalised round closed to new responses', () => {
    const db = databaseAt0022()
    migrateDatabase(db)
    const sqlite = db.$client
    expect(
      sqlite
        .prepare(`select name from sqlite_master where type = 'trigger' and tbl_name = 'responses' order by name`)
        .pluck()
        .all(),
    ).toEqual(['responses_finalised_round_insert', 'responses_finalised_round_update'])
    sqlite.exec('update rounds set finalised_at = 2 where id = 1')
    expect(() => sqlite.exec(`update responses set flag_reason = null where id = 7`)).toThrow(/finalised/)
  })
})
