/**
 * The per-organisation results export in each format, read back with
 * independent readers (read-excel-file and the raw sheet XML for XLSX,
 * csv-parse for CSV, JSON.parse) and compared with figures worked out here
 * from the arranged answers: by hand, or by the scoring engine on the same
 * counts, never by the export's own code.
 */
import { strFromU8, unzipSync } from 'fflate'
import { parse } from 'csv-parse/sync'
import readXlsxFile from 'read-excel-file/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { allRounds } from '../../src/db/queries/collection.js'
import { builtinDefinition } from '../../src/domain/questionnaire/builtins/index.js'
import { DEFAULT_SCORING_OPTIONS, score, type ThaiMeanResult } from '../../src/domain/scoring/index.js'
import { readResultsTable, resultsExport, type ExportScope, type ResultsFormat } from '../../src/exports/results-export.js'
import { arrangeResults, byHand, countsOf, KHLONG_THOM, KRABI, type ResultsWorld } from './results-fixture.js'

/** The published column codes, in order: a change here is a change to every consumer's files. */
const CODES = [
  'dla_code',
  'name',
  'type',
  'province',
  'district',
  'n',
  'flagged_n',
  'kept_out_percent',
  'status',
  ...['process', 'channel', 'staff', 'facilities'].flatMap((a) => ['n', 'mean', 'sd', 'percent'].map((s) => `aspect_${a}_${s}`)),
  'overall_n',
  'overall_mean',
  'overall_sd',
  'overall_percent',
  'overall_band',
  'overall_points',
  'overall_moe',
  'overall_item_n',
  'overall_item_mean',
  'overall_item_sd',
  'overall_item_percent',
  'response_rate',
  'round',
  'round_opens',
  'round_closes',
  'results_status',
]
const NUMERIC = new Set(CODES.filter((c) => /(_n|^n|_mean|_sd|_percent|_points|_moe|_rate)$/.test(c)))
/** The figures the results pages print to 2 decimals. */
const DECIMAL = new Set(CODES.filter((c) => /(_mean|_sd|_percent|_moe|_rate)$/.test(c)))

const HOSTILE = '=HYPERLINK("http://x","y")'
const SETTINGS = { minimumResponses: 10, includeFlagged: false }
const NATIONAL: ExportScope = { key: 'national', scope: { kind: 'national' }, name: { th: 'ทั้งประเทศ', en: 'All of Thailand' } }

type Expected = Record<string, string | number | null>

/** 4810102's row: aspects and overall by hand, band / points / margin of error by the engine on the same counts. */
function expectedKrabi(): Expected {
  const engine = score(builtinDefinition('thai-lgu-standard'), countsOf(KRABI), 10, {
    ...DEFAULT_SCORING_OPTIONS,
    minimumResponses: 10,
  }) as ThaiMeanResult
  if (engine.overall.kind !== 'rating') throw new Error('the arranged answers must score')
  const aspect = (name: string, values: (number | 'na')[]) => {
    const h = byHand(values)
    return {
      [`aspect_${name}_n`]: h.n,
      [`aspect_${name}_mean`]: h.mean,
      [`aspect_${name}_sd`]: h.sd,
      [`aspect_${name}_percent`]: h.percent,
    }
  }
  const pooled = byHand([
    ...KRABI.process_1,
    ...KRABI.process_2,
    ...KRABI.channel_1,
    ...KRABI.channel_2,
    ...KRABI.staff_1,
    ...KRABI.staff_2,
    ...KRABI.staff_3,
    ...KRABI.facility_1,
    ...KRABI.facility_2,
  ])
  return {
    dla_code: '4810102',
    name: 'เทศบาลเมืองกระบี่',
    type: 'เทศบาลเมือง',
    province: 'กระบี่',
    district: 'เมืองกระบี่',
    n: 10,
    flagged_n: 1,
    // One flagged of all 11 responses (10 counted + 1): 100 ÷ 11 = 9.0909… → 9.09.
    kept_out_percent: 9.09,
    status: 'ok',
    ...aspect('process', [...KRABI.process_1, ...KRABI.process_2]),
    ...aspect('channel', [...KRABI.channel_1, ...KRABI.channel_2]),
    ...aspect('staff', [...KRABI.staff_1, ...KRABI.staff_2, ...KRABI.staff_3]),
    ...aspect('facilities', [...KRABI.facility_1, ...KRABI.facility_2]),
    overall_n: pooled.n,
    overall_mean: pooled.mean,
    overall_sd: pooled.sd,
    overall_percent: pooled.percent,
    overall_band: engine.overall.band.label.th,
    overall_points: engine.overall.points.points,
    overall_moe: engine.overall.marginOfError,
    // Worked by hand from 5,5,5,5,4,4,4,3,3,2: Σx = 40, x̄ = 4.00, Σ(x − x̄)² = 10, S.D. = √(10/9) = 1.05, 4 ÷ 5 × 100 = 80.
    overall_item_n: 10,
    overall_item_mean: 4,
    overall_item_sd: 1.05,
    overall_item_percent: 80,
    response_rate: null,
    round: 'ปีงบประมาณ 2568',
    round_opens: '2025-05-11',
    round_closes: '2025-07-10',
    results_status: 'provisional',
  }
}

let world: ResultsWorld
let krabi: Expected
beforeAll(async () => {
  world = await arrangeResults({ hostileName: HOSTILE })
  krabi = expectedKrabi()
})

async function exported(format: ResultsFormat, scope: ExportScope = NATIONAL) {
  const round = allRounds(world.db).find((r) => r.id === world.roundId)!
  const table = readResultsTable(world.db, { round, scope, settings: SETTINGS })!
  const file = resultsExport(format, table)
  return { file, bytes: Buffer.concat(await file.body.toArray()) }
}

/** `{ code: value }` for each data row, whatever the reader gave back. */
const records = (codes: string[], rows: unknown[][]) =>
  rows.map((row) => Object.fromEntries(codes.map((code, i) => [code, row[i] ?? null])))
const byCode = (rows: Record<string, unknown>[], dlaCode: string) => rows.find((r) => r.dla_code === dlaCode)

describe('the figures themselves', () => {
  it('the hand-worked figures agree with the engine on the same counts (the arrangement is sound)', () => {
    const engine = score(builtinDefinition('thai-lgu-standard'), countsOf(KRABI), 10, {
      ...DEFAULT_SCORING_OPTIONS,
      minimumResponses: 10,
    }) as ThaiMeanResult
    expect(engine.overallItem?.kind === 'rating' && engine.overallItem.percentSatisfaction).toBe(80)
    expect(engine.overall.kind === 'rating' && engine.overall.percentSatisfaction).toBe(krabi.overall_percent)
  })
})

describe('XLSX', () => {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>
  let files: Record<string, string>
  beforeAll(async () => {
    const { bytes } = await exported('xlsx')
    sheets = await readXlsxFile(bytes)
    files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, strFromU8(data)]))
  })
  const data = () => sheets[0]!.data as unknown[][]

  it('has the results sheet, then the sheet describing each column', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(['ผลรายหน่วยงาน', 'คำอธิบายคอลัมน์'])
  })

  it('has Thai headers in row 1 and the column codes in row 2', () => {
    expect(data()[1]).toEqual(CODES)
    const thai = data()[0] as string[]
    expect(thai.slice(0, 7)).toEqual(['รหัส อปท.', 'ชื่อ อปท.', 'ประเภท', 'จังหวัด', 'อำเภอ', 'จำนวนผู้ตอบ', 'คำตอบที่ถูกตั้งข้อสังเกต'])
    expect(thai.every((label) => typeof label === 'string' && /[\u0E00-\u0E7F]/.test(label))).toBe(true)
  })

  it('gives one row per organisation, with the figures worked out from the answers', () => {
    const rows = records(CODES, data().slice(2))
    expect(rows.map((r) => r.dla_code)).toEqual(['3500102', '4810102', '5810401'])
    // The round's days are date cells here: midnight of that day, read back as UTC by the reader.
    expect(byCode(rows, '4810102')).toEqual({
      ...krabi,
      round_opens: new Date('2025-05-11T00:00:00Z'),
      round_closes: new Date('2025-07-10T00:00:00Z'),
    })
  })

  it('stores the round’s first and last day as date cells that Excel shows as YYYY-MM-DD', () => {
    const sheet = files['xl/worksheets/sheet1.xml']!
    const styles = files['xl/styles.xml']!
    const formats = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]]))
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*numFmtId="(\d+)"/g)].map(
      (m) => formats.get(m[1]!),
    )
    const column = (code: string) => {
      const i = CODES.indexOf(code)
      return (i < 26 ? '' : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26))
    }
    // Excel's serial day: days since 1899-12-30. 2025-05-11 is 45,788; 2025-07-10 is 45,848 (60 days on).
    for (const [code, serial] of [
      ['round_opens', 45788],
      ['round_closes', 45848],
    ] as const) {
      const cell = new RegExp(`<c r="${column(code)}3"([^>]*)><v>([^<]*)</v>`).exec(sheet)
      expect(cell, code).not.toBeNull()
      expect(/\bt="/.test(cell![1]!), `${code} is stored as a number`).toBe(false)
      expect(Number(cell![2])).toBe(serial)
      expect(xfs[Number(/\bs="(\d+)"/.exec(cell![1]!)?.[1] ?? 0)]).toBe('yyyy-mm-dd')
    }
  })

  it('marks an organisation with no responses and leaves its figures empty', () => {
    const row = byCode(records(CODES, data().slice(2)), '3500102')!
    expect(row.status).toBe('no_responses')
    expect(row.n).toBe(0)
    for (const code of CODES.filter((c) => /_(mean|sd|percent|band|points|moe)$|^response_rate$/.test(c)))
      expect(row[code], code).toBeNull()
  })

  it('marks too few responses and gives the response rate where people served are known', () => {
    const row = byCode(records(CODES, data().slice(2)), '5810401')!
    expect(row.status).toBe('too_few')
    expect(row.n).toBe(3)
    expect(row.overall_item_mean).toBe(byHand(KHLONG_THOM.overall).mean)
    expect(row.response_rate).toBe(2) // 3 responses ÷ 150 people served × 100
    expect(row.kept_out_percent, 'none of its 3 responses is flagged').toBe(0)
  })

  it('freezes both header rows (and the code and name columns)', () => {
    const pane = /<pane\b[^>]*\/>/.exec(files['xl/worksheets/sheet1.xml']!)?.[0] ?? ''
    expect(pane).toMatch(/state="frozen"/)
    expect(pane).toMatch(/ySplit="2"/)
    expect(pane).toMatch(/xSplit="2"/)
    expect(files['xl/worksheets/sheet1.xml']).toMatch(/<autoFilter ref="A2:[A-Z]+5"\/>/)
  })

  it('stores numbers as numbers, formatted 0 and 0.00', () => {
    const sheet = files['xl/worksheets/sheet1.xml']!
    const styles = files['xl/styles.xml']!
    const custom = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]]))
    const formatOf = (id: string) => custom.get(id) ?? { '0': 'General', '1': '0', '2': '0.00' }[id]
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*numFmtId="(\d+)"/g)].map(
      (m) => formatOf(m[1]!),
    )
    // Column i (0-based) is A…Z, then AA, AB, …
    const letters = CODES.map(
      (_, i) => (i < 26 ? '' : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26)),
    )
    let numbers = 0
    for (const cell of sheet.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
      const [, letter, row, attrs, , inner] = cell
      if (Number(row) < 3 || !inner) continue
      const code = CODES[letters.indexOf(letter!)]!
      const type = /\bt="(\w+)"/.exec(attrs!)?.[1]
      if (!NUMERIC.has(code)) continue
      numbers++
      expect(type === undefined || type === 'n', `${letter}${row} (${code}) is stored as ${type}`).toBe(true)
      const style = Number(/\bs="(\d+)"/.exec(attrs!)?.[1] ?? 0)
      expect(xfs[style], `${letter}${row} (${code})`).toBe(/_n$|^n$|_points$/.test(code) ? '0' : '0.00')
    }
    expect(numbers).toBeGreaterThan(40)
  })

  it('neutralises a name that is a formula: a string starting with an apostrophe, no <f> anywhere', () => {
    const row = byCode(records(CODES, data().slice(2)), '3500102')!
    expect(row.name).toBe(`'${HOSTILE}`)
    for (const [name, xml] of Object.entries(files).filter(([n]) => n.startsWith('xl/worksheets/')))
      expect(xml, name).not.toMatch(/<f[\s>]/)
  })

  it('describes every column on the second sheet: code, Thai and English header, description, unit', () => {
    const [labels, codes, ...rows] = sheets[1]!.data as unknown[][]
    expect(labels![0]).toBe('คอลัมน์')
    expect(codes).toEqual([
      'column',
      'code',
      'label_th',
      'label_en',
      'description_th',
      'description_en',
      'unit_th',
      'unit_en',
      'kind',
    ])
    const described = records(codes as string[], rows)
    expect(described.map((r) => r.code)).toEqual(CODES)
    const n = described.find((r) => r.code === 'n')!
    expect(n).toMatchObject({ column: 'F', label_th: 'จำนวนผู้ตอบ', label_en: 'Respondents', unit_th: 'คน', kind: 'integer' })
    expect(String(n.description_th)).toMatch(/[\u0E00-\u0E7F]/)
    expect(described.find((r) => r.code === 'name')!.unit_th).toBeNull()
  })
})

describe('CSV for people', () => {
  it('starts with the BOM, has Thai headers and the same values', async () => {
    const { file, bytes } = await exported('csv')
    expect(file.contentType).toBe('text/csv; charset=utf-8')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = parse(bytes, { bom: true }) as string[][]
    expect(header!.slice(0, 2)).toEqual(['รหัส อปท.', 'ชื่อ อปท.'])
    expect(header).not.toContain('dla_code')
    const row = byCode(records(CODES, rows), '4810102')!
    // Decimal figures with the 2 decimals the results pages print (80 → 80.00); counts and text as they are.
    const written = (code: string) =>
      krabi[code] === null ? '' : DECIMAL.has(code) ? (krabi[code] as number).toFixed(2) : String(krabi[code])
    for (const code of CODES) expect(row[code], code).toBe(written(code))
  })

  it('prints every figure as the pages do (4.00, 80.00, 1.05) where the CSV for machines keeps plain numbers (4, 80)', async () => {
    const read = async (format: ResultsFormat) => {
      const [, ...rows] = parse((await exported(format)).bytes, { bom: true }) as string[][]
      return byCode(records(CODES, rows), '4810102')!
    }
    const people = await read('csv')
    const machines = await read('csv-machines')
    expect(people).toMatchObject({ overall_item_mean: '4.00', overall_item_sd: '1.05', overall_item_percent: '80.00', n: '10' })
    expect(machines).toMatchObject({ overall_item_mean: '4', overall_item_sd: '1.05', overall_item_percent: '80', n: '10' })
    for (const code of DECIMAL) if (people[code] !== '') expect(people[code], code).toMatch(/^\d+\.\d\d$/)
  })

  it('gives the organisation with no responses its row, figures empty', async () => {
    const { bytes } = await exported('csv')
    const [, ...rows] = parse(bytes, { bom: true }) as string[][]
    const row = byCode(records(CODES, rows), '3500102')!
    expect(row).toMatchObject({ status: 'no_responses', n: '0', overall_mean: '', overall_band: '' })
  })

  it('neutralises the formula in a name', async () => {
    const { bytes } = await exported('csv')
    const [, ...rows] = parse(bytes, { bom: true }) as string[][]
    expect(byCode(records(CODES, rows), '3500102')!.name).toBe(`'${HOSTILE}`)
  })
})

describe('CSV for machines', () => {
  it('has no BOM, the column codes as headers and the same values', async () => {
    const { bytes } = await exported('csv-machines')
    expect(bytes[0]).not.toBe(0xef)
    const [header, ...rows] = parse(bytes) as string[][]
    expect(header).toEqual(CODES)
    expect(byCode(records(CODES, rows), '4810102')!.overall_item_sd).toBe('1.05')
    expect(byCode(records(CODES, rows), '3500102')!.name).toBe(`'${HOSTILE}`)
  })
})

describe('JSON', () => {
  it('has the round, the columns described and a record per organisation keyed by code', async () => {
    const { file, bytes } = await exported('json')
    expect(file.contentType).toBe('application/json; charset=utf-8')
    const body = JSON.parse(bytes.toString('utf8'))
    expect(body.round).toMatchObject({ id: world.roundId, nameTh: 'ปีงบประมาณ 2568' })
    expect(body.columns.map((c: { code: string }) => c.code)).toEqual(CODES)
    expect(body.columns[5]).toEqual({
      code: 'n',
      label: { th: 'จำนวนผู้ตอบ', en: 'Respondents' },
      description: expect.objectContaining({ th: expect.any(String), en: expect.any(String) }),
      unit: { th: 'คน', en: 'responses' },
      kind: 'integer',
    })
    expect(body.rows).toHaveLength(3)
    expect(byCode(body.rows, '4810102')).toEqual(krabi)
    expect(byCode(body.rows, '3500102')).toMatchObject({ status: 'no_responses', n: 0, overall_mean: null })
  })
})

describe('scope', () => {
  it('a province gives its organisations only; one organisation gives one row', async () => {
    const province: ExportScope = {
      key: 'province:81',
      scope: { kind: 'province', provinceCode: '81' },
      name: { th: 'จังหวัดกระบี่', en: 'Krabi' },
    }
    const one: ExportScope = {
      key: 'organisation:5810401',
      scope: { kind: 'organisation', organisationId: world.organisationIds['5810401'] },
      name: { th: 'x', en: 'x' },
    }
    const codes = async (scope: ExportScope) =>
      (JSON.parse((await exported('json', scope)).bytes.toString('utf8')).rows as { dla_code: string }[]).map((r) => r.dla_code)
    expect(await codes(province)).toEqual(['4810102', '5810401'])
    expect(await codes(one)).toEqual(['5810401'])
  })
})
