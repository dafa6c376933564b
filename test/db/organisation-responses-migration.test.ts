/**
 * Migration 0030 moves each organisation's counted responses by day from an index on `responses`
 * to `organisation_responses`, which the tally counter writes: on a database in use, the responses
 * counted already are listed at once, those not yet counted when they are.
 */
import { describe, expect, it } from 'vitest'
import { closeDatabase, migrateDatabase } from '../../src/db/client.js'
import { databaseAtMigration } from '../helpers/migrations.js'

describe('migration 0030', () => {
  it('lists the responses counted already by organisation and day, and drops the index', () => {
    const db = databaseAtMigration(29)
    const sqlite = db.$client
    sqlite.exec(`insert into organisations (id, dla_code, type, name_th, province_code, district_code, created_at, updated_at)
      values (2, '5810401', 'subdistrict', 'อ่าวนาง', '81', '8101', 0, 0);
      insert into service_points (id, organisation_id, code, name_th, created_at, updated_at) values (2, 2, 'KRB2001', 'ศูนย์', 0, 0)`)
    const insert = sqlite.prepare(`insert into responses (id, submission_id, round_id, organisation_id, service_point_id,
      submitted_hour, day, locale, channel) values (?, ?, 1, ?, ?, 0, ?, 'th', 'web')`)
    for (const [id, organisation, day] of [
      [1, 2, '2025-03-02'],
      [2, 1, '2025-03-01'],
      [3, 1, '2025-03-02'],
      [4, 1, '2025-03-01'],
      [5, 2, '2025-03-01'],
    ] as const)
      insert.run(id, `s-${id}`, organisation, organisation, day)
    // Counted up to 4: 5 waits for the counter.
    sqlite.exec('update tally_progress set counted_to = 4')
    sqlite.pragma('foreign_keys = ON')

    migrateDatabase(db)

    expect(sqlite.prepare('select * from organisation_responses').raw().all()).toEqual([
      [1, 1, '2025-03-01', 2],
      [1, 1, '2025-03-01', 4],
      [1, 1, '2025-03-02', 3],
      [1, 2, '2025-03-02', 1],
    ])
    const indexes = sqlite.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'responses'").pluck().all()
    expect(indexes).not.toContain('responses_round_org_day_idx')
    expect(sqlite.prepare("select sql from sqlite_master where name = 'organisation_responses'").pluck().get()).toMatch(
      /\)\s*WITHOUT ROWID$/i,
    )
    closeDatabase(db)
  })
})
