import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importRegistry } from '../../src/registry/import-registry.js'
import { parseRegistry } from '../../src/registry/parse-registry.js'
import { registryLookups } from '../../src/registry/reference-data.js'
import { freshDatabase } from '../helpers/database.js'
import { sharedDataFile } from './paths.js'

const excerptFile = sharedDataFile('dla-registry-excerpt.csv')

describe.skipIf(!excerptFile)("DLA's own published rows (../shared/data/dla-registry-excerpt.csv)", () => {
  const csv = excerptFile ? readFileSync(excerptFile) : Buffer.alloc(0)

  it('merges the 14 rows (one per ตำบล) into 8 organisations', () => {
    const parsed = parseRegistry(csv, registryLookups())
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(parsed.rowCount).toBe(14)
    expect(parsed.problems).toEqual([])
    expect(parsed.organisations.map((o) => [o.dlaCode, o.type, o.nameTh, o.line])).toEqual([
      ['5810401', 'subdistrict', 'คลองท่อมใต้', 2],
      ['5810402', 'subdistrict', 'คลองพน', 5],
      ['5810404', 'subdistrict', 'คลองพนพัฒนา', 7],
      ['6810403', 'sao', 'คลองท่อมเหนือ', 9],
      ['6810408', 'sao', 'คลองท่อมใต้', 11],
      ['5810601', 'subdistrict', 'ปลายพระยา', 12],
      ['5810502', 'subdistrict', 'อ่าวลึกใต้', 14],
      ['6810506', 'sao', 'อ่าวลึกเหนือ', 15],
    ])
    expect(parsed.organisations.find((o) => o.dlaCode === '5810404')).toMatchObject({
      provinceCode: '81',
      districtCode: '8104',
      areaSqKm: null,
      latitude: null,
      longitude: null,
    })
  })

  it('imports them once and changes nothing the second time', () => {
    const db = freshDatabase()
    expect(importRegistry(db, csv)).toMatchObject({ inserted: 8, updated: 0, unchanged: 0 })
    expect(importRegistry(db, csv)).toMatchObject({ inserted: 0, updated: 0, unchanged: 8 })
    expect(importRegistry(db, csv).countsByType).toEqual({ pao: 0, city: 0, town: 0, subdistrict: 5, sao: 3, special: 0 })
  })
})
