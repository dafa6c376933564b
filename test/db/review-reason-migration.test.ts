/**
 * Migration 0028 gives the review queue its own copy of each flag (`review_reason`), which the
 * tally counter writes as it counts: on a database in use, the responses counted already get
 * theirs at once, those not yet counted get theirs when they are, and the queue's index moves.
 */
import { describe, expect, it } from 'vitest'
import { closeDatabase, migrateDatabase } from '../../src/db/client.js'
import { databaseAtMigration } from '../helpers/migrations.js'

function databaseAt0027() {
  const db = databaseAtMigration(27)
  const sqlite = db.$client
  const insert = sqlite.prepare(`insert into responses (id, submission_id, round_id, organisation_id, service_point_id,
    submitted_hour, day, locale, channel, flag_reason) values (?, ?, 1, 1, 1, 0, '2025-03-01', 'th', 'web', ?)`)
  for (const [id, reason] of [
    [1, null],
    [2, 'repeat'],
    [3, 'burst'],
    [4, 'too_fast'],
    [5, null],
  ] as const)
    insert.run(id, `s-${id}`, reason)
  // Counted up to 3: 4 and 5 wait for the counter.
  sqlite.exec('update tally_progress set counted_to = 3')
  sqlite.pragma('foreign_keys = ON')
  return db
}

describe('migration 0028', () => {
  it('copies the flags of the responses counted already, and moves the queue index to the copy', () => {
    const db = databaseAt0027()
    migrateDatabase(db)
    const sqlite = db.$client
    expect(sqlite.prepare('select id, flag_reason, review_reason from responses order by id').raw().all()).toEqual([
      [1, null, null],
      [2, 'repeat', 'repeat'],
      [3, 'burst', 'burst'],
      [4, 'too_fast', null],
      [5, null, null],
    ])
    const indexes = sqlite.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'responses'").pluck().all()
    expect(indexes).toContain('responses_review_idx')
    expect(indexes).not.toContain('responses_flagged_idx')
    const plan = sqlite
      .prepare(
        `explain query plan select count(*) from responses r
         where r.round_id = 1 and r.organisation_id = 1 and r.review_reason is not null group by r.service_point_id, r.review_reason, r.day`,
      )
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join('\n')).toContain('responses_review_idx')
    closeDatabase(db)
  })
})
