/**
 * "You said, we did" actions: written with their points and photo in one go, read for the
 * organisation's staff (every status), the public pages and posters (in progress and done only).
 * Look-ups for staff take the caller's scope, so another organisation's action is not found.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { ActionDates, ActionStatus } from '../../domain/service-actions.js'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import { organisations, rounds, serviceActionPhotos, serviceActionPoints, serviceActions, servicePoints } from '../schema.js'
import { organisationInScope } from './scope-filter.js'

export type ActionInput = ActionDates & {
  servicePointIds: number[]
  roundId: number | null
  topic: string | null
  residentsSaid: string
  changed: string
  status: ActionStatus
}
export type ActionPhoto = { jpeg: Buffer; thumb: Buffer; width: number; height: number }

export type ActionRecord = ActionInput & {
  id: number
  organisationId: number
  provinceCode: string
  /** The photo's time, which its URL carries so a new photo is fetched anew; null without one. */
  photoAt: number | null
  createdAt: number
  updatedAt: number
}

/** An action as lists show it: its points' names in place of their ids. */
export type ActionSummary = Omit<ActionRecord, 'servicePointIds' | 'provinceCode'> & {
  points: { id: number; code: string; nameTh: string; nameEn: string | null }[]
}

const PUBLIC = sql`(${serviceActions.status} in ('in_progress', 'done'))`

function savePhoto(db: Db, actionId: number, photo: ActionPhoto, at: Date) {
  db.insert(serviceActionPhotos)
    .values({ actionId, ...photo, createdAt: at })
    .onConflictDoUpdate({ target: serviceActionPhotos.actionId, set: { ...photo, createdAt: at } })
    .run()
}

function linkPoints(db: Db, actionId: number, servicePointIds: number[]) {
  for (const servicePointId of servicePointIds) db.insert(serviceActionPoints).values({ actionId, servicePointId }).run()
}

/** What every read of an action selects: its own columns and its photo's time (null without one). */
const ACTION_COLUMNS = {
  id: serviceActions.id,
  organisationId: serviceActions.organisationId,
  roundId: serviceActions.roundId,
  topic: serviceActions.topic,
  residentsSaid: serviceActions.residentsSaid,
  changed: serviceActions.changed,
  status: serviceActions.status,
  plannedOn: serviceActions.plannedOn,
  startedOn: serviceActions.startedOn,
  doneOn: serviceActions.doneOn,
  createdAt: serviceActions.createdAt,
  updatedAt: serviceActions.updatedAt,
  photoAt: serviceActionPhotos.createdAt,
}

/** A row of ACTION_COLUMNS with its times as milliseconds, as records carry them. */
const withTimes = <Row extends { photoAt: Date | null; createdAt: Date; updatedAt: Date }>(row: Row) => ({
  ...row,
  photoAt: row.photoAt?.getTime() ?? null,
  createdAt: row.createdAt.getTime(),
  updatedAt: row.updatedAt.getTime(),
})

const fields = (input: ActionInput) => ({
  roundId: input.roundId,
  topic: input.topic,
  residentsSaid: input.residentsSaid,
  changed: input.changed,
  status: input.status,
  plannedOn: input.plannedOn,
  startedOn: input.startedOn,
  doneOn: input.doneOn,
})

/** Call inside a transaction with its audit row. */
export function createAction(
  db: Db,
  organisationId: number,
  userId: number,
  input: ActionInput,
  photo: ActionPhoto | null,
  at: Date,
) {
  const { id } = db
    .insert(serviceActions)
    .values({ organisationId, ...fields(input), createdBy: userId, createdAt: at, updatedAt: at })
    .returning({ id: serviceActions.id })
    .get()
  linkPoints(db, id, input.servicePointIds)
  if (photo) savePhoto(db, id, photo, at)
  return id
}

/** Replaces the action's fields and points; a new photo replaces the old one, `removePhoto` drops it. */
export function updateAction(
  db: Db,
  actionId: number,
  input: ActionInput,
  photo: { replace: ActionPhoto } | { remove: true } | null,
  at: Date,
) {
  db.update(serviceActions)
    .set({ ...fields(input), updatedAt: at })
    .where(eq(serviceActions.id, actionId))
    .run()
  db.delete(serviceActionPoints).where(eq(serviceActionPoints.actionId, actionId)).run()
  linkPoints(db, actionId, input.servicePointIds)
  if (photo && 'replace' in photo) savePhoto(db, actionId, photo.replace, at)
  if (photo && 'remove' in photo) db.delete(serviceActionPhotos).where(eq(serviceActionPhotos.actionId, actionId)).run()
}

export function findAction(db: Db, scope: Scope, id: number): ActionRecord | undefined {
  const row = db
    .select({ ...ACTION_COLUMNS, provinceCode: organisations.provinceCode })
    .from(serviceActions)
    .innerJoin(organisations, eq(organisations.id, serviceActions.organisationId))
    .leftJoin(serviceActionPhotos, eq(serviceActionPhotos.actionId, serviceActions.id))
    .where(and(eq(serviceActions.id, id), organisationInScope(scope)))
    .get()
  if (!row) return undefined
  const servicePointIds = db
    .select({ id: serviceActionPoints.servicePointId })
    .from(serviceActionPoints)
    .where(eq(serviceActionPoints.actionId, id))
    .all()
    .map((p) => p.id)
  return { ...withTimes(row), servicePointIds }
}

/** Which of `ids` are points of the organisation (active or not); the rest are someone else's or none. */
export function pointIdsOfOrganisation(db: Db, organisationId: number, ids: number[]): Set<number> {
  if (ids.length === 0) return new Set()
  const rows = db
    .select({ id: servicePoints.id })
    .from(servicePoints)
    .where(and(eq(servicePoints.organisationId, organisationId), inArray(servicePoints.id, ids)))
    .all()
  return new Set(rows.map((r) => r.id))
}

/** The questionnaire a round asks, for the topics an action can name. */
export const roundQuestionnaireId = (db: Db, roundId: number) =>
  db.select({ id: rounds.questionnaireId }).from(rounds).where(eq(rounds.id, roundId)).get()?.id

/**
 * Actions of one organisation, newest first: all of them for its staff, or those residents see
 * (`publicOnly`), optionally only at one point, and only done ones for the poster.
 */
export function actionsOf(
  db: Db,
  organisationId: number,
  opts: { publicOnly?: boolean; doneOnly?: boolean; servicePointId?: number; limit?: number } = {},
): ActionSummary[] {
  const conditions = [eq(serviceActions.organisationId, organisationId)]
  if (opts.publicOnly) conditions.push(PUBLIC)
  if (opts.doneOnly) conditions.push(eq(serviceActions.status, 'done'))
  if (opts.servicePointId !== undefined)
    conditions.push(
      sql`exists (select 1 from ${serviceActionPoints} where ${serviceActionPoints.actionId} = ${serviceActions.id}
        and ${serviceActionPoints.servicePointId} = ${opts.servicePointId})`,
    )
  const rows = db
    .select(ACTION_COLUMNS)
    .from(serviceActions)
    .leftJoin(serviceActionPhotos, eq(serviceActionPhotos.actionId, serviceActions.id))
    .where(and(...conditions))
    // The latest news first: what was done most recently, then what started, then what was recorded.
    .orderBy(
      desc(sql`coalesce(${serviceActions.doneOn}, ${serviceActions.startedOn}, ${serviceActions.plannedOn})`),
      desc(serviceActions.id),
    )
    .limit(opts.limit ?? 500)
    .all()
  if (rows.length === 0) return []
  const points = db
    .select({
      actionId: serviceActionPoints.actionId,
      id: servicePoints.id,
      code: servicePoints.code,
      nameTh: servicePoints.nameTh,
      nameEn: servicePoints.nameEn,
    })
    .from(serviceActionPoints)
    .innerJoin(servicePoints, eq(servicePoints.id, serviceActionPoints.servicePointId))
    .where(
      inArray(
        serviceActionPoints.actionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(servicePoints.nameTh)
    .all()
  return rows.map((r) => ({
    ...withTimes(r),
    points: points.filter((p) => p.actionId === r.id).map(({ actionId: _, ...p }) => p),
  }))
}

/** An action's photo with what decides who may see it. */
export function actionPhotoOf(db: Db, actionId: number) {
  return db
    .select({
      jpeg: serviceActionPhotos.jpeg,
      thumb: serviceActionPhotos.thumb,
      createdAt: serviceActionPhotos.createdAt,
      status: serviceActions.status,
      organisationId: serviceActions.organisationId,
      dlaCode: organisations.dlaCode,
    })
    .from(serviceActionPhotos)
    .innerJoin(serviceActions, eq(serviceActions.id, serviceActionPhotos.actionId))
    .innerJoin(organisations, eq(organisations.id, serviceActions.organisationId))
    .where(eq(serviceActionPhotos.actionId, actionId))
    .get()
}

/**
 * Per service point of the given organisations: the first action recorded since `since` and the
 * latest recorded at all. One grouped read over the actions, which are few beside the answers.
 */
export function pointActionTimes(db: Db, organisationIds: number[] | 'all', since: number) {
  const which = organisationIds === 'all' ? sql`1 = 1` : inArray(serviceActions.organisationId, organisationIds)
  return db.all<{ servicePointId: number; firstSinceOpen: number | null; latest: number }>(sql`
    select ${serviceActionPoints.servicePointId} as servicePointId,
      min(case when ${serviceActions.createdAt} >= ${since} then ${serviceActions.createdAt} end) as firstSinceOpen,
      max(${serviceActions.createdAt}) as latest
    from ${serviceActions} join ${serviceActionPoints} on ${serviceActionPoints.actionId} = ${serviceActions.id}
    where ${which}
    group by ${serviceActionPoints.servicePointId}`)
}

/** Every point of an organisation, open ones first, for choosing where an action applies. */
export const organisationPoints = (db: Db, organisationId: number) =>
  db
    .select({ id: servicePoints.id, code: servicePoints.code, nameTh: servicePoints.nameTh, active: servicePoints.active })
    .from(servicePoints)
    .where(eq(servicePoints.organisationId, organisationId))
    .orderBy(desc(servicePoints.active), servicePoints.nameTh, servicePoints.code)
    .all()

/** Each organisation's province, for adding organisations up by province. */
export const organisationProvinceCodes = (db: Db) =>
  new Map(
    db
      .select({ id: organisations.id, provinceCode: organisations.provinceCode })
      .from(organisations)
      .all()
      .map((o) => [o.id, o.provinceCode]),
  )
