/**
 * Parses DLA's registry CSV ("ชื่อและที่ตั้งองค์กรปกครองส่วนท้องถิ่น"). The published
 * file has one row per (organisation, ตำบล it covers), so rows are merged by DLA
 * code. Pure: no database, no file system.
 */
import { CsvReadError, readCsvRows } from '../csv/read-csv.js'
import { ORGANISATION_TYPE_LABELS } from '../domain/organisation-types.js'
import type {
  ParsedOrganisation,
  ParsedRegistry,
  RegistryContact,
  RegistryProblem,
  RegistryRowFields,
} from '../domain/registry.js'
import { readRegistryContact, readRegistryRow, REGISTRY_COLUMNS, type RegistryLookups } from './registry-row.js'

export type { RegistryLookups } from './registry-row.js'

/** The file as a whole cannot be read as DLA's registry; one line, fit to show a person. */
export class RegistryFormatError extends Error {
  override name = 'RegistryFormatError'
}

const EXPECTED_HEADER: readonly string[] = Object.values(REGISTRY_COLUMNS)

export function parseRegistry(csv: string | Buffer, lookups: RegistryLookups): ParsedRegistry {
  const { rows, columnCount } = readRows(csv)
  const byCode = new Map<string, ParsedOrganisation>()
  const problems: RegistryProblem[] = []
  const contacts = new Map<string, RegistryContact>()

  for (const { record, line, fieldCount } of rows) {
    if (fieldCount !== undefined) {
      problems.push({ line, message: `has ${fieldCount ?? '?'} fields, expected ${columnCount}` })
      continue
    }
    const result = readRegistryRow(record, lookups)
    if (!result.usable) {
      problems.push({ line, message: result.reasons.join('; ') })
      continue
    }
    const row = result.fields
    const earlier = byCode.get(row.dlaCode)
    const conflicts = earlier ? describeConflicts(earlier, row, lookups) : []
    if (earlier && conflicts.length > 0) {
      problems.push({
        line,
        message: `code ${row.dlaCode} conflicts with line ${earlier.line}, which was kept: ${conflicts.join(', ')}`,
      })
      continue
    }
    for (const warning of result.warnings) problems.push({ line, message: warning })
    const contact = readRegistryContact(record)
    if (!earlier) {
      byCode.set(row.dlaCode, { ...row, line })
      contacts.set(row.dlaCode, contact)
    } else {
      const kept = contacts.get(row.dlaCode)!
      for (const key of Object.keys(kept) as (keyof RegistryContact)[]) kept[key] ??= contact[key]
      // Rows of one organisation repeat its figures; a blank on one row may be filled on another.
      earlier.latitude ??= row.latitude
      earlier.longitude ??= row.longitude
      earlier.areaSqKm ??= row.areaSqKm
    }
  }

  return { organisations: [...byCode.values()], problems, rowCount: rows.length, contacts }
}

function readRows(csv: string | Buffer) {
  try {
    return readCsvRows(csv, checkHeader)
  } catch (error) {
    if (error instanceof CsvReadError) throw new RegistryFormatError(error.message)
    throw error
  }
}

function checkHeader(names: string[]): string[] {
  const missing = EXPECTED_HEADER.filter((name) => !names.includes(name))
  if (missing.length > 3) {
    throw new RegistryFormatError(
      `not DLA's registry file: the header is "${names.join(',')}", expected "${EXPECTED_HEADER.join(',')}"`,
    )
  }
  if (missing.length > 0) {
    throw new RegistryFormatError(`not DLA's registry file: the header lacks ${missing.map((n) => `"${n}"`).join(', ')}`)
  }
  return names
}

function describeConflicts(earlier: RegistryRowFields, row: RegistryRowFields, lookups: RegistryLookups): string[] {
  const differences: string[] = []
  const differ = (what: string, there: string, here: string) => {
    if (there !== here) differences.push(`${what} "${here}" here, "${there}" there`)
  }
  const typeWord = (fields: RegistryRowFields) => ORGANISATION_TYPE_LABELS[fields.type].registry
  const provinceName = (fields: RegistryRowFields) => lookups.provinceNameByCode.get(fields.provinceCode) ?? fields.provinceCode
  const districtName = (fields: RegistryRowFields) => lookups.districtNameByCode.get(fields.districtCode) ?? fields.districtCode

  differ('name', earlier.nameTh, row.nameTh)
  differ('type', typeWord(earlier), typeWord(row))
  differ('province', provinceName(earlier), provinceName(row))
  differ('district', districtName(earlier), districtName(row))
  return differences
}
