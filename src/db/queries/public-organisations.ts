/**
 * The few look-ups the public results pages make besides the tallies: an
 * organisation by its DLA code, its service points' names, and the search.
 * Nothing here reads responses or answers.
 *
 * @example
 * const org = organisationByCode(db, '4810102')   // undefined → 404
 * const { total, rows } = searchOrganisations(db, { q: 'กระบี่', page: 1, pageSize: 20 })
 */
import { sql, type SQL } from 'drizzle-orm'
import { ORGANISATION_TYPE_LABELS, type OrganisationType } from '../../domain/organisation-types.js'
import type { Db } from '../client.js'
import { thaiSortKey } from './collection.js'

export type PublicOrganisation = {
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

const ORGANISATION_COLUMNS = sql`organisations.id, organisations.dla_code as dlaCode, organisations.type,
  organisations.name_th as nameTh, organisations.province_code as provinceCode,
  provinces.name_th as provinceTh, provinces.name_en as provinceEn,
  districts.name_th as districtTh, districts.name_en as districtEn`
const ORGANISATION_JOINS = sql`organisations
  join provinces on provinces.code = organisations.province_code
  join districts on districts.code = organisations.district_code`

export function organisationByCode(db: Db, dlaCode: string): PublicOrganisation | undefined {
  return db.get<PublicOrganisation | undefined>(
    sql`select ${ORGANISATION_COLUMNS} from ${ORGANISATION_JOINS} where organisations.dla_code = ${dlaCode}`,
  )
}

/** Names of an organisation's service points (active or not: an old round may have used a closed one). */
export function servicePointNames(db: Db, organisationId: number): Map<number, { nameTh: string; nameEn: string | null }> {
  const rows = db.all<{ id: number; nameTh: string; nameEn: string | null }>(
    sql`select id, name_th as nameTh, name_en as nameEn from service_points where organisation_id = ${organisationId}`,
  )
  return new Map(rows.map(({ id, ...names }) => [id, names]))
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`)

/**
 * What a name search looks in, spaces removed: the name with each word people use for the
 * type ("เทศบาลตำบล…", "อบต.…", "Subdistrict Municipality …"), so any of them finds it.
 */
function searchableName(): SQL {
  const words = (pick: (l: (typeof ORGANISATION_TYPE_LABELS)[OrganisationType]) => string) =>
    sql`(case organisations.type ${sql.join(
      Object.entries(ORGANISATION_TYPE_LABELS).map(([type, label]) => sql`when ${type} then ${pick(label).replaceAll(' ', '')}`),
      sql` `,
    )} else '' end)`
  const name = sql`replace(organisations.name_th, ' ', '')`
  return sql`(${words((l) => l.th)} || ${name} || '|' || ${words((l) => l.registry)} || ${name} || '|' || ${words((l) => l.en)} || ${name})`
}

export type SearchRow = Pick<
  PublicOrganisation,
  'dlaCode' | 'type' | 'nameTh' | 'provinceCode' | 'provinceTh' | 'provinceEn' | 'districtTh' | 'districtEn'
>

/**
 * One page of organisations whose name (with or without its type word) contains `q`, or whose
 * DLA code starts with it, in Thai dictionary order; and how many match.
 */
export function searchOrganisations(
  db: Db,
  query: { q: string; page: number; pageSize: number },
): { total: number; rows: SearchRow[] } {
  const compact = query.q.replace(/\s+/g, '')
  const where = sql`(organisations.dla_code like ${`${likeEscape(query.q.trim())}%`} escape '\\'
    or ${searchableName()} like ${`%${likeEscape(compact)}%`} escape '\\')`
  const total = db.get<{ n: number }>(sql`select count(*) as n from organisations where ${where}`)?.n ?? 0
  const rows = db.all<SearchRow>(sql`
    select ${ORGANISATION_COLUMNS} from ${ORGANISATION_JOINS}
    where ${where}
    order by ${thaiSortKey(sql`organisations.name_th`)}, organisations.dla_code
    limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`)
  return { total, rows }
}
