/**
 * The pre-aggregated tallies a batch of responses adds, gathered in memory and
 * written as one upsert per distinct key: a batch of many responses at one
 * service point (a busy counter, or the benchmark's bulk load) touches each
 * tally row once, however many responses it holds.
 */
import type Database from 'better-sqlite3'

const TALLY_KEY = 'round_id, organisation_id, service_point_id, service_id, flagged'

/** What one response adds; `key` is round, organisation, point, service (0 for none), flagged (0/1). */
export type ResponseIncrement = {
  key: [number, number, number, number, 0 | 1]
  day: string
  month: string
  minute: number
  /** `[itemId, tally]`: the value counted, or "answered" for free text. */
  counted: [string, string][]
  /** `[itemId, value]` of rating items: a level, or N/A. */
  ratings: [string, number | null][]
}

type Counter = { params: unknown[]; count: number; last?: number }

/** +1 on the counter `id`; its SQL parameters are made only the first time the id is seen. */
function bump(map: Map<string, Counter>, id: string, params: () => unknown[], last?: number) {
  const seen = map.get(id)
  if (!seen) map.set(id, { params: params(), count: 1, last })
  else {
    seen.count++
    if (last !== undefined && last > seen.last!) seen.last = last
  }
}

type Sums = { params: unknown[]; n: number; na: number; sum: number; sumSquares: number; topTwo: number }

export function createTallyWriter(sqlite: Database.Database) {
  const countAnswer = sqlite.prepare(
    `insert into answer_tallies (${TALLY_KEY}, item_id, value, count) values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (${TALLY_KEY}, item_id, value) do update set count = count + excluded.count`,
  )
  const countAnswerMonthly = sqlite.prepare(
    `insert into answer_tallies_monthly (${TALLY_KEY}, month, item_id, value, count) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (${TALLY_KEY}, month, item_id, value) do update set count = count + excluded.count`,
  )
  const addMoments = sqlite.prepare(
    `insert into organisation_item_moments (round_id, organisation_id, item_id, flagged, n, not_applicable, sum, sum_squares, top_two)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (round_id, organisation_id, item_id, flagged) do update set
       n = n + excluded.n, not_applicable = not_applicable + excluded.not_applicable, sum = sum + excluded.sum,
       sum_squares = sum_squares + excluded.sum_squares, top_two = top_two + excluded.top_two`,
  )
  const countResponse = sqlite.prepare(
    `insert into response_tallies (${TALLY_KEY}, day, count, last_response_at) values (?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (${TALLY_KEY}, day) do update
       set count = count + excluded.count, last_response_at = max(last_response_at, excluded.last_response_at)`,
  )
  const countOrganisationResponse = sqlite.prepare(
    `insert into organisation_response_tallies (round_id, organisation_id, flagged, count, last_response_at) values (?, ?, ?, ?, ?)
     on conflict (round_id, organisation_id, flagged) do update
       set count = count + excluded.count, last_response_at = max(last_response_at, excluded.last_response_at)`,
  )

  /** A fresh set of increments for one batch; `write()` must run inside the batch's transaction. */
  return function startBatch() {
    const answers = new Map<string, Counter>()
    const monthly = new Map<string, Counter>()
    const responses = new Map<string, Counter>()
    const organisations = new Map<string, Counter>()
    const moments = new Map<string, Sums>()

    return {
      add(r: ResponseIncrement) {
        const [round, organisation, point, service, flagged] = r.key
        // Ids are the key's values joined by a character no id, value or day contains.
        const base = `${round}\u0000${organisation}\u0000${point}\u0000${service}\u0000${flagged}\u0000`
        for (const [itemId, tally] of r.counted) {
          const id = `${base}${itemId}\u0000${tally}`
          bump(answers, id, () => [...r.key, itemId, tally])
          bump(monthly, `${id}\u0000${r.month}`, () => [...r.key, r.month, itemId, tally])
        }
        for (const [itemId, level] of r.ratings) {
          const id = `${round}\u0000${organisation}\u0000${itemId}\u0000${flagged}`
          let m = moments.get(id)
          if (!m) moments.set(id, (m = { params: [round, organisation, itemId, flagged], n: 0, na: 0, sum: 0, sumSquares: 0, topTwo: 0 }))
          if (level === null) m.na++
          else {
            m.n++
            m.sum += level
            m.sumSquares += level * level
            if (level >= 4) m.topTwo++
          }
        }
        bump(responses, `${base}${r.day}`, () => [...r.key, r.day], r.minute)
        bump(organisations, `${round}\u0000${organisation}\u0000${flagged}`, () => [round, organisation, flagged], r.minute)
      },
      write() {
        for (const c of answers.values()) countAnswer.run(...c.params, c.count)
        for (const c of monthly.values()) countAnswerMonthly.run(...c.params, c.count)
        for (const m of moments.values()) addMoments.run(...m.params, m.n, m.na, m.sum, m.sumSquares, m.topTwo)
        for (const c of responses.values()) countResponse.run(...c.params, c.count, c.last)
        for (const c of organisations.values()) countOrganisationResponse.run(...c.params, c.count, c.last)
      },
    }
  }
}
