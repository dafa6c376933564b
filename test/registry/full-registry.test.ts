import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importRegistry } from '../../src/registry/import-registry.js'
import { freshDatabase } from '../helpers/database.js'
import { sharedDataFile } from './paths.js'

const registryFile = sharedDataFile('dla-lgu-registry.csv')

describe.skipIf(!registryFile)('importing the full DLA registry (../shared/data/dla-lgu-registry.csv)', () => {
  const csv = registryFile ? readFileSync(registryFile) : Buffer.alloc(0)

  it('yields the 7,849 organisations with the published counts per type, each in a district of its province', () => {
    const db = freshDatabase()
    const result = importRegistry(db, csv)

    expect(result.problems).toEqual([])
    expect(result).toMatchObject({ rowCount: 7849, inserted: 7849, updated: 0, unchanged: 0 })
    expect(result.countsByType).toEqual({ pao: 76, city: 30, town: 195, subdistrict: 2247, sao: 5300, special: 1 })

    const linked = db.$client
      .prepare(
        `select count(*) as n from organisations o
         join provinces p on p.code = o.province_code
         join districts d on d.code = o.district_code and d.province_code = o.province_code`,
      )
      .get() as { n: number }
    expect(linked.n).toBe(7849)
    // Bangkok governs itself under its own act and is not in DLA's registry.
    const provinceCount = db.$client.prepare('select count(distinct province_code) as n from organisations').get()
    expect(provinceCount).toEqual({ n: 76 })
  })

  it('changes nothing on a second import', () => {
    const db = freshDatabase()
    importRegistry(db, csv, new Date('2025-01-01T00:00:00Z'))
    const again = importRegistry(db, csv, new Date('2025-06-01T00:00:00Z'))
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 7849 })
    const touched = db.$client.prepare('select count(*) as n from organisations where updated_at != created_at').get()
    expect(touched).toEqual({ n: 0 })
  })
})
