/**
 * Counting after storing: `storeBatch` (the survey's path) writes response rows only, and the
 * counter adds them to the tallies later, oldest first, moving `tally_progress` with them. After a
 * restart it counts exactly what was stored and not yet counted. Expected tallies are worked out
 * here from the answers sent.
 */
import Database from 'better-sqlite3'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Db } from '../../src/db/client.js'
import { createResponseStore, type NewResponse } from '../../src/db/queries/responses.js'
import * as schema from '../../src/db/schema.js'
import { rowsOf, surveyDatabase, type SurveyDatabase } from './fixture.js'

// 17:42:37Z on 14 March is 00:42 on 15 March in Bangkok; a second response 25 minutes later.
const AT = Date.parse('2025-03-14T17:42:37Z')
const LATER_MINUTE = Date.parse('2025-03-14T18:07:00Z')
const LATER_HOUR = Date.parse('2025-03-14T18:00:00Z')

let n = 0
const response = (fx: SurveyDatabase, overall: string, submittedAt = AT): NewResponse => ({
  submissionId: `counter-${++n}`,
  roundId: fx.roundId,
  organisationId: fx.org.town,
  servicePointId: fx.point.tax,
  serviceId: null,
  submittedAt,
  locale: 'th',
  channel: 'web',
  flagReason: null,
  answers: [
    { itemId: 'overall', value: overall },
    { itemId: 'suggestion', value: 'ที่จอดรถน้อย' },
  ],
})
const progress = (db: Db) => db.$client.prepare('select counted_to from tally_progress').pluck().get()
const answerCounts = (fx: { db: Db }) =>
  fx.db.$client.prepare("select item_id || '=' || value as k, count from answer_tallies order by 1").all()
const dayCounts = (fx: { db: Db }) => fx.db.$client.prepare('select day, count, last_response_at from response_tallies').all()
/** A second connection to a copy of the database: what a restarted server finds on disk. */
const restarted = (fx: SurveyDatabase) => ({ db: drizzle(new Database(fx.db.$client.serialize()), { schema }) as Db })

describe('storeBatch', () => {
  it('stores the rows and counts nothing until asked', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)

    const results = store.storeBatch([response(fx, '5'), response(fx, '4')])

    expect(results.map((r) => r.ok && r.value)).toEqual(['stored', 'stored'])
    expect(rowsOf(fx, 'responses')).toHaveLength(2)
    expect(rowsOf(fx, 'answer_tallies')).toEqual([])
    expect(store.counter.hasUncounted()).toBe(true)
    expect(progress(fx.db)).toBe(0)
  })
})

describe('the tally counter', () => {
  it('counts the oldest first, as many as asked, and moves the progress with them', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    store.storeBatch([response(fx, '5'), response(fx, '4'), response(fx, '5')])
    const [, second, third] = rowsOf(fx, 'responses').map((r) => r.id)

    expect(store.counter.countNext(2)).toBe(2)
    expect(progress(fx.db)).toBe(second)
    expect(answerCounts(fx)).toEqual([
      { k: 'overall=4', count: 1 },
      { k: 'overall=5', count: 1 },
      { k: 'suggestion=*', count: 2 },
    ])

    expect(store.counter.countNext(2)).toBe(1)
    expect(progress(fx.db)).toBe(third)
    expect(store.counter.countNext(2)).toBe(0)
    expect(store.counter.hasUncounted()).toBe(false)
    expect(answerCounts(fx)).toEqual([
      { k: 'overall=4', count: 1 },
      { k: 'overall=5', count: 2 },
      { k: 'suggestion=*', count: 3 },
    ])
  })

  it('keeps the minute of the last response for responses it saw stored', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    store.storeBatch([response(fx, '5'), response(fx, '3', LATER_MINUTE + 42_000)])
    store.counter.countAll()
    expect(dayCounts(fx)).toEqual([{ day: '2025-03-15', count: 2, last_response_at: LATER_MINUTE }])
  })

  it('after a restart, counts what was stored and not counted, once, with the hour as its last time', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    store.writeOne(response(fx, '5'))
    store.storeBatch([response(fx, '2', LATER_MINUTE + 42_000)])

    const after = restarted(fx)
    const again = createResponseStore(after.db)
    expect(again.counter.hasUncounted()).toBe(true)
    again.counter.countAll()
    again.counter.countAll()

    expect(answerCounts(after)).toEqual([
      { k: 'overall=2', count: 1 },
      { k: 'overall=5', count: 1 },
      { k: 'suggestion=*', count: 2 },
    ])
    // The first was counted before the restart, to the minute; the second only has its stored hour.
    expect(dayCounts(after)).toEqual([{ day: '2025-03-15', count: 2, last_response_at: LATER_HOUR }])
  })

  it('is one per connection: a second store counts what the first stored, in order', () => {
    const fx = surveyDatabase()
    createResponseStore(fx.db).storeBatch([response(fx, '1')])
    createResponseStore(fx.db).writeOne(response(fx, '3'))
    expect(answerCounts(fx)).toEqual([
      { k: 'overall=1', count: 1 },
      { k: 'overall=3', count: 1 },
      { k: 'suggestion=*', count: 2 },
    ])
    expect(progress(fx.db)).toBe(Math.max(...rowsOf(fx, 'responses').map((r) => r.id as number)))
  })
})
