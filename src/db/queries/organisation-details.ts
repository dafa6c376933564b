/**
 * The few rows the organisation results page reads besides the tallies: the organisation's
 * population, and the names of its service points and services. The caller has already
 * found the organisation through the staff member's scope (`findOrganisation`).
 */
import { asc, eq } from 'drizzle-orm'
import type { Db } from '../client.js'
import { organisations, servicePoints, services } from '../schema.js'

export type PointName = { id: number; code: string; nameTh: string; nameEn: string | null; active: boolean }
export type ServiceName = {
  id: number
  servicePointId: number
  nameTh: string
  nameEn: string | null
  position: number
  active: boolean
}

export function organisationPopulation(db: Db, organisationId: number): number | null {
  return (
    db.select({ population: organisations.population }).from(organisations).where(eq(organisations.id, organisationId)).get()
      ?.population ?? null
  )
}

/** Sets (or, with null, clears) the population; says whether anything changed. */
export function setOrganisationPopulation(
  db: Db,
  organisationId: number,
  population: number | null,
  at: Date,
): { changed: boolean; from: number | null } {
  const from = organisationPopulation(db, organisationId)
  if (from === population) return { changed: false, from }
  db.update(organisations).set({ population, updatedAt: at }).where(eq(organisations.id, organisationId)).run()
  return { changed: true, from }
}

/** Every service point of the organisation and every service offered at them, closed ones included (old answers name them). */
export function organisationNames(db: Db, organisationId: number): { points: PointName[]; services: ServiceName[] } {
  const points = db
    .select({
      id: servicePoints.id,
      code: servicePoints.code,
      nameTh: servicePoints.nameTh,
      nameEn: servicePoints.nameEn,
      active: servicePoints.active,
    })
    .from(servicePoints)
    .where(eq(servicePoints.organisationId, organisationId))
    .orderBy(asc(servicePoints.id))
    .all()
  const offered = db
    .select({
      id: services.id,
      servicePointId: services.servicePointId,
      nameTh: services.nameTh,
      nameEn: services.nameEn,
      position: services.position,
      active: services.active,
    })
    .from(services)
    .innerJoin(servicePoints, eq(servicePoints.id, services.servicePointId))
    .where(eq(servicePoints.organisationId, organisationId))
    .orderBy(asc(services.servicePointId), asc(services.position), asc(services.id))
    .all()
  return { points, services: offered }
}
