import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ParsedOrganisation } from '../../src/domain/registry.js'
import { parseRegistry, RegistryFormatError } from '../../src/registry/parse-registry.js'
import { registryLookups } from '../../src/registry/reference-data.js'
import { smallRegistryFixture } from './paths.js'

const lookups = registryLookups()
const fixture = readFileSync(smallRegistryFixture)
const HEADER = 'จังหวัด,อำเภอ,ตำบล,รหัส อปท.,ประเภท อปท.,อปท.,ที่ตั้งสำนักงานเลขที่,หมู่ที่,รหัสไปรษณีย์,ขนาดพื้นที่,LAT,LONG,เว็ปไซต์ของอปท'

// Worked out by hand from test/fixtures/registry-small.csv.
const expectedOrganisations: ParsedOrganisation[] = [
  {
    dlaCode: '2810101',
    type: 'pao',
    nameTh: 'กระบี่',
    provinceCode: '81',
    districtCode: '8101',
    areaSqKm: 0.07,
    latitude: 8.047238349,
    longitude: 98.90891647,
    line: 2,
  },
  {
    dlaCode: '5810401',
    type: 'subdistrict',
    nameTh: 'คลองท่อมใต้',
    provinceCode: '81',
    districtCode: '8104',
    areaSqKm: 2.7,
    latitude: 7.952981685,
    longitude: 99.15039092,
    line: 3,
  },
  // Its address field spans lines 6–7; csv-parse counts a record at its last line.
  {
    dlaCode: '4810102',
    type: 'town',
    nameTh: 'กระบี่',
    provinceCode: '81',
    districtCode: '8101',
    areaSqKm: 19.5,
    latitude: 8.084671607,
    longitude: 98.90705216,
    line: 7,
  },
  {
    dlaCode: '6810403',
    type: 'sao',
    nameTh: 'คลองท่อมเหนือ',
    provinceCode: '81',
    districtCode: '8104',
    areaSqKm: 176.34,
    latitude: null,
    longitude: null,
    line: 8,
  },
  {
    dlaCode: '3200408',
    type: 'special',
    nameTh: 'เมืองพัทยา',
    provinceCode: '20',
    districtCode: '2004',
    areaSqKm: 208.1,
    latitude: 12.94967442,
    longitude: 100.8930163,
    line: 11,
  },
  {
    dlaCode: '3200701',
    type: 'city',
    nameTh: 'แหลมฉบัง',
    provinceCode: '20',
    districtCode: '2007',
    areaSqKm: 109.65,
    latitude: null,
    longitude: null,
    line: 13,
  },
  // เฉลิมพระเกียรติ is a district name in five provinces; this one is นครราชสีมา's.
  {
    dlaCode: '5303201',
    type: 'subdistrict',
    nameTh: 'ท่าช้าง',
    provinceCode: '30',
    districtCode: '3032',
    areaSqKm: 12.5,
    latitude: null,
    longitude: null,
    line: 14,
  },
]

const expectedProblems = [
  { line: 8, message: 'LAT "-" is not a number; left empty' },
  { line: 16, message: 'unknown type "สุขาภิบาล"' },
  { line: 17, message: 'bad code "581040" (expected 7 digits)' },
  { line: 18, message: 'unknown province "บึงกาฬา"' },
  { line: 19, message: 'district "บางละมุง" is not in province "กระบี่" (it is in ชลบุรี)' },
  { line: 20, message: 'code 5810401 conflicts with line 3, which was kept: name "คลองท่อมเหนือ" here, "คลองท่อมใต้" there' },
  { line: 21, message: 'missing name (อปท.)' },
  { line: 22, message: 'has 12 fields, expected 13' },
  { line: 23, message: 'unknown district "เมืองกระบีย์" in province "กระบี่"' },
]

describe('parseRegistry on the hand-made fixture', () => {
  const parsed = parseRegistry(fixture, lookups)

  it('merges the rows of each organisation and reads quoted fields correctly', () => {
    expect(parsed.organisations).toEqual(expectedOrganisations)
  })

  it('reports every unusable row with its physical line number and why', () => {
    expect(parsed.problems).toEqual(expectedProblems)
  })

  it('counts data rows, not the header, blank lines or continuation lines', () => {
    expect(parsed.rowCount).toBe(20)
  })

  it('reads a string the same as a Buffer, with or without the BOM', () => {
    const text = fixture.toString('utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(parseRegistry(text, lookups)).toEqual(parsed)
    expect(parseRegistry(text.slice(1), lookups)).toEqual(parsed)
  })

  it('keeps the same line numbers with Windows line endings', () => {
    const crlf = fixture.toString('utf8').replace(/\n/g, '\r\n')
    expect(parseRegistry(crlf, lookups)).toEqual(parsed)
  })
})

describe('parseRegistry rows', () => {
  const parseRows = (...rows: string[]) => parseRegistry([HEADER, ...rows].join('\n'), lookups)

  it('gives every reason a row is unusable', () => {
    const { organisations, problems } = parseRows('ไม่มีจังหวัดนี้,คลองท่อม,,58104,อบต,,,,,,,,')
    expect(organisations).toEqual([])
    expect(problems).toEqual([
      {
        line: 2,
        message: 'bad code "58104" (expected 7 digits); unknown type "อบต"; missing name (อปท.); unknown province "ไม่มีจังหวัดนี้"',
      },
    ])
  })

  it('fills a figure left blank on the first row from a later row of the same organisation', () => {
    const { organisations, problems } = parseRows(
      'กระบี่,คลองท่อม,ก,5810404,เทศบาลตำบล,คลองพนพัฒนา,,,,,,,',
      'กระบี่,คลองท่อม,ข,5810404,เทศบาลตำบล,คลองพนพัฒนา,,,,3.5,7.9,99.2,',
    )
    expect(problems).toEqual([])
    expect(organisations).toMatchObject([{ dlaCode: '5810404', areaSqKm: 3.5, latitude: 7.9, longitude: 99.2, line: 2 }])
  })

  it('names every field that conflicts', () => {
    const { problems } = parseRows(
      'กระบี่,คลองท่อม,,5810404,เทศบาลตำบล,คลองพนพัฒนา,,,,,,,',
      'ชลบุรี,บางละมุง,,5810404,อบต.,คลองพนพัฒนา,,,,,,,',
    )
    expect(problems).toEqual([
      {
        line: 3,
        message:
          'code 5810404 conflicts with line 2, which was kept: type "อบต." here, "เทศบาลตำบล" there, ' +
          'province "ชลบุรี" here, "กระบี่" there, district "บางละมุง" here, "คลองท่อม" there',
      },
    ])
  })
})

describe('parseRegistry on a file that is not the registry', () => {
  it('rejects a wrong header', () => {
    expect(() => parseRegistry('province_code,name_th,name_en\n10,กรุงเทพมหานคร,Bangkok\n', lookups)).toThrow(RegistryFormatError)
  })

  it('names the missing columns when only a few are missing', () => {
    const header = HEADER.replace(',LAT,LONG', '')
    expect(() => parseRegistry(`${header}\n`, lookups)).toThrow('the header lacks "LAT", "LONG"')
  })

  it('rejects an empty file', () => {
    expect(() => parseRegistry('\uFEFF', lookups)).toThrow('the file is empty')
  })

  it('rejects broken quoting', () => {
    expect(() => parseRegistry(`${HEADER}\nกระบี่,"คลองท่อม,,,,,,,,,,,\n`, lookups)).toThrow(/not valid CSV: Quote Not Closed/)
  })

  it('recognises a file saved as TIS-620', () => {
    expect(() => parseRegistry(Buffer.from([0xa8, 0xd1, 0xa7, 0xcb, 0xc7, 0xd1, 0xb4, 0x0a]), lookups)).toThrow(/not UTF-8/)
  })
})
