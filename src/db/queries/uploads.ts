/**
 * Files a DLA officer uploads to be looked at before they change anything: a
 * questionnaire definition (previewed, then published as a new version) and the
 * national registry CSV (previewed against the database, then imported once).
 */
import { and, desc, eq, isNull } from 'drizzle-orm'
import type { Db } from '../client.js'
import { questionnaires, questionnaireUploads, registryUploads, users } from '../schema.js'
import type { Definition } from '../../domain/questionnaire/definition.js'
import type { RegistrySummary } from '../../domain/registry.js'
import { publishQuestionnaire } from './questionnaires.js'

export function saveQuestionnaireUpload(db: Db, definition: Definition, userId: number, now: Date): number {
  return db
    .insert(questionnaireUploads)
    .values({ definition, uploadedBy: userId, createdAt: now })
    .returning({ id: questionnaireUploads.id })
    .get().id
}

export function questionnaireUploadById(db: Db, id: number) {
  return db.select().from(questionnaireUploads).where(eq(questionnaireUploads.id, id)).get()
}

/** Uploads not yet published, newest first. */
export function pendingQuestionnaireUploads(db: Db, limit = 20) {
  return db
    .select({
      id: questionnaireUploads.id,
      definition: questionnaireUploads.definition,
      createdAt: questionnaireUploads.createdAt,
      uploadedBy: users.displayName,
    })
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
    .select({
      id: questionnaires.id,
      slug: questionnaires.slug,
      version: questionnaires.version,
      definition: questionnaires.definition,
    })
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
    db.update(questionnaireUploads)
      .set({ publishedQuestionnaireId: published.id })
      .where(eq(questionnaireUploads.id, uploadId))
      .run()
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
    .select({
      id: registryUploads.id,
      filename: registryUploads.filename,
      createdAt: registryUploads.createdAt,
      importedAt: registryUploads.importedAt,
      uploadedBy: users.displayName,
    })
    .from(registryUploads)
    .innerJoin(users, eq(users.id, registryUploads.uploadedBy))
    .orderBy(desc(registryUploads.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .all()
  return { rows, total }
}

/** Whether an upload has been imported, and its file; undefined for an unknown upload. */
export function registryUploadToImport(db: Db, id: number): { content: string; importedAt: Date | null } | undefined {
  return db
    .select({ content: registryUploads.content, importedAt: registryUploads.importedAt })
    .from(registryUploads)
    .where(eq(registryUploads.id, id))
    .get()
}

export function markRegistryUploadImported(db: Db, id: number, summary: RegistrySummary, now: Date): void {
  db.update(registryUploads).set({ importedAt: now, result: summary }).where(eq(registryUploads.id, id)).run()
}
