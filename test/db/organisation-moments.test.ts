/**
 * The per-organisation sums are a cache of the raw answers too: after many
 * seeded random responses, summing the rating answers in `answers` must give
 * exactly `organisation_item_moments`, and only rating items have rows; over
 * the scored items only, exactly `organisation_headline_moments`.
 */
import { describe, expect, it } from 'vitest'
import { ANSWER_ROWS } from '../helpers/database.js'
import { createResponseStore } from '../../src/db/queries/responses.js'
import { allItems } from '../../src/domain/questionnaire/definition.js'
import { scoredItems } from '../../src/domain/scoring/definition-items.js'
import { generateResponses } from '../../src/demo/generate-responses.js'
import { surveyDatabase } from './fixture.js'

/** The sums recounted from answer rows `a` (N/A apart), as the tally tables keep them. */
const SUMS = `sum(a.value != 'na') as n, sum(a.value = 'na') as not_applicable,
  sum(case when a.value = 'na' then 0 else cast(a.value as integer) end) as sum,
  sum(case when a.value = 'na' then 0 else cast(a.value as integer) * cast(a.value as integer) end) as sum_squares,
  sum(a.value in ('4', '5')) as top_two`

describe('organisation_item_moments equal a recount of the raw answers', () => {
  const fx = surveyDatabase()
  const store = createResponseStore(fx.db)
  const responses = generateResponses({
    definition: fx.definition,
    points: [
      {
        roundId: fx.roundId,
        organisationId: fx.org.town,
        servicePointId: fx.point.tax,
        serviceIds: [fx.service.landTax, fx.service.signTax],
      },
      {
        roundId: fx.roundId,
        organisationId: fx.org.subdistrict,
        servicePointId: fx.point.one,
        serviceIds: [fx.service.allowance],
      },
    ],
    count: 1500,
    from: Date.parse('2025-02-01T00:00:00Z'),
    to: Date.parse('2025-02-20T00:00:00Z'),
    seed: 77,
  })
  for (let i = 0; i < responses.length; i += 100) store.writeBatch(responses.slice(i, i + 100))
  const sqlite = fx.db.$client
  const ratingItems = allItems(fx.definition)
    .filter((i) => i.kind === 'rating')
    .map((i) => i.id)

  it('has a row for rating items only', () => {
    const items = (
      sqlite.prepare('select distinct item_id as id from organisation_item_moments order by id').all() as { id: string }[]
    ).map((r) => r.id)
    expect(items).toEqual([...ratingItems].sort())
  })

  it('matches n, N/A, Σx, Σx² and the 4–5 count recounted from answers, per organisation, item and flag', () => {
    const recount = sqlite
      .prepare(
        `select r.round_id, r.organisation_id, a.item_id, (r.flag_reason is not null) as flagged,
           ${SUMS}
         from ${ANSWER_ROWS} a join responses r on r.id = a.response_id
         where a.item_id in (select value from json_each(?))
         group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
      )
      .all(JSON.stringify(ratingItems))
    const stored = sqlite
      .prepare(
        `select round_id, organisation_id, item_id, flagged, n, not_applicable, sum, sum_squares, top_two
         from organisation_item_moments order by 1, 2, 3, 4`,
      )
      .all()
    expect(recount.length).toBeGreaterThan(20)
    expect(stored).toEqual(recount)
  })

  it('keeps the headline sums: the same recount over the scored items only, per organisation and flag', () => {
    const recount = sqlite
      .prepare(
        `select r.round_id, r.organisation_id, (r.flag_reason is not null) as flagged,
           ${SUMS}
         from ${ANSWER_ROWS} a join responses r on r.id = a.response_id
         where a.item_id in (select value from json_each(?))
         group by 1, 2, 3 order by 1, 2, 3`,
      )
      .all(JSON.stringify(scoredItems(fx.definition)))
    const stored = sqlite.prepare('select * from organisation_headline_moments order by 1, 2, 3').all()
    // Two organisations, each with official and flagged responses.
    expect(recount).toHaveLength(4)
    expect(stored).toEqual(recount)
  })
})
