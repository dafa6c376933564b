/**
 * Alerts on service points: what their evaluation reads (the daily tallies, never the
 * responses), the changes it writes, and the live alerts staff see and acknowledge, always
 * through the caller's scope.
 */
import { sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import type { OrganisationType } from '../../domain/organisation-types.js'
import type { Scope } from '../../domain/scope.js'
import type { AlertChanges, LiveAlert } from '../../domain/alerts/transitions.js'
import type { AlertRule, AlertStatus } from '../../domain/alerts/vocabulary.js'
import type { CollectionDay } from '../../domain/alerts/silence.js'
import type { OverallDay } from '../../domain/alerts/low-share.js'
import { organisationInScope } from './scope-filter.js'

export type AlertPoint = {
  id: number
  organisationId: number
  openingHours: string | null
  overallDays: OverallDay[]
  /** The round open at the time that takes in the point's organisation, with the point's days in it. */
  openRound?: { opensAt: number; days: CollectionDay[] }
}

/** Where a reading of the active points starts: after this point id, this many points at most. */
export type AlertPointsPage = { afterPointId: number; limit: number }

/**
 * A page of the active points in id order, each with its overall-item days from `fromDay`, and for points
 * with hours its open round's collection. Read a page at a time, the whole country's days (tens of thousands
 * of points, two weeks each) are never in memory at once.
 */
export function readAlertInputs(
  db: Db,
  { now, fromDay, afterPointId, limit }: { now: number; fromDay: string } & AlertPointsPage,
): AlertPoint[] {
  const sqlite = db.$client
  const points = new Map<number, AlertPoint>()
  for (const p of sqlite
    .prepare(
      `select id, organisation_id as organisationId, opening_hours as openingHours from service_points
       where active = 1 and id > ? order by id limit ?`,
    )
    .all(afterPointId, limit) as Omit<AlertPoint, 'overallDays'>[])
    points.set(p.id, { ...p, overallDays: [] })
  if (points.size === 0) return []
  const range = { first: afterPointId + 1, last: [...points.keys()].at(-1)!, fromDay, now }

  const overall = sqlite.prepare(
    `select t.service_point_id as point, t.day, sum(t.rated) as rated, sum(t.low) as low
     from service_points sp join overall_answer_tallies t on t.service_point_id = sp.id and t.day >= @fromDay and t.flagged = 0
     where sp.active = 1 and sp.id between @first and @last group by t.service_point_id, t.day`,
  )
  for (const row of overall.all(range) as (OverallDay & { point: number })[])
    points.get(row.point)?.overallDays.push({ day: row.day, rated: row.rated, low: row.low })

  // The newest round open now that takes in the point's organisation (as the survey finds it).
  const withRound = sqlite.prepare(
    `select sp.id as point, r.id as roundId, r.opens_at as opensAt
     from service_points sp join organisations o on o.id = sp.organisation_id
       join rounds r on r.opens_at <= @now and r.closes_at > @now and r.finalised_at is null
         and (r.scope = 'all'
           or (r.scope = 'provinces' and exists (select 1 from round_provinces rp
                 where rp.round_id = r.id and rp.province_code = o.province_code))
           or (r.scope = 'organisations' and exists (select 1 from round_organisations ro
                 where ro.round_id = r.id and ro.organisation_id = o.id)))
     where sp.active = 1 and sp.opening_hours is not null and sp.id between @first and @last
     order by r.opens_at`,
  )
  const days = sqlite.prepare(
    `select day, sum(count) as count, max(last_response_at) as lastResponseAt from response_tallies
     where round_id = ? and organisation_id = ? and service_point_id = ? and flagged = 0 group by day`,
  )
  for (const row of withRound.all(range) as { point: number; roundId: number; opensAt: number }[]) {
    const point = points.get(row.point)
    if (!point) continue
    point.openRound = {
      opensAt: row.opensAt,
      days: days.all(row.roundId, point.organisationId, point.id) as CollectionDay[],
    }
  }
  return [...points.values()]
}

export function liveAlerts(db: Db): LiveAlert[] {
  return db.$client
    .prepare(`select id, service_point_id as servicePointId, rule from alerts where status != 'closed'`)
    .all() as LiveAlert[]
}

/** Writes one evaluation's changes in one transaction; returns the ids of the alerts it opened. */
export function applyAlertChanges(db: Db, changes: AlertChanges, at: number): number[] {
  const sqlite = db.$client
  const insert = sqlite.prepare(
    `insert into alerts (service_point_id, organisation_id, rule, status, opened_at, figure, basis, opening_figure)
     select id, organisation_id, ?, 'open', ?, ?, ?, ? from service_points where id = ? returning id`,
  )
  const update = sqlite.prepare(`update alerts set figure = ?, basis = ? where id = ? and status != 'closed'`)
  const close = sqlite.prepare(
    `update alerts set status = 'closed', closed_at = ?, figure = coalesce(?, figure), basis = coalesce(?, basis)
     where id = ? and status != 'closed'`,
  )
  return sqlite.transaction(() => {
    for (const u of changes.update) update.run(u.figure, u.basis, u.id)
    for (const c of changes.close) close.run(at, c.figure, c.basis, c.id)
    return changes.open.map((o) => (insert.get(o.rule, at, o.figure, o.basis, o.figure, o.servicePointId) as { id: number }).id)
  })()
}

export type AlertView = {
  id: number
  rule: AlertRule
  status: AlertStatus
  openedAt: number
  figure: number
  basis: number
  openingFigure: number
  acknowledgedAt: number | null
  acknowledgedBy: string | null
  comment: string | null
  closedAt: number | null
  pointId: number
  pointCode: string
  pointNameTh: string
  pointNameEn: string | null
  organisationId: number
  dlaCode: string
  organisationType: OrganisationType
  organisationNameTh: string
  provinceCode: string
}

const ALERT_COLUMNS = sql`alerts.id, alerts.rule, alerts.status, alerts.opened_at as openedAt, alerts.figure, alerts.basis,
  alerts.opening_figure as openingFigure, alerts.acknowledged_at as acknowledgedAt, users.display_name as acknowledgedBy,
  alerts.comment, alerts.closed_at as closedAt, service_points.id as pointId, service_points.code as pointCode,
  service_points.name_th as pointNameTh, service_points.name_en as pointNameEn, organisations.id as organisationId,
  organisations.dla_code as dlaCode, organisations.type as organisationType, organisations.name_th as organisationNameTh,
  organisations.province_code as provinceCode`

const ALERT_JOINS = sql`alerts join service_points on service_points.id = alerts.service_point_id
  join organisations on organisations.id = alerts.organisation_id
  left join users on users.id = alerts.acknowledged_by`

/** The live (open, then acknowledged) alerts of an organisation or of a province, inside the scope, newest first. */
export function liveAlertsIn(db: Db, scope: Scope, reach: { organisationId: number } | { provinceCode: string }): AlertView[] {
  const where =
    'organisationId' in reach
      ? sql`alerts.organisation_id = ${reach.organisationId}`
      : sql`organisations.province_code = ${reach.provinceCode}`
  return db.all<AlertView>(sql`select ${ALERT_COLUMNS} from ${ALERT_JOINS}
    where alerts.status != 'closed' and ${where} and ${organisationInScope(scope)}
    order by alerts.status = 'acknowledged', alerts.opened_at desc, alerts.id desc`)
}

/** One alert, if it is inside the scope (another organisation's → undefined, so the caller answers 404). */
export function findAlert(db: Db, scope: Scope, id: number): AlertView | undefined {
  return db.get<AlertView | undefined>(sql`select ${ALERT_COLUMNS} from ${ALERT_JOINS}
    where alerts.id = ${id} and ${organisationInScope(scope)}`)
}

/** The alerts with these ids (for the webhook), whatever their scope. */
export function alertsById(db: Db, ids: number[]): AlertView[] {
  if (ids.length === 0) return []
  return db.all<AlertView>(sql`select ${ALERT_COLUMNS} from ${ALERT_JOINS}
    where alerts.id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) order by alerts.id`)
}

/** Records the cause; a closed alert is left as it is (returns false). */
export function acknowledgeAlert(db: Db, id: number, by: { userId: number; comment: string }, at: number): boolean {
  const result = db.run(sql`update alerts set status = 'acknowledged', acknowledged_at = ${at}, acknowledged_by = ${by.userId},
    comment = ${by.comment} where id = ${id} and status != 'closed'`)
  return result.changes === 1
}
