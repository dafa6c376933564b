/**
 * Imports DLA's registry into `organisations`, keyed by DLA code. Only rows whose
 * data changed are written, so re-importing the same file changes nothing (not
 * even `updated_at`). Organisations missing from the file are left alone: service
 * points and responses may refer to them.
 */
import { inTransaction, type Db } from '../db/client.js'
import { registryFieldsByCode, saveRegistryContacts, saveRegistryPlan, upsertReferenceData } from '../db/queries/registry.js'
import { countByType, planRegistryImport, type RegistryImportResult } from '../domain/registry.js'
import { parseRegistry } from './parse-registry.js'
import { readReferenceData, registryLookups } from './reference-data.js'

/** Throws RegistryFormatError (before touching the database) when the file is not DLA's registry. */
export function importRegistry(db: Db, csv: string | Buffer, now: Date = new Date()): RegistryImportResult {
  const parsed = parseRegistry(csv, registryLookups())
  const reference = readReferenceData()
  const counts = inTransaction(db, () => {
    // Organisations reference provinces and districts, so make sure they are there.
    upsertReferenceData(db, reference)
    const plan = planRegistryImport(registryFieldsByCode(db), parsed.organisations)
    saveRegistryPlan(db, plan, now)
    saveRegistryContacts(db, parsed.contacts, now)
    return plan.counts
  })
  return { countsByType: countByType(parsed.organisations), ...counts, problems: parsed.problems, rowCount: parsed.rowCount }
}
