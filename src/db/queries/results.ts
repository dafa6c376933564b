/**
 * Reading answer counts for results. Everything here reads the pre-aggregated
 * tallies, so a page costs the same at 10 responses or 10 million: the row
 * count depends on organisations × service points × items × values only.
 * Flagged responses (repeats, too fast) are left out unless asked for.
 */
import type { Statement } from 'better-sqlite3'
import type { Moments } from '../../domain/scoring/index.js'
import type { Db } from '../client.js'

type ItemCounts = Record<string, Record<string, number>>

type TallyRow = { key: number | string; itemId: string; value: string; n: number }

function group(rows: TallyRow[]): Map<number | string, ItemCounts> {
  const out = new Map<number | string, ItemCounts>()
  for (const r of rows) {
    const items = out.get(r.key) ?? {}
    const values = (items[r.itemId] ??= {})
    values[r.value] = (values[r.value] ?? 0) + r.n
    out.set(r.key, items)
  }
  return out
}

/** `flagged in (0)` for official figures, `flagged in (0, 1)` with flagged ones, `(1)` for flagged only. */
export type FlagFilter = 'official' | 'all' | 'flaggedOnly'
const FLAGS: Record<FlagFilter, string> = { official: '(0)', all: '(0, 1)', flaggedOnly: '(1)' }

export function createResultQueries(db: Db) {
  const sqlite = db.$client
  const statements = new Map<string, Statement<unknown[]>>()
  // One prepared statement per query shape, made on first use.
  const prepared = (text: string) => {
    let s = statements.get(text)
    if (!s) statements.set(text, (s = sqlite.prepare<unknown[]>(text)))
    return s
  }

  const tallies = (groupBy: string, where: string, flags: FlagFilter, params: unknown[]) =>
    group(
      prepared(
        `select ${groupBy} as key, item_id as itemId, value, sum(count) as n from answer_tallies
         where ${where} and flagged in ${FLAGS[flags]} group by ${groupBy}, item_id, value`,
      ).all(...params) as TallyRow[],
    )
  const respondents = (groupBy: string, where: string, flags: FlagFilter, params: unknown[]) =>
    new Map(
      (prepared(
        `select ${groupBy} as key, sum(count) as n from response_tallies where ${where} and flagged in ${FLAGS[flags]} group by ${groupBy}`,
      ).all(...params) as { key: number | string; n: number }[]).map((r) => [r.key, r.n]),
    )

  return {
    /** One organisation's counts in a round, whole and split by service point, by service and by month. */
    organisation(roundId: number, organisationId: number, flags: FlagFilter) {
      const where = 'round_id = ? and organisation_id = ?'
      const p = [roundId, organisationId]
      return {
        all: tallies("'all'", where, flags, p).get('all') ?? {},
        byServicePoint: tallies('service_point_id', where, flags, p),
        byService: tallies('service_id', where, flags, p),
        byMonth: group(
          prepared(
            `select substr(day, 1, 7) as key, item_id as itemId, value, sum(count) as n from answer_tallies_daily
             where ${where} and flagged in ${FLAGS[flags]} group by substr(day, 1, 7), item_id, value`,
          ).all(...p) as TallyRow[],
        ),
        respondents: respondents("'all'", where, flags, p).get('all') ?? 0,
        respondentsByServicePoint: respondents('service_point_id', where, flags, p),
        respondentsByService: respondents('service_id', where, flags, p),
        respondentsByMonth: respondents('substr(day, 1, 7)', where, flags, p),
      }
    },

    /** Counts per organisation for every organisation of a province (or all, with no province). */
    organisations(roundId: number, provinceCode: string | null, flags: FlagFilter) {
      const where = provinceCode
        ? 'round_id = ? and organisation_id in (select id from organisations where province_code = ?)'
        : 'round_id = ?'
      const p = provinceCode ? [roundId, provinceCode] : [roundId]
      return { counts: tallies('organisation_id', where, flags, p), respondents: respondents('organisation_id', where, flags, p) }
    },

    /**
     * Sums for mean and S.D. per organisation over the scored items, computed in
     * SQL so a national roll-up never moves per-value rows for 7,849 organisations.
     */
    moments(roundId: number, itemIds: string[], flags: FlagFilter) {
      if (itemIds.length === 0) return new Map<number, Moments>()
      const rows = prepared(
        `select organisation_id as id, sum(count) as n, sum(count * cast(value as integer)) as sum,
           sum(count * cast(value as integer) * cast(value as integer)) as sumSquares,
           sum(case when value in ('4', '5') then count else 0 end) as topTwo
         from answer_tallies
         where round_id = ? and flagged in ${FLAGS[flags]} and value in ('1', '2', '3', '4', '5')
           and item_id in (select value from json_each(?))
         group by organisation_id`,
      ).all(roundId, JSON.stringify(itemIds)) as (Moments & { id: number })[]
      return new Map(rows.map(({ id, ...m }) => [id, m]))
    },
  }
}

export type ResultQueries = ReturnType<typeof createResultQueries>
