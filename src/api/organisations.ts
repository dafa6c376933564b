/**
 * The organisation directory the API serves: identity only (code, name, type,
 * province, district), always inside the caller's scope, a page at a time.
 *
 * @example
 * const { rows, total } = listOrganisations(db, scope, { provinceCode: '81', page: 1, pageSize: 100 })
 */
import { and, asc, count, eq, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client.js'
import { organisationInScope } from '../db/queries/scope-filter.js'
import { districts, organisations, provinces, type OrganisationType } from '../db/schema.js'
import { ORGANISATION_TYPE_LABELS, organisationDisplayName } from '../domain/organisation-types.js'
import type { Scope } from '../domain/scope.js'

export type OrganisationJson = {
  dlaCode: string
  /** The name people know, type word included: "เทศบาลเมืองกระบี่". */
  name: string
  /** The registry's name without the type word: "กระบี่". */
  registryName: string
  type: OrganisationType
  typeLabel: { registry: string; th: string; en: string }
  province: { code: string; nameTh: string; nameEn: string }
  district: { code: string; nameTh: string; nameEn: string }
}

export function listOrganisations(
  db: Db,
  scope: Scope,
  q: { provinceCode?: string; page: number; pageSize: number },
): { rows: OrganisationJson[]; total: number } {
  const where: SQL | undefined = and(organisationInScope(scope), q.provinceCode ? eq(organisations.provinceCode, q.provinceCode) : undefined)
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
  return {
    total,
    rows: rows.map((r) => ({
      dlaCode: r.dlaCode,
      name: organisationDisplayName(r.type, r.nameTh, 'th'),
      registryName: r.nameTh,
      type: r.type,
      typeLabel: ORGANISATION_TYPE_LABELS[r.type],
      province: { code: r.provinceCode, nameTh: r.provinceTh, nameEn: r.provinceEn },
      district: { code: r.districtCode, nameTh: r.districtTh, nameEn: r.districtEn },
    })),
  }
}

export function organisationByCode(db: Db, dlaCode: string): { id: number; provinceCode: string } | undefined {
  return db.select({ id: organisations.id, provinceCode: organisations.provinceCode }).from(organisations).where(eq(organisations.dlaCode, dlaCode)).get()
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
