import { and, asc, eq, exists, sql } from 'drizzle-orm'
import type { Scope } from '../../domain/scope.js'
import type { OrganisationType } from '../../domain/organisation-types.js'
import type { Db } from '../client.js'
import { districts, organisations, provinces, servicePoints } from '../schema.js'
import { organisationInScope } from './scope-filter.js'

/** A service point with what its poster prints (its code, names and organisation). */
export type PosterTarget = {
  id: number
  code: string
  nameTh: string
  nameEn: string | null
  active: boolean
  organisationId: number
  organisationType: OrganisationType
  organisationNameTh: string
  provinceCode: string
}

const columns = {
  id: servicePoints.id,
  code: servicePoints.code,
  nameTh: servicePoints.nameTh,
  nameEn: servicePoints.nameEn,
  active: servicePoints.active,
  organisationId: organisations.id,
  organisationType: organisations.type,
  organisationNameTh: organisations.nameTh,
  provinceCode: organisations.provinceCode,
}

/** One service point in the caller's scope, active or not (an inactive one gets no poster, but a clear page). */
export function posterTarget(db: Db, scope: Scope, servicePointId: number): PosterTarget | undefined {
  return db
    .select(columns)
    .from(servicePoints)
    .innerJoin(organisations, eq(organisations.id, servicePoints.organisationId))
    .where(and(eq(servicePoints.id, servicePointId), organisationInScope(scope)))
    .get()
}

/** Every active service point of an organisation in scope, in name order; undefined when out of scope. */
export function posterTargetsOf(db: Db, scope: Scope, organisationId: number): PosterTarget[] | undefined {
  const org = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), organisationInScope(scope)))
    .get()
  if (!org) return undefined
  return db
    .select(columns)
    .from(servicePoints)
    .innerJoin(organisations, eq(organisations.id, servicePoints.organisationId))
    .where(and(eq(servicePoints.organisationId, organisationId), eq(servicePoints.active, true)))
    .orderBy(asc(servicePoints.nameTh), asc(servicePoints.id))
    .all()
}

/** An organisation in a poster bundle, with the province its folder is named after. */
export type BundleOrganisation = {
  id: number
  dlaCode: string
  type: OrganisationType
  nameTh: string
  provinceCode: string
  provinceNameTh: string
  districtCode: string
  districtNameTh: string
}

/** Organisations in scope with at least one active service point, by province and DLA code: one PDF each. */
export function posterBundleOrganisations(db: Db, scope: Scope): BundleOrganisation[] {
  return db
    .select({
      id: organisations.id,
      dlaCode: organisations.dlaCode,
      type: organisations.type,
      nameTh: organisations.nameTh,
      provinceCode: organisations.provinceCode,
      provinceNameTh: provinces.nameTh,
      districtCode: organisations.districtCode,
      districtNameTh: districts.nameTh,
    })
    .from(organisations)
    .innerJoin(provinces, eq(provinces.code, organisations.provinceCode))
    .innerJoin(districts, eq(districts.code, organisations.districtCode))
    .where(
      and(
        organisationInScope(scope),
        exists(
          db
            .select({ one: sql`1` })
            .from(servicePoints)
            .where(and(eq(servicePoints.organisationId, organisations.id), eq(servicePoints.active, true))),
        ),
      ),
    )
    .orderBy(asc(organisations.provinceCode), asc(organisations.dlaCode))
    .all()
}
