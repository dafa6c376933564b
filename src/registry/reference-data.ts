/**
 * Provinces and districts (DOPA codes with Thai and English names). They are
 * public facts, so the project carries them as JSON next to this file instead of
 * depending on a data directory that a deployment may not have.
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { projectPath } from '../project-files.js'
import type { Db } from '../db/client.js'
import { upsertReferenceData } from '../db/queries/registry.js'
import type { RegistryLookups } from './registry-row.js'

const provinceSchema = z.object({
  code: z.string().regex(/^\d{2}$/),
  th: z.string().min(1),
  en: z.string().min(1),
})
const districtSchema = z.object({
  code: z.string().regex(/^\d{4}$/),
  province: z.string().regex(/^\d{2}$/),
  th: z.string().min(1),
  en: z.string().min(1),
})

export type ReferenceProvince = z.infer<typeof provinceSchema>
export type ReferenceDistrict = z.infer<typeof districtSchema>

function readReferenceFile<T>(fileName: string, schema: z.ZodType<T>): T[] {
  const path = projectPath('src', 'registry', 'reference', fileName)
  return z.array(schema).parse(JSON.parse(readFileSync(path, 'utf8')))
}

export function readReferenceData(): { provinces: ReferenceProvince[]; districts: ReferenceDistrict[] } {
  return {
    provinces: readReferenceFile('provinces.json', provinceSchema),
    districts: readReferenceFile('districts.json', districtSchema),
  }
}

/**
 * Upserts every province and district. Safe to call on every start: a row is
 * only written when its names differ, so a second call changes nothing.
 */
export function loadReferenceData(db: Db): { provinces: number; districts: number } {
  const reference = readReferenceData()
  upsertReferenceData(db, reference)
  return { provinces: reference.provinces.length, districts: reference.districts.length }
}

/** Thai-name lookups in the shape the registry parser needs. */
export function registryLookups(): RegistryLookups {
  const { provinces, districts } = readReferenceData()
  const provinceCodeByName = new Map(provinces.map((p) => [p.th, p.code]))
  const provinceNameByCode = new Map(provinces.map((p) => [p.code, p.th]))
  const districtNameByCode = new Map(districts.map((d) => [d.code, d.th]))
  const districtCodeByProvinceAndName = new Map<string, Map<string, string>>()
  for (const district of districts) {
    let byName = districtCodeByProvinceAndName.get(district.province)
    if (!byName) districtCodeByProvinceAndName.set(district.province, (byName = new Map()))
    byName.set(district.th, district.code)
  }
  return { provinceCodeByName, provinceNameByCode, districtNameByCode, districtCodeByProvinceAndName }
}
