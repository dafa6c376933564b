/**
 * Review decisions move counts between the flagged and official tallies. After a seeded
 * random sequence of decisions on groups and single answers (reinstating, keeping out,
 * reversing), taken while responses keep being stored and counted in slices, every
 * tally table must equal a recount from scratch of the responses with their decisions.
 */
import { describe, expect, it } from 'vitest'
import { ANSWER_ROWS } from '../helpers/database.js'
import { createResponseStore, type NewResponse } from '../../src/db/queries/responses.js'
import { decideFlags, flagGroupAnswers } from '../../src/db/queries/flag-decisions.js'
import { flagGroups, reviewTotals } from '../../src/db/queries/review-groups.js'
import { inTransaction } from '../../src/db/client.js'
import { allItems } from '../../src/domain/questionnaire/definition.js'
import { scoredItems } from '../../src/domain/scoring/definition-items.js'
import type { FlagDecision } from '../../src/domain/flag-review.js'
import { generateResponses } from '../../src/demo/generate-responses.js'
import { misgrouped } from '../helpers/review-groups.js'
import { reviewerOf, rowsOf, surveyDatabase } from './fixture.js'

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COUNT = 1200

describe('tallies equal a recount after any sequence of review decisions', async () => {
  const fx = surveyDatabase()
  const userId = await reviewerOf(fx)
  const generated = generateResponses({
    definition: fx.definition,
    points: [
      { roundId: fx.roundId, organisationId: fx.org.town, servicePointId: fx.point.tax, serviceIds: [fx.service.landTax] },
      { roundId: fx.roundId, organisationId: fx.org.town, servicePointId: fx.point.registry, serviceIds: [] },
      { roundId: fx.roundId, organisationId: fx.org.subdistrict, servicePointId: fx.point.one, serviceIds: [] },
    ],
    count: COUNT,
    from: Date.parse('2025-02-01T00:00:00Z'),
    to: Date.parse('2025-02-05T00:00:00Z'),
    seed: 2020,
  })
  // Plenty of flagged answers of both reasons, so groups hold several.
  const input: NewResponse[] = generated.map((r, i) => (i % 7 === 0 ? { ...r, flagReason: 'too_fast' } : r))
  const store = createResponseStore(fx.db)
  const rnd = random(31)
  const orgs = [fx.org.town, fx.org.subdistrict]
  /** The last decision on each response, kept here apart from the database: what the recount must agree with. */
  const decided = new Map<number, FlagDecision>()
  let decisions = 0
  let movedUncounted = 0
  let nothingToDecide = 0

  const decideSomething = () => {
    const organisationId = orgs[Math.floor(rnd() * orgs.length)]!
    const groups = flagGroups(fx.db, { roundId: fx.roundId, organisationId }, { limit: 1000, offset: 0 })
    if (groups.length === 0) return void nothingToDecide++
    const group = groups[Math.floor(rnd() * groups.length)]!
    const answers = flagGroupAnswers(fx.db, fx.roundId, organisationId, group, { limit: 1000, offset: 0 })
    const one = rnd() < 0.5 ? answers[Math.floor(rnd() * answers.length)]!.id : undefined
    const decision: FlagDecision = rnd() < 0.6 ? 'count' : 'keep_out'
    const countedTo = fx.db.$client.prepare('select counted_to from tally_progress').pluck().get() as number
    const outcome = inTransaction(fx.db, () =>
      decideFlags(fx.db, {
        roundId: fx.roundId,
        organisationId,
        group,
        responseId: one,
        decision,
        reason: 'seeded',
        userId,
        at: new Date(),
      }),
    )
    if (!outcome.ok) throw new Error(outcome.error)
    for (const id of outcome.responseIds) {
      decided.set(id, decision)
      if (id > countedTo) movedUncounted++
    }
    decisions++
  }

  /** Responses whose queue copy of the flag is not exactly their flag if counted, and nothing if not. */
  const misqueued = () =>
    fx.db.$client
      .prepare(
        `select count(*) from responses where review_reason is not
           (case when id <= (select counted_to from tally_progress) then flag_reason end)`,
      )
      .pluck()
      .get() as number
  const misqueuedAlong: number[] = []
  const misgroupedAlong: number[] = []
  /** Responses listed by organisation and not counted, or counted and not listed (`organisation_responses`). */
  const mislisted = () =>
    fx.db.$client
      .prepare(
        `with counted as (select round_id, organisation_id, day, id from responses
           where id <= (select counted_to from tally_progress)),
         listed as (select round_id, organisation_id, day, response_id from organisation_responses)
         select (select count(*) from (select * from counted except select * from listed))
           + (select count(*) from (select * from listed except select * from counted))`,
      )
      .pluck()
      .get() as number
  const mislistedAlong: number[] = []

  // Stored in slices; the counter runs part of the way now and then; decisions in between.
  for (let i = 0; i < COUNT; i += 100) {
    store.storeBatch(input.slice(i, i + 100))
    for (let k = 0; k < 4; k++) decideSomething()
    store.counter.countNext(Math.floor(rnd() * 120))
    misqueuedAlong.push(misqueued())
    mislistedAlong.push(mislisted())
    for (let k = 0; k < 4; k++) decideSomething()
    misgroupedAlong.push(misgrouped(fx.db.$client))
  }
  store.counter.countAll()
  for (let k = 0; k < 20; k++) decideSomething()

  const sqlite = fx.db.$client
  const textItems = allItems(fx.definition)
    .filter((it) => it.kind === 'text')
    .map((it) => it.id)
  const FLAGGED = `(r.flag_reason is not null and coalesce(d.decision, '') != 'count')`
  const FROM = `responses r left join flag_decisions d on d.response_id = r.id`
  const KEY = `r.round_id, r.organisation_id, r.service_point_id, coalesce(r.service_id, 0) as service_id, ${FLAGGED} as flagged`
  const TALLY = `case when a.item_id in (select value from json_each(?)) then '*' else a.value end`
  const SUMS = `sum(a.value != 'na') as n, sum(a.value = 'na') as not_applicable,
    sum(case when a.value = 'na' then 0 else cast(a.value as integer) end) as sum,
    sum(case when a.value = 'na' then 0 else cast(a.value as integer) * cast(a.value as integer) end) as sum_squares,
    sum(a.value in ('4', '5')) as top_two`
  const withoutTimes = (rows: Record<string, unknown>[]) => rows.map(({ last_response_at: _, ...row }) => row)
  const ratingItems = JSON.stringify(
    allItems(fx.definition)
      .filter((it) => it.kind === 'rating')
      .map((it) => it.id),
  )

  it('took decisions of every kind, on counted responses only (the queue holds what is counted)', () => {
    expect(decisions + nothingToDecide).toBe(12 * 8 + 20)
    expect(decisions).toBeGreaterThan(100)
    const values = [...decided.values()]
    expect(values).toContain('count')
    expect(values).toContain('keep_out')
    // Responses stored and not yet counted wait outside the queue: a group's decision never reaches them.
    expect(movedUncounted).toBe(0)
    expect(decided.size).toBeLessThan(Math.ceil(COUNT / 7) + 200)
  })

  it('puts in the queue exactly the flagged responses counted so far, at every step', () => {
    expect(misqueuedAlong).toEqual(Array(COUNT / 100).fill(0))
    expect(misqueued()).toBe(0)
    expect(sqlite.prepare('select count(*) from responses where review_reason is not null').pluck().get()).toBe(
      input.filter((r) => r.flagReason !== null).length,
    )
  })

  it('lists by organisation exactly the responses counted so far, at every step', () => {
    expect(mislistedAlong).toEqual(Array(COUNT / 100).fill(0))
    expect(mislisted()).toBe(0)
    expect(sqlite.prepare('select count(*) from organisation_responses').pluck().get()).toBe(COUNT)
  })

  it("keeps the queue's groups equal to the queued responses and their decisions, at every step", () => {
    expect(misgroupedAlong).toEqual(Array(COUNT / 100).fill(0))
    expect(misgrouped(sqlite)).toBe(0)
    expect(sqlite.prepare('select count(*) from review_groups').pluck().get()).toBeGreaterThan(20)
  })

  it('counts as official exactly the responses not flagged or reinstated, by the decisions kept here', () => {
    const flags = sqlite.prepare('select id, organisation_id as org, flag_reason as reason from responses').all() as {
      id: number
      org: number
      reason: string | null
    }[]
    for (const org of orgs) {
      const mine = flags.filter((f) => f.org === org)
      const keptOut = mine.filter((f) => f.reason !== null && decided.get(f.id) !== 'count').length
      const tallies = sqlite
        .prepare('select flagged, count from organisation_response_tallies where organisation_id = ? order by flagged')
        .all(org)
      expect(tallies).toEqual([
        { flagged: 0, count: mine.length - keptOut },
        { flagged: 1, count: keptOut },
      ])
    }
  })

  it("the queue's groups, their count and what waits, page by page, agree with the decisions kept here", () => {
    const flags = sqlite
      .prepare(
        'select id, organisation_id as org, service_point_id as point, flag_reason as reason, day from responses where flag_reason is not null',
      )
      .all() as { id: number; org: number; point: number; reason: string; day: string }[]
    const provinces = sqlite
      .prepare('select distinct province_code from organisations where id in (?, ?)')
      .pluck()
      .all(...orgs) as string[]
    expect(provinces).toHaveLength(1)
    const reach = { roundId: fx.roundId, provinceCode: provinces[0]! }
    const expected = new Map<string, { total: number; counted: number; keptOut: number }>()
    for (const f of flags) {
      const key = `${f.day} ${f.point} ${f.reason}`
      const g = expected.get(key) ?? { total: 0, counted: 0, keptOut: 0 }
      g.total++
      if (decided.get(f.id) === 'count') g.counted++
      if (decided.get(f.id) === 'keep_out') g.keptOut++
      expected.set(key, g)
    }
    const waiting = flags.filter((f) => !decided.has(f.id)).length
    expect(waiting).toBeGreaterThan(0)

    const pages = [0, 1, 2, 3].map((n) => flagGroups(fx.db, reach, { limit: 5, offset: n * 5 }))
    const all = flagGroups(fx.db, reach, { limit: 1000, offset: 0 })
    expect(reviewTotals(fx.db, reach)).toEqual({ groups: expected.size, waiting })
    expect(all).toHaveLength(expected.size)
    // Pages hold different groups, newest day first; within a day the page shows its groups by point name.
    const keyOf = (g: (typeof all)[number]) => `${g.day} ${g.servicePointId} ${g.reason}`
    expect(new Set(pages.flatMap((p) => p.map(keyOf))).size).toBe(20)
    for (const p of pages) expect(p).toHaveLength(5)
    const days = pages.flatMap((p) => p.map((g) => g.day))
    expect(days).toEqual([...days].sort().reverse())
    expect(flagGroups(fx.db, reach, { limit: 5, offset: 1000 })).toEqual([])
    expect(
      new Map(
        all.map((g) => [`${g.day} ${g.servicePointId} ${g.reason}`, { total: g.total, counted: g.counted, keptOut: g.keptOut }]),
      ),
    ).toEqual(expected)
    expect(all.every((g) => g.waiting === g.total - g.counted - g.keptOut)).toBe(true)
    const perOrganisation = orgs.map((organisationId) => reviewTotals(fx.db, { roundId: fx.roundId, organisationId }))
    expect(perOrganisation.reduce((sum, t) => sum + t.waiting, 0)).toBe(waiting)
    expect(perOrganisation.reduce((sum, t) => sum + t.groups, 0)).toBe(expected.size)
  })

  it('answer_tallies and answer_tallies_monthly', () => {
    const all = sqlite
      .prepare(
        `select ${KEY}, a.item_id, ${TALLY} as value, count(*) as count from ${FROM} join ${ANSWER_ROWS} a on a.response_id = r.id
         group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7`,
      )
      .all(JSON.stringify(textItems))
    expect(all.length).toBeGreaterThan(100)
    expect(rowsOf(fx, 'answer_tallies')).toEqual(all)
    const monthly = sqlite
      .prepare(
        `select ${KEY}, substr(r.day, 1, 7) as month, a.item_id, ${TALLY} as value, count(*) as count
         from ${FROM} join ${ANSWER_ROWS} a on a.response_id = r.id
         group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8`,
      )
      .all(JSON.stringify(textItems))
    expect(rowsOf(fx, 'answer_tallies_monthly')).toEqual(monthly)
  })

  it('response_tallies and organisation_response_tallies (counts; the last response time only ever moves forward)', () => {
    const perDay = sqlite
      .prepare(`select ${KEY}, r.day, count(*) as count from ${FROM} group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`)
      .all()
    expect(withoutTimes(rowsOf(fx, 'response_tallies'))).toEqual(perDay)
    const perOrg = sqlite
      .prepare(
        `select r.round_id, r.organisation_id, ${FLAGGED} as flagged, count(*) as count from ${FROM} group by 1, 2, 3 order by 1, 2, 3`,
      )
      .all()
    expect(withoutTimes(rowsOf(fx, 'organisation_response_tallies'))).toEqual(perOrg)
  })

  it('organisation_item_moments and organisation_headline_moments', () => {
    const items = sqlite
      .prepare(
        `select r.round_id, r.organisation_id, a.item_id, ${FLAGGED} as flagged, ${SUMS}
         from ${FROM} join ${ANSWER_ROWS} a on a.response_id = r.id where a.item_id in (select value from json_each(?))
         group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
      )
      .all(ratingItems)
    expect(rowsOf(fx, 'organisation_item_moments')).toEqual(items)
    const headline = sqlite
      .prepare(
        `select r.round_id, r.organisation_id, ${FLAGGED} as flagged, ${SUMS}
         from ${FROM} join ${ANSWER_ROWS} a on a.response_id = r.id where a.item_id in (select value from json_each(?))
         group by 1, 2, 3 order by 1, 2, 3`,
      )
      .all(JSON.stringify(scoredItems(fx.definition)))
    expect(rowsOf(fx, 'organisation_headline_moments')).toEqual(headline)
  })

  it('overall_answer_tallies: per point and day, the overall answers with a level and those at the two lowest', () => {
    const perDay = sqlite
      .prepare(
        `select r.service_point_id, r.day, r.round_id, r.organisation_id, ${FLAGGED} as flagged,
           count(*) as rated, sum(a.value in ('1', '2')) as low
         from ${FROM} join ${ANSWER_ROWS} a on a.response_id = r.id where a.item_id = 'overall' and a.value != 'na'
         group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`,
      )
      .all()
    expect(perDay.length).toBeGreaterThan(10)
    expect(rowsOf(fx, 'overall_answer_tallies')).toEqual(perDay)
  })
})
