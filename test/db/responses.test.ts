import { describe, expect, it } from 'vitest'
import { createResponseStore, type NewResponse } from '../../src/db/queries/responses.js'
import { rowsOf, surveyDatabase, TALLY_TABLES, type SurveyDatabase } from './fixture.js'

// 17:42:37.123Z is 00:42:37 on 15 March in Bangkok (UTC+7).
const AT = Date.parse('2025-03-14T17:42:37.123Z')
const HOUR = Date.parse('2025-03-14T17:00:00.000Z')
const MINUTE = Date.parse('2025-03-14T17:42:00.000Z')

function response(fx: SurveyDatabase, overrides: Partial<NewResponse> = {}): NewResponse {
  return {
    submissionId: crypto.randomUUID(),
    roundId: fx.roundId,
    organisationId: fx.org.town,
    servicePointId: fx.point.tax,
    serviceId: fx.service.signTax,
    submittedAt: AT,
    locale: 'th',
    channel: 'web',
    flagReason: null,
    answers: [
      { itemId: 'service', value: String(fx.service.signTax) },
      { itemId: 'overall', value: '5' },
      { itemId: 'facility_1', value: 'na' },
      { itemId: 'suggestion', value: 'รอคิวนานไปหน่อย' },
    ],
    ...overrides,
  }
}
const snapshot = (fx: SurveyDatabase) =>
  Object.fromEntries(['responses', 'answers', ...TALLY_TABLES].map((t) => [t, rowsOf(fx, t)]))

describe('createResponseStore().writeOne', () => {
  it('stores the response, its answers and +1 on every tally at the right key', () => {
    const fx = surveyDatabase()
    const r = response(fx)
    expect(createResponseStore(fx.db).writeOne(r)).toBe('stored')

    const key = {
      round_id: fx.roundId,
      organisation_id: fx.org.town,
      service_point_id: fx.point.tax,
      service_id: fx.service.signTax,
      flagged: 0,
    }
    const [stored, ...others] = rowsOf(fx, 'responses')
    expect(others).toEqual([])
    expect(stored).toMatchObject({
      submission_id: r.submissionId,
      round_id: fx.roundId,
      organisation_id: fx.org.town,
      service_point_id: fx.point.tax,
      service_id: fx.service.signTax,
      submitted_hour: HOUR,
      day: '2025-03-15',
      locale: 'th',
      channel: 'web',
      flag_reason: null,
    })
    // Every answer in the response's JSON, the words kept; only the tally says '*'.
    expect(JSON.parse(String(stored!.answer_values))).toEqual({
      service: [String(fx.service.signTax)],
      overall: ['5'],
      facility_1: ['na'],
      suggestion: ['รอคิวนานไปหน่อย'],
    })
    // The comment also gets a row of its own, for the comments page; choices do not.
    expect(rowsOf(fx, 'answers').map((a) => [a.response_id, a.item_id, a.value])).toEqual([
      [stored!.id, 'suggestion', 'รอคิวนานไปหน่อย'],
    ])
    const counted: [string, string][] = [
      ['facility_1', 'na'],
      ['overall', '5'],
      ['service', String(fx.service.signTax)],
      ['suggestion', '*'],
    ]
    expect(rowsOf(fx, 'answer_tallies')).toEqual(counted.map(([item_id, value]) => ({ ...key, item_id, value, count: 1 })))
    expect(rowsOf(fx, 'answer_tallies_monthly')).toEqual(
      counted.map(([item_id, value]) => ({ ...key, month: '2025-03', item_id, value, count: 1 })),
    )
    expect(rowsOf(fx, 'response_tallies')).toEqual([{ ...key, day: '2025-03-15', count: 1, last_response_at: MINUTE }])
    expect(rowsOf(fx, 'organisation_response_tallies')).toEqual([
      { round_id: key.round_id, organisation_id: key.organisation_id, flagged: 0, count: 1, last_response_at: MINUTE },
    ])
  })

  it('adds to the same key, and keys no service as 0 and a flagged response as 1', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    const overall = (value: string) => [{ itemId: 'overall', value }]
    store.writeOne(response(fx, { answers: overall('5') }))
    store.writeOne(response(fx, { answers: overall('5'), submittedAt: AT + 60_000 }))
    store.writeOne(response(fx, { answers: overall('4'), serviceId: null, flagReason: 'repeat' }))
    store.writeOne(response(fx, { answers: overall('4'), serviceId: null, flagReason: 'too_fast' }))
    // 16:59Z is still 14 March in Bangkok: another day.
    store.writeOne(response(fx, { answers: overall('5'), submittedAt: Date.parse('2025-03-14T16:59:00Z') }))

    const pick = (table: string) =>
      rowsOf(fx, table).map(({ round_id: _r, organisation_id: _o, service_point_id: _p, ...rest }) => rest)
    const s = fx.service.signTax
    expect(pick('answer_tallies')).toEqual([
      { service_id: 0, flagged: 1, item_id: 'overall', value: '4', count: 2 },
      { service_id: s, flagged: 0, item_id: 'overall', value: '5', count: 3 },
    ])
    // 14 and 15 March are the same month: one monthly row.
    expect(pick('answer_tallies_monthly')).toEqual([
      { service_id: 0, flagged: 1, month: '2025-03', item_id: 'overall', value: '4', count: 2 },
      { service_id: s, flagged: 0, month: '2025-03', item_id: 'overall', value: '5', count: 3 },
    ])
    expect(pick('response_tallies')).toEqual([
      { service_id: 0, flagged: 1, day: '2025-03-15', count: 2, last_response_at: MINUTE },
      { service_id: s, flagged: 0, day: '2025-03-14', count: 1, last_response_at: Date.parse('2025-03-14T16:59:00Z') },
      { service_id: s, flagged: 0, day: '2025-03-15', count: 2, last_response_at: MINUTE + 60_000 },
    ])
    expect(rowsOf(fx, 'organisation_response_tallies').map(({ round_id: _r, organisation_id: _o, ...rest }) => rest)).toEqual([
      { flagged: 0, count: 3, last_response_at: MINUTE + 60_000 },
      { flagged: 1, count: 2, last_response_at: MINUTE },
    ])
  })

  it('keeps the latest minute when an earlier response is written later', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    store.writeOne(response(fx, { submittedAt: AT + 5 * 60_000 }))
    store.writeOne(response(fx, { submittedAt: AT }))
    expect(rowsOf(fx, 'response_tallies').map((r) => [r.count, r.last_response_at])).toEqual([[2, MINUTE + 5 * 60_000]])
  })

  it('stores a repeated submission id once: the second write is a duplicate and changes nothing', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    const r = response(fx)
    expect(store.writeOne(r)).toBe('stored')
    const before = snapshot(fx)
    expect(store.writeOne(r)).toBe('duplicate')
    // Even with other answers, the submission id decides.
    expect(store.writeOne({ ...r, answers: [{ itemId: 'overall', value: '1' }] })).toBe('duplicate')
    expect(snapshot(fx)).toEqual(before)
  })
})

describe('createResponseStore().writeBatch', () => {
  it('fails a bad item alone and stores the others', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    const good1 = response(fx)
    const good2 = response(fx, { organisationId: fx.org.subdistrict, servicePointId: fx.point.one, serviceId: null })
    const noSuchPoint = response(fx, { servicePointId: 9999 })
    const results = store.writeBatch([good1, noSuchPoint, good2, good1])
    expect(results.map((r) => (r.ok ? r.value : 'failed'))).toEqual(['stored', 'failed', 'stored', 'duplicate'])
    const failure = results[1]
    if (failure && !failure.ok) expect(String(failure.error)).toMatch(/FOREIGN KEY/)

    expect(rowsOf(fx, 'responses').map((r) => r.submission_id)).toEqual([good1.submissionId, good2.submissionId])
    expect(rowsOf(fx, 'response_tallies').map((r) => [r.service_point_id, r.count])).toEqual([
      [fx.point.tax, 1],
      [fx.point.one, 1],
    ])
    expect(rowsOf(fx, 'answer_tallies').every((r) => r.service_point_id !== 9999 && r.count === 1)).toBe(true)
  })

  it('rolls back a response that fails half-way, and counts nothing of it', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    const good = response(fx)
    // The first answer is whole, the second has no value.
    const broken = response(fx, {
      answers: [
        { itemId: 'overall', value: '5' },
        { itemId: 'facility_1', value: null as unknown as string },
      ],
    })
    const results = store.writeBatch([good, broken])
    expect(results.map((r) => r.ok)).toEqual([true, false])
    expect(rowsOf(fx, 'responses')).toHaveLength(1)
    // Of the good response's four answers only the comment has a row of its own.
    expect(rowsOf(fx, 'answers')).toHaveLength(1)
    expect(rowsOf(fx, 'answer_tallies').map((r) => [r.item_id, r.value, r.count])).toEqual([
      ['facility_1', 'na', 1],
      ['overall', '5', 1],
      ['service', String(fx.service.signTax), 1],
      ['suggestion', '*', 1],
    ])
    expect(rowsOf(fx, 'response_tallies').map((r) => r.count)).toEqual([1])
  })

  it('adds a batch at one point to each tally row once, with the batch’s count; a repeat in the batch adds nothing', () => {
    const fx = surveyDatabase()
    const store = createResponseStore(fx.db)
    const repeated = response(fx)
    const rating = (value: string) => [{ itemId: 'overall', value }]
    const results = store.writeBatch([
      repeated,
      response(fx, { answers: rating('5'), submittedAt: AT + 60_000 }),
      response(fx, { answers: rating('4') }),
      { ...repeated },
    ])
    expect(results.map((r) => (r.ok ? r.value : 'failed'))).toEqual(['stored', 'stored', 'stored', 'duplicate'])
    const overall = rowsOf(fx, 'answer_tallies')
      .filter((r) => r.item_id === 'overall')
      .map((r) => [r.value, r.count])
    expect(overall).toEqual([
      ['4', 1],
      ['5', 2],
    ])
    expect(rowsOf(fx, 'response_tallies').map((r) => [r.count, r.last_response_at])).toEqual([[3, MINUTE + 60_000]])
    // 5 + 5 + 4 over three answers; facility_1's N/A counts apart.
    const moments = rowsOf(fx, 'organisation_item_moments').map((r) => [
      r.item_id,
      r.n,
      r.not_applicable,
      r.sum,
      r.sum_squares,
      r.top_two,
    ])
    expect(moments).toEqual([
      ['facility_1', 0, 1, 0, 0, 0],
      ['overall', 3, 0, 14, 66, 3],
    ])
  })
})
