/**
 * The review queue as officers read it: groups of counted flagged responses (one service point,
 * reason and Bangkok day) with how many were counted, kept out or wait, read from `review_groups`
 * and `review_totals` so a page costs the same whatever the number of flagged answers. The writers
 * keep both equal to the responses: the tally counter adds each flagged response it counts, a decision moves
 * its group's counts, the retention run takes out what it deletes.
 *
 * @example
 * reviewTotals(db, { roundId, provinceCode: '81' }) // { groups: 2045, waiting: 2062 }
 * flagGroups(db, { roundId, organisationId: 7 }, { limit: 20, offset: 0 })
 */
import type Database from 'better-sqlite3'
import type { Db } from '../client.js'
import { prepared } from '../prepared.js'
import type { FlagDecision, FlagGroupKey } from '../../domain/flag-review.js'
import type { OrganisationType } from '../../domain/organisation-types.js'

export type FlagGroup = FlagGroupKey & {
  organisationId: number
  organisationType: OrganisationType
  organisationTh: string
  pointTh: string
  pointEn: string | null
  total: number
  counted: number
  keptOut: number
  /** Not decided yet (left out meanwhile, like any flagged response). */
  waiting: number
}

/** One organisation's queue or a province's, in a round. */
export type ReviewPlace = { roundId: number } & ({ organisationId: number } | { provinceCode: string })

const placeOf = (place: ReviewPlace): [where: string, args: (number | string)[]] =>
  'organisationId' in place
    ? ['round_id = ? and organisation_id = ?', [place.roundId, place.organisationId]]
    : ['round_id = ? and province_code = ?', [place.roundId, place.provinceCode]]

/**
 * How many groups the queue holds and how many of their answers wait for a decision: an organisation's
 * from its own groups (tens), a province's from its organisations' totals (`review_totals`).
 */
export function reviewTotals(db: Db, place: ReviewPlace): { groups: number; waiting: number } {
  const sql =
    'organisationId' in place
      ? `select count(*) as groups, coalesce(sum(total - counted - kept_out), 0) as waiting from review_groups
         where round_id = ? and organisation_id = ?`
      : `select coalesce(sum(groups), 0) as groups, coalesce(sum(waiting), 0) as waiting from review_totals
         where round_id = ? and province_code = ?`
  return prepared(db.$client, sql).get(place.roundId, 'organisationId' in place ? place.organisationId : place.provinceCode) as {
    groups: number
    waiting: number
  }
}

const GROUP_COLUMNS = `g.organisation_id as organisationId, g.service_point_id as servicePointId, g.reason, g.day,
  g.total, g.counted, g.kept_out as keptOut, g.total - g.counted - g.kept_out as waiting, p.name_th as pointTh, p.name_en as pointEn,
  o.type as organisationType, o.name_th as organisationTh`

/**
 * One page of groups, newest day first. The page is chosen on the index's own columns (newest
 * day, then the point and reason in reverse), then shown by point name within each day.
 */
export function flagGroups(db: Db, place: ReviewPlace, page: { limit: number; offset: number }): FlagGroup[] {
  const [where, args] = placeOf(place)
  return prepared(
    db.$client,
    `select ${GROUP_COLUMNS} from (
         select organisation_id, service_point_id, reason, day, total, counted, kept_out from review_groups where ${where}
         order by day desc, service_point_id desc, reason desc limit ? offset ?
       ) g join service_points p on p.id = g.service_point_id join organisations o on o.id = g.organisation_id
       order by g.day desc, p.name_th, g.reason`,
  ).all(...args, page.limit, page.offset) as FlagGroup[]
}

/** One group as the queue shows it, or undefined when it holds no flagged answer. */
export function findFlagGroup(db: Db, roundId: number, organisationId: number, key: FlagGroupKey): FlagGroup | undefined {
  return prepared(
    db.$client,
    `select ${GROUP_COLUMNS} from review_groups g
       join service_points p on p.id = g.service_point_id join organisations o on o.id = g.organisation_id
     where g.round_id = ? and g.organisation_id = ? and g.service_point_id = ? and g.reason = ? and g.day = ?`,
  ).get(roundId, organisationId, key.servicePointId, key.reason, key.day) as FlagGroup | undefined
}

// Groups the flagged responses named by `where` with their decisions, in `review_groups`' columns.
const groupedResponses = (where: string) =>
  `select r.round_id, r.organisation_id, r.service_point_id, r.flag_reason, r.day, o.province_code, count(*) as total,
     count(d.decision = 'count' or null) as counted, count(d.decision = 'keep_out' or null) as kept_out
   from responses r join organisations o on o.id = r.organisation_id left join flag_decisions d on d.response_id = r.id
   where ${where} and r.flag_reason is not null
   group by r.round_id, r.organisation_id, r.service_point_id, r.flag_reason, r.day`

const GROUP_KEY = 'round_id = ? and organisation_id = ? and service_point_id = ? and reason = ? and day = ?'

const writers = new WeakMap<Database.Database, ReviewGroupWriter>()

/**
 * The one writer of a connection, shared by the tally counter, the decisions and the retention run: its
 * statements are prepared once.
 */
export function reviewGroupWriterFor(sqlite: Database.Database): ReviewGroupWriter {
  let writer = writers.get(sqlite)
  if (!writer) writers.set(sqlite, (writer = createReviewGroupWriter(sqlite)))
  return writer
}

/** The writes that keep `review_groups` and `review_totals` equal to the responses. */
function createReviewGroupWriter(sqlite: Database.Database) {
  // Before the groups take the slice in: a group of the slice not there yet is a new one for its organisation.
  const addToTotals = sqlite.prepare(
    `insert into review_totals (round_id, organisation_id, province_code, groups, waiting)
     select g.round_id, g.organisation_id, g.province_code,
       sum(not exists (select 1 from review_groups k where k.round_id = g.round_id and k.organisation_id = g.organisation_id
         and k.service_point_id = g.service_point_id and k.reason = g.flag_reason and k.day = g.day)),
       sum(g.total - g.counted - g.kept_out)
     from (${groupedResponses('r.id > ? and r.id <= ?')}) g
     group by g.round_id, g.organisation_id
     on conflict do update set groups = groups + excluded.groups, waiting = waiting + excluded.waiting`,
  )
  const moveTotals = sqlite.prepare(
    'update review_totals set groups = groups + ?, waiting = waiting + ? where round_id = ? and organisation_id = ?',
  )
  const dropEmptyTotals = sqlite.prepare('delete from review_totals where groups = 0 and round_id = ? and organisation_id = ?')
  const addCounted = sqlite.prepare(
    `insert into review_groups (round_id, organisation_id, service_point_id, reason, day, province_code, total, counted, kept_out)
     ${groupedResponses('r.id > ? and r.id <= ?')}
     on conflict do update set total = total + excluded.total, counted = counted + excluded.counted,
       kept_out = kept_out + excluded.kept_out`,
  )
  const move = sqlite.prepare(`update review_groups set counted = counted + ?, kept_out = kept_out + ? where ${GROUP_KEY}`)
  const leaving = sqlite
    .prepare(groupedResponses('r.id in (select value from json_each(?)) and r.review_reason is not null'))
    .raw()
  const takeOut = sqlite.prepare(
    `update review_groups set total = total - ?, counted = counted - ?, kept_out = kept_out - ? where ${GROUP_KEY}`,
  )
  const dropEmpty = sqlite.prepare(`delete from review_groups where total = 0 and ${GROUP_KEY}`)

  return {
    /** Adds the flagged responses of ids `from` (exclusive) to `to`, as the tally counter counts them. */
    addCounted(from: number, to: number) {
      addToTotals.run(from, to)
      addCounted.run(from, to)
    },
    /** Moves one group's counts after its answers' decisions changed from `before` to `after`. */
    decided(roundId: number, organisationId: number, key: FlagGroupKey, before: (FlagDecision | null)[], after: FlagDecision) {
      const count = (d: FlagDecision | null) => (d === 'count' ? 1 : 0)
      const keep = (d: FlagDecision | null) => (d === 'keep_out' ? 1 : 0)
      const counted = before.reduce((sum, d) => sum + count(after) - count(d), 0)
      const keptOut = before.reduce((sum, d) => sum + keep(after) - keep(d), 0)
      move.run(counted, keptOut, roundId, organisationId, key.servicePointId, key.reason, key.day)
      moveTotals.run(0, -counted - keptOut, roundId, organisationId)
    },
    /** Takes out of their groups the queued responses about to be deleted (ids as a JSON array). */
    deleting(idsJson: string) {
      for (const [round, organisation, point, reason, day, , total, counted, keptOut] of leaving.all(idsJson) as [
        number,
        number,
        number,
        string,
        string,
        string,
        number,
        number,
        number,
        number,
      ][]) {
        takeOut.run(total, counted, keptOut, round, organisation, point, reason, day)
        const emptied = dropEmpty.run(round, organisation, point, reason, day).changes
        moveTotals.run(-emptied, -(total - counted - keptOut), round, organisation)
        dropEmptyTotals.run(round, organisation)
      }
    },
  }
}

export type ReviewGroupWriter = ReturnType<typeof createReviewGroupWriter>
