import { describe, expect, it } from 'vitest'
import { districts, provinces } from '../../src/db/schema.js'
import { loadReferenceData, readReferenceData, registryLookups } from '../../src/registry/reference-data.js'
import { freshDatabase } from '../helpers/database.js'

describe('reference data', () => {
  it('carries 77 provinces and 928 districts, each district inside a known province', () => {
    const data = readReferenceData()
    expect(data.provinces).toHaveLength(77)
    expect(data.districts).toHaveLength(928)
    const provinceCodes = new Set(data.provinces.map((p) => p.code))
    for (const district of data.districts) {
      expect(provinceCodes.has(district.province)).toBe(true)
      expect(district.code.startsWith(district.province)).toBe(true)
    }
    expect(data.provinces[0]).toEqual({ code: '10', th: 'กรุงเทพมหานคร', en: 'Bangkok' })
  })

  it('loads into the database and a second load changes nothing', () => {
    const db = freshDatabase()
    expect(loadReferenceData(db)).toEqual({ provinces: 77, districts: 928 })
    const before = { provinces: db.select().from(provinces).all(), districts: db.select().from(districts).all() }
    expect(before.provinces).toHaveLength(77)
    expect(before.districts).toHaveLength(928)

    const changesBefore = db.$client.prepare('select total_changes() as n').get() as { n: number }
    loadReferenceData(db)
    const changesAfter = db.$client.prepare('select total_changes() as n').get() as { n: number }
    expect(changesAfter.n).toBe(changesBefore.n)
    expect(db.select().from(provinces).all()).toEqual(before.provinces)
    expect(db.select().from(districts).all()).toEqual(before.districts)
  })

  it('puts a corrected name back on the next load', () => {
    const db = freshDatabase()
    loadReferenceData(db)
    db.$client.prepare(`update districts set name_th = 'ผิด' where code = '8104'`).run()
    loadReferenceData(db)
    expect(db.$client.prepare(`select name_th from districts where code = '8104'`).get()).toEqual({ name_th: 'คลองท่อม' })
  })

  it('matches districts by name within their province, since names repeat across provinces', () => {
    const lookups = registryLookups()
    expect(lookups.provinceCodeByName.get('นครราชสีมา')).toBe('30')
    expect(lookups.districtCodeByProvinceAndName.get('30')?.get('เฉลิมพระเกียรติ')).toBe('3032')
    expect(lookups.districtCodeByProvinceAndName.get('19')?.get('เฉลิมพระเกียรติ')).toBe('1913')
  })
})
