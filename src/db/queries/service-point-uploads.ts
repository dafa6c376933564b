/**
 * Service point CSVs staff upload: the stored file (only its uploader sees it),
 * the organisations a file names with their active points, and creating every
 * point of a checked file in one transaction.
 *
 * @example
 * const organisations = batchOrganisations(db, ['4810102', '3500102'])
 * const created = createBatchPoints(db, plan.organisations, new Date(now)) // inside the caller's transaction
 */
import { and, asc, eq, sql } from 'drizzle-orm'
import {
  nameKey,
  type BatchOrganisation,
  type PlannedOrganisation,
  type PointBatchResult,
} from '../../domain/service-point-batch.js'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import { organisations, servicePointUploads, users } from '../schema.js'
import { organisationInScope } from './scope-filter.js'
import { createServicePoint } from './service-points.js'

export function saveServicePointUpload(db: Db, input: { filename: string; content: string; userId: number }, now: Date): number {
  return db
    .insert(servicePointUploads)
    .values({ filename: input.filename, content: input.content, uploadedBy: input.userId, createdAt: now })
    .returning({ id: servicePointUploads.id })
    .get().id
}

/** An upload, if this user made it; anyone else's is not there for them. */
export function servicePointUploadOf(db: Db, id: number, userId: number) {
  const row = db
    .select({
      id: servicePointUploads.id,
      filename: servicePointUploads.filename,
      content: servicePointUploads.content,
      createdAt: servicePointUploads.createdAt,
      importedAt: servicePointUploads.importedAt,
      result: servicePointUploads.result,
      uploadedBy: users.displayName,
    })
    .from(servicePointUploads)
    .innerJoin(users, eq(users.id, servicePointUploads.uploadedBy))
    .where(and(eq(servicePointUploads.id, id), eq(servicePointUploads.uploadedBy, userId)))
    .get()
  return row && { ...row, result: row.result as PointBatchResult | null }
}

export function markServicePointUploadImported(db: Db, id: number, result: PointBatchResult, now: Date): void {
  db.update(servicePointUploads).set({ importedAt: now, result }).where(eq(servicePointUploads.id, id)).run()
}

/** The organisations with these DLA codes (those that exist), each with its active points' name keys. */
export function batchOrganisations(db: Db, codes: readonly string[]): Map<string, BatchOrganisation> {
  const wanted = JSON.stringify([...new Set(codes)])
  const found = db.all<{ id: number; dlaCode: string; provinceCode: string }>(sql`
    select id, dla_code as dlaCode, province_code as provinceCode
    from organisations where dla_code in (select value from json_each(${wanted}))`)
  const names = db.all<{ organisationId: number; nameTh: string }>(sql`
    select organisation_id as organisationId, name_th as nameTh from service_points
    where active = 1 and organisation_id in (
      select id from organisations where dla_code in (select value from json_each(${wanted})))`)
  const keys = new Map<number, Set<string>>()
  for (const { organisationId, nameTh } of names) {
    const set = keys.get(organisationId) ?? new Set<string>()
    set.add(nameKey(nameTh))
    keys.set(organisationId, set)
  }
  return new Map(found.map((o) => [o.dlaCode, { ...o, activePointKeys: keys.get(o.id) ?? new Set<string>() }]))
}

/** A DLA code to put in a template: the organisation's own, or the first of the scope. */
export function sampleDlaCode(db: Db, scope: Scope): string | undefined {
  return db
    .select({ dlaCode: organisations.dlaCode })
    .from(organisations)
    .where(organisationInScope(scope))
    .orderBy(asc(organisations.dlaCode))
    .limit(1)
    .get()?.dlaCode
}

/** Creates every planned point with a fresh public code; call it inside a transaction. */
export function createBatchPoints(db: Db, planned: readonly PlannedOrganisation[], now: Date): PointBatchResult {
  const created = planned.map((o) => ({
    organisationId: o.organisationId,
    dlaCode: o.dlaCode,
    provinceCode: o.provinceCode,
    points: o.points.map((p) => {
      const { code } = createServicePoint(db, o.organisationId, { ...p, department: null }, now)
      return { code, nameTh: p.nameTh }
    }),
  }))
  return { pointCount: created.reduce((sum, o) => sum + o.points.length, 0), organisations: created }
}
