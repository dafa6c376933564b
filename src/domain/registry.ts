/**
 * DLA's registry of organisations as the project reads it: one organisation's fields, a parsed
 * file, and what importing it does: insert the organisations that are new, update those whose
 * fields changed, leave the rest (and every organisation missing from the file) alone.
 *
 * @example
 * const plan = planRegistryImport(storedByCode, parsed.organisations)
 * plan.counts                                // { inserted: 3, updated: 1, unchanged: 7845 }
 */
import { ORGANISATION_TYPES, type OrganisationType } from './organisation-types.js'

export interface RegistryRowFields {
  dlaCode: string
  type: OrganisationType
  nameTh: string
  provinceCode: string
  districtCode: string
  latitude: number | null
  longitude: number | null
  areaSqKm: number | null
}

/** How to reach an organisation's office, where DLA's registry says (it often does not): null when blank. */
export interface RegistryContact {
  officeNumber: string | null
  villageNumber: string | null
  postcode: string | null
  website: string | null
}

export interface ParsedOrganisation extends RegistryRowFields {
  /** The first row of the file that describes this organisation (numbered like RegistryProblem.line). */
  line: number
}

export interface RegistryProblem {
  /**
   * Physical line in the file, 1 being the header, as csv-parse's `info.lines`
   * counts it: a row whose quoted field spans lines is numbered by its last line.
   */
  line: number
  message: string
}

export interface ParsedRegistry {
  organisations: ParsedOrganisation[]
  problems: RegistryProblem[]
  /** Data rows read, usable or not (the header and blank lines not counted). */
  rowCount: number
  /** By DLA code, for the organisations above: kept apart, as a change of address is not a change of organisation. */
  contacts: Map<string, RegistryContact>
}

export type RegistryCounts = { inserted: number; updated: number; unchanged: number }

export interface RegistryImportResult extends RegistryCounts {
  /** Organisations per type in the file (usable ones, after merging rows). */
  countsByType: Record<OrganisationType, number>
  problems: RegistryProblem[]
  rowCount: number
}

/** What an import would do (or did): the numbers people check before confirming. */
export type RegistrySummary = RegistryCounts & {
  rowCount: number
  countsByType: Record<OrganisationType, number>
  problemCount: number
  /** The first problems only: a broken file can have thousands. */
  problems: RegistryProblem[]
}

export const PROBLEMS_KEPT = 200

/** The fields whose difference makes an organisation "updated" rather than "unchanged". */
const COMPARED_FIELDS = [
  'type',
  'nameTh',
  'provinceCode',
  'districtCode',
  'latitude',
  'longitude',
  'areaSqKm',
] as const satisfies readonly (keyof RegistryRowFields)[]

export type RegistryPlan = { counts: RegistryCounts; insert: RegistryRowFields[]; update: RegistryRowFields[] }

export function planRegistryImport(
  stored: ReadonlyMap<string, RegistryRowFields>,
  incoming: readonly ParsedOrganisation[],
): RegistryPlan {
  const plan: RegistryPlan = { counts: { inserted: 0, updated: 0, unchanged: 0 }, insert: [], update: [] }
  for (const { line: _line, ...fields } of incoming) {
    const current = stored.get(fields.dlaCode)
    if (!current) {
      plan.insert.push(fields)
      plan.counts.inserted += 1
    } else if (COMPARED_FIELDS.some((field) => current[field] !== fields[field])) {
      plan.update.push(fields)
      plan.counts.updated += 1
    } else plan.counts.unchanged += 1
  }
  return plan
}

export function countByType(organisations: readonly RegistryRowFields[]): Record<OrganisationType, number> {
  const counts = Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, 0])) as Record<OrganisationType, number>
  for (const organisation of organisations) counts[organisation.type] += 1
  return counts
}

export function summariseRegistryImport(result: RegistryImportResult): RegistrySummary {
  return { ...result, problemCount: result.problems.length, problems: result.problems.slice(0, PROBLEMS_KEPT) }
}
