/**
 * Open data, through app.request: the round list and page, both datasets in
 * three formats, their dictionaries and the CKAN metadata. Figures are worked
 * out by hand from the arranged answers.
 *
 * Arranged (thai-lgu-standard, minimum 10, EXCLUDE_FLAGGED off so that only
 * open data's own rule keeps flagged answers out):
 * - 4810102 เทศบาลเมืองกระบี่ (81): 10 official responses, every rated item
 *   answered 5 six times and 4 four times; plus 5 flagged ones answering 1.
 * - 5810401 เทศบาลตำบลคลองท่อมใต้ (81): 9 official responses answering 3, plus
 *   1 flagged: counting it would reach the minimum.
 * - 3500102 เทศบาลนครเชียงใหม่ (50): none.
 */
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Config } from '../../../src/config.js'
import { createResponseStore } from '../../../src/db/queries/responses.js'
import { servicePoints } from '../../../src/db/schema.js'
import { DEMO_REGISTRY_CSV } from '../../../src/demo/demo-data.js'
import { importRegistry } from '../../../src/registry/import-registry.js'
import { BUILTIN_DEFINITIONS, builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import { figureGroups } from '../../../src/http/open-data/figure-groups.js'
import { THAI_GDC_FIELDS } from '../../../src/http/open-data/ckan-package.js'
import { scoreColumns } from '../../../src/results/result-columns.js'
import { answer, arrangeSurvey, DEFAULT_NOW, HOUR, validAnswers } from '../../helpers/survey-fixture.js'

const BASE_URL = 'https://survey.example.go.th'
const ASPECT_ITEMS = [
  'process_1',
  'process_2',
  'channel_1',
  'channel_2',
  'staff_1',
  'staff_2',
  'staff_3',
  'facility_1',
  'facility_2',
]
const BOM = [0xef, 0xbb, 0xbf]

type Answers = Record<string, string>
const allItems = (value: string): Answers => Object.fromEntries([...ASPECT_ITEMS, 'overall'].map((id) => [id, value]))

function arrange(config: Partial<Config> = {}) {
  const s = arrangeSurvey({
    config: { EXCLUDE_FLAGGED: false, RESULTS_MIN_RESPONSES: 10, ...config },
    points: {
      krabi: { code: 'KRB1001', dlaCode: '4810102', nameTh: 'กองคลัง' },
      chiangMai: { code: 'CNX1001', dlaCode: '3500102', nameTh: 'ศูนย์บริการ' },
    },
  })
  const at = new Date(DEFAULT_NOW)
  const [header, ...rows] = DEMO_REGISTRY_CSV.trim().split('\n')
  importRegistry(s.db, `${header}\n${rows.filter((r) => r.includes(',5810401,')).join('\n')}\n`, at)
  const khlongThom = s.db.$client.prepare("select id from organisations where dla_code = '5810401'").get() as { id: number }
  const khlongThomPoint = s.db
    .insert(servicePoints)
    .values({ organisationId: khlongThom.id, code: 'KRB2001', nameTh: 'สำนักปลัด', active: true, createdAt: at, updatedAt: at })
    .returning({ id: servicePoints.id })
    .get().id

  const store = createResponseStore(s.db)
  let seq = 0
  const respond = (organisationId: number, servicePointId: number, answers: Answers, flagged = false) =>
    store.writeOne({
      submissionId: `open-data-${seq++}`,
      roundId: s.roundId!,
      organisationId,
      servicePointId,
      serviceId: null,
      submittedAt: DEFAULT_NOW - 2 * HOUR,
      locale: 'th',
      channel: 'web',
      flagReason: flagged ? 'repeat' : null,
      answers: Object.entries(answers).map(([itemId, value]) => ({ itemId, value })),
    })
  const krabi = { org: s.organisationIds['4810102'], point: s.points.krabi.id }
  const khlong = { org: khlongThom.id, point: khlongThomPoint }
  return { ...s, respond, krabi, khlong }
}

function arrangeStandard(config: Partial<Config> = {}) {
  const s = arrange(config)
  for (let i = 0; i < 6; i++) s.respond(s.krabi.org, s.krabi.point, allItems('5'))
  for (let i = 0; i < 4; i++) s.respond(s.krabi.org, s.krabi.point, allItems('4'))
  for (let i = 0; i < 5; i++) s.respond(s.krabi.org, s.krabi.point, allItems('1'), true)
  for (let i = 0; i < 9; i++) s.respond(s.khlong.org, s.khlong.point, allItems('3'))
  s.respond(s.khlong.org, s.khlong.point, allItems('3'), true)
  return s
}

type App = ReturnType<typeof arrange>['app']
const json = async (app: App, path: string) => {
  const res = await app.request(path)
  expect(res.status, path).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  return res.json() as Promise<any>
}
const bytes = async (app: App, path: string) => {
  const res = await app.request(path)
  expect(res.status, path).toBe(200)
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) }
}
const csvRecords = (b: Uint8Array) => parse(Buffer.from(b), { bom: true }) as string[][]
/** The codes of a dataset's decimal columns, as its dictionary gives them. */
const decimalCodes = async (app: App, roundId: number, dataset: string) =>
  new Set(
    (
      (await (await app.request(`/open-data/rounds/${roundId}/${dataset}/dictionary.json`)).json()) as {
        columns: { code: string; type: string }[]
      }
    ).columns
      .filter((c) => c.type === 'decimal')
      .map((c) => c.code),
  )
const byCode = (header: string[], row: string[]): Record<string, string> =>
  Object.fromEntries(header.map((h, i) => [h, row[i] ?? '']))

/**
 * 4810102, worked out by hand. Each rated item: six 5s and four 4s.
 * An aspect of k items: n = 10k, Σx = 46k, Σx² = 214k, mean 4.6, percent 92.00.
 *   process/channel/facilities (k = 2): S.D. = √((20·428 − 92²) ÷ (20·19)) = √(96/380) = 0.5026 → 0.50
 *   staff (k = 3): √((30·642 − 138²) ÷ (30·29)) = √(216/870) = 0.4983 → 0.50
 *   overall (k = 9): √((90·1926 − 414²) ÷ (90·89)) = √(1944/8010) = 0.4926 → 0.49;
 *     margin of error 1.96 × 0.4926 ÷ √90 × 20 = 2.04; band มากที่สุด (4.21–5.00); points 9 (more than 90 %)
 *   the overall-satisfaction item (k = 1): √((10·214 − 46²) ÷ (10·9)) = √(24/90) = 0.5164 → 0.52
 */
const KRABI = {
  n: '10',
  status: 'ok',
  aspect_process_n: '20',
  aspect_process_mean: '4.6',
  aspect_process_sd: '0.5',
  aspect_process_percent: '92',
  aspect_channel_n: '20',
  aspect_channel_mean: '4.6',
  aspect_channel_sd: '0.5',
  aspect_channel_percent: '92',
  aspect_staff_n: '30',
  aspect_staff_mean: '4.6',
  aspect_staff_sd: '0.5',
  aspect_staff_percent: '92',
  aspect_facilities_n: '20',
  aspect_facilities_mean: '4.6',
  aspect_facilities_sd: '0.5',
  aspect_facilities_percent: '92',
  overall_n: '90',
  overall_mean: '4.6',
  overall_sd: '0.49',
  overall_percent: '92',
  overall_band: 'มากที่สุด',
  overall_points: '9',
  overall_moe: '2.04',
  overall_item_n: '10',
  overall_item_mean: '4.6',
  overall_item_sd: '0.52',
  overall_item_percent: '92',
}
const FIGURES = Object.keys(KRABI).filter((k) => k !== 'n' && k !== 'status')

describe('the open-data pages', () => {
  it('lists the rounds that have opened, each linking to its page, without signing in', async () => {
    const s = arrangeStandard()
    const res = await s.app.request('/open-data')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('ปีงบประมาณ 2568')
    expect(html).toContain(`href="/open-data/rounds/${s.roundId}"`)
    expect(html).toContain('Open Data Common')
  })

  it('keeps a round that has not opened yet off the list and answers 404 for its files', async () => {
    const s = arrange()
    s.clock.advance(-40 * 24 * HOUR) // before the round opens
    expect(await (await s.app.request('/open-data')).text()).not.toContain(`/open-data/rounds/${s.roundId}`)
    for (const path of ['', '/organisations.csv', '/package.json'])
      expect((await s.app.request(`/open-data/rounds/${s.roundId}${path}`)).status).toBe(404)
    expect((await s.app.request('/open-data/rounds/999')).status).toBe(404)
    expect((await s.app.request('/open-data/rounds/abc')).status).toBe(404)
  })

  it('shows a round page linking every file of both datasets and the CKAN metadata', async () => {
    const s = arrangeStandard()
    const res = await s.app.request(`/open-data/rounds/${s.roundId}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    for (const dataset of ['organisations', 'provinces'])
      for (const file of [
        `${dataset}.csv`,
        `${dataset}-excel.csv`,
        `${dataset}.json`,
        `${dataset}/dictionary`,
        `${dataset}/dictionary.csv`,
        `${dataset}/dictionary.json`,
      ])
        expect(html).toContain(`href="/open-data/rounds/${s.roundId}/${file}"`)
    expect(html).toContain(`href="/open-data/rounds/${s.roundId}/package.json"`)
    const english = await (await s.app.request(`/open-data/rounds/${s.roundId}?lang=en`)).text()
    expect(english).toContain('Results by local government organisation')
  })
})

describe('the organisations dataset', () => {
  let s: ReturnType<typeof arrangeStandard>
  let header: string[]
  let rows: Record<string, string>[]
  beforeAll(async () => {
    s = arrangeStandard()
    const [h, ...body] = csvRecords((await bytes(s.app, `/open-data/rounds/${s.roundId}/organisations.csv`)).bytes)
    header = h!
    rows = body.map((r) => byCode(header, r))
  })
  const row = (dlaCode: string) => rows.find((r) => r.dla_code === dlaCode)!

  it('has one row per organisation, with or without responses', () => {
    expect(rows.map((r) => r.dla_code).sort()).toEqual(['3500102', '4810102', '5810401'])
  })

  it('publishes an organisation with 10 official responses, with the figures worked out by hand', () => {
    const krabi = row('4810102')
    for (const [code, value] of Object.entries(KRABI)) expect(krabi[code], code).toBe(value)
    expect(krabi).toMatchObject({ name: 'เทศบาลเมืองกระบี่', type: 'เทศบาลเมือง', province_code: '81', province: 'กระบี่' })
  })

  it('suppresses an organisation with 9: identity and n stay, every figure is empty, status says so', () => {
    const khlong = row('5810401')
    expect(khlong).toMatchObject({
      dla_code: '5810401',
      name: 'เทศบาลตำบลคลองท่อมใต้',
      province_code: '81',
      n: '9',
      status: 'suppressed',
    })
    for (const code of [...FIGURES, 'response_rate']) expect(khlong[code], code).toBe('')
  })

  it('marks an organisation without responses', () => {
    expect(row('3500102')).toMatchObject({ n: '0', status: 'no_responses', overall_mean: '', aspect_process_n: '' })
  })

  it('never counts flagged answers, whatever the settings say, and does not publish their number', () => {
    expect(s.config.EXCLUDE_FLAGGED).toBe(false)
    expect(row('4810102').n).toBe('10') // 15 with the flagged ones, and a mean far below 4.6
    expect(row('5810401').status).toBe('suppressed') // 10 with the flagged one
    expect(header).not.toContain('flagged_n')
  })

  it('serves CSV for programs without a BOM and CSV for Excel with one, both read back to the same cells', async () => {
    const machines = await bytes(s.app, `/open-data/rounds/${s.roundId}/organisations.csv`)
    const people = await bytes(s.app, `/open-data/rounds/${s.roundId}/organisations-excel.csv`)
    expect([...machines.bytes.slice(0, 3)]).not.toEqual(BOM)
    expect([...people.bytes.slice(0, 3)]).toEqual(BOM)
    expect(machines.res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(machines.res.headers.get('content-disposition')).toContain('attachment')
    const [peopleHeader, ...peopleRows] = csvRecords(people.bytes)
    expect(peopleHeader![0]).toBe('รหัส อปท.')
    expect(peopleHeader).toHaveLength(header.length)
    // The same cells, decimal figures written with the 2 decimals the pages print (4.6 → 4.60).
    const decimal = await decimalCodes(s.app, s.roundId!, 'organisations')
    const written = (code: string, cell: string) => (decimal.has(code) && cell !== '' ? Number(cell).toFixed(2) : cell)
    expect(peopleRows).toEqual(
      csvRecords(machines.bytes)
        .slice(1)
        .map((r) => r.map((cell, i) => written(header[i]!, cell))),
    )
  })

  it('writes the figures in the CSV for Excel as the public page prints them, and keeps plain numbers for programs', async () => {
    const [peopleHeader, ...peopleRows] = csvRecords(
      (await bytes(s.app, `/open-data/rounds/${s.roundId}/organisations-excel.csv`)).bytes,
    )
    const krabi = byCode(
      header,
      peopleRows.find((r) => r[peopleHeader!.indexOf('รหัส อปท.')] === '4810102')!,
    )
    expect(krabi).toMatchObject({
      overall_mean: '4.60',
      overall_sd: '0.49',
      overall_percent: '92.00',
      overall_moe: '2.04',
      n: '10',
    })
    expect(krabi.overall_item_sd).toBe('0.52')
    const page = await (await s.app.request('/o/4810102')).text()
    expect(page).toContain('ค่าเฉลี่ย <strong>4.60</strong>')
    expect(page).toContain('ความพึงพอใจร้อยละ <strong>92.00</strong>')
    expect(row('4810102')).toMatchObject({ overall_mean: '4.6', overall_percent: '92' })
    const dictionary = await (await s.app.request(`/open-data/rounds/${s.roundId}/organisations/dictionary?lang=en`)).text()
    expect(dictionary).toContain('exactly 2 decimals')
  })

  it('serves the same table as JSON, numbers as numbers and empty figures as null', async () => {
    const body = await json(s.app, `/open-data/rounds/${s.roundId}/organisations.json`)
    expect(body.columns.map((c: { code: string }) => c.code)).toEqual(header)
    expect(body.licence).toBe('Open Data Common')
    const krabi = body.rows.find((r: { dla_code: string }) => r.dla_code === '4810102')
    expect(krabi).toMatchObject({
      n: 10,
      overall_mean: 4.6,
      overall_sd: 0.49,
      overall_percent: 92,
      overall_points: 9,
      aspect_staff_n: 30,
    })
    const khlong = body.rows.find((r: { dla_code: string }) => r.dla_code === '5810401')
    expect(khlong).toMatchObject({ n: 9, status: 'suppressed', overall_mean: null, aspect_process_n: null })
  })
})

describe('an open round', () => {
  it('reuses its figures for five minutes, then counts the answers that arrived since', async () => {
    const s = arrange()
    const n = async () =>
      (await json(s.app, `/open-data/rounds/${s.roundId}/organisations.json`)).rows.find(
        (r: { dla_code: string }) => r.dla_code === '4810102',
      ).n
    expect(await n()).toBe(0)
    s.respond(s.krabi.org, s.krabi.point, allItems('5'))
    s.clock.advance(4 * 60_000)
    expect(await n()).toBe(0)
    s.clock.advance(60_000)
    expect(await n()).toBe(1)
  })
})

describe('the provinces dataset', () => {
  it('pools only the answers behind published figures, so a suppressed organisation cannot be subtracted out', async () => {
    const s = arrangeStandard()
    const [header, ...body] = csvRecords((await bytes(s.app, `/open-data/rounds/${s.roundId}/provinces.csv`)).bytes)
    const rows = body.map((r) => byCode(header!, r))
    expect(rows.map((r) => r.province_code)).toEqual(['50', '81'])
    const krabi = rows.find((r) => r.province_code === '81')!
    // Pooled with คลองท่อมใต้'s nine 3s the overall mean would be (414 + 243) ÷ 171 = 3.84.
    expect(krabi).toMatchObject({
      province: 'กระบี่',
      province_en: 'Krabi',
      organisations: '2',
      organisations_responding: '2',
      organisations_published: '1',
      n_total: '19',
      n: '10',
      status: 'ok',
    })
    for (const code of FIGURES) expect(krabi[code], code).toBe(KRABI[code as keyof typeof KRABI])
    const chiangMai = rows.find((r) => r.province_code === '50')!
    expect(chiangMai).toMatchObject({ organisations: '1', n_total: '0', status: 'no_responses', overall_mean: '' })
  })

  it('suppresses a province where no organisation reaches the minimum', async () => {
    const s = arrange()
    for (let i = 0; i < 9; i++) s.respond(s.khlong.org, s.khlong.point, allItems('3'))
    const body = await json(s.app, `/open-data/rounds/${s.roundId}/provinces.json`)
    expect(body.rows.find((r: { province_code: string }) => r.province_code === '81')).toMatchObject({
      n_total: 9,
      n: 0,
      status: 'suppressed',
      overall_mean: null,
      overall_n: null,
    })
  })
})

describe('an aspect answered by too few people in a published organisation', () => {
  it('is withheld with the aspect that has the fewest people among the rest, and the province leaves them out too', async () => {
    const s = arrange()
    // 10 responses; seven of them say "not applicable" to both facilities items: 3 people behind that aspect.
    for (let i = 0; i < 10; i++)
      s.respond(s.krabi.org, s.krabi.point, { ...allItems('5'), ...(i < 7 ? { facility_1: 'na', facility_2: 'na' } : {}) })
    const body = await json(s.app, `/open-data/rounds/${s.roundId}/organisations.json`)
    const krabi = body.rows.find((r: { dla_code: string }) => r.dla_code === '4810102')
    expect(krabi).toMatchObject({ status: 'ok', aspect_facilities_n: null, aspect_facilities_mean: null })
    // process, channel and staff all have 10 people: the first of them covers facilities.
    expect(krabi).toMatchObject({
      aspect_process_mean: null,
      aspect_channel_mean: 5,
      aspect_staff_mean: 5,
      overall_mean: 5,
      overall_n: 76,
    })
    const provinces = await json(s.app, `/open-data/rounds/${s.roundId}/provinces.json`)
    expect(provinces.rows.find((r: { province_code: string }) => r.province_code === '81')).toMatchObject({
      aspect_facilities_n: null,
      aspect_process_n: null,
      aspect_channel_n: 20,
      overall_n: 76,
    })
  })
})

describe('data dictionaries', () => {
  it.each(['organisations', 'provinces'])(
    '%s: lists every column code of the dataset, in order, as a page, CSV and JSON',
    async (dataset) => {
      const s = arrangeStandard()
      const base = `/open-data/rounds/${s.roundId}/${dataset}`
      const [header] = csvRecords((await bytes(s.app, `${base}.csv`)).bytes)
      const dictionary = await json(s.app, `${base}/dictionary.json`)
      const codes = dictionary.columns.map((c: { code: string }) => c.code)
      expect(codes).toEqual(header)
      for (const entry of dictionary.columns) {
        expect(entry.label_th, entry.code).not.toBe('')
        expect(entry.label_en, entry.code).not.toBe('')
        expect(entry.description_th, entry.code).not.toBe('')
        expect(entry.description_en, entry.code).not.toBe('')
        expect(['text', 'integer', 'decimal']).toContain(entry.type)
      }
      const [dictHeader, ...dictRows] = csvRecords((await bytes(s.app, `${base}/dictionary.csv`)).bytes)
      expect(dictHeader).toEqual([
        'code',
        'label_th',
        'label_en',
        'description_th',
        'description_en',
        'unit_th',
        'unit_en',
        'type',
        'decimals',
      ])
      for (const [code, , , , , , , type, decimals] of dictRows)
        expect(decimals, code).toBe(type === 'decimal' ? '2' : type === 'integer' ? '0' : '')
      expect(dictRows.map((r) => r[0])).toEqual(header)
      const page = await s.app.request(`${base}/dictionary`)
      expect(page.status).toBe(200)
      const html = await page.text()
      for (const code of header!) expect(html).toContain(`<code>${code}</code>`)
    },
  )
})

describe('CKAN metadata', () => {
  it('is a package_create payload with the required fields and absolute resource URLs that resolve', async () => {
    const s = arrangeStandard({ PUBLIC_BASE_URL: BASE_URL })
    const pkg = await json(s.app, `/open-data/rounds/${s.roundId}/package.json`)
    expect(pkg.name).toMatch(/^[a-z0-9_-]{2,100}$/)
    expect(pkg.title).toContain('ปีงบประมาณ 2568')
    expect(pkg.notes).toContain('10')
    expect(pkg.license_id).toBe('Open Data Common')
    expect(pkg.organization.title).toBe('กรมส่งเสริมการปกครองท้องถิ่น')
    expect(pkg.owner_org).toBe(pkg.organization.name)
    const extras = Object.fromEntries(pkg.extras.map((e: { key: string; value: string }) => [e.key, e.value]))
    // The fixture's round opens 30 days before 10 June 2025 and closes 30 days after, at 10:00 Bangkok.
    expect(extras).toMatchObject({
      publisher: 'กรมส่งเสริมการปกครองท้องถิ่น',
      temporal_start: '2025-05-11',
      temporal_end: '2025-07-10',
    })
    expect(pkg.tags.length).toBeGreaterThan(0)
    expect(pkg.resources.length).toBe(10)
    for (const r of pkg.resources) {
      expect(r.name).not.toBe('')
      expect(r.description).not.toBe('')
      expect(['CSV', 'JSON']).toContain(r.format)
      expect(r.url.startsWith(`${BASE_URL}/open-data/rounds/${s.roundId}/`), r.url).toBe(true)
      const res = await s.app.request(r.url.slice(BASE_URL.length))
      expect(res.status, r.url).toBe(200)
      expect(res.headers.get('content-type')).toContain(r.format === 'CSV' ? 'text/csv' : 'application/json')
      await res.arrayBuffer()
    }
  })

  it('carries every field Thai government catalogues (ckanext-thai_gdc) require, from their vocabularies', async () => {
    const s = arrangeStandard({ PUBLIC_BASE_URL: BASE_URL, OPEN_DATA_CONTACT_EMAIL: 'opendata@example.go.th' })
    const pkg = await json(s.app, `/open-data/rounds/${s.roundId}/package.json`)
    // The list as data.go.th's dataset form asks for it, written out here rather than read from the code.
    const required = [
      'data_type',
      'objective',
      'update_frequency_unit',
      'update_frequency_interval',
      'geo_coverage',
      'data_source',
      'data_format',
      'data_category',
      'maintainer',
      'maintainer_email',
    ]
    for (const field of required) {
      const value = pkg[field]
      expect(value, field).toBeDefined()
      expect(Array.isArray(value) ? value.length : String(value).trim().length, field).toBeGreaterThan(0)
    }
    expect(pkg).toMatchObject({
      data_type: 'ข้อมูลสถิติ',
      update_frequency_unit: 'ปี',
      update_frequency_interval: '1',
      geo_coverage: 'ประเทศ',
      data_category: 'ข้อมูลสาธารณะ',
      maintainer: 'กรมส่งเสริมการปกครองท้องถิ่น',
      maintainer_email: 'opendata@example.go.th',
    })
    // Every format the package names is one of its resources' formats, and the other way round.
    expect([...pkg.data_format].sort()).toEqual([...new Set(pkg.resources.map((r: { format: string }) => r.format))].sort())
    expect(THAI_GDC_FIELDS).toEqual(required)
  })

  it('builds the URLs from the request origin when PUBLIC_BASE_URL is not set', async () => {
    const s = arrangeStandard()
    const res = await s.app.request(`http://data.test:8080/open-data/rounds/${s.roundId}/package.json`)
    const pkg = (await res.json()) as { resources: { url: string }[] }
    expect(pkg.resources.every((r) => r.url.startsWith('http://data.test:8080/open-data/'))).toBe(true)
  })
})

describe.each(['arta-csm', 'a11-trust'])('a round on the %s questionnaire', (slug) => {
  it('publishes both datasets, every figure column in a group that stands or falls together', async () => {
    const s = arrangeSurvey({ round: { questionnaire: slug } })
    for (let i = 0; i < 10; i++)
      expect((await answer(s.app, s.points.main.code, validAnswers(s.definition, s.points.main.services))).status).toBe(303)
    const grouped = new Set(figureGroups(s.definition).flatMap((g) => g.codes))
    const figures = scoreColumns(s.definition).map((c) => c.code)
    expect(figures.filter((code) => !grouped.has(code))).toEqual([])
    const organisations = await json(s.app, `/open-data/rounds/${s.roundId}/organisations.json`)
    const krabi = organisations.rows.find((r: { dla_code: string }) => r.dla_code === '4810102')
    expect(krabi.status).toBe('ok')
    expect(figures.some((code) => typeof krabi[code] === 'number')).toBe(true)
    const provinces = await json(s.app, `/open-data/rounds/${s.roundId}/provinces.json`)
    expect(provinces.rows.find((r: { province_code: string }) => r.province_code === '81').n).toBe(10)
  })
})

it('every built-in questionnaire’s figure columns belong to a figure group', () => {
  for (const { slug } of BUILTIN_DEFINITIONS) {
    const definition = builtinDefinition(slug)
    const grouped = new Set(figureGroups(definition).flatMap((g) => g.codes))
    expect(
      scoreColumns(definition)
        .map((c) => c.code)
        .filter((code) => !grouped.has(code)),
      slug,
    ).toEqual([])
  }
})
