/**
 * The pre-aggregated tallies a batch of responses adds, gathered in memory and
 * written as one upsert per distinct key: a batch of many responses at one
 * service point (a busy counter, or the benchmark's bulk load) touches each
 * tally row once, however many responses it holds.
 */
import type Database from 'better-sqlite3'
import { addAnswer, type Moments } from '../../domain/scoring/moments.js'

const TALLY_KEY = 'round_id, organisation_id, service_point_id, service_id, flagged'

/** What one response adds; `key` is round, organisation, point, service (0 for none), flagged (0/1). */
export type ResponseIncrement = {
  key: [number, number, number, number, 0 | 1]
  day: string
  month: string
  minute: number
  /** `[itemId, tally]`: the value counted, or "answered" for free text. */
  counted: [string, string][]
  /** `[itemId, value, scored]` of rating items: a level, or N/A; whether the item is one the headline pools. */
  ratings: [string, number | null, boolean][]
  /** An answer with a level to the overall-satisfaction item, and whether it is one of the two lowest; null without. */
  overall: { low: 0 | 1 } | null
}

/** The tally rows of one key (a point × service × flag, and a month for the monthly ones), by item and value. */
type KeyGroup = { key: unknown[]; values: Map<string, { itemId: string; tally: string; count: number }> }
type Counter = { key: unknown[]; count: number; last: number }
type Sums = Required<Moments> & { key: unknown[] }

function sumsOf(sums: Map<string, Sums>, id: string, key: unknown[]): Sums {
  let m = sums.get(id)
  if (!m) sums.set(id, (m = { key, n: 0, notApplicable: 0, sum: 0, sumSquares: 0, topTwo: 0 }))
  return m
}

// Map keys are the key's values joined by a character no id, value or day contains.
const SEP = '\u0000'

function groupOf(groups: Map<string, KeyGroup>, id: string, key: unknown[]): KeyGroup {
  let group = groups.get(id)
  if (!group) groups.set(id, (group = { key, values: new Map() }))
  return group
}

function countValue(group: KeyGroup, id: string, itemId: string, tally: string) {
  const seen = group.values.get(id)
  if (seen) seen.count++
  else group.values.set(id, { itemId, tally, count: 1 })
}

function countResponse(counters: Map<string, Counter>, id: string, key: unknown[], minute: number) {
  const seen = counters.get(id)
  if (!seen) counters.set(id, { key, count: 1, last: minute })
  else {
    seen.count++
    if (minute > seen.last) seen.last = minute
  }
}

export function createTallyWriter(sqlite: Database.Database) {
  const upsertAnswerCount = sqlite.prepare(
    `insert into answer_tallies (${TALLY_KEY}, item_id, value, count) values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (${TALLY_KEY}, item_id, value) do update set count = count + excluded.count`,
  )
  const upsertMonthlyCount = sqlite.prepare(
    `insert into answer_tallies_monthly (${TALLY_KEY}, month, item_id, value, count) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (${TALLY_KEY}, month, item_id, value) do update set count = count + excluded.count`,
  )
  /** An upsert adding to n, N/A, Σx, Σx² and the 4–5 count of a sums row with this key. */
  const sumsUpsert = (table: string, key: string) =>
    sqlite.prepare(
      `insert into ${table} (${key}, n, not_applicable, sum, sum_squares, top_two)
       values (${key
         .split(',')
         .map(() => '?')
         .join(', ')}, ?, ?, ?, ?, ?)
       on conflict (${key}) do update set
         n = n + excluded.n, not_applicable = not_applicable + excluded.not_applicable, sum = sum + excluded.sum,
         sum_squares = sum_squares + excluded.sum_squares, top_two = top_two + excluded.top_two`,
    )
  const upsertMoments = sumsUpsert('organisation_item_moments', 'round_id, organisation_id, item_id, flagged')
  const upsertHeadline = sumsUpsert('organisation_headline_moments', 'round_id, organisation_id, flagged')
  const upsertPointDayCount = sqlite.prepare(
    `insert into response_tallies (${TALLY_KEY}, day, count, last_response_at) values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (${TALLY_KEY}, day) do update
       set count = count + excluded.count, last_response_at = max(last_response_at, excluded.last_response_at)`,
  )
  const upsertOverallCount = sqlite.prepare(
    `insert into overall_answer_tallies (service_point_id, day, round_id, flagged, organisation_id, rated, low)
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict (service_point_id, day, round_id, flagged) do update set rated = rated + excluded.rated, low = low + excluded.low`,
  )
  const upsertOrganisationCount = sqlite.prepare(
    `insert into organisation_response_tallies (round_id, organisation_id, flagged, count, last_response_at) values (?, ?, ?, ?, ?)
     on conflict (round_id, organisation_id, flagged) do update
       set count = count + excluded.count, last_response_at = max(last_response_at, excluded.last_response_at)`,
  )

  const dropEmpty = (table: string, key: string, empty = 'count = 0') =>
    sqlite.prepare(
      `delete from ${table} where ${key
        .split(',')
        .map((column) => `${column.trim()} = ?`)
        .join(' and ')} and ${empty}`,
    )
  const dropEmptyAnswerCount = dropEmpty('answer_tallies', `${TALLY_KEY}, item_id, value`)
  const dropEmptyMonthlyCount = dropEmpty('answer_tallies_monthly', `${TALLY_KEY}, month, item_id, value`)
  const noSums = 'n = 0 and not_applicable = 0'
  const dropEmptyMoments = dropEmpty('organisation_item_moments', 'round_id, organisation_id, item_id, flagged', noSums)
  const dropEmptyHeadline = dropEmpty('organisation_headline_moments', 'round_id, organisation_id, flagged', noSums)
  const dropEmptyPointDayCount = dropEmpty('response_tallies', `${TALLY_KEY}, day`)
  const dropEmptyOrganisationCount = dropEmpty('organisation_response_tallies', 'round_id, organisation_id, flagged')
  const dropEmptyOverallCount = dropEmpty('overall_answer_tallies', 'service_point_id, day, round_id, flagged', 'rated = 0')

  /** A fresh set of increments for one batch; `write()` must run inside the batch's transaction. */
  return function startBatch() {
    const answers = new Map<string, KeyGroup>()
    const monthly = new Map<string, KeyGroup>()
    const responses = new Map<string, Counter>()
    const organisations = new Map<string, Counter>()
    const moments = new Map<string, Sums>()
    const headlines = new Map<string, Sums>()
    const overall = new Map<string, { key: unknown[]; rated: number; low: number }>()

    return {
      add(r: ResponseIncrement) {
        const [round, organisation, point, , flagged] = r.key
        const base = r.key.join(SEP)
        const all = groupOf(answers, base, r.key)
        const byMonth = groupOf(monthly, base + SEP + r.month, [...r.key, r.month])
        for (const [itemId, tally] of r.counted) {
          const id = itemId + SEP + tally
          countValue(all, id, itemId, tally)
          countValue(byMonth, id, itemId, tally)
        }
        // The organisation's own rows (headline sums, response count) share one key.
        const orgId = round + SEP + organisation + SEP + flagged
        const orgKey = [round, organisation, flagged]
        const headline = sumsOf(headlines, orgId, orgKey)
        for (const [itemId, level, scored] of r.ratings) {
          addAnswer(
            sumsOf(moments, round + SEP + organisation + SEP + itemId + SEP + flagged, [round, organisation, itemId, flagged]),
            level,
          )
          if (scored) addAnswer(headline, level)
        }
        countResponse(responses, base + SEP + r.day, [...r.key, r.day], r.minute)
        countResponse(organisations, orgId, orgKey, r.minute)
        if (r.overall) {
          const id = point + SEP + r.day + SEP + round + SEP + flagged
          let day = overall.get(id)
          if (!day) overall.set(id, (day = { key: [point, r.day, round, flagged, organisation], rated: 0, low: 0 }))
          day.rated++
          day.low += r.overall.low
        }
      },
      /**
       * Adds the batch to the tallies, or with `sign` -1 takes it away again (a reviewed response moving between
       * flagged and not) and drops the rows that reach zero, so the tallies stay what a recount gives.
       */
      write(sign: 1 | -1 = 1) {
        const s = sign
        for (const g of answers.values())
          for (const v of g.values.values()) {
            upsertAnswerCount.run(...g.key, v.itemId, v.tally, s * v.count)
            if (s < 0) dropEmptyAnswerCount.run(...g.key, v.itemId, v.tally)
          }
        for (const g of monthly.values())
          for (const v of g.values.values()) {
            upsertMonthlyCount.run(...g.key, v.itemId, v.tally, s * v.count)
            if (s < 0) dropEmptyMonthlyCount.run(...g.key, v.itemId, v.tally)
          }
        for (const m of moments.values()) {
          upsertMoments.run(...m.key, s * m.n, s * m.notApplicable, s * m.sum, s * m.sumSquares, s * m.topTwo)
          if (s < 0) dropEmptyMoments.run(...m.key)
        }
        for (const m of headlines.values())
          if (m.n + m.notApplicable > 0) {
            upsertHeadline.run(...m.key, s * m.n, s * m.notApplicable, s * m.sum, s * m.sumSquares, s * m.topTwo)
            if (s < 0) dropEmptyHeadline.run(...m.key)
          }
        for (const c of responses.values()) {
          upsertPointDayCount.run(...c.key, s * c.count, c.last)
          if (s < 0) dropEmptyPointDayCount.run(...c.key)
        }
        for (const c of organisations.values()) {
          upsertOrganisationCount.run(...c.key, s * c.count, c.last)
          if (s < 0) dropEmptyOrganisationCount.run(...c.key)
        }
        for (const d of overall.values()) {
          upsertOverallCount.run(...d.key, s * d.rated, s * d.low)
          if (s < 0) dropEmptyOverallCount.run(...d.key.slice(0, 4))
        }
      },
    }
  }
}
