import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { organisations } from '../../src/db/schema.js'
import { importRegistry } from '../../src/registry/import-registry.js'
import { RegistryFormatError } from '../../src/registry/parse-registry.js'
import { freshDatabase } from '../helpers/database.js'
import { smallRegistryFixture } from './paths.js'

const fixture = readFileSync(smallRegistryFixture, 'utf8')
const firstImport = new Date('2025-01-10T03:00:00Z')
const laterImport = new Date('2025-02-20T03:00:00Z')

const allOrganisations = (db: ReturnType<typeof freshDatabase>) =>
  db.select().from(organisations).orderBy(organisations.dlaCode).all()

describe('importRegistry', () => {
  it('inserts each organisation of the fixture once, linked to its province and district', () => {
    const db = freshDatabase()
    const result = importRegistry(db, fixture, firstImport)

    expect(result).toMatchObject({ inserted: 7, updated: 0, unchanged: 0, rowCount: 20 })
    expect(result.countsByType).toEqual({ pao: 1, city: 1, town: 1, subdistrict: 2, sao: 1, special: 1 })
    expect(result.problems.map((p) => p.line)).toEqual([8, 16, 17, 18, 19, 20, 21, 22, 23])

    const rows = allOrganisations(db)
    expect(rows.map((r) => [r.dlaCode, r.provinceCode, r.districtCode])).toEqual([
      ['2810101', '81', '8101'],
      ['3200408', '20', '2004'],
      ['3200701', '20', '2007'],
      ['4810102', '81', '8101'],
      ['5303201', '30', '3032'],
      ['5810401', '81', '8104'],
      ['6810403', '81', '8104'],
    ])
    expect(rows.find((r) => r.dlaCode === '3200701')).toMatchObject({
      type: 'city',
      nameTh: 'แหลมฉบัง',
      areaSqKm: 109.65,
      latitude: null,
      longitude: null,
      population: null,
      createdAt: firstImport,
      updatedAt: firstImport,
    })
  })

  it('changes nothing when the same file is imported again', () => {
    const db = freshDatabase()
    importRegistry(db, fixture, firstImport)
    const before = allOrganisations(db)

    const again = importRegistry(db, fixture, laterImport)

    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 7 })
    expect(allOrganisations(db)).toEqual(before)
  })

  it('updates only the organisation whose name changed, keeping its id and created_at', () => {
    const db = freshDatabase()
    importRegistry(db, fixture, firstImport)
    const before = allOrganisations(db)
    const renamed = fixture.replaceAll(',เมืองพัทยา,', ',นครพัทยา,')

    const result = importRegistry(db, renamed, laterImport)

    expect(result).toMatchObject({ inserted: 0, updated: 1, unchanged: 6 })
    const after = allOrganisations(db)
    const pattayaBefore = before.find((r) => r.dlaCode === '3200408')
    expect(after.find((r) => r.dlaCode === '3200408')).toEqual({
      ...pattayaBefore,
      nameTh: 'นครพัทยา',
      updatedAt: laterImport,
    })
    expect(after.filter((r) => r.dlaCode !== '3200408')).toEqual(before.filter((r) => r.dlaCode !== '3200408'))
  })

  it('updates when only a figure changed and inserts organisations new to the file', () => {
    const db = freshDatabase()
    importRegistry(db, fixture, firstImport)
    const changed =
      fixture.replace(',แหลมฉบัง,999,,20230,109.65,,,', ',แหลมฉบัง,999,,20230,109.65,13.08,100.88,') +
      'กระบี่,คลองท่อม,คลองพน,5810402,เทศบาลตำบล,คลองพน,399,1,81170,7.65,7.807166758,99.203614,\n'

    const result = importRegistry(db, changed, laterImport)

    expect(result).toMatchObject({ inserted: 1, updated: 1, unchanged: 6 })
    expect(allOrganisations(db).find((r) => r.dlaCode === '3200701')).toMatchObject({ latitude: 13.08, longitude: 100.88 })
  })

  it('keeps organisations that are no longer in the file', () => {
    const db = freshDatabase()
    importRegistry(db, fixture, firstImport)
    const withoutPattaya = fixture
      .split('\n')
      .filter((line) => !line.includes('3200408'))
      .join('\n')

    expect(importRegistry(db, withoutPattaya, laterImport)).toMatchObject({ inserted: 0, updated: 0, unchanged: 6 })
    expect(allOrganisations(db)).toHaveLength(7)
  })

  it('leaves the database untouched when the file is not the registry', () => {
    const db = freshDatabase()
    expect(() => importRegistry(db, 'province_code,name_th,name_en\n', firstImport)).toThrow(RegistryFormatError)
    expect(allOrganisations(db)).toEqual([])
  })
})
