/**
 * The tallies are a cache of the raw responses: after ~2,000 seeded random responses,
 * recounting `responses` + `answers` with GROUP BY must give exactly the three tally tables.
 */
import { describe, expect, it } from 'vitest'
import { ANSWER_ROWS } from '../helpers/database.js'
import { createResponseStore, type NewResponse } from '../../src/db/queries/responses.js'
import { allItems } from '../../src/domain/questionnaire/definition.js'
import { generateResponses } from '../../src/demo/generate-responses.js'
import { rowsOf, surveyDatabase } from './fixture.js'

const COUNT = 2000
const FROM = Date.parse('2025-02-01T00:00:00Z')
const TO = Date.parse('2025-02-11T00:00:00Z') // ten days

describe('tallies equal a recount of the raw rows', () => {
  const fx = surveyDatabase()
  const generated = generateResponses({
    definition: fx.definition,
    points: [
      {
        roundId: fx.roundId,
        organisationId: fx.org.town,
        servicePointId: fx.point.tax,
        serviceIds: [fx.service.landTax, fx.service.signTax],
      },
      { roundId: fx.roundId, organisationId: fx.org.town, servicePointId: fx.point.registry, serviceIds: [] },
      {
        roundId: fx.roundId,
        organisationId: fx.org.subdistrict,
        servicePointId: fx.point.one,
        serviceIds: [fx.service.allowance],
      },
    ],
    count: COUNT,
    from: FROM,
    to: TO,
    seed: 20250211,
  })
  // Some flagged as too fast as well as the generator's repeats, to cover both reasons.
  const input: NewResponse[] = generated.map((r, i) => (i % 97 === 0 ? { ...r, flagReason: 'too_fast' } : r))
  const store = createResponseStore(fx.db)
  // Half through single writes, half through batches of 100.
  input.slice(0, COUNT / 2).forEach((r) => store.writeOne(r))
  for (let i = COUNT / 2; i < COUNT; i += 100) {
    const results = store.writeBatch(input.slice(i, i + 100))
    if (!results.every((r) => r.ok && r.value === 'stored')) throw new Error('a generated response was not stored')
  }

  const sqlite = fx.db.$client
  const textItems = allItems(fx.definition)
    .filter((it) => it.kind === 'text')
    .map((it) => it.id)
  const KEY = `r.round_id, r.organisation_id, r.service_point_id, coalesce(r.service_id, 0) as service_id,
    (r.flag_reason is not null) as flagged`
  const TALLY = `case when a.item_id in (${textItems.map(() => '?').join(', ')}) then '*' else a.value end`
  const recount = (sql: string) => sqlite.prepare(sql).all(...textItems)

  it('has data varied enough for the check to mean something', () => {
    expect(textItems).toEqual(['suggestion'])
    expect(rowsOf(fx, 'responses')).toHaveLength(COUNT)
    const stats = sqlite
      .prepare(
        `select count(distinct day) as days, sum(service_id is null) as no_service, sum(flag_reason = 'repeat') as repeats,
           sum(flag_reason = 'too_fast') as too_fast from responses`,
      )
      .get() as Record<string, number>
    expect(stats.days).toBeGreaterThanOrEqual(10)
    expect(stats.no_service).toBeGreaterThan(0)
    expect(stats.repeats).toBeGreaterThan(0)
    expect(stats.too_fast).toBe(Math.ceil(COUNT / 97)) // i = 0, 97, …, 1940: 21 of them
    expect(
      (sqlite.prepare(`select count(*) as n from answers where item_id = 'suggestion'`).get() as { n: number }).n,
    ).toBeGreaterThan(0)
  })

  it('stores each response’s Bangkok day and hour', () => {
    const BKK = 7 * 3600_000
    const bySubmission = new Map(input.map((r) => [r.submissionId, r.submittedAt]))
    for (const row of sqlite.prepare('select submission_id, day, submitted_hour from responses').all() as {
      submission_id: string
      day: string
      submitted_hour: number
    }[]) {
      const at = bySubmission.get(row.submission_id)!
      expect(row.day).toBe(new Date(at + BKK).toISOString().slice(0, 10))
      expect(row.submitted_hour).toBe(at - (at % 3600_000))
    }
  })

  it('answer_tallies', () => {
    const expected = recount(
      `select ${KEY}, a.item_id, ${TALLY} as value, count(*) as count
       from responses r join ${ANSWER_ROWS} a on a.response_id = r.id
       group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7`,
    )
    expect(expected.length).toBeGreaterThan(100)
    expect(rowsOf(fx, 'answer_tallies')).toEqual(expected)
  })

  it('answer_tallies_monthly', () => {
    const expected = recount(
      `select ${KEY}, substr(r.day, 1, 7) as month, a.item_id, ${TALLY} as value, count(*) as count
       from responses r join ${ANSWER_ROWS} a on a.response_id = r.id
       group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8`,
    )
    expect(rowsOf(fx, 'answer_tallies_monthly')).toEqual(expected)
  })

  it('organisation_response_tallies', () => {
    const expected = sqlite
      .prepare(
        `select r.round_id, r.organisation_id, r.flag_reason is not null as flagged, count(*) as count
        from responses r group by 1, 2, 3 order by 1, 2, 3`,
      )
      .all()
    expect(rowsOf(fx, 'organisation_response_tallies').map(({ last_response_at: _, ...row }) => row)).toEqual(expected)
  })

  it('response_tallies, with the last response time worked out from the input', () => {
    const counts = sqlite
      .prepare(`select ${KEY}, r.day, count(*) as count from responses r group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`)
      .all() as Record<string, unknown>[]
    // The latest submission per key and day, to the minute, straight from the generated data.
    const latest = new Map<string, number>()
    for (const r of input) {
      const day = new Date(r.submittedAt + 7 * 3600_000).toISOString().slice(0, 10)
      const k = [r.roundId, r.organisationId, r.servicePointId, r.serviceId ?? 0, r.flagReason ? 1 : 0, day].join('|')
      latest.set(k, Math.max(latest.get(k) ?? 0, r.submittedAt - (r.submittedAt % 60_000)))
    }
    const expected = counts.map((c) => ({
      ...c,
      last_response_at: latest.get([c.round_id, c.organisation_id, c.service_point_id, c.service_id, c.flagged, c.day].join('|')),
    }))
    expect(latest.size).toBe(counts.length)
    expect(rowsOf(fx, 'response_tallies')).toEqual(expected)
    expect(counts.reduce((sum, c) => sum + Number(c.count), 0)).toBe(COUNT)
  })
})
