import { describe, expect, it } from 'vitest'
import {
  nameKey,
  planPointBatch,
  type BatchContext,
  type BatchOrganisation,
  type BatchRow,
} from '../../src/domain/service-point-batch.js'

const org = (id: number, dlaCode: string, provinceCode: string, active: string[] = []): BatchOrganisation => ({
  id,
  dlaCode,
  provinceCode,
  activePointKeys: new Set(active.map(nameKey)),
})
const ORGANISATIONS = new Map([
  ['4810102', org(1, '4810102', '81', ['งานทะเบียนราษฎร'])],
  ['5810401', org(2, '5810401', '81')],
  ['3500102', org(3, '3500102', '50')],
])
const national: BatchContext = { scope: { kind: 'national' }, organisations: ORGANISATIONS }
const province81: BatchContext = { scope: { kind: 'province', provinceCode: '81' }, organisations: ORGANISATIONS }
const lgu1: BatchContext = {
  scope: { kind: 'organisation', organisationId: 1 },
  ownDlaCode: '4810102',
  organisations: ORGANISATIONS,
}

let nextLine = 2
const row = (fields: Partial<BatchRow>): BatchRow => ({
  line: nextLine++,
  dlaCode: '4810102',
  nameTh: 'จุดใหม่',
  nameEn: '',
  servicesTh: '',
  servicesEn: '',
  ...fields,
})
const problemsOf = (rows: BatchRow[], context = national) =>
  planPointBatch(rows, context).problems.map((p) => `${p.key} ${JSON.stringify(p.vars ?? {})}`)

describe('planPointBatch: one row', () => {
  it.each<[string, Partial<BatchRow>, BatchContext, string[]]>([
    ['a good row', {}, national, []],
    ['no code, DLA', { dlaCode: '' }, national, ['missingCode {}']],
    ['no code, an LGU officer: their own', { dlaCode: '' }, lgu1, []],
    ['their own code, an LGU officer', { dlaCode: '4810102' }, lgu1, []],
    ['another code, an LGU officer', { dlaCode: '5810401' }, lgu1, ['outOfScope {"code":"5810401"}']],
    ['same province, a provincial officer', { dlaCode: '5810401' }, province81, []],
    ['another province, a provincial officer', { dlaCode: '3500102' }, province81, ['outOfScope {"code":"3500102"}']],
    ['a code of 6 digits', { dlaCode: '481010' }, national, ['badCode {"code":"481010"}']],
    ['an unknown code', { dlaCode: '9999999' }, national, ['unknownCode {"code":"9999999"}']],
    ['an empty name', { nameTh: '  ' }, national, ['emptyName {}']],
    ['a zero-width space', { nameTh: 'จุด\u200bใหม่' }, national, ['invisibleName {"name":"จุด\u200bใหม่"}']],
    ['a line break', { nameTh: 'จุด\nใหม่' }, national, ['invisibleName {"name":"จุด\\nใหม่"}']],
    ['201 characters', { nameTh: 'ก'.repeat(201) }, national, ['nameTooLong {"length":201,"max":200}']],
    ['200 characters', { nameTh: 'ก'.repeat(200) }, national, []],
    ['an English name too long', { nameEn: 'a'.repeat(201) }, national, ['nameTooLong {"length":201,"max":200}']],
    [
      'the name of an open point',
      { nameTh: ' งานทะเบียนราษฎร ' },
      national,
      ['duplicateExisting {"name":"งานทะเบียนราษฎร","code":"4810102"}'],
    ],
    ['the same name at another organisation', { dlaCode: '5810401', nameTh: 'งานทะเบียนราษฎร' }, national, []],
    ['services paired', { servicesTh: 'ก|ข', servicesEn: 'A|B' }, national, []],
    ['services without English', { servicesTh: 'ก|ข' }, national, []],
    ['English without Thai services', { servicesEn: 'A' }, national, ['servicesMismatch {"th":0,"en":1}']],
    ['services not paired', { servicesTh: 'ก|ข', servicesEn: 'A' }, national, ['servicesMismatch {"th":2,"en":1}']],
    ['an empty service', { servicesTh: 'ก||ข' }, national, ['emptyService {"n":2}']],
    ['a service twice', { servicesTh: 'ก| ก' }, national, ['duplicateService {"name":"ก"}']],
    [
      '31 services',
      { servicesTh: Array.from({ length: 31 }, (_, i) => `บริการ ${i}`).join('|') },
      national,
      ['tooManyServices {"n":31,"max":30}'],
    ],
  ])('%s', (_, fields, context, expected) => {
    expect(problemsOf([row(fields)], context)).toEqual(expected)
  })
})

describe('planPointBatch: a file', () => {
  it('finds a duplicate within the file by line, comparing names as people read them', () => {
    const rows = [
      row({ nameTh: 'กองช่าง', line: 2 }),
      row({ nameTh: 'กองช่าง ', line: 3 }),
      row({ nameTh: 'กองช่าง', dlaCode: '5810401', line: 4 }),
    ]
    const plan = planPointBatch(rows, national)
    expect(plan.problems).toEqual([{ line: 3, key: 'duplicateInFile', vars: { name: 'กองช่าง', first: 2 } }])
  })

  it('groups the good rows by organisation with their services, in file order', () => {
    const rows = [
      row({ line: 2, nameTh: 'กองคลัง', nameEn: 'Finance', servicesTh: 'ภาษีป้าย|ภาษีที่ดิน', servicesEn: 'Signboard tax|' }),
      row({ line: 3, dlaCode: '3500102', nameTh: 'ศูนย์บริการ' }),
      row({ line: 4, nameTh: 'กองช่าง' }),
    ]
    const plan = planPointBatch(rows, national)
    expect(plan.problems).toEqual([])
    expect(plan.pointCount).toBe(3)
    expect(plan.rowCount).toBe(3)
    expect(plan.organisations).toEqual([
      {
        organisationId: 1,
        dlaCode: '4810102',
        provinceCode: '81',
        points: [
          {
            line: 2,
            nameTh: 'กองคลัง',
            nameEn: 'Finance',
            services: [
              { nameTh: 'ภาษีป้าย', nameEn: 'Signboard tax' },
              { nameTh: 'ภาษีที่ดิน', nameEn: null },
            ],
          },
          { line: 4, nameTh: 'กองช่าง', nameEn: null, services: [] },
        ],
      },
      {
        organisationId: 3,
        dlaCode: '3500102',
        provinceCode: '50',
        points: [{ line: 3, nameTh: 'ศูนย์บริการ', nameEn: null, services: [] }],
      },
    ])
  })

  it('reports every problem of a row, not only the first', () => {
    expect(problemsOf([row({ dlaCode: '9999999', nameTh: '', servicesTh: 'ก|ก' })])).toEqual([
      'unknownCode {"code":"9999999"}',
      'emptyName {}',
      'duplicateService {"name":"ก"}',
    ])
  })
})

describe('nameKey', () => {
  it('ignores spacing and case, and reads ำ written as two characters as ำ', () => {
    expect(nameKey('  Civil  Registration ')).toBe(nameKey('civil registration'))
    expect(nameKey('สำนักปลัด')).toBe(nameKey('ส\u0e4d\u0e32นักปลัด'))
    expect(nameKey('กองคลัง')).not.toBe(nameKey('กองช่าง'))
  })
})
