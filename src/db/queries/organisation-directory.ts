/**
 * The organisation directory the API serves: identity only (code, name, type,
 * province, district), always inside the caller's scope, a page at a time; and
 * the small look-ups that turn a `scope=` key's codes into ids.
 *
 * @example
 * const { rows, total } = listOrganisations(db, scope, { provinceCode: '81', page: 1, pageSize: 100 })
 */
import { and, asc, count, eq, type SQL } from 'drizzle-orm'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import { districts, organisations, provinces } from '../schema.js'
import { type OrganisationType } from '../../domain/organisation-types.js'
import { organisationInScope } from './scope-filter.js'

export type DirectoryRow = {
  dlaCode: string
  nameTh: string
  type: OrganisationType
  provinceCode: string
  provinceTh: string
  provinceEn: string
  districtCode: string
  districtTh: string
  districtEn: string
}

export function listOrganisations(
  db: Db,
  scope: Scope,
  q: { provinceCode?: string; page: number; pageSize: number },
): { rows: DirectoryRow[]; total: number } {
  const inProvince = q.provinceCode ? eq(organisations.provinceCode, q.provinceCode) : undefined
  const where: SQL | undefined = and(organisationInScope(scope), inProvince)
  const total = db.select({ n: count() }).from(organisations).where(where).get()?.n ?? 0
  const rows = db
    .select({
      dlaCode: organisations.dlaCode,
      nameTh: organisations.nameTh,
      type: organisations.type,
      provinceCode: provinces.code,
      provinceTh: provinces.nameTh,
      provinceEn: provinces.nameEn,
      districtCode: districts.code,
      districtTh: districts.nameTh,
      districtEn: districts.nameEn,
    })
    .from(organisations)
    .innerJoin(provinces, eq(provinces.code, organisations.provinceCode))
    .innerJoin(districts, eq(districts.code, organisations.districtCode))
    .where(where)
    .orderBy(asc(organisations.provinceCode), asc(organisations.dlaCode))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .all()
  return { total, rows }
}

export function organisationByCode(db: Db, dlaCode: string): { id: number; provinceCode: string } | undefined {
  return db
    .select({ id: organisations.id, provinceCode: organisations.provinceCode })
    .from(organisations)
    .where(eq(organisations.dlaCode, dlaCode))
    .get()
}

export function dlaCodeOf(db: Db, id: number): string | undefined {
  return db.select({ dlaCode: organisations.dlaCode }).from(organisations).where(eq(organisations.id, id)).get()?.dlaCode
}

export function provinceOfOrganisation(db: Db, id: number): string | undefined {
  return db.select({ code: organisations.provinceCode }).from(organisations).where(eq(organisations.id, id)).get()?.code
}

export function provinceExists(db: Db, code: string): boolean {
  return db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, code)).get() !== undefined
}
