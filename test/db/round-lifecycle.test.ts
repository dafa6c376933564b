/**
 * Finalising in the data layer: responses stored but not yet counted are
 * counted in the same transaction, so the fixed figures hold every answer the
 * round took; only a closed round is finalised, and only once; after it the
 * database refuses new responses, flag changes and any change to the round.
 */
import { describe, expect, it } from 'vitest'
import { finaliseRound } from '../../src/db/queries/round-lifecycle.js'
import { createResponseStore, type NewResponse } from '../../src/db/queries/responses.js'
import { tallyCounterFor } from '../../src/db/queries/tally-counter.js'
import { arrangeSurvey, HOUR } from '../helpers/survey-fixture.js'

function arrange() {
  const s = arrangeSurvey()
  const store = createResponseStore(s.db)
  let seq = 0
  const answer = (): NewResponse => ({
    submissionId: `db-${seq++}`,
    roundId: s.roundId!,
    organisationId: s.organisationIds['4810102'],
    servicePointId: s.points.main.id,
    serviceId: null,
    submittedAt: s.clock.now,
    locale: 'th',
    channel: 'web',
    flagReason: null,
    answers: [{ itemId: 'overall', value: '5' }],
  })
  /** Stored and counted at once, as writers outside the survey do. */
  const respond = () => store.writeOne(answer())
  /** Stored as the survey stores it: counted later, in the background. */
  const storeOnly = () => {
    const [result] = store.storeBatch([answer()])
    if (!result!.ok) throw result!.error
  }
  const counted = () =>
    (
      s.db.$client
        .prepare('select coalesce(sum(count), 0) as n from organisation_response_tallies where round_id = ?')
        .get(s.roundId) as { n: number }
    ).n
  const closeNow = () => s.db.$client.prepare('update rounds set closes_at = ? where id = ?').run(s.clock.now, s.roundId)
  return { ...s, respond, storeOnly, counted, closeNow }
}

describe('finaliseRound', () => {
  it('counts what is stored and not yet counted, then marks the round, in one go', () => {
    const s = arrange()
    s.storeOnly()
    s.storeOnly()
    expect(tallyCounterFor(s.db).hasUncounted()).toBe(true)
    expect(s.counted()).toBe(0)
    s.closeNow()
    expect(finaliseRound(s.db, s.roundId!, new Date(s.clock.now))).toBe(true)
    expect(s.counted()).toBe(2)
    expect(tallyCounterFor(s.db).hasUncounted()).toBe(false)
    expect(s.db.$client.prepare('select finalised_at as f from rounds').get()).toEqual({ f: s.clock.now })
  })

  it('finalises only a closed round, and only once', () => {
    const s = arrange()
    expect(finaliseRound(s.db, s.roundId!, new Date(s.clock.now))).toBe(false)
    expect(finaliseRound(s.db, 999, new Date(s.clock.now))).toBe(false)
    s.closeNow()
    expect(finaliseRound(s.db, s.roundId!, new Date(s.clock.now))).toBe(true)
    expect(finaliseRound(s.db, s.roundId!, new Date(s.clock.now + HOUR))).toBe(false)
    expect(s.db.$client.prepare('select finalised_at as f from rounds').get()).toEqual({ f: s.clock.now })
  })

  it('leaves the figures of a finalised round nothing to move: no new response, no flag change, no change to the round', () => {
    const s = arrange()
    s.respond()
    s.closeNow()
    finaliseRound(s.db, s.roundId!, new Date(s.clock.now))
    expect(() => s.respond()).toThrow(/finalised/)
    const sql = (text: string) => () => s.db.$client.prepare(text).run()
    expect(sql("update responses set flag_reason = 'too_fast'")).toThrow(/finalised/)
    expect(sql('update rounds set closes_at = closes_at + 1')).toThrow(/finalised/)
    expect(sql('update rounds set finalised_at = null')).toThrow(/finalised/)
    expect(sql("insert into round_provinces (round_id, province_code) select id, '50' from rounds")).toThrow(/finalised/)
    tallyCounterFor(s.db).countAll()
    expect(s.counted()).toBe(1)
    // Raw answers may still be deleted after the period the privacy notice states: the figures stay.
    expect(sql('delete from answers')).not.toThrow()
  })
})
