/**
 * The raw responses export, read back with an independent CSV parser and
 * compared with values worked out by hand: the hour in Bangkok time, multiple
 * choice joined in the questionnaire's order, N/A, skipped items empty, flags,
 * comments masked and made inert, BOM for people only. Also the reader under
 * it: keyset pages that lose and repeat nothing, a plan without a sort, and a
 * connection left free for submissions while a download is under way.
 *
 * Arranged: round 1 (thai-lgu-standard) with two responses at กระบี่'s
 * KRB1001 (province 81) and one at เชียงใหม่'s CNX1001 (province 50); round 2
 * (a11-trust) with one response at KRB1002 with a multiple choice. Each is
 * written the way the survey writes it (`createResponseStore`).
 */
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { readRawResponses, rawResponsesQueryPlan, type RawExportScope } from '../../src/db/queries/raw-responses.js'
import { itemColumnCode, itemsToRead, rawResponsesCsv, rawResponsesHeader } from '../../src/exports/raw-responses.js'
import { createResponseStore } from '../../src/db/queries/responses.js'
import { latestPublishedQuestionnaire } from '../../src/db/queries/questionnaires.js'
import { rounds } from '../../src/db/schema.js'
import { type FlagReason } from '../../src/domain/responses.js'
import { builtinDefinition } from '../../src/domain/questionnaire/builtins/index.js'
import { type Definition } from '../../src/domain/questionnaire/definition.js'
import { arrangeSurvey, DEFAULT_NOW } from '../helpers/survey-fixture.js'

const PERSONAL_COMMENT = 'ติดต่อกลับ 081-234-5678 หรือ somchai@example.com เลขบัตร 1-2345-67890-12-3'
const FORMULA_COMMENT = '=HYPERLINK("http://x","y")'

function arrangeRawExport() {
  const s = arrangeSurvey()
  const thai = s.definition
  const a11 = builtinDefinition('a11-trust')
  const a11Round = s.db
    .insert(rounds)
    .values({
      nameTh: 'ทดลอง A-11',
      nameEn: 'A-11 trial',
      questionnaireId: latestPublishedQuestionnaire(s.db, 'a11-trust')!.id,
      opensAt: new Date(DEFAULT_NOW - 86_400_000),
      closesAt: new Date(DEFAULT_NOW + 86_400_000),
      scope: 'all',
      createdAt: new Date(DEFAULT_NOW),
    })
    .returning({ id: rounds.id })
    .get().id

  const store = createResponseStore(s.db)
  let n = 0
  const respond = (r: {
    definition: Definition
    roundId: number
    point: { id: number; organisationId: number }
    serviceId?: number
    submittedAt: number
    channel?: 'web' | 'kiosk'
    flagReason?: FlagReason
    answers: [string, string][]
  }) => {
    const outcome = store.writeOne({
      submissionId: `raw-${++n}`,
      roundId: r.roundId,
      organisationId: r.point.organisationId,
      servicePointId: r.point.id,
      serviceId: r.serviceId ?? null,
      submittedAt: r.submittedAt,
      locale: 'th',
      channel: r.channel ?? 'web',
      flagReason: r.flagReason ?? null,
      answers: r.answers.map(([itemId, value]) => ({ itemId, value })),
    })
    if (outcome !== 'stored') throw new Error('response not stored')
  }
  const required = (start: number): [string, string][] =>
    [
      'overall',
      'process_1',
      'process_2',
      'channel_1',
      'channel_2',
      'staff_1',
      'staff_2',
      'staff_3',
      'facility_1',
      'facility_2',
    ].map((id, i) => [id, String(((start + i) % 5) + 1)])
  const signboardTax = s.points.main.services[1]!

  // 03:59:59 UTC is 10:59:59 in Bangkok: the hour is 10:00.
  respond({
    definition: thai,
    roundId: s.roundId!,
    point: s.points.main,
    serviceId: signboardTax.id,
    submittedAt: Date.UTC(2025, 5, 10, 3, 59, 59),
    answers: [
      ['service', String(signboardTax.id)],
      ...required(4).map(([id, v]): [string, string] => [id, id === 'facility_1' ? 'na' : v]),
      ['sex', 'female'],
      ['suggestion', PERSONAL_COMMENT],
    ],
  })
  // 23:30 UTC on 9 June is 06:30 on 10 June in Bangkok.
  respond({
    definition: thai,
    roundId: s.roundId!,
    point: s.points.main,
    submittedAt: Date.UTC(2025, 5, 9, 23, 30),
    channel: 'kiosk',
    flagReason: 'repeat',
    answers: [...required(0), ['age', '60_plus'], ['occupation', 'farmer'], ['suggestion', FORMULA_COMMENT]],
  })
  // 17:00 UTC on 1 June is midnight starting 2 June in Bangkok.
  respond({
    definition: thai,
    roundId: s.roundId!,
    point: s.points.bare,
    submittedAt: Date.UTC(2025, 5, 1, 17, 0),
    flagReason: 'too_fast',
    answers: required(2),
  })
  // Checkboxes stored in the order ticked; the file lists them in the questionnaire's order.
  respond({
    definition: a11,
    roundId: a11Round,
    point: s.points.single,
    serviceId: s.points.single.services[0]!.id,
    submittedAt: Date.UTC(2025, 5, 10, 7, 5),
    answers: [
      ['service', String(s.points.single.services[0]!.id)],
      ['trust', '4'],
      ['went_well', 'employee'],
      ['went_well', 'ease'],
      ['went_well', 'effectiveness'],
    ],
  })

  const expected = (roundId: number, audience: 'people' | 'machines') => ({
    krabiTax: [
      String(roundId),
      '4810102',
      'KRB1001',
      String(signboardTax.id),
      'ชำระภาษีป้าย',
      '2025-06-10 10:00',
      'web',
      'no',
      '',
      // service, overall, process_1–2, channel_1–2, staff_1–3, facility_1–2, sex, age, occupation, suggestion
      String(signboardTax.id),
      '5',
      '1',
      '2',
      '3',
      '4',
      '5',
      '1',
      '2',
      'na',
      '4',
      'female',
      '',
      '',
      'ติดต่อกลับ [เบอร์โทรศัพท์] หรือ [อีเมล] เลขบัตร [เลขประจำตัวประชาชน]',
    ],
    krabiKiosk: [
      String(roundId),
      '4810102',
      'KRB1001',
      '',
      '',
      '2025-06-10 06:00',
      'kiosk',
      'yes',
      'repeat',
      '',
      '1',
      '2',
      '3',
      '4',
      '5',
      '1',
      '2',
      '3',
      '4',
      '5',
      '',
      '60_plus',
      'farmer',
      // Made inert for a spreadsheet in the file for people; as written for programs.
      audience === 'people' ? `'${FORMULA_COMMENT}` : FORMULA_COMMENT,
    ],
    chiangMai: [
      String(roundId),
      '3500102',
      'CNX1001',
      '',
      '',
      '2025-06-02 00:00',
      'web',
      'yes',
      'too_fast',
      '',
      '3',
      '4',
      '5',
      '1',
      '2',
      '3',
      '4',
      '5',
      '1',
      '2',
      '',
      '',
      '',
      '',
    ],
  })

  // For people the answers are in the questionnaire's Thai words; written out here from the standard's levels and options.
  const WORDS: Record<string, string> = {
    '5': '5 มากที่สุด',
    '4': '4 มาก',
    '3': '3 ปานกลาง',
    '2': '2 น้อย',
    '1': '1 น้อยที่สุด',
    na: 'ไม่เกี่ยวข้อง / ไม่ได้ใช้',
    female: 'หญิง',
    '60_plus': '60 ปีขึ้นไป',
    farmer: 'เกษตรกร',
  }
  // Columns 10–22: overall, the nine ratings, sex, age, occupation (9 is the service id, 23 the suggestion).
  const inWords = (row: string[]) => row.map((cell, i) => (i >= 10 && i <= 22 && cell !== '' ? WORDS[cell]! : cell))
  const people = expected(s.roundId!, 'people')

  return {
    ...s,
    a11,
    a11Round,
    respond,
    required,
    rows: { krabiTax: inWords(people.krabiTax), krabiKiosk: inWords(people.krabiKiosk), chiangMai: inWords(people.chiangMai) },
    machineRows: expected(s.roundId!, 'machines'),
    a11Row: [
      String(a11Round),
      '4810102',
      'KRB1002',
      String(s.points.single.services[0]!.id),
      'แจ้งเกิด แจ้งตาย',
      '2025-06-10 14:00',
      'web',
      'no',
      '',
      String(s.points.single.services[0]!.id),
      '4',
      'effectiveness;ease;employee',
      '',
      '',
    ],
  }
}

type Arranged = ReturnType<typeof arrangeRawExport>

async function download(
  s: Arranged,
  o: { roundId?: number; scope?: RawExportScope; audience: 'people' | 'machines'; definition?: Definition },
) {
  const stream = rawResponsesCsv(s.db, {
    roundId: o.roundId ?? s.roundId!,
    scope: o.scope ?? { kind: 'national' },
    definition: o.definition ?? s.definition,
    audience: o.audience,
  })
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk))
  const bytes = Buffer.concat(chunks)
  const records = parse(bytes, { bom: true, relax_column_count: false }) as string[][]
  return { bytes, header: records[0]!, rows: records.slice(1) }
}

const BOM = [0xef, 0xbb, 0xbf]
const THAI_ITEMS = [
  'service',
  'overall',
  'process_1',
  'process_2',
  'channel_1',
  'channel_2',
  'staff_1',
  'staff_2',
  'staff_3',
  'facility_1',
  'facility_2',
  'sex',
  'age',
  'occupation',
  'suggestion',
]
const FIXED = [
  'round_id',
  'dla_code',
  'service_point_code',
  'service_id',
  'service_name',
  'submitted_hour',
  'channel',
  'flagged',
  'flag_reason',
]

describe('raw responses CSV', () => {
  it('has one row per response of the round, in arrival order, with every value as worked out by hand (machines)', async () => {
    const s = arrangeRawExport()
    const file = await download(s, { audience: 'machines' })
    expect([...file.bytes.subarray(0, 3)]).not.toEqual(BOM)
    expect(file.bytes.toString('utf8')).toMatch(/^round_id,dla_code,/)
    expect(file.header).toEqual([...FIXED, ...THAI_ITEMS])
    expect(file.rows).toEqual([s.machineRows.krabiTax, s.machineRows.krabiKiosk, s.machineRows.chiangMai])
  })

  it('shows Thai item text with the item id for people, after a BOM, and the same rows', async () => {
    const s = arrangeRawExport()
    const file = await download(s, { audience: 'people' })
    expect([...file.bytes.subarray(0, 3)]).toEqual(BOM)
    expect(file.header.slice(0, 2)).toEqual(['รหัสรอบการประเมิน (round_id)', 'รหัส อปท. (dla_code)'])
    expect(file.header[5]).toBe('วันและชั่วโมงที่ตอบ (เวลาประเทศไทย) (submitted_hour)')
    expect(file.header[10]).toBe('โดยรวมแล้ว ท่านพึงพอใจต่อการให้บริการครั้งนี้เพียงใด (overall)')
    expect(file.header.at(-1)).toBe('ข้อเสนอแนะเพื่อปรับปรุงการให้บริการ (suggestion)')
    expect(file.header).toHaveLength(FIXED.length + THAI_ITEMS.length)
    expect(file.rows).toEqual([s.rows.krabiTax, s.rows.krabiKiosk, s.rows.chiangMai])
  })

  it('keeps no time finer than the hour and no personal detail anywhere in the file', async () => {
    const s = arrangeRawExport()
    const text = (await download(s, { audience: 'people' })).bytes.toString('utf8')
    expect(text).not.toMatch(/\d{2}:\d{2}:\d{2}|:59|:30/)
    for (const detail of ['081-234-5678', 'somchai@example.com', '1-2345-67890-12-3', 'raw-1']) expect(text).not.toContain(detail)
  })

  it('makes a formula comment and a formula service name inert for people: the cell starts with an apostrophe', async () => {
    const s = arrangeRawExport()
    s.db.$client.prepare("update services set name_th = '@SUM(A1:A9)'").run()
    const file = await download(s, { audience: 'people' })
    const comment = file.rows[1]!.at(-1)!
    expect(comment).toBe(`'=HYPERLINK("http://x","y")`)
    const serviceNames = file.rows.map((row) => row[file.header.findIndex((name) => name.endsWith('(service_name)'))])
    expect(serviceNames).toContain("'@SUM(A1:A9)")
    expect(file.rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
  })

  it('gives programs the text as written: the formula comment and service name unchanged', async () => {
    const s = arrangeRawExport()
    s.db.$client.prepare("update services set name_th = '@SUM(A1:A9)'").run()
    const file = await download(s, { audience: 'machines' })
    expect(file.rows[1]!.at(-1)).toBe('=HYPERLINK("http://x","y")')
    expect(file.rows[0]![file.header.indexOf('service_name')]).toBe('@SUM(A1:A9)')
  })

  it('keeps a comment with line breaks (CR LF, LF alone, CR alone) and quotes in one cell of one row', async () => {
    const s = arrangeRawExport()
    const comment = 'บรรทัดหนึ่ง\r\nบรรทัดสอง\nสาม\rสี่ "ห้า", หก'
    s.respond({
      definition: s.definition,
      roundId: s.roundId!,
      point: s.points.main,
      submittedAt: DEFAULT_NOW,
      answers: [...s.required(3), ['suggestion', comment]],
    })
    const file = await download(s, { audience: 'machines' })
    expect(file.rows).toHaveLength(4)
    expect(file.rows[3]!.at(-1)).toBe(comment)
  })

  it('joins a multiple choice with ";" in the questionnaire\'s order, and leaves another round\'s rows out', async () => {
    const s = arrangeRawExport()
    const file = await download(s, { roundId: s.a11Round, definition: s.a11, audience: 'machines' })
    expect(file.header).toEqual([...FIXED, 'service', 'trust', 'went_well', 'not_well', 'comment'])
    expect(file.rows).toEqual([s.a11Row])
  })

  it('gives people the answers in the questionnaire’s Thai words: several choices joined by "; " in its order', async () => {
    const s = arrangeRawExport()
    const file = await download(s, { roundId: s.a11Round, definition: s.a11, audience: 'people' })
    // trust 4 is "เห็นด้วย"; went_well effectiveness, ease, employee in the order the questionnaire lists them.
    expect(file.rows[0]!.slice(10, 12)).toEqual(['4 เห็นด้วย', 'ได้รับสิ่งที่ต้องการ; ทำเรื่องได้ง่าย ไม่ยุ่งยาก; เจ้าหน้าที่ช่วยเหลือดี'])
    expect(file.rows[0]!.slice(0, 10)).toEqual(s.a11Row.slice(0, 10))
  })

  it('keeps to a province', async () => {
    const s = arrangeRawExport()
    const krabi = await download(s, { scope: { kind: 'province', provinceCode: '81' }, audience: 'machines' })
    expect(krabi.rows).toEqual([s.machineRows.krabiTax, s.machineRows.krabiKiosk])
    const chiangMai = await download(s, { scope: { kind: 'province', provinceCode: '50' }, audience: 'machines' })
    expect(chiangMai.rows).toEqual([s.machineRows.chiangMai])
    const none = await download(s, { scope: { kind: 'province', provinceCode: '10' }, audience: 'people' })
    expect(none.rows).toEqual([])
    expect(none.header).toHaveLength(FIXED.length + THAI_ITEMS.length)
  })

  it('names an item after a fixed column apart, so machines never see two columns of one name', () => {
    const s = arrangeRawExport()
    const renamed = structuredClone(s.definition)
    renamed.sections[1]!.items[0]!.id = 'channel'
    expect(itemColumnCode('channel')).toBe('item:channel')
    expect(itemColumnCode('overall')).toBe('overall')
    const header = rawResponsesHeader(renamed, 'machines')
    expect(header.filter((h) => h === 'channel')).toHaveLength(1)
    expect(header[10]).toBe('item:channel')
  })
})

describe('reading raw responses page by page', () => {
  const idsOf = async (s: Arranged, scope: RawExportScope, pageSize: number, windowSize: number) => {
    const ids: number[] = []
    for await (const r of readRawResponses(s.db, {
      roundId: s.roundId!,
      scope,
      ...itemsToRead(s.definition),
      pageSize,
      windowSize,
    }))
      ids.push(r.id)
    return ids
  }

  it('loses and repeats nothing whatever the page and window sizes', async () => {
    const s = arrangeRawExport()
    // More rows, in both provinces and both rounds, interleaved.
    for (let i = 0; i < 12; i++) {
      const point = i % 3 === 0 ? s.points.bare : s.points.main
      s.respond({
        definition: s.definition,
        roundId: s.roundId!,
        point,
        submittedAt: DEFAULT_NOW - i * 3_600_000,
        answers: s.required(i),
      })
      s.respond({
        definition: s.a11,
        roundId: s.a11Round,
        point: s.points.single,
        submittedAt: DEFAULT_NOW,
        answers: [['trust', '5']],
      })
    }
    const all = s.db.$client
      .prepare(
        'select r.id, o.province_code as p from responses r join organisations o on o.id = r.organisation_id where r.round_id = ? order by r.id',
      )
      .all(s.roundId) as { id: number; p: string }[]
    const expected = { national: all.map((r) => r.id), '81': all.filter((r) => r.p === '81').map((r) => r.id) }
    expect(expected.national).toHaveLength(15)
    for (const [pageSize, windowSize] of [
      [1, 1],
      [1, 3],
      [2, 5],
      [4, 2],
      [500, 20_000],
    ] as const) {
      expect(await idsOf(s, { kind: 'national' }, pageSize, windowSize), `page ${pageSize}, window ${windowSize}`).toEqual(
        expected.national,
      )
      expect(
        await idsOf(s, { kind: 'province', provinceCode: '81' }, pageSize, windowSize),
        `page ${pageSize}, window ${windowSize}`,
      ).toEqual(expected['81'])
    }
  })

  it('walks the primary key in order: no index on the round, no sort, no read of the answers table', () => {
    const s = arrangeRawExport()
    for (const scope of [{ kind: 'national' }, { kind: 'province', provinceCode: '81' }] as const) {
      const plan = rawResponsesQueryPlan(s.db, { roundId: s.roundId!, scope })
      expect(plan[0]).toBe('SEARCH r USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)')
      expect(plan.join('\n')).not.toMatch(/answers/)
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE|SCAN r\b|SCAN a\b|responses_round_org\w*/)
    }
  })

  it('reads the items asked for, in the order asked, multiple choice as stored, and none other', async () => {
    const s = arrangeRawExport()
    const read = []
    const itemIds = ['went_well', 'trust', 'not_well']
    for await (const r of readRawResponses(s.db, { roundId: s.a11Round, scope: { kind: 'national' }, itemIds, textItemIds: [] }))
      read.push(r)
    expect(read.map((r) => r.values)).toEqual([['employee;ease;effectiveness', '4', '']])
  })

  it('masks free text, and keeps it whole whatever characters it holds', async () => {
    const s = arrangeRawExport()
    s.respond({
      definition: s.definition,
      roundId: s.roundId!,
      point: s.points.main,
      submittedAt: DEFAULT_NOW,
      answers: [
        ['sex', 'male'],
        ['suggestion', 'หนึ่ง\x1esex\x1fother\x1fสอง โทร 0812345678'],
        ['age', '20_29'],
      ],
    })
    const read = []
    for await (const r of readRawResponses(s.db, {
      roundId: s.roundId!,
      scope: { kind: 'national' },
      itemIds: ['suggestion', 'sex', 'age'],
      textItemIds: ['suggestion'],
    }))
      read.push(r)
    expect(read.map((r) => r.values)).toEqual([
      ['ติดต่อกลับ [เบอร์โทรศัพท์] หรือ [อีเมล] เลขบัตร [เลขประจำตัวประชาชน]', 'female', ''],
      [FORMULA_COMMENT, '', '60_plus'],
      ['', '', ''],
      ['หนึ่ง\x1esex\x1fother\x1fสอง โทร [เบอร์โทรศัพท์]', 'male', '20_29'],
    ])
  })

  it('leaves the connection free for submissions while a download is paused, and leaves out what arrives after it began', async () => {
    const s = arrangeRawExport()
    const reader = readRawResponses(s.db, {
      roundId: s.roundId!,
      scope: { kind: 'national' },
      ...itemsToRead(s.definition),
      pageSize: 2,
    })
    const first = await reader.next()
    expect(first.done).toBe(false)
    // A slow client: the reader is suspended in the middle of a page. The group-commit writer uses this
    // same connection, and better-sqlite3 refuses it while an iterator is open; here it must go through.
    expect(() =>
      s.respond({
        definition: s.definition,
        roundId: s.roundId!,
        point: s.points.main,
        submittedAt: DEFAULT_NOW,
        answers: s.required(1),
      }),
    ).not.toThrow()
    const rest = []
    for await (const r of { [Symbol.asyncIterator]: () => reader }) rest.push(r.dlaCode)
    expect(rest).toEqual(['4810102', '3500102'])
  })
})
