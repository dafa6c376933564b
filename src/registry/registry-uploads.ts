/**
 * A registry file a DLA officer uploaded: what importing it would do, and importing it once.
 */
import { inTransaction, type Db } from '../db/client.js'
import { registryFieldsByCode } from '../db/queries/registry.js'
import { markRegistryUploadImported, registryUploadToImport } from '../db/queries/uploads.js'
import {
  countByType,
  planRegistryImport,
  summariseRegistryImport,
  type ParsedRegistry,
  type RegistrySummary,
} from '../domain/registry.js'
import { importRegistry } from './import-registry.js'

/** Compares a parsed file with the organisations in the database, writing nothing. */
export function previewRegistryImport(db: Db, parsed: ParsedRegistry): RegistrySummary {
  const { counts } = planRegistryImport(registryFieldsByCode(db), parsed.organisations)
  const countsByType = countByType(parsed.organisations)
  return summariseRegistryImport({ rowCount: parsed.rowCount, countsByType, ...counts, problems: parsed.problems })
}

export type ConfirmOutcome = { ok: true; summary: RegistrySummary } | { ok: false; importedAt: Date }

/**
 * Imports an upload once. The check, the import and the mark share one
 * transaction, so two confirmations of one upload cannot both import it.
 */
export function confirmRegistryImport(db: Db, uploadId: number, now: Date): ConfirmOutcome {
  return inTransaction(db, (): ConfirmOutcome => {
    const upload = registryUploadToImport(db, uploadId)
    if (!upload) throw new Error(`no registry upload ${uploadId}`)
    if (upload.importedAt) return { ok: false, importedAt: upload.importedAt }
    const summary = summariseRegistryImport(importRegistry(db, upload.content, now))
    markRegistryUploadImported(db, uploadId, summary, now)
    return { ok: true, summary }
  })
}
