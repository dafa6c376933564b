/**
 * The list of LGUs a province (or DLA, across provinces) follows up: each with its
 * open points, activated officer, counted responses in a round and minimum sample,
 * filtered by how far it has got. Read from the per-organisation tallies, the
 * service points and the LGU officer accounts, never from responses, so the whole
 * country (7,849 organisations) costs a few grouped reads.
 */
import { sql, type SQL } from 'drizzle-orm'
import { YAMANE_FACTOR, type FollowUpStatus } from '../../domain/follow-up.js'
import type { OrganisationType } from '../../domain/organisation-types.js'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import { thaiSortKey } from './collection.js'
import { organisationInScope } from './scope-filter.js'

/** `fewest`: fewest responses first; `follow-up`: no officer first, then no open point, then fewest responses. */
export const LGU_SORTS = ['name', 'responses', 'fewest', 'follow-up'] as const
export type LguSort = (typeof LGU_SORTS)[number]

export type LguFilter = {
  /** One province, or (DLA) every province in scope. */
  provinceCode?: string
  districtCode?: string
  type?: OrganisationType
  /** Part of the name (with or without its type word) or the start of the DLA code. */
  q?: string
  status?: FollowUpStatus
  sort: LguSort
}

export type LguRow = {
  id: number
  dlaCode: string
  type: OrganisationType
  nameTh: string
  provinceTh: string
  provinceEn: string
  districtTh: string
  districtEn: string
  activePoints: number
  responses: number
  lastResponseAt: number | null
  inRound: boolean
  /** An LGU officer account that is active and has been activated. */
  officer: boolean
  population: number | null
  minimumSample: number
  officeNumber: string | null
  villageNumber: string | null
  postcode: string | null
  website: string | null
}

export type LguListQuery = {
  filter: LguFilter
  roundId: number | null
  includeFlagged: boolean
  /** The sample for an organisation whose population is not recorded: RESULTS_MIN_RESPONSES. */
  minResponses: number
  /** The type names people search by ("เทศบาลตำบล…"). */
  typeWords: Record<OrganisationType, string>
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`)

function organisationConditions(scope: Scope, f: LguFilter, typeWords: Record<OrganisationType, string>): SQL {
  const conditions = [organisationInScope(scope)]
  if (f.provinceCode) conditions.push(sql`organisations.province_code = ${f.provinceCode}`)
  if (f.districtCode) conditions.push(sql`organisations.district_code = ${f.districtCode}`)
  if (f.type) conditions.push(sql`organisations.type = ${f.type}`)
  if (f.q) {
    const word = sql.join(
      Object.entries(typeWords).map(([type, label]) => sql`when ${type} then ${label}`),
      sql` `,
    )
    conditions.push(sql`(organisations.dla_code like ${`${likeEscape(f.q)}%`} escape '\\'
      or ((case organisations.type ${word} else '' end) || organisations.name_th) like ${`%${likeEscape(f.q)}%`} escape '\\')`)
  }
  return sql.join(conditions, sql` and `)
}

const STATUS_CONDITIONS: Record<FollowUpStatus, SQL> = {
  'no-officer': sql`officer = 0`,
  'no-point': sql`activePoints = 0`,
  'no-responses': sql`inRound = 1 and responses = 0`,
  'below-sample': sql`inRound = 1 and responses < minimumSample`,
  collecting: sql`responses > 0`,
}

/** Written into the SQL, not bound: a bound number is a REAL, and the sample needs whole-number division. */
const yamane = sql.raw(String(YAMANE_FACTOR))

const byName = sql`${thaiSortKey(sql`nameTh`)}, dlaCode`
const ORDERS: Record<LguSort, SQL> = {
  name: byName,
  responses: sql`responses desc, ${byName}`,
  fewest: sql`responses, ${byName}`,
  'follow-up': sql`officer, activePoints > 0, responses, ${byName}`,
}

/** Every matching organisation with its figures, as a CTE named `lgus`; only the matching ones are aggregated. */
function lgusCte(scope: Scope, q: LguListQuery): SQL {
  const where = organisationConditions(scope, q.filter, q.typeWords)
  const counted = q.includeFlagged ? sql`1` : sql`ort.flagged = 0`
  const status = q.filter.status ? STATUS_CONDITIONS[q.filter.status] : sql`1 = 1`
  return sql`
    with t as (
      select ort.organisation_id, max(ort.last_response_at) as lastAt,
        sum(case when ${counted} then ort.count else 0 end) as n
      from organisation_response_tallies ort join organisations on organisations.id = ort.organisation_id
      where ort.round_id = ${q.roundId ?? -1} and ${where}
      group by ort.organisation_id),
    p as (
      select service_points.organisation_id, count(*) as n
      from service_points join organisations on organisations.id = service_points.organisation_id
      where service_points.active = 1 and ${where}
      group by service_points.organisation_id),
    o as (
      select distinct users.organisation_id
      from users join organisations on organisations.id = users.organisation_id
      where users.role = 'lgu' and users.active = 1 and users.awaiting_activation = 0 and ${where}),
    every_lgu as (
      select organisations.id, organisations.dla_code as dlaCode, organisations.type, organisations.name_th as nameTh,
        provinces.name_th as provinceTh, provinces.name_en as provinceEn,
        districts.name_th as districtTh, districts.name_en as districtEn,
        coalesce(p.n, 0) as activePoints, coalesce(t.n, 0) as responses, t.lastAt as lastResponseAt,
        coalesce(r.scope = 'all'
          or (r.scope = 'provinces' and exists (select 1 from round_provinces rp
                where rp.round_id = r.id and rp.province_code = organisations.province_code))
          or (r.scope = 'organisations' and exists (select 1 from round_organisations ro
                where ro.round_id = r.id and ro.organisation_id = organisations.id)), 0) as inRound,
        o.organisation_id is not null as officer,
        organisations.population,
        case when organisations.population > 0
          then (${yamane} * organisations.population + ${yamane} + organisations.population - 1) / (${yamane} + organisations.population)
          else ${sql.raw(String(Math.trunc(q.minResponses)))} end as minimumSample,
        organisations.office_number as officeNumber, organisations.village_number as villageNumber,
        organisations.postcode, organisations.website
      from organisations
        join provinces on provinces.code = organisations.province_code
        join districts on districts.code = organisations.district_code
        left join rounds r on r.id = ${q.roundId ?? -1}
        left join t on t.organisation_id = organisations.id
        left join p on p.organisation_id = organisations.id
        left join o on o.organisation_id = organisations.id
      where ${where}),
    lgus as (select * from every_lgu where ${status})`
}

type StoredRow = Omit<LguRow, 'inRound' | 'officer'> & { inRound: number; officer: number }
const toRow = (r: StoredRow): LguRow => ({ ...r, inRound: r.inRound === 1, officer: r.officer === 1 })

/** One page of the list and how many match; `page` from 1. */
export function listLgus(
  db: Db,
  scope: Scope,
  q: LguListQuery & { page: number; pageSize: number },
): { total: number; rows: LguRow[] } {
  const cte = lgusCte(scope, q)
  const total = db.get<{ n: number }>(sql`${cte} select count(*) as n from lgus`)?.n ?? 0
  const rows = db.all<StoredRow>(sql`${cte} select * from lgus order by ${ORDERS[q.filter.sort]}
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`)
  return { total, rows: rows.map(toRow) }
}

/** Every matching organisation, in the list's order: the follow-up CSV. */
export function allLgus(db: Db, scope: Scope, q: LguListQuery): LguRow[] {
  return db.all<StoredRow>(sql`${lgusCte(scope, q)} select * from lgus order by ${ORDERS[q.filter.sort]}`).map(toRow)
}
