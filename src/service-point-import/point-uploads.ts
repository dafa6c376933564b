/**
 * A service point CSV someone uploaded: what it would create, checked against
 * the database and the uploader's scope, and creating it once, all or nothing.
 *
 * @example
 * const preview = previewPointUpload(db, upload.content, { scope, ownDlaCode })
 * if (preview.problems.length === 0) confirmPointUpload(db, upload.id, user.id, { scope, ownDlaCode }, at)
 */
import { inTransaction, type Db } from '../db/client.js'
import {
  batchOrganisations,
  createBatchPoints,
  markServicePointUploadImported,
  servicePointUploadOf,
} from '../db/queries/service-point-uploads.js'
import { planPointBatch, type PointBatchPlan, type PointBatchResult } from '../domain/service-point-batch.js'
import type { Scope } from '../domain/scope.js'
import { readPointCsv } from './point-csv.js'

export type Uploader = { scope: Scope; ownDlaCode?: string }

/** Throws PointFileError when the file as a whole cannot be used. Writes nothing. */
export function previewPointUpload(db: Db, content: string, uploader: Uploader): PointBatchPlan {
  const { rows, problems } = readPointCsv(content)
  const codes = rows.map((r) => r.dlaCode.trim()).filter(Boolean)
  if (uploader.ownDlaCode) codes.push(uploader.ownDlaCode)
  const plan = planPointBatch(rows, { ...uploader, organisations: batchOrganisations(db, codes) })
  const all = [...problems, ...plan.problems].sort((a, b) => a.line - b.line)
  return { ...plan, rowCount: plan.rowCount + problems.length, problems: all }
}

export type ConfirmPointsOutcome =
  { ok: true; result: PointBatchResult } | { ok: false; importedAt: Date } | { ok: false; plan: PointBatchPlan }

/**
 * Checks the file again (points may have been added since the preview) and
 * creates every point in one transaction with the upload's mark, so a second
 * confirmation finds it done and a file with any problem creates nothing.
 */
export function confirmPointUpload(
  db: Db,
  uploadId: number,
  userId: number,
  uploader: Uploader,
  now: Date,
): ConfirmPointsOutcome | undefined {
  return inTransaction(db, (): ConfirmPointsOutcome | undefined => {
    const upload = servicePointUploadOf(db, uploadId, userId)
    if (!upload) return undefined
    if (upload.importedAt) return { ok: false, importedAt: upload.importedAt }
    const plan = previewPointUpload(db, upload.content, uploader)
    if (plan.problems.length > 0) return { ok: false, plan }
    const result = createBatchPoints(db, plan.organisations, now)
    markServicePointUploadImported(db, uploadId, result, now)
    return { ok: true, result }
  })
}
