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

/** Counts by item and value, per key: `keyOf` says which group a row adds to. */
function group<R extends Omit<TallyRow, 'key'>>(rows: R[], keyOf: (r: R) => number | string): Map<number | string, ItemCounts> {
  const out = new Map<number | string, ItemCounts>()
  for (const r of rows) {
    const key = keyOf(r)
    const items = out.get(key) ?? {}
    const values = (items[r.itemId] ??= {})
    values[r.value] = (values[r.value] ?? 0) + r.n
    out.set(key, items)
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
      (r) => r.key,
    )
  /**
   * "Only these organisations", or nothing for all of them: as SQL and its
   * parameters. Two shapes, not one "? = 'all' or …", so a short list is
   * reached by the key instead of scanning the round.
   */
  const organisationFilter = (organisationIds: 'all' | number[]) =>
    organisationIds === 'all'
      ? { sql: '', params: [] }
      : { sql: 'and organisation_id in (select value from json_each(?))', params: [JSON.stringify(organisationIds)] }

  const respondents = (groupBy: string, where: string, flags: FlagFilter, params: unknown[]) =>
    new Map(
      (
        prepared(
          `select ${groupBy} as key, sum(count) as n from response_tallies where ${where} and flagged in ${FLAGS[flags]} group by ${groupBy}`,
        ).all(...params) as { key: number | string; n: number }[]
      ).map((r) => [r.key, r.n]),
    )

  return {
    /**
     * One organisation's counts in a round, whole and split by service point, by
     * service and by month. Its tally rows are read once each (points × services
     * × values, and per month) and added up here, not once per grouping.
     */
    organisation(roundId: number, organisationId: number, flags: FlagFilter) {
      const where = 'round_id = ? and organisation_id = ?'
      const p = [roundId, organisationId]
      const counts = prepared(
        `select service_point_id as point, service_id as service, item_id as itemId, value, sum(count) as n from answer_tallies
         where ${where} and flagged in ${FLAGS[flags]} group by service_point_id, service_id, item_id, value`,
      ).all(...p) as (Omit<TallyRow, 'key'> & { point: number; service: number })[]
      const people = prepared(
        `select service_point_id as point, service_id as service, substr(day, 1, 7) as month, sum(count) as n from response_tallies
         where ${where} and flagged in ${FLAGS[flags]} group by service_point_id, service_id, substr(day, 1, 7)`,
      ).all(...p) as { point: number; service: number; month: string; n: number }[]
      const sumBy = <K>(key: (r: (typeof people)[number]) => K) => {
        const out = new Map<K, number>()
        for (const r of people) out.set(key(r), (out.get(key(r)) ?? 0) + r.n)
        return out
      }
      return {
        all: group(counts, () => 'all').get('all') ?? {},
        byServicePoint: group(counts, (r) => r.point),
        byService: group(counts, (r) => r.service),
        byMonth: group(
          prepared(
            `select month as key, item_id as itemId, value, sum(count) as n from answer_tallies_monthly
             where ${where} and flagged in ${FLAGS[flags]} group by month, item_id, value`,
          ).all(...p) as TallyRow[],
          (r) => r.key,
        ),
        respondents: people.reduce((sum, r) => sum + r.n, 0),
        respondentsByServicePoint: sumBy((r) => r.point),
        respondentsByService: sumBy((r) => r.service),
        respondentsByMonth: sumBy((r) => r.month),
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
     * The headline's sums (n, Σx, Σx², 4–5, N/A over the round's scored items) per
     * organisation: one row per organisation and flag, whatever the number of responses.
     */
    headlineMoments(roundId: number, flags: FlagFilter, provinceCode: string | null = null) {
      // Two statements, not one with "? is null or …": then SQLite reaches a province's organisations by the key.
      const inScope = `m.round_id = ? and m.flagged in ${FLAGS[flags]}
        ${provinceCode === null ? '' : 'and m.organisation_id in (select id from organisations where province_code = ?)'}`
      // One flag value means one row per organisation: nothing to add up first.
      const source =
        flags === 'all'
          ? `(select m.organisation_id, sum(m.n) as n, sum(m.sum) as sum, sum(m.sum_squares) as sum_squares,
               sum(m.top_two) as top_two, sum(m.not_applicable) as not_applicable
             from organisation_headline_moments m where ${inScope} group by m.organisation_id)`
          : `(select * from organisation_headline_moments m where ${inScope})`
      // All organisations as one JSON array, as in `itemMoments`: a row each costs three times as much at national scope.
      const json = prepared(
        `select json_group_array(json_array(organisation_id, n, sum, sum_squares, top_two, not_applicable)) from ${source}`,
      )
        .pluck()
        .get(roundId, ...(provinceCode === null ? [] : [provinceCode])) as string
      const out = new Map<number, Moments>()
      for (const [id, n, sum, sumSquares, topTwo, notApplicable] of JSON.parse(json) as number[][])
        out.set(id!, { n: n!, sum: sum!, sumSquares: sumSquares!, topTwo: topTwo!, notApplicable: notApplicable! })
      return out
    },

    /**
     * The per-item sums of every organisation of a province (or, with null, of the country)
     * added up, and its responses: one row per item, read from the per-organisation sums, so a
     * province's or the country's figures by aspect cost the same at any number of responses.
     */
    groupItemMoments(roundId: number, flags: FlagFilter, provinceCode: string | null) {
      const inProvince =
        provinceCode === null ? '' : 'and organisation_id in (select id from organisations where province_code = ?)'
      const p = [roundId, ...(provinceCode === null ? [] : [provinceCode])]
      const rows = prepared(
        `select item_id, sum(n), sum(sum), sum(sum_squares), sum(top_two), sum(not_applicable) from organisation_item_moments
         where round_id = ? and flagged in ${FLAGS[flags]} ${inProvince} group by item_id`,
      )
        .raw()
        .all(...p) as [string, number, number, number, number, number][]
      const items: Record<string, Moments> = {}
      for (const [itemId, n, sum, sumSquares, topTwo, notApplicable] of rows)
        items[itemId] = { n, sum, sumSquares, topTwo, notApplicable }
      const respondents = prepared(
        `select coalesce(sum(count), 0) from organisation_response_tallies where round_id = ? and flagged in ${FLAGS[flags]} ${inProvince}`,
      )
        .pluck()
        .get(...p) as number
      return { items, respondents }
    },

    /** Responses per organisation in a round (one tally row per organisation and flag). */
    respondents(roundId: number, flags: FlagFilter, organisationIds: 'all' | number[] = 'all') {
      const only = organisationFilter(organisationIds)
      const rows = prepared(
        `select organisation_id as id, sum(count) as n from organisation_response_tallies
         where round_id = ? and flagged in ${FLAGS[flags]} ${only.sql}
         group by organisation_id`,
      ).all(roundId, ...only.params) as { id: number; n: number }[]
      return new Map(rows.map((r) => [r.id, r.n]))
    },

    /**
     * The same sums per organisation and item, for per-aspect figures of every
     * organisation. SQLite hands each organisation's items over as one JSON
     * array: at national scope (7,849 × the items) that is three times quicker
     * than a row per organisation × item.
     */
    itemMoments(roundId: number, flags: FlagFilter, organisationIds: 'all' | number[] = 'all') {
      const only = organisationFilter(organisationIds)
      const inScope = `round_id = ? and flagged in ${FLAGS[flags]} ${only.sql}`
      // One flag value means one row per organisation × item: nothing to add up first.
      const source =
        flags === 'all'
          ? `(select organisation_id, item_id, sum(n) as n, sum(sum) as sum, sum(sum_squares) as sum_squares,
               sum(top_two) as top_two, sum(not_applicable) as not_applicable
             from organisation_item_moments where ${inScope} group by organisation_id, item_id)`
          : `(select * from organisation_item_moments where ${inScope})`
      const rows = prepared(
        `select organisation_id, json_group_array(json_array(item_id, n, sum, sum_squares, top_two, not_applicable))
         from ${source} group by organisation_id`,
      )
        .raw()
        .all(roundId, ...only.params) as [number, string][]
      const out = new Map<number, Record<string, Moments>>()
      for (const [id, json] of rows) {
        const items: Record<string, Moments> = {}
        for (const [itemId, n, sum, sumSquares, topTwo, notApplicable] of JSON.parse(json) as [
          string,
          number,
          number,
          number,
          number,
          number,
        ][])
          items[itemId] = { n, sum, sumSquares, topTwo, notApplicable }
        out.set(id, items)
      }
      return out
    },
  }
}

export type ResultQueries = ReturnType<typeof createResultQueries>

/**
 * An organisation's version in a round. Every stored response adds to the
 * organisation's response count (one row per flag in
 * `organisation_response_tallies`), so the counts and the time of the last
 * response say, for the price of one keyed lookup, whether anything its
 * figures came from is different now, whichever connection or process wrote it.
 */
export function createOrganisationVersions(db: Db): (roundId: number, organisationId: number) => string {
  const rows = db.$client
    .prepare(
      `select flagged, count, last_response_at from organisation_response_tallies
       where round_id = ? and organisation_id = ? order by flagged`,
    )
    .raw()
  return (roundId, organisationId) => JSON.stringify(rows.all(roundId, organisationId))
}
