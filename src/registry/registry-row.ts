/**
 * Reads one row of DLA's registry into an organisation, or says why it cannot.
 * Pure: the caller supplies the province/district lookups.
 */
import { organisationTypeFromRegistry } from '../domain/organisation-types.js'
import type { RegistryContact, RegistryRowFields } from '../domain/registry.js'

/** DLA's published header, in its own spelling (including "เว็ปไซต์"). */
export const REGISTRY_COLUMNS = {
  province: 'จังหวัด',
  district: 'อำเภอ',
  subdistrict: 'ตำบล',
  dlaCode: 'รหัส อปท.',
  type: 'ประเภท อปท.',
  name: 'อปท.',
  officeNumber: 'ที่ตั้งสำนักงานเลขที่',
  villageNumber: 'หมู่ที่',
  postcode: 'รหัสไปรษณีย์',
  area: 'ขนาดพื้นที่',
  latitude: 'LAT',
  longitude: 'LONG',
  website: 'เว็ปไซต์ของอปท',
} as const

export interface RegistryLookups {
  provinceCodeByName: ReadonlyMap<string, string>
  provinceNameByCode: ReadonlyMap<string, string>
  districtNameByCode: ReadonlyMap<string, string>
  /** Province code → (district Thai name → district code): names repeat across provinces. */
  districtCodeByProvinceAndName: ReadonlyMap<string, ReadonlyMap<string, string>>
}

export type RegistryRowResult =
  { usable: true; fields: RegistryRowFields; warnings: string[] } | { usable: false; reasons: string[] }

const DLA_CODE = /^\d{7}$/
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/**
 * Every province and district name in DLA's file matches the reference list
 * once trimmed, so trimming is all the normalisation the data needs.
 */
export function normaliseName(raw: string | undefined): string {
  return (raw ?? '').trim()
}

export function readRegistryRow(record: Record<string, string | undefined>, lookups: RegistryLookups): RegistryRowResult {
  const reasons: string[] = []
  const warnings: string[] = []
  const cell = (column: keyof typeof REGISTRY_COLUMNS) => normaliseName(record[REGISTRY_COLUMNS[column]])

  const dlaCode = cell('dlaCode')
  if (!dlaCode) reasons.push('missing code (รหัส อปท.)')
  else if (!DLA_CODE.test(dlaCode)) reasons.push(`bad code "${dlaCode}" (expected 7 digits)`)

  const typeWord = cell('type')
  const type = organisationTypeFromRegistry(typeWord)
  if (!typeWord) reasons.push('missing type (ประเภท อปท.)')
  else if (!type) reasons.push(`unknown type "${typeWord}"`)

  const nameTh = cell('name')
  if (!nameTh) reasons.push('missing name (อปท.)')

  const provinceName = cell('province')
  const provinceCode = lookups.provinceCodeByName.get(provinceName)
  if (!provinceName) reasons.push('missing province (จังหวัด)')
  else if (!provinceCode) reasons.push(`unknown province "${provinceName}"`)

  const districtName = cell('district')
  let districtCode: string | undefined
  if (!districtName) reasons.push('missing district (อำเภอ)')
  else if (provinceCode) {
    districtCode = lookups.districtCodeByProvinceAndName.get(provinceCode)?.get(districtName)
    if (!districtCode) reasons.push(describeMisplacedDistrict(districtName, provinceName, lookups))
  }

  const number = (column: 'latitude' | 'longitude' | 'area') => {
    const text = cell(column)
    if (text === '') return null
    if (DECIMAL.test(text)) return Number(text)
    // A bad coordinate or area is no reason to leave the organisation out.
    warnings.push(`${REGISTRY_COLUMNS[column]} "${text}" is not a number; left empty`)
    return null
  }
  const latitude = number('latitude')
  const longitude = number('longitude')
  const areaSqKm = number('area')

  if (reasons.length > 0 || !type || !provinceCode || !districtCode) return { usable: false, reasons }
  return {
    usable: true,
    fields: { dlaCode, type, nameTh, provinceCode, districtCode, latitude, longitude, areaSqKm },
    warnings,
  }
}

function describeMisplacedDistrict(districtName: string, provinceName: string, lookups: RegistryLookups): string {
  const provincesWithIt: string[] = []
  for (const [provinceCode, byName] of lookups.districtCodeByProvinceAndName) {
    if (byName.has(districtName)) provincesWithIt.push(lookups.provinceNameByCode.get(provinceCode) ?? provinceCode)
  }
  if (provincesWithIt.length === 0) return `unknown district "${districtName}" in province "${provinceName}"`
  return `district "${districtName}" is not in province "${provinceName}" (it is in ${provincesWithIt.join(', ')})`
}

/** DLA writes "-" (sometimes quoted twice over) where it has nothing. */
const BLANK = /^["\s-]*$/

/** The office's address and website from one row; blanks and DLA's "-" are null. */
export function readRegistryContact(record: Record<string, string | undefined>): RegistryContact {
  const cell = (column: keyof typeof REGISTRY_COLUMNS) => {
    const text = normaliseName(record[REGISTRY_COLUMNS[column]])
    return BLANK.test(text) ? null : text.slice(0, 200)
  }
  return {
    officeNumber: cell('officeNumber'),
    villageNumber: cell('villageNumber'),
    postcode: cell('postcode'),
    website: cell('website'),
  }
}
