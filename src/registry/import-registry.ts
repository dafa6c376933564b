/**
 * Imports DLA's registry into `organisations`, keyed by DLA code. Only rows whose
 * data changed are written, so re-importing the same file changes nothing (not
 * even `updated_at`). Organisations missing from the file are left alone: service
 * points and responses may refer to them.
 */
import type { Db } from '../db/client.js'
import { ORGANISATION_TYPES, organisations, type OrganisationType } from '../db/schema.js'
import { parseRegistry, type ParsedOrganisation, type RegistryProblem } from './parse-registry.js'
import { loadReferenceData, registryLookups } from './reference-data.js'
import type { RegistryRowFields } from './registry-row.js'

export interface RegistryImportResult {
  /** Organisations per type in the file (usable ones, after merging rows). */
  countsByType: Record<OrganisationType, number>
  inserted: number
  updated: number
  unchanged: number
  problems: RegistryProblem[]
  rowCount: number
}

const COMPARED_FIELDS = [
  'type',
  'nameTh',
  'provinceCode',
  'districtCode',
  'latitude',
  'longitude',
  'areaSqKm',
] as const satisfies readonly (keyof RegistryRowFields)[]

/** Throws RegistryFormatError (before touching the database) when the file is not DLA's registry. */
export function importRegistry(db: Db, csv: string | Buffer, now: Date = new Date()): RegistryImportResult {
  const parsed = parseRegistry(csv, registryLookups())
  const countsByType = Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, 0])) as Record<OrganisationType, number>
  for (const organisation of parsed.organisations) countsByType[organisation.type] += 1

  const sqlite = db.$client
  const insert = sqlite.prepare(
    `insert into organisations
       (dla_code, type, name_th, province_code, district_code, latitude, longitude, area_sq_km, created_at, updated_at)
     values (@dlaCode, @type, @nameTh, @provinceCode, @districtCode, @latitude, @longitude, @areaSqKm, @now, @now)`,
  )
  const update = sqlite.prepare(
    `update organisations set type = @type, name_th = @nameTh, province_code = @provinceCode,
       district_code = @districtCode, latitude = @latitude, longitude = @longitude, area_sq_km = @areaSqKm,
       updated_at = @now
     where dla_code = @dlaCode`,
  )

  const counts = { inserted: 0, updated: 0, unchanged: 0 }
  sqlite.transaction(() => {
    // Organisations reference provinces and districts, so make sure they are there.
    loadReferenceData(db)
    const stored = readStoredOrganisations(db)
    for (const organisation of parsed.organisations) {
      const values = { ...toRegistryRowFields(organisation), now: now.getTime() }
      const current = stored.get(organisation.dlaCode)
      if (!current) {
        insert.run(values)
        counts.inserted += 1
      } else if (COMPARED_FIELDS.some((field) => current[field] !== organisation[field])) {
        update.run(values)
        counts.updated += 1
      } else {
        counts.unchanged += 1
      }
    }
  })()

  return { countsByType, ...counts, problems: parsed.problems, rowCount: parsed.rowCount }
}

function readStoredOrganisations(db: Db): Map<string, RegistryRowFields> {
  const rows = db
    .select({
      dlaCode: organisations.dlaCode,
      type: organisations.type,
      nameTh: organisations.nameTh,
      provinceCode: organisations.provinceCode,
      districtCode: organisations.districtCode,
      latitude: organisations.latitude,
      longitude: organisations.longitude,
      areaSqKm: organisations.areaSqKm,
    })
    .from(organisations)
    .all()
  return new Map(rows.map((row) => [row.dlaCode, row]))
}

function toRegistryRowFields({ line: _line, ...fields }: ParsedOrganisation): RegistryRowFields {
  return fields
}
