/**
 * The rows DLA's registry feeds: provinces and districts (public reference data) and the
 * organisations themselves, keyed by DLA code. What to write is decided by the domain
 * (`planRegistryImport`); these only read and write.
 */
import type { RegistryContact, RegistryPlan, RegistryRowFields } from '../../domain/registry.js'
import type { Db } from '../client.js'
import { organisations } from '../schema.js'

export type ReferenceRows = {
  provinces: { code: string; th: string; en: string }[]
  districts: { code: string; province: string; th: string; en: string }[]
}

/** Upserts every province and district; a row is only written when its names differ. */
export function upsertReferenceData(db: Db, { provinces, districts }: ReferenceRows): void {
  const sqlite = db.$client
  const upsertProvince = sqlite.prepare(
    `insert into provinces (code, name_th, name_en) values (@code, @th, @en)
     on conflict (code) do update set name_th = excluded.name_th, name_en = excluded.name_en
     where name_th is not excluded.name_th or name_en is not excluded.name_en`,
  )
  const upsertDistrict = sqlite.prepare(
    `insert into districts (code, province_code, name_th, name_en) values (@code, @province, @th, @en)
     on conflict (code) do update set
       province_code = excluded.province_code, name_th = excluded.name_th, name_en = excluded.name_en
     where province_code is not excluded.province_code
       or name_th is not excluded.name_th or name_en is not excluded.name_en`,
  )
  sqlite.transaction(() => {
    for (const province of provinces) upsertProvince.run(province)
    for (const district of districts) upsertDistrict.run(district)
  })()
}

/** The registry fields of every stored organisation, by DLA code. */
export function registryFieldsByCode(db: Db): Map<string, RegistryRowFields> {
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

/** Inserts the plan's new organisations and updates its changed ones, by DLA code. */
export function saveRegistryPlan(db: Db, plan: Pick<RegistryPlan, 'insert' | 'update'>, now: Date): void {
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
  sqlite.transaction(() => {
    for (const fields of plan.insert) insert.run({ ...fields, now: now.getTime() })
    for (const fields of plan.update) update.run({ ...fields, now: now.getTime() })
  })()
}

/**
 * Writes each organisation's address and website as the file gives them, touching only
 * the rows where they differ (so importing the same file again changes nothing).
 */
export function saveRegistryContacts(db: Db, contacts: ReadonlyMap<string, RegistryContact>, now: Date): void {
  const update = db.$client.prepare(
    `update organisations set office_number = @officeNumber, village_number = @villageNumber, postcode = @postcode,
       website = @website, updated_at = @now
     where dla_code = @dlaCode and (office_number is not @officeNumber or village_number is not @villageNumber
       or postcode is not @postcode or website is not @website)`,
  )
  for (const [dlaCode, contact] of contacts) update.run({ dlaCode, ...contact, now: now.getTime() })
}
