/**
 * Migrations 0010–0013 reshape a database already in use: daily answer counts
 * become monthly ones, per-organisation response counts are made from the
 * per-point ones, every tally table moves to WITHOUT ROWID, and each response
 * gets its answers as JSON. Here a database is brought to 0009 by hand, given
 * responses and tallies, and then migrated.
 */
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { applyMigrations } from '../helpers/migrations.js'

function databaseAt0009WithTallies() {
  const db = new Database(':memory:')
  // Only the tables under test get rows; the organisations, points and rounds they name are not needed.
  db.pragma('foreign_keys = OFF')
  applyMigrations(db, (n) => n <= 9)
  const daily = db.prepare(
    `insert into answer_tallies_daily (round_id, organisation_id, service_point_id, service_id, flagged, day, item_id, value, count)
     values (1, ?, ?, 0, ?, ?, 'overall', ?, ?)`,
  )
  // Organisation 7, point 70: two days of March and one of April; a flagged row; organisation 8 elsewhere.
  daily.run(7, 70, 0, '2025-03-01', '5', 2)
  daily.run(7, 70, 0, '2025-03-31', '5', 3)
  daily.run(7, 70, 0, '2025-04-01', '5', 1)
  daily.run(7, 70, 1, '2025-03-02', '4', 1)
  daily.run(8, 80, 0, '2025-03-05', '3', 4)
  const perPoint = db.prepare(
    `insert into response_tallies (round_id, organisation_id, service_point_id, service_id, flagged, day, count, last_response_at)
     values (1, ?, ?, ?, ?, ?, ?, ?)`,
  )
  perPoint.run(7, 70, 0, 0, '2025-03-01', 2, 1_000)
  perPoint.run(7, 71, 5, 0, '2025-03-31', 3, 9_000)
  perPoint.run(7, 70, 0, 1, '2025-03-02', 1, 4_000)
  perPoint.run(8, 80, 0, 0, '2025-03-05', 4, 2_000)
  const response = db.prepare(
    `insert into responses (id, submission_id, round_id, organisation_id, service_point_id, service_id, submitted_hour, day, locale, channel)
     values (?, ?, 1, 7, 70, null, 0, '2025-03-01', 'th', 'web')`,
  )
  response.run(1, 'a')
  response.run(2, 'b')
  const answer = db.prepare('insert into answers (response_id, item_id, value) values (?, ?, ?)')
  // Response 1: a rating, two choices of a multiple choice (in this order) and a comment; response 2: nothing.
  answer.run(1, 'overall', '5')
  answer.run(1, 'went_well', 'staff')
  answer.run(1, 'went_well', 'ease')
  answer.run(1, 'suggestion', 'ที่จอดรถ "น้อย"')
  return db
}

describe('tally migrations on a database in use', () => {
  const db = databaseAt0009WithTallies()
  applyMigrations(db, (n) => n >= 10)

  it('adds the daily answer counts up by month', () => {
    expect(
      db.prepare('select organisation_id, flagged, month, value, count from answer_tallies_monthly order by 1, 2, 3').all(),
    ).toEqual([
      { organisation_id: 7, flagged: 0, month: '2025-03', value: '5', count: 5 },
      { organisation_id: 7, flagged: 0, month: '2025-04', value: '5', count: 1 },
      { organisation_id: 7, flagged: 1, month: '2025-03', value: '4', count: 1 },
      { organisation_id: 8, flagged: 0, month: '2025-03', value: '3', count: 4 },
    ])
  })

  it('adds the per-point response counts up by organisation, keeping the latest time', () => {
    expect(
      db
        .prepare('select organisation_id, flagged, count, last_response_at from organisation_response_tallies order by 1, 2')
        .all(),
    ).toEqual([
      { organisation_id: 7, flagged: 0, count: 5, last_response_at: 9_000 },
      { organisation_id: 7, flagged: 1, count: 1, last_response_at: 4_000 },
      { organisation_id: 8, flagged: 0, count: 4, last_response_at: 2_000 },
    ])
  })

  it('keeps the per-point tallies and drops the daily table', () => {
    expect(db.prepare('select sum(count) as n from response_tallies').get()).toEqual({ n: 10 })
    expect(db.prepare("select name from sqlite_master where name = 'answer_tallies_daily'").all()).toEqual([])
  })

  it("gathers each response's answers into its JSON, values in the order stored", () => {
    const stored = db.prepare('select id, answer_values from responses order by id').all() as {
      id: number
      answer_values: string
    }[]
    expect(stored.map((r) => [r.id, JSON.parse(r.answer_values)])).toEqual([
      [1, { overall: ['5'], went_well: ['staff', 'ease'], suggestion: ['ที่จอดรถ "น้อย"'] }],
      [2, {}],
    ])
  })

  it.each([
    'answer_tallies',
    'answer_tallies_monthly',
    'response_tallies',
    'organisation_item_moments',
    'organisation_response_tallies',
  ])('%s is a WITHOUT ROWID table', (table) => {
    const { sql } = db.prepare("select sql from sqlite_master where type = 'table' and name = ?").get(table) as { sql: string }
    expect(sql).toMatch(/\)\s*WITHOUT ROWID$/i)
  })
})
