/**
 * Files a DLA officer uploads to be looked at before they change anything: a
 * questionnaire definition (previewed, then published as a new version) and the
 * national registry CSV (previewed against the database, then imported once).
 */
import { and, desc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../client.js'
import { ORGANISATION_TYPES, organisations, questionnaires, questionnaireUploads, registryUploads, users, type OrganisationType } from '../schema.js'
import type { Definition } from '../../domain/questionnaire/definition.js'
import { importRegistry, type RegistryImportResult } from '../../registry/import-registry.js'
import type { ParsedRegistry, RegistryProblem } from '../../registry/parse-registry.js'
import { publishQuestionnaire } from './questionnaires.js'

export function saveQuestionnaireUpload(db: Db, definition: Definition, userId: number, now: Date): number {
  return db.insert(questionnaireUploads).values({ definition, uploadedBy: userId, createdAt: now }).returning({ id: questionnaireUploads.id }).get().id
}

export function questionnaireUploadById(db: Db, id: number) {
  return db.select().from(questionnaireUploads).where(eq(questionnaireUploads.id, id)).get()
}

/** Uploads not yet published, newest first. */
export function pendingQuestionnaireUploads(db: Db, limit = 20) {
  return db
    .select({ id: questionnaireUploads.id, definition: questionnaireUploads.definition, createdAt: questionnaireUploads.createdAt, uploadedBy: users.displayName })
    .from(questionnaireUploads)
    .innerJoin(users, eq(users.id, questionnaireUploads.uploadedBy))
    .where(isNull(questionnaireUploads.publishedQuestionnaireId))
    .orderBy(desc(questionnaireUploads.id))
    .limit(limit)
    .all()
}

/** A published questionnaire version, for its preview and for "already published as …". */
export function publishedVersion(db: Db, id: number) {
  return db
    .select({ id: questionnaires.id, slug: questionnaires.slug, version: questionnaires.version, definition: questionnaires.definition })
    .from(questionnaires)
    .where(and(eq(questionnaires.id, id), eq(questionnaires.status, 'published')))
    .get()
}

export type PublishOutcome = { ok: true; id: number; version: number } | { ok: false; questionnaireId: number }

/** Publishes an upload as the next version of its slug, once: a second call reports the first. */
export function publishUpload(db: Db, uploadId: number, definition: Definition, now: Date): PublishOutcome {
  return db.$client.transaction((): PublishOutcome => {
    const upload = questionnaireUploadById(db, uploadId)
    if (!upload) throw new Error(`no questionnaire upload ${uploadId}`)
    if (upload.publishedQuestionnaireId !== null) return { ok: false, questionnaireId: upload.publishedQuestionnaireId }
    const published = publishQuestionnaire(db, definition, now)
    db.update(questionnaireUploads).set({ publishedQuestionnaireId: published.id }).where(eq(questionnaireUploads.id, uploadId)).run()
    return { ok: true, ...published }
  })()
}

export function saveRegistryUpload(db: Db, input: { filename: string; content: string; userId: number }, now: Date): number {
  return db
    .insert(registryUploads)
    .values({ filename: input.filename, content: input.content, uploadedBy: input.userId, createdAt: now })
    .returning({ id: registryUploads.id })
    .get().id
}

export function registryUploadById(db: Db, id: number) {
  return db
    .select({
      id: registryUploads.id,
      filename: registryUploads.filename,
      content: registryUploads.content,
      createdAt: registryUploads.createdAt,
      importedAt: registryUploads.importedAt,
      result: registryUploads.result,
      uploadedBy: users.displayName,
    })
    .from(registryUploads)
    .innerJoin(users, eq(users.id, registryUploads.uploadedBy))
    .where(eq(registryUploads.id, id))
    .get()
}

/** Recent uploads without their content. */
export function recentRegistryUploads(db: Db, opts: { page: number; pageSize: number }) {
  const total = (db.$client.prepare('select count(*) as n from registry_uploads').get() as { n: number }).n
  const rows = db
    .select({ id: registryUploads.id, filename: registryUploads.filename, createdAt: registryUploads.createdAt, importedAt: registryUploads.importedAt, uploadedBy: users.displayName })
    .from(registryUploads)
    .innerJoin(users, eq(users.id, registryUploads.uploadedBy))
    .orderBy(desc(registryUploads.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .all()
  return { rows, total }
}

/** What an import would do (or did): the numbers people check before confirming. */
export type RegistrySummary = {
  rowCount: number
  countsByType: Record<OrganisationType, number>
  inserted: number
  updated: number
  unchanged: number
  problemCount: number
  /** The first problems only: a broken file can have thousands. */
  problems: RegistryProblem[]
}

export const PROBLEMS_KEPT = 200

// The fields importRegistry compares to decide between "updated" and "unchanged".
const COMPARED = ['type', 'nameTh', 'provinceCode', 'districtCode', 'latitude', 'longitude', 'areaSqKm'] as const

function summarise(result: Omit<RegistrySummary, 'problemCount' | 'problems'> & { problems: RegistryProblem[] }): RegistrySummary {
  return { ...result, problemCount: result.problems.length, problems: result.problems.slice(0, PROBLEMS_KEPT) }
}

/** Compares a parsed file with the organisations in the database, writing nothing. */
export function previewRegistryImport(db: Db, parsed: ParsedRegistry): RegistrySummary {
  const stored = new Map(
    db
      .select({ dlaCode: organisations.dlaCode, type: organisations.type, nameTh: organisations.nameTh, provinceCode: organisations.provinceCode, districtCode: organisations.districtCode, latitude: organisations.latitude, longitude: organisations.longitude, areaSqKm: organisations.areaSqKm })
      .from(organisations)
      .all()
      .map((row) => [row.dlaCode, row]),
  )
  const countsByType = Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, 0])) as Record<OrganisationType, number>
  const counts = { inserted: 0, updated: 0, unchanged: 0 }
  for (const organisation of parsed.organisations) {
    countsByType[organisation.type] += 1
    const current = stored.get(organisation.dlaCode)
    if (!current) counts.inserted += 1
    else if (COMPARED.some((field) => current[field] !== organisation[field])) counts.updated += 1
    else counts.unchanged += 1
  }
  return summarise({ rowCount: parsed.rowCount, countsByType, ...counts, problems: parsed.problems })
}

export type ConfirmOutcome = { ok: true; summary: RegistrySummary } | { ok: false; importedAt: Date }

/**
 * Imports an upload once. The check, the import and the mark share one
 * transaction, so two confirmations of one upload cannot both import it.
 */
export function confirmRegistryImport(db: Db, uploadId: number, now: Date): ConfirmOutcome {
  return db.$client.transaction((): ConfirmOutcome => {
    const upload = db.select({ content: registryUploads.content, importedAt: registryUploads.importedAt }).from(registryUploads).where(eq(registryUploads.id, uploadId)).get()
    if (!upload) throw new Error(`no registry upload ${uploadId}`)
    if (upload.importedAt) return { ok: false, importedAt: upload.importedAt }
    const result: RegistryImportResult = importRegistry(db, upload.content, now)
    const summary = summarise(result)
    db.update(registryUploads).set({ importedAt: now, result: summary }).where(eq(registryUploads.id, uploadId)).run()
    return { ok: true, summary }
  })()
}
