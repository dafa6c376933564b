/**
 * Service points and the services offered at them, for staff. Look-ups take
 * the caller's scope, so a point of another organisation finds nothing (404).
 * Services are never deleted (responses refer to them): removing one sets it
 * inactive, and typing its Thai name back in brings the same row back.
 *
 * @example
 * const point = findServicePoint(db, staff.scope, id) // undefined → 404
 * const changes = updateServicePoint(db, point, { nameTh, nameEn, department, services }, new Date(now))
 */
import { and, asc, desc, eq } from 'drizzle-orm'
import { parseOpeningHours, sameOpeningHours, serialiseOpeningHours, type OpeningHours } from '../../domain/opening-hours.js'
import { generateServicePointCode } from '../../domain/service-point-code.js'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import { organisations, servicePoints, services } from '../schema.js'
import { organisationInScope } from './scope-filter.js'

export type ServiceLine = { nameTh: string; nameEn: string | null }
export type ServicePointInput = {
  nameTh: string
  nameEn: string | null
  department: string | null
  services: ServiceLine[]
  /** Left out: a new point has none, an edited one keeps its own. */
  openingHours?: OpeningHours | null
}
export type ServiceRecord = { id: number; nameTh: string; nameEn: string | null; position: number; active: boolean }
export type ServicePointRecord = {
  id: number
  organisationId: number
  provinceCode: string
  code: string
  nameTh: string
  nameEn: string | null
  department: string | null
  active: boolean
  openingHours: OpeningHours | null
  /** Active ones first, in their order; then the inactive ones. */
  services: ServiceRecord[]
}

/** What an edit changed, for the audit log; `changed` is false when the form was saved as it was. */
export type ServicePointChanges = {
  changed: boolean
  fields: Record<string, { from: string | null; to: string | null }>
  servicesAdded: string[]
  servicesRemoved: string[]
  servicesReactivated: string[]
  servicesEdited: string[]
  servicesReordered: boolean
}

const MAX_CODE_ATTEMPTS = 5

export function findServicePoint(db: Db, scope: Scope, id: number): ServicePointRecord | undefined {
  const point = db
    .select({
      id: servicePoints.id,
      organisationId: servicePoints.organisationId,
      provinceCode: organisations.provinceCode,
      code: servicePoints.code,
      nameTh: servicePoints.nameTh,
      nameEn: servicePoints.nameEn,
      department: servicePoints.department,
      active: servicePoints.active,
      openingHours: servicePoints.openingHours,
    })
    .from(servicePoints)
    .innerJoin(organisations, eq(organisations.id, servicePoints.organisationId))
    .where(and(eq(servicePoints.id, id), organisationInScope(scope)))
    .get()
  if (!point) return undefined
  const offered = db
    .select({
      id: services.id,
      nameTh: services.nameTh,
      nameEn: services.nameEn,
      position: services.position,
      active: services.active,
    })
    .from(services)
    .where(eq(services.servicePointId, id))
    .orderBy(desc(services.active), asc(services.position), asc(services.id))
    .all()
  return { ...point, openingHours: parseOpeningHours(point.openingHours), services: offered }
}

const isCodeCollision = (error: unknown) =>
  error instanceof Error &&
  'code' in error &&
  error.code === 'SQLITE_CONSTRAINT_UNIQUE' &&
  /service_points\.code/.test(error.message)

/** Creates the point with a fresh public code (retrying the rare collision) and its services. */
export function createServicePoint(
  db: Db,
  organisationId: number,
  input: ServicePointInput,
  now: Date,
): { id: number; code: string } {
  return db.transaction(() => {
    for (let attempt = 1; ; attempt++) {
      const code = generateServicePointCode()
      try {
        const { id } = db
          .insert(servicePoints)
          .values({
            organisationId,
            code,
            nameTh: input.nameTh,
            nameEn: input.nameEn,
            department: input.department,
            openingHours: serialiseOpeningHours(input.openingHours ?? null),
            active: true,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: servicePoints.id })
          .get()
        input.services.forEach((s, position) => {
          db.insert(services).values({ servicePointId: id, nameTh: s.nameTh, nameEn: s.nameEn, position, active: true }).run()
        })
        return { id, code }
      } catch (error) {
        if (!isCodeCollision(error) || attempt >= MAX_CODE_ATTEMPTS) throw error
      }
    }
  })
}

/**
 * Renames the point and brings its services in line with the lines given:
 * a line whose Thai name matches an existing service keeps that service's id
 * (and reactivates it), new lines are added, services no longer listed are set
 * inactive. Order follows the lines.
 */
export function updateServicePoint(db: Db, point: ServicePointRecord, input: ServicePointInput, now: Date): ServicePointChanges {
  const changes: ServicePointChanges = {
    changed: false,
    fields: {},
    servicesAdded: [],
    servicesRemoved: [],
    servicesReactivated: [],
    servicesEdited: [],
    servicesReordered: false,
  }
  for (const field of ['nameTh', 'nameEn', 'department'] as const)
    if (point[field] !== input[field]) changes.fields[field] = { from: point[field], to: input[field] }
  const hours = input.openingHours === undefined ? point.openingHours : input.openingHours
  if (!sameOpeningHours(point.openingHours, hours))
    changes.fields.openingHours = { from: serialiseOpeningHours(point.openingHours), to: serialiseOpeningHours(hours) }

  // Active rows come first, so an active service wins over an old inactive one of the same name.
  const byName = new Map<string, ServiceRecord>()
  for (const s of point.services) if (!byName.has(s.nameTh)) byName.set(s.nameTh, s)
  const kept = new Set<number>()
  const keptInNewOrder: number[] = []

  db.transaction(() => {
    input.services.forEach((line, position) => {
      const existing = byName.get(line.nameTh)
      if (!existing) {
        db.insert(services)
          .values({ servicePointId: point.id, nameTh: line.nameTh, nameEn: line.nameEn, position, active: true })
          .run()
        changes.servicesAdded.push(line.nameTh)
        return
      }
      kept.add(existing.id)
      if (!existing.active) changes.servicesReactivated.push(line.nameTh)
      else if (existing.nameEn !== line.nameEn) changes.servicesEdited.push(line.nameTh)
      if (existing.active) keptInNewOrder.push(existing.id)
      if (!existing.active || existing.nameEn !== line.nameEn || existing.position !== position)
        db.update(services).set({ nameEn: line.nameEn, position, active: true }).where(eq(services.id, existing.id)).run()
    })
    for (const s of point.services) {
      if (!s.active || kept.has(s.id)) continue
      db.update(services).set({ active: false }).where(eq(services.id, s.id)).run()
      changes.servicesRemoved.push(s.nameTh)
    }
    const keptInOldOrder = point.services.filter((s) => s.active && kept.has(s.id)).map((s) => s.id)
    changes.servicesReordered = keptInOldOrder.join() !== keptInNewOrder.join()
    changes.changed =
      Object.keys(changes.fields).length > 0 ||
      changes.servicesReordered ||
      [changes.servicesAdded, changes.servicesRemoved, changes.servicesReactivated, changes.servicesEdited].some(
        (list) => list.length > 0,
      )
    if (changes.changed)
      db.update(servicePoints)
        .set({
          nameTh: input.nameTh,
          nameEn: input.nameEn,
          department: input.department,
          openingHours: serialiseOpeningHours(hours),
          updatedAt: now,
        })
        .where(eq(servicePoints.id, point.id))
        .run()
  })
  return changes
}

/** Opens or closes a point to residents; false when it already was that way. */
export function setServicePointActive(db: Db, point: ServicePointRecord, active: boolean, now: Date): boolean {
  if (point.active === active) return false
  db.update(servicePoints).set({ active, updatedAt: now }).where(eq(servicePoints.id, point.id)).run()
  return true
}
