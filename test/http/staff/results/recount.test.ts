/**
 * The results are a cache of what residents sent: after 300 random submissions through the
 * real HTTP path (GET the form, POST it, over three service points of two organisations, with
 * N/A answers, skipped optional questions, repeats flagged through the `answered` cookie and
 * answers sent too fast), a GROUP BY recount of the raw `responses` and their answers must give
 * exactly the three tally tables, and the results service must give exactly the figures the
 * engine computes from the recounted counts: whole, per service point, per service and per
 * month, with and without flagged responses. The public page shows the same numbers.
 */
import { describe, expect, it } from 'vitest'
import { ANSWER_ROWS } from '../../../helpers/database.js'
import { allItems, type Definition } from '../../../../src/domain/questionnaire/definition.js'
import { visibleItems } from '../../../../src/domain/questionnaire/answers.js'
import {
  poolItems,
  ratingStats,
  round2,
  type ItemCounts,
  type ScoringOptions,
  type ThaiMeanResult,
} from '../../../../src/domain/scoring/index.js'
import { formatCount, formatDecimal } from '../../../../src/i18n/format.js'
import type { GroupResult } from '../../../../src/domain/results/organisation-results.js'
import { createResultsService } from '../../../../src/results/organisation-results.js'
import {
  arrangeSurvey,
  cookiesFrom,
  countedInBackground,
  DAY,
  DEFAULT_NOW,
  encodeFields,
  getForm,
  HOUR,
  type ArrangedPoint,
  type Fields,
} from '../../../helpers/survey-fixture.js'
import { readPage } from '../../html.js'

const SUBMISSIONS = 300

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

/** One resident's random but valid answers: every required item, some optional ones, N/A where allowed. */
function randomAnswers(definition: Definition, point: ArrangedPoint, rnd: () => number, n: number): Fields {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const fields: Fields = {}
  for (const item of visibleItems(definition, { services: point.services })) {
    if (!item.required && rnd() < 0.4) continue
    switch (item.kind) {
      case 'service':
        fields[item.id] = String(pick(point.services).id)
        break
      case 'rating': {
        const levels = definition.scales[item.scale]!.levels.map((l) => String(l.value))
        // Skewed towards the top, as real answers are, with N/A where the question allows it.
        fields[item.id] = item.allowNotApplicable && rnd() < 0.2 ? 'na' : pick([...levels, '5', '5', '4'])
        break
      }
      case 'single':
        fields[item.id] = pick(item.options).value
        break
      case 'multiple':
        fields[item.id] = item.options.filter(() => rnd() < 0.4).map((o) => o.value)
        break
      case 'text':
        fields[item.id] = `ข้อเสนอแนะที่ ${n}: อยากให้บริการเร็วขึ้น`
        break
    }
  }
  return fields
}

type Arranged = Awaited<ReturnType<typeof submitMany>>

async function submitMany() {
  const s = arrangeSurvey({
    config: { RATE_LIMIT_SUBMISSIONS: 100_000, MIN_FILL_SECONDS: 3 },
    round: { opensAt: DEFAULT_NOW - DAY, closesAt: DEFAULT_NOW + 120 * DAY },
  })
  const rnd = random(20250610)
  const points = [s.points.main, s.points.single, s.points.bare]
  // A few phones come back: their `answered` cookie makes a second answer at the same point on the same day a repeat.
  const phones: string[] = ['', '', '']
  const statuses: number[] = []
  for (let n = 0; n < SUBMISSIONS; n++) {
    const point = points[Math.floor(rnd() * points.length)]!
    const phone = rnd() < 0.4 ? Math.floor(rnd() * phones.length) : -1
    const headers: Record<string, string> = phone >= 0 && phones[phone] ? { Cookie: phones[phone]! } : {}
    const form = await getForm(s.app, point.code, { headers })
    // A person takes 10 s or more; now and then a submission comes back in 1 s and is flagged too fast.
    s.clock.advance(rnd() < 0.06 ? 1000 : 10_000 + Math.floor(rnd() * 120_000))
    const res = await s.app.request(`/s/${point.code}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: encodeFields({ _token: form.token, ...randomAnswers(s.definition, point, rnd, n) }),
    })
    statuses.push(res.status)
    if (phone >= 0) phones[phone] = cookiesFrom(res) || phones[phone]!
    // Up to six hours to the next resident: 300 of them span more than one month.
    s.clock.advance(Math.floor(rnd() * 6 * HOUR))
  }
  await countedInBackground(s.db)
  return { ...s, statuses }
}

const sql = <T>(s: Arranged, text: string, ...params: unknown[]) => s.db.$client.prepare(text).all(...params) as T[]

describe('after 300 random submissions through HTTP', async () => {
  const s = await submitMany()
  const textItems = allItems(s.definition)
    .filter((i) => i.kind === 'text')
    .map((i) => i.id)
  const KEY = `r.round_id, r.organisation_id, r.service_point_id, coalesce(r.service_id, 0) as service_id,
    (r.flag_reason is not null) as flagged`
  const TALLY = `case when a.item_id in (select value from json_each('${JSON.stringify(textItems)}')) then '*' else a.value end`
  const table = (name: string, order: string) => sql<Record<string, unknown>>(s, `select * from ${name} order by ${order}`)

  it('stored every one, with data varied enough for the recount to mean something', () => {
    expect(s.statuses.filter((st) => st !== 303)).toEqual([])
    const stats = sql<Record<string, number>>(
      s,
      `select count(*) as responses, count(distinct organisation_id) as organisations, count(distinct service_point_id) as points,
         count(distinct substr(day, 1, 7)) as months, sum(service_id is null) as noService,
         sum(flag_reason = 'repeat') as repeats, sum(flag_reason = 'too_fast') as tooFast
       from responses`,
    )[0]!
    expect(stats.responses).toBe(SUBMISSIONS)
    expect(stats.organisations).toBe(2)
    expect(stats.points).toBe(3)
    expect(stats.months).toBeGreaterThanOrEqual(2)
    expect(stats.noService).toBeGreaterThan(0)
    expect(stats.repeats).toBeGreaterThan(0)
    expect(stats.tooFast).toBeGreaterThan(0)
    const answers = sql<Record<string, number>>(
      s,
      `select sum(value = 'na') as na, sum(item_id = 'suggestion') as suggestions, count(distinct response_id) as answered,
         (select count(*) from responses where id not in (select response_id from ${ANSWER_ROWS} where item_id = 'age')) as skippedAge
       from ${ANSWER_ROWS}`,
    )[0]!
    expect(answers.na).toBeGreaterThan(0)
    expect(answers.suggestions).toBeGreaterThan(0)
    expect(answers.skippedAge).toBeGreaterThan(0)
  })

  it('answer_tallies equal the recount', () => {
    const recount = sql(
      s,
      `select ${KEY}, a.item_id, ${TALLY} as value, count(*) as count
       from responses r join ${ANSWER_ROWS} a on a.response_id = r.id group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7`,
    )
    expect(recount.length).toBeGreaterThan(100)
    expect(table('answer_tallies', 'round_id, organisation_id, service_point_id, service_id, flagged, item_id, value')).toEqual(
      recount,
    )
  })

  it('answer_tallies_monthly equal the recount', () => {
    const recount = sql(
      s,
      `select ${KEY}, substr(r.day, 1, 7) as month, a.item_id, ${TALLY} as value, count(*) as count
       from responses r join ${ANSWER_ROWS} a on a.response_id = r.id group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8`,
    )
    expect(
      table('answer_tallies_monthly', 'round_id, organisation_id, service_point_id, service_id, flagged, month, item_id, value'),
    ).toEqual(recount)
  })

  it('organisation_response_tallies equal the recount', () => {
    const recount = sql(
      s,
      `select r.round_id, r.organisation_id, r.flag_reason is not null as flagged, count(*) as count from responses r group by 1, 2, 3 order by 1, 2, 3`,
    )
    const stored = table('organisation_response_tallies', 'round_id, organisation_id, flagged').map(
      ({ last_response_at: _, ...row }) => row,
    )
    expect(stored).toEqual(recount)
  })

  it('response_tallies equal the recount', () => {
    const recount = sql(
      s,
      `select ${KEY}, r.day, count(*) as count from responses r group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`,
    )
    const stored = table('response_tallies', 'round_id, organisation_id, service_point_id, service_id, flagged, day').map(
      ({ last_response_at: _, ...row }) => row,
    )
    expect(stored).toEqual(recount)
  })

  describe.each([
    { includeFlagged: false, label: 'official figures (flagged left out)' },
    { includeFlagged: true, label: 'figures with flagged responses' },
  ])('the results service gives the engine’s figures on the recounted counts: $label', ({ includeFlagged }) => {
    const service = createResultsService(s.db, { minimumResponses: 10, includeFlagged })
    const flags = includeFlagged ? '0, 1' : '0'

    /** Raw answers and respondents recounted per grouping, straight from the answers stored with each response. */
    function recount(organisationId: number, group: string) {
      const counts = new Map<string, Record<string, Record<string, number>>>()
      for (const row of sql<{ key: string; item: string; value: string; n: number }>(
        s,
        `select ${group} as key, a.item_id as item, ${TALLY} as value, count(*) as n
         from responses r join ${ANSWER_ROWS} a on a.response_id = r.id
         where r.round_id = ? and r.organisation_id = ? and (r.flag_reason is not null) in (${flags})
         group by 1, 2, 3`,
        s.roundId,
        organisationId,
      )) {
        const items = counts.get(String(row.key)) ?? {}
        ;(items[row.item] ??= {})[row.value] = row.n
        counts.set(String(row.key), items)
      }
      const respondents = new Map(
        sql<{ key: string; n: number }>(
          s,
          `select ${group} as key, count(*) as n from responses r
           where r.round_id = ? and r.organisation_id = ? and (r.flag_reason is not null) in (${flags}) group by 1`,
          s.roundId,
          organisationId,
        ).map((r) => [String(r.key), r.n]),
      )
      return { counts, respondents }
    }

    /** What the engine computes from counts, item by item and pooled per aspect (thai-mean). */
    function expected(counts: ItemCounts, options: ScoringOptions) {
      const scoring = s.definition.scoring
      if (scoring.method !== 'thai-mean') throw new Error('the fixture round uses the Thai standard questionnaire')
      return {
        overallItem: scoring.overallItem ? ratingStats(counts[scoring.overallItem] ?? {}, options) : null,
        overall: ratingStats(
          poolItems(
            counts,
            scoring.aspects.flatMap((a) => a.items),
          ),
          options,
        ),
        aspects: scoring.aspects.map((a) => ({
          stats: ratingStats(poolItems(counts, a.items), options),
          items: a.items.map((id) => ratingStats(counts[id] ?? {}, options)),
        })),
      }
    }
    const actual = (group: GroupResult) => {
      const result = group.result as ThaiMeanResult
      return {
        overallItem: result.overallItem,
        overall: result.overall,
        aspects: result.aspects.map((a) => ({ stats: a.stats, items: a.items.map((i) => i.stats) })),
      }
    }
    const compare = <K extends string | number>(
      groups: Map<K, GroupResult>,
      recounted: ReturnType<typeof recount>,
      options: ScoringOptions,
    ) => {
      expect([...groups.keys()].map(String).sort()).toEqual([...recounted.respondents.keys()].sort())
      for (const [key, group] of groups) {
        expect(group.respondents).toBe(recounted.respondents.get(String(key)))
        expect(actual(group)).toEqual(expected(recounted.counts.get(String(key)) ?? {}, options))
      }
    }

    it.each(['4810102', '3500102'] as const)(
      'for organisation %s: whole, per service point, per service and per month',
      (dla) => {
        const organisationId = s.organisationIds[dla]
        const results = service.organisation(s.roundId!, organisationId)!
        const whole = recount(organisationId, "'all'")
        expect(results.whole.respondents).toBe(whole.respondents.get('all'))
        expect(actual(results.whole)).toEqual(expected(whole.counts.get('all')!, results.options))
        compare(results.byServicePoint, recount(organisationId, 'r.service_point_id'), results.options)
        compare(results.byService, recount(organisationId, 'coalesce(r.service_id, 0)'), results.options)
        compare(results.byMonth, recount(organisationId, 'substr(r.day, 1, 7)'), results.options)
        const flagged = sql<{ n: number }>(
          s,
          'select count(*) as n from responses where organisation_id = ? and flag_reason is not null',
          organisationId,
        )[0]!.n
        expect(results.flaggedRespondents).toBe(includeFlagged ? 0 : flagged)
        expect(results.byMonth.size).toBeGreaterThanOrEqual(2)
      },
    )
  })

  it('and the public page prints the official recount, flagged left out', async () => {
    const row = sql<{ n: number; answers: number; sum: number }>(
      s,
      `select (select count(*) from responses where organisation_id = o.id and flag_reason is null) as n,
         count(*) as answers, sum(cast(a.value as integer)) as sum
       from organisations o join responses r on r.organisation_id = o.id and r.flag_reason is null
         join ${ANSWER_ROWS} a on a.response_id = r.id
       where o.dla_code = '4810102' and a.value in ('1', '2', '3', '4', '5') and a.item_id != 'overall'
         and a.item_id in ('process_1', 'process_2', 'channel_1', 'channel_2', 'staff_1', 'staff_2', 'staff_3', 'facility_1', 'facility_2')`,
    )[0]!
    const page = readPage(await (await s.app.request('/o/4810102')).text())
    const text = page.text()
    expect(text).toContain(`ผู้ตอบแบบประเมิน ${formatCount(row.n)} คน`)
    expect(text).toContain(
      `ความพึงพอใจร้อยละ ${formatDecimal(round2((row.sum * 20) / row.answers))} · ค่าเฉลี่ย ${formatDecimal(round2(row.sum / row.answers))}`,
    )
    expect(text).toContain(`${formatCount(row.answers)} คำตอบ`)
  })
})
