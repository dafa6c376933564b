/**
 * Migration 0015 starts counting after storing: a database already in use has every
 * response in its tallies, so its progress starts at the last response, and none is
 * counted again; an empty one starts at 0.
 */
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { applyMigrations } from '../helpers/migrations.js'

function databaseAt0014(responseIds: number[]) {
  const db = new Database(':memory:')
  // Only the responses matter here; the rounds, organisations and points they name are not needed.
  db.pragma('foreign_keys = OFF')
  applyMigrations(db, (n) => n <= 14)
  const insert = db.prepare(
    `insert into responses (id, submission_id, round_id, organisation_id, service_point_id, submitted_hour, day, locale, channel)
     values (?, ?, 1, 1, 1, 0, '2025-03-01', 'th', 'web')`,
  )
  for (const id of responseIds) insert.run(id, `s-${id}`)
  return db
}

describe('migration 0015', () => {
  it.each([
    { given: [3, 4, 17], countedTo: 17 },
    { given: [], countedTo: 0 },
  ])('starts the progress at the last response stored ($countedTo)', ({ given, countedTo }) => {
    const db = databaseAt0014(given)
    applyMigrations(db, (n) => n === 15)
    expect(db.prepare('select id, counted_to from tally_progress').all()).toEqual([{ id: 1, counted_to: countedTo }])
  })
})
