/**
 * Collection status for staff: how many residents answered, where and when.
 * Everything is read from `response_tallies` (never by counting responses), so
 * these pages cost the same at 10 responses or 10 million. Every query that
 * reaches an organisation is filtered by the caller's scope.
 *
 * @example
 * const org = findOrganisation(db, staff.scope, id)      // undefined → 404
 * const rows = pointCollection(db, { organisationId: org.id, roundId, today: bangkokDay(now), includeFlagged: false })
 */
import { sql, type SQL } from 'drizzle-orm'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import type { OrganisationType } from '../../domain/organisation-types.js'
import { parseOpeningHours, type OpeningHours } from '../../domain/opening-hours.js'
import { visibleRounds, type RoundOption } from './round-visibility.js'
import { organisationInScope } from './scope-filter.js'

export type OrganisationSummary = {
  id: number
  dlaCode: string
  type: OrganisationType
  nameTh: string
  provinceCode: string
  provinceTh: string
  provinceEn: string
  districtTh: string
  districtEn: string
}

export type { RoundOption }

export type PointCollection = {
  id: number
  code: string
  nameTh: string
  nameEn: string | null
  department: string | null
  active: boolean
  openingHours: OpeningHours | null
  today: number
  round: number
  flagged: number
  lastResponseAt: number | null
}

/**
 * Thai dictionary order, near enough: a leading vowel (เ แ โ ใ ไ) sorts after
 * the consonant it is written before, so "เกาะกลาง" comes among the ก words.
 */
export const thaiSortKey = (column: SQL): SQL =>
  sql`(case when substr(${column}, 1, 1) in ('เ', 'แ', 'โ', 'ใ', 'ไ')
    then substr(${column}, 2, 1) || substr(${column}, 1, 1) || substr(${column}, 3) else ${column} end)`

/** Which tally rows make the official count: flagged ones only when they are not excluded. */
export const countedTallies = (includeFlagged: boolean): SQL => (includeFlagged ? sql`1` : sql`response_tallies.flagged = 0`)

/** The same, on the per-organisation tallies (aliased `ort`). */
const countedOrganisationTallies = (includeFlagged: boolean): SQL => (includeFlagged ? sql`1` : sql`ort.flagged = 0`)

/** The organisation, if it is inside the scope; otherwise nothing, so the caller answers 404. */
export function findOrganisation(db: Db, scope: Scope, id: number): OrganisationSummary | undefined {
  return db.get<OrganisationSummary | undefined>(sql`
    select organisations.id, organisations.dla_code as dlaCode, organisations.type, organisations.name_th as nameTh,
      organisations.province_code as provinceCode, provinces.name_th as provinceTh, provinces.name_en as provinceEn,
      districts.name_th as districtTh, districts.name_en as districtEn
    from organisations
      join provinces on provinces.code = organisations.province_code
      join districts on districts.code = organisations.district_code
    where organisations.id = ${id} and ${organisationInScope(scope)}`)
}

/**
 * Rounds newest first: those an organisation takes part in (all, its province,
 * or listed by name), or, for a province, those reaching any of its organisations.
 */
export function roundsFor(db: Db, reach: { provinceCode: string; organisationId?: number }): RoundOption[] {
  const { provinceCode, organisationId } = reach
  return visibleRounds(
    db,
    organisationId === undefined ? { kind: 'province', provinceCode } : { kind: 'organisation', organisationId, provinceCode },
  )
}

export function allRounds(db: Db): RoundOption[] {
  return visibleRounds(db, { kind: 'national' })
}

/**
 * Per service point of one organisation: official responses today and in the
 * round, flagged ones in the round, and the last response (of any kind: it
 * shows the poster is being used). One grouped query over the tallies.
 */
export function pointCollection(
  db: Db,
  q: { organisationId: number; roundId: number | null; today: string; includeFlagged: boolean },
): PointCollection[] {
  const counted = countedTallies(q.includeFlagged)
  const rows = db.all<Omit<PointCollection, 'active' | 'openingHours'> & { active: number; openingHours: string | null }>(sql`
    select service_points.id, service_points.code, service_points.name_th as nameTh, service_points.name_en as nameEn,
      service_points.department, service_points.active, service_points.opening_hours as openingHours,
      coalesce(sum(case when response_tallies.day = ${q.today} and ${counted} then response_tallies.count end), 0) as today,
      coalesce(sum(case when ${counted} then response_tallies.count end), 0) as round,
      coalesce(sum(case when response_tallies.flagged = 1 then response_tallies.count end), 0) as flagged,
      max(response_tallies.last_response_at) as lastResponseAt
    from service_points
      left join response_tallies on response_tallies.round_id = ${q.roundId ?? -1}
        and response_tallies.organisation_id = service_points.organisation_id
        and response_tallies.service_point_id = service_points.id
    where service_points.organisation_id = ${q.organisationId}
    group by service_points.id
    order by service_points.active desc, ${thaiSortKey(sql`service_points.name_th`)}, service_points.id`)
  return rows.map((r) => ({ ...r, active: r.active === 1, openingHours: parseOpeningHours(r.openingHours) }))
}

export type ProvinceSummary = {
  code: string
  nameTh: string
  nameEn: string
  lgus: number
  withPoints: number
  withResponses: number
  responses: number
}

/**
 * Per province in scope: LGUs, LGUs with an open service point, LGUs with
 * official responses in the round, and those responses. Grouped, no loops;
 * `provinceCode` narrows it to one province (the header of a province page).
 */
export function provinceSummaries(
  db: Db,
  scope: Scope,
  q: { roundId: number | null; includeFlagged: boolean; provinceCode?: string },
): ProvinceSummary[] {
  const oneProvince = q.provinceCode === undefined ? sql`1 = 1` : sql`organisations.province_code = ${q.provinceCode}`
  return db.all<ProvinceSummary>(sql`
    with t as (
      select ort.organisation_id, sum(case when ${countedOrganisationTallies(q.includeFlagged)} then ort.count else 0 end) as n
      from organisation_response_tallies ort where ort.round_id = ${q.roundId ?? -1}
      group by ort.organisation_id),
    p as (select distinct organisation_id from service_points where active = 1)
    select provinces.code, provinces.name_th as nameTh, provinces.name_en as nameEn,
      count(*) as lgus, count(p.organisation_id) as withPoints,
      coalesce(sum(t.n > 0), 0) as withResponses, coalesce(sum(t.n), 0) as responses
    from organisations
      join provinces on provinces.code = organisations.province_code
      left join p on p.organisation_id = organisations.id
      left join t on t.organisation_id = organisations.id
    where ${organisationInScope(scope)} and ${oneProvince}
    group by provinces.code
    order by ${thaiSortKey(sql`provinces.name_th`)}`)
}

/** The districts of a province that have at least one LGU in scope, for the filter. */
export function districtsWithLgus(db: Db, scope: Scope, provinceCode: string) {
  return db.all<{ code: string; nameTh: string; nameEn: string }>(sql`
    select distinct districts.code, districts.name_th as nameTh, districts.name_en as nameEn
    from organisations join districts on districts.code = organisations.district_code
    where organisations.province_code = ${provinceCode} and ${organisationInScope(scope)}
    order by districts.code`)
}

/** A province the scope can see: DLA any, a provincial officer only their own, an LGU officer none. */
export function findProvince(db: Db, scope: Scope, code: string) {
  if (scope.kind === 'organisation' || (scope.kind === 'province' && scope.provinceCode !== code)) return undefined
  return db.get<{ code: string; nameTh: string; nameEn: string } | undefined>(
    sql`select code, name_th as nameTh, name_en as nameEn from provinces where code = ${code}`,
  )
}
