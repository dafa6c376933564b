/**
 * People served at each service point per month (entered by officers) and the
 * responses counted there that month (from `response_tallies`), for response
 * rates. Reads take the caller's scope; the write takes only points the route
 * has already checked belong to the organisation.
 *
 * @example
 * const served = servedCounts(db, staff.scope, { organisationId, fromMonth: '2024-10', toMonth: '2025-06' })
 * served.get(servedKey(pointId, '2025-06')) // 1200, or undefined when not known
 */
import { sql } from 'drizzle-orm'
import type { Scope } from '../../domain/scope.js'
import { BANGKOK_OFFSET_MS } from '../../domain/thai-time.js'
import type { Db } from '../client.js'
import { countedTallies } from './collection.js'
import { organisationInScope } from './scope-filter.js'

/** The map key of a point's month. */
export const servedKey = (pointId: number, month: string) => `${pointId}|${month}`

export type ActivePoint = { id: number; nameTh: string; nameEn: string | null }

/** The organisation's open service points, in the order of its home page. */
export function activePoints(db: Db, scope: Scope, organisationId: number): ActivePoint[] {
  return db.all<ActivePoint>(sql`
    select service_points.id, service_points.name_th as nameTh, service_points.name_en as nameEn
    from service_points join organisations on organisations.id = service_points.organisation_id
    where service_points.organisation_id = ${organisationId} and service_points.active = 1 and ${organisationInScope(scope)}
    order by service_points.name_th, service_points.id`)
}

/** Which of `ids` are service points of the organisation (open or closed), inside the scope. */
export function pointsOfOrganisation(db: Db, scope: Scope, organisationId: number, ids: number[]): Set<number> {
  if (ids.length === 0) return new Set()
  const rows = db.all<{ id: number }>(sql`
    select service_points.id from service_points join organisations on organisations.id = service_points.organisation_id
    where service_points.organisation_id = ${organisationId} and ${organisationInScope(scope)}
      and service_points.id in (select value from json_each(${JSON.stringify(ids)}))`)
  return new Set(rows.map((r) => r.id))
}

/** People served per point and month (`YYYY-MM`, inclusive range), keyed by `servedKey`. */
export function servedCounts(
  db: Db,
  scope: Scope,
  q: { organisationId: number; fromMonth: string; toMonth: string },
): Map<string, number> {
  const rows = db.all<{ pointId: number; month: string; count: number }>(sql`
    select t.service_point_id as pointId, t.month, t.count
    from service_point_transactions t
      join service_points on service_points.id = t.service_point_id
      join organisations on organisations.id = service_points.organisation_id
    where service_points.organisation_id = ${q.organisationId} and ${organisationInScope(scope)}
      and t.month between ${q.fromMonth} and ${q.toMonth}`)
  return new Map(rows.map((r) => [servedKey(r.pointId, r.month), r.count]))
}

/**
 * Responses per point and Bangkok month in a round, keyed by `servedKey`:
 * official ones only unless flagged ones are counted. Reads the tallies, so it
 * costs the same at any number of responses.
 */
export function monthlyResponses(
  db: Db,
  q: { organisationId: number; roundId: number; includeFlagged: boolean },
): Map<string, number> {
  const rows = db.all<{ pointId: number; month: string; n: number }>(sql`
    select response_tallies.service_point_id as pointId, substr(response_tallies.day, 1, 7) as month, sum(response_tallies.count) as n
    from response_tallies
    where response_tallies.round_id = ${q.roundId} and response_tallies.organisation_id = ${q.organisationId}
      and ${countedTallies(q.includeFlagged)}
    group by response_tallies.service_point_id, substr(response_tallies.day, 1, 7)`)
  return new Map(rows.map((r) => [servedKey(r.pointId, r.month), r.n]))
}

export type ServedEntry = { pointId: number; month: string; count: number | null }
export type ServedChange = { month: string; pointId: number; from: number | null; to: number | null }

/**
 * Writes people-served counts (`null` removes a month: not known) and returns
 * what really changed, in the order given. Run it in the caller's transaction,
 * with the audit row.
 */
export function saveServedCounts(db: Db, q: { entries: ServedEntry[]; userId: number; at: Date }): ServedChange[] {
  const sqlite = db.$client
  const read = sqlite.prepare('select count from service_point_transactions where service_point_id = ? and month = ?')
  const remove = sqlite.prepare('delete from service_point_transactions where service_point_id = ? and month = ?')
  const upsert = sqlite.prepare(
    `insert into service_point_transactions (service_point_id, month, count, updated_by, updated_at) values (?, ?, ?, ?, ?)
     on conflict (service_point_id, month) do update set count = excluded.count, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  )
  const changes: ServedChange[] = []
  for (const e of q.entries) {
    const from = (read.get(e.pointId, e.month) as { count: number } | undefined)?.count ?? null
    if (from === e.count) continue
    if (e.count === null) remove.run(e.pointId, e.month)
    else upsert.run(e.pointId, e.month, e.count, q.userId, q.at.getTime())
    changes.push({ month: e.month, pointId: e.pointId, from, to: e.count })
  }
  return changes
}

const BANGKOK_SECONDS = BANGKOK_OFFSET_MS / 1000

/** People served per organisation in the Bangkok months a round's window spans, where organisations entered them. */
export function servedInRound(db: Db, roundId: number): Map<number, number> {
  const rows = db.$client
    .prepare(
      `select sp.organisation_id as id, sum(t.count) as n from service_point_transactions t
       join service_points sp on sp.id = t.service_point_id
       join rounds r on r.id = ?
       where t.month between strftime('%Y-%m', r.opens_at / 1000 + ${BANGKOK_SECONDS}, 'unixepoch')
         and strftime('%Y-%m', r.closes_at / 1000 + ${BANGKOK_SECONDS}, 'unixepoch')
       group by sp.organisation_id`,
    )
    .all(roundId) as { id: number; n: number }[]
  return new Map(rows.map((r) => [r.id, r.n]))
}
