/**
 * The organisation results page, figure by figure. Responses are written with exact counts
 * through the real response store (so every tally is maintained as in production) and every
 * expected number below was worked out by hand from those counts.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import type { FlagReason } from '../../../../src/domain/responses.js'
import { allItems } from '../../../../src/domain/questionnaire/definition.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { arrangeSurvey, type ArrangeOptions, type DEFAULT_POINTS } from '../../../helpers/survey-fixture.js'
import { readPage, textOf, type El, type Page } from '../../html.js'

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

/** 10:00 Bangkok on a day of 2025 (months are 1-based). */
const bangkok = (month: number, day: number) => Date.UTC(2025, month - 1, day, 3)

async function arrange(options: ArrangeOptions<typeof DEFAULT_POINTS> = {}) {
  const s = arrangeSurvey(options)
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  const agent = await signIn(s.app, 'krabi-town')
  const store = createResponseStore(s.db)
  const krabi = s.organisationIds['4810102']
  const itemIds = new Set(allItems(s.definition).map((i) => i.id))

  /** One response: `answers` by item id (several values for checkboxes); items left out are not answered. */
  const respond = (r: {
    point?: 'main' | 'single'
    serviceId?: number | null
    at?: number
    flag?: FlagReason
    answers: Record<string, string | string[]>
  }) => {
    const point = s.points[r.point ?? 'main']
    for (const itemId of Object.keys(r.answers))
      if (!itemIds.has(itemId)) throw new Error(`${s.definition.slug} has no item ${itemId}`)
    const outcome = store.writeOne({
      submissionId: randomUUID(),
      roundId: s.roundId!,
      organisationId: point.organisationId,
      servicePointId: point.id,
      serviceId: r.serviceId ?? null,
      submittedAt: r.at ?? bangkok(6, 1),
      locale: 'th',
      channel: 'web',
      flagReason: r.flag ?? null,
      answers: Object.entries(r.answers).flatMap(([itemId, values]) => [values].flat().map((value) => ({ itemId, value }))),
    })
    if (outcome !== 'stored') throw new Error('not stored')
  }
  const page = async (query = '') => {
    const res = await agent.get(`/staff/organisations/${krabi}/results${query}`)
    expect(res.status).toBe(200)
    return readPage(await res.text())
  }
  return { ...s, agent, krabi, respond, page }
}

/** Every rating item (the overall question and the nine aspect questions) answered `value`. */
const everyItem = (value: string) => Object.fromEntries(['overall', ...ASPECT_ITEMS].map((id) => [id, value]))

function within(page: Page, id: string): El {
  const el = page.byId(id)
  if (!el) throw new Error(`no element #${id}`)
  return el
}
const descendantsOf = (el: El): El[] => el.children.flatMap((c) => (typeof c === 'string' ? [] : [c, ...descendantsOf(c)]))
const rowOf = (page: Page, tableId: string, key: string) => {
  const row = descendantsOf(within(page, tableId)).find((el) => el.tag === 'tr' && el.attrs['data-row'] === key)
  if (!row) throw new Error(`no row ${key} in #${tableId}`)
  return row
}
/** The text of each `data-col` cell of a row. */
const cells = (page: Page, tableId: string, key: string) =>
  Object.fromEntries(
    descendantsOf(rowOf(page, tableId, key))
      .filter((el) => el.attrs['data-col'])
      .map((el) => [el.attrs['data-col']!, textOf(el)]),
  )
/** The text of each `data-figure` line of a summary. */
const figures = (page: Page, id: string) =>
  Object.fromEntries(
    descendantsOf(within(page, id))
      .filter((el) => el.attrs['data-figure'])
      .map((el) => [
        el.attrs['data-figure']!,
        textOf(el.children.find((c): c is El => typeof c !== 'string' && c.tag === 'td') ?? el),
      ]),
  )
const chartLabel = (page: Page, id: string) =>
  descendantsOf(within(page, id)).find((el) => el.tag === 'svg')?.attrs['aria-label'] ?? ''

describe('the Thai report figures', () => {
  // 169 / 90 / 45 / 8 / 6 on levels 5 → 1, n = 318 (the example). Σx = 845 + 360 + 135 + 16 + 6 = 1,362;
  // x̄ = 1,362 ÷ 318 = 4.2830 → 4.28; percent = 1,362 × 20 ÷ 318 = 85.6604 → 85.66;
  // Σx² = 4,225 + 1,440 + 405 + 32 + 6 = 6,108; S.D. = √((318 × 6,108 − 1,362²) ÷ (318 × 317)) = √(87,300 ÷ 100,806) = 0.9306 → 0.93;
  // margin = 1.96 × 0.9306 ÷ √318 × 20 = 2.0457 → 2.05; top-2 = 259 ÷ 318 = 81.45 %; 85.66 > 85 → 8 points.
  const distribution: [string, number][] = [
    ['5', 169],
    ['4', 90],
    ['3', 45],
    ['2', 8],
    ['1', 6],
  ]

  async function arrangeExample() {
    const s = await arrange()
    for (const [value, n] of distribution) for (let i = 0; i < n; i++) s.respond({ answers: everyItem(value) })
    return s
  }

  it('prints the overall question as published tables do: counts, percents, x̄, S.D., percent, band', async () => {
    const s = await arrangeExample()
    const page = await s.page()
    expect(textOf(page.getByRole('heading', { level: 1 }))).toBe('ผลการประเมินความพึงพอใจ เทศบาลเมืองกระบี่')
    expect(textOf(within(page, 'overall'))).toContain('ผู้ตอบ 318 คน')
    expect(cells(page, 'overall-item-table', 'overall-item')).toEqual({
      n: '318',
      'count-5': '169',
      'percent-5': '53.14',
      'count-4': '90',
      'percent-4': '28.30',
      'count-3': '45',
      'percent-3': '14.15',
      'count-2': '8',
      'percent-2': '2.52',
      'count-1': '6',
      'percent-1': '1.89',
      mean: '4.28',
      sd: '0.93',
      percent: '85.66',
      band: 'มากที่สุด',
    })
    const overall = figures(page, 'overall-item')
    expect(overall).toMatchObject({
      n: '318',
      mean: '4.28',
      sd: '0.93',
      percent: '85.66',
      margin: '± 2.05 จุดร้อยละ',
      'top-two': '81.45',
      band: 'มากที่สุด',
    })
    // Points, with the table's source and "not official": the configured table is not confirmed.
    expect(overall.points).toContain('8 คะแนน')
    expect(overall.points).toContain('ไม่ใช่เกณฑ์ทางการ')
    expect(overall.points).toContain(
      'ตามตาราง: ตารางคะแนนแบบขั้นละร้อยละ 5 ที่นิยมใช้ทั่วไป (ยังไม่ได้ตรวจสอบกับระเบียบหรือหลักเกณฑ์การประเมินฉบับทางการ)',
    )
    // The distribution as bars with their numbers written out.
    expect(chartLabel(page, 'overall-item-chart')).toContain(
      'มากที่สุด (5) 169 (53.14 %); มาก (4) 90 (28.30 %); ปานกลาง (3) 45 (14.15 %); น้อย (2) 8 (2.52 %); น้อยที่สุด (1) 6 (1.89 %)',
    )
  })

  it('pools every aspect question for the overall figure, and says how S.D. and aspects are computed', async () => {
    const s = await arrangeExample()
    const page = await s.page()
    // Nine questions × the same 318 answers: n = 2,862, the same x̄ and percent;
    // S.D. = √(81 × 87,300 ÷ (2,862 × 2,861)) = 0.9293 → 0.93; margin = 1.96 × 0.9293 ÷ √2,862 × 20 = 0.68.
    expect(figures(page, 'overall-pooled')).toMatchObject({
      n: '2,862',
      mean: '4.28',
      sd: '0.93',
      percent: '85.66',
      margin: '± 0.68 จุดร้อยละ',
      band: 'มากที่สุด',
    })
    expect(cells(page, 'aspects-summary', 'process')).toMatchObject({
      n: '636',
      'count-5': '338',
      'percent-5': '53.14',
      mean: '4.28',
      percent: '85.66',
    })
    expect(cells(page, 'aspect-staff-table', 'staff_2')).toMatchObject({ n: '318', 'count-1': '6', mean: '4.28', sd: '0.93' })
    const notes = textOf(within(page, 'method'))
    expect(notes).toContain('S.D. คือส่วนเบี่ยงเบนมาตรฐานของกลุ่มตัวอย่าง (หารด้วย n − 1)')
    expect(notes).toContain('ไม่ใช่ค่าเฉลี่ยของค่าเฉลี่ยรายข้อ')
    expect(page.allByRole('heading', { level: 3, name: 'ด้านสิ่งอำนวยความสะดวก' })).toHaveLength(1)
    expect(chartLabel(page, 'item-facility_2-chart')).toContain('มากที่สุด (5) 169 (53.14 %)')
  })

  it('leaves N/A answers out of n and pools an aspect over its answers, not over its question means', async () => {
    const s = await arrange()
    // facility_1: 5, 4, N/A, N/A → n 2, x̄ 4.50, S.D. √0.5 = 0.71, 90.00 %.
    // facility_2: 5, 5, 5, 4 → n 4, x̄ 4.75, S.D. 0.50, 95.00 %.
    // The aspect pools 5, 4, 5, 5, 5, 4: n 6, Σx 28, x̄ 4.67 (not (4.50 + 4.75) ÷ 2 = 4.63), 93.33 %;
    // Σx² 132, S.D. = √((6 × 132 − 28²) ÷ 30) = √(8 ÷ 30) = 0.52.
    for (const [f1, f2] of [
      ['5', '5'],
      ['4', '5'],
      ['na', '5'],
      ['na', '4'],
    ])
      s.respond({ answers: { ...everyItem('5'), facility_1: f1!, facility_2: f2! } })
    const page = await s.page()
    expect(cells(page, 'aspect-facilities-table', 'facility_1')).toMatchObject({
      n: '2',
      'count-5': '1',
      'percent-5': '50.00',
      'count-4': '1',
      mean: '4.50',
      sd: '0.71',
      percent: '90.00',
    })
    expect(textOf(rowOf(page, 'aspect-facilities-table', 'facility_1'))).toContain('ไม่นับคำตอบ “ไม่เกี่ยวข้อง” 2 คำตอบ')
    expect(cells(page, 'aspect-facilities-table', 'facility_2')).toMatchObject({
      n: '4',
      mean: '4.75',
      sd: '0.50',
      percent: '95.00',
    })
    expect(cells(page, 'aspect-facilities-table', 'facilities')).toMatchObject({
      n: '6',
      'count-5': '4',
      'percent-5': '66.67',
      mean: '4.67',
      sd: '0.52',
      percent: '93.33',
      band: 'มากที่สุด',
    })
    expect(cells(page, 'aspects-summary', 'facilities')).toMatchObject({ n: '6', mean: '4.67' })
  })

  it('leaves flagged responses out of every figure and counts them apart', async () => {
    const s = await arrange()
    for (let i = 0; i < 3; i++) s.respond({ answers: everyItem('5') })
    s.respond({ flag: 'repeat', answers: everyItem('1') })
    s.respond({ flag: 'too_fast', answers: everyItem('1') })
    const page = await s.page()
    const overall = textOf(within(page, 'overall'))
    expect(overall).toContain('ผู้ตอบ 3 คน')
    expect(overall).toContain('ไม่นับ 2 คำตอบที่ถูกตั้งข้อสังเกต')
    expect(cells(page, 'overall-item-table', 'overall-item')).toMatchObject({
      n: '3',
      'count-1': '0',
      mean: '5.00',
      percent: '100.00',
    })
    expect(cells(page, 'by-point', String(s.points.main.id))).toMatchObject({ respondents: '3', 'figure-0': '5.00' })
  })
})

describe('per service point, per service and per month', () => {
  // Minimum 3. Main point: service A 3 × all 5 (in May), service B 2 × all 4 (in June);
  // the single point: 1 × all 3, no service named (in June).
  async function arrangeGroups() {
    const s = await arrange({ config: { RESULTS_MIN_RESPONSES: 3 } })
    const [a, b] = s.points.main.services
    for (let i = 0; i < 3; i++) s.respond({ serviceId: a!.id, at: bangkok(5, 20), answers: everyItem('5') })
    for (let i = 0; i < 2; i++) s.respond({ serviceId: b!.id, at: bangkok(6, 2), answers: everyItem('4') })
    s.respond({ point: 'single', at: bangkok(6, 3), answers: everyItem('3') })
    return s
  }

  it('shows n, x̄, percent and band per service point, marking those below the minimum', async () => {
    const s = await arrangeGroups()
    const page = await s.page()
    // Main: 27 answers of 5 and 18 of 4 → x̄ (135 + 72) ÷ 45 = 4.60, 92.00 %.
    expect(cells(page, 'by-point', String(s.points.main.id))).toEqual({
      respondents: '5',
      'figure-0': '4.60',
      'figure-1': '92.00',
      'figure-2': 'มากที่สุด',
    })
    expect(cells(page, 'by-point', String(s.points.single.id))).toEqual({
      respondents: '1',
      'figure-0': '3.00',
      'figure-1': '60.00',
      'figure-2': 'ปานกลาง',
    })
    expect(textOf(rowOf(page, 'by-point', String(s.points.single.id)))).toContain('น้อยกว่า 3 คำตอบ')
    expect(textOf(rowOf(page, 'by-point', String(s.points.main.id)))).not.toContain('น้อยกว่า')
  })

  it('shows each service by name, "ไม่ระบุบริการ" for none, and "ยังไม่มีข้อมูล" for a service nobody named', async () => {
    const s = await arrangeGroups()
    const page = await s.page()
    const [a, b, c] = s.points.main.services
    expect(cells(page, 'by-service', String(a!.id))).toEqual({
      respondents: '3',
      'figure-0': '5.00',
      'figure-1': '100.00',
      'figure-2': 'มากที่สุด',
    })
    expect(cells(page, 'by-service', String(b!.id))).toEqual({
      respondents: '2',
      'figure-0': '4.00',
      'figure-1': '80.00',
      'figure-2': 'มาก',
    })
    expect(textOf(rowOf(page, 'by-service', String(b!.id)))).toContain('ชำระภาษีป้าย')
    expect(textOf(rowOf(page, 'by-service', String(b!.id)))).toContain('น้อยกว่า 3 คำตอบ')
    expect(cells(page, 'by-service', '0')).toEqual({
      respondents: '1',
      'figure-0': '3.00',
      'figure-1': '60.00',
      'figure-2': 'ปานกลาง',
    })
    expect(textOf(rowOf(page, 'by-service', '0'))).toContain('ไม่ระบุบริการ')
    expect(cells(page, 'by-service', String(c!.id))).toEqual({ respondents: '0', 'no-data': 'ยังไม่มีข้อมูล' })
  })

  it('draws the percent satisfaction of each month with its n, Thai month names in the Buddhist Era', async () => {
    const s = await arrangeGroups()
    const page = await s.page()
    // June: 2 × all 4 and 1 × all 3 → 18 answers of 4 and 9 of 3: x̄ 99 ÷ 27 = 3.67, 73.33 %, มาก.
    expect(chartLabel(page, 'trend')).toBe(
      'ร้อยละความพึงพอใจ (ภาพรวมทุกด้าน) รายเดือน: พฤษภาคม 2568 100.00 % (n = 3); มิถุนายน 2568 73.33 % (n = 3)',
    )
    expect(cells(page, 'by-month', '2025-06')).toEqual({
      respondents: '3',
      'figure-0': '3.67',
      'figure-1': '73.33',
      'figure-2': 'มาก',
    })
  })

  it('shows a month between with no responses as such, never as 0 %', async () => {
    const s = await arrange()
    s.respond({ at: bangkok(4, 30), answers: everyItem('5') })
    s.respond({ at: bangkok(6, 1), answers: everyItem('4') })
    const page = await s.page()
    expect(chartLabel(page, 'trend')).toContain(
      'เมษายน 2568 100.00 % (n = 1); พฤษภาคม 2568 ยังไม่มีข้อมูล (n = 0); มิถุนายน 2568 80.00 % (n = 1)',
    )
  })
})

describe('other scoring methods', () => {
  it('scores an ARTA CSM round from the pooled SQD1–SQD8 counts, SQD0 apart, with Citizen’s Charter shares', async () => {
    const s = await arrange({ round: { questionnaire: 'arta-csm' } })
    const sqd = (value: string) =>
      Object.fromEntries(['sqd1', 'sqd2', 'sqd3', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8'].map((id) => [id, value]))
    // SQD1: 5, 5, 4, N/A → 3 of 3 = 100.00 (Outstanding). SQD2–SQD8: 5, 5, 4, 2 → 3 of 4 = 75.00 (Fair).
    // Overall pools the counts: (3 + 7 × 3) ÷ (3 + 7 × 4) = 24 ÷ 31 = 77.42 (Fair), not the mean of item scores (78.13).
    for (const [value, sqd1, cc1] of [
      ['5', '5', 'know_saw'],
      ['5', '5', 'know_saw'],
      ['4', '4', 'know_saw'],
      ['2', 'na', 'not_aware'],
    ] as const)
      s.respond({ answers: { ...sqd(value), sqd1, sqd0: '5', cc1 } })
    const page = await s.page()
    expect(figures(page, 'arta-overall')).toEqual({ n: '31', positive: '24', score: '77.42', band: 'พอใช้' })
    expect(cells(page, 'arta-items', 'sqd1')).toEqual({ n: '3', na: '1', positive: '3', score: '100.00', band: 'ดีเด่น' })
    expect(cells(page, 'arta-items', 'sqd2')).toEqual({ n: '4', na: '0', positive: '3', score: '75.00', band: 'พอใช้' })
    expect(cells(page, 'arta-separate', 'sqd0')).toEqual({ n: '4', na: '0', positive: '4', score: '100.00', band: 'ดีเด่น' })
    expect(cells(page, 'arta-cc1', 'know_saw')).toEqual({ count: '3', percent: '75.00' })
    expect(cells(page, 'arta-cc1', 'not_aware')).toEqual({ count: '1', percent: '25.00' })
    expect(cells(page, 'by-point', String(s.points.main.id))).toEqual({
      respondents: '4',
      'figure-0': '77.42',
      'figure-1': 'พอใช้',
    })
    expect(chartLabel(page, 'trend')).toBe('คะแนน ARTA (SQD1–SQD8) รายเดือน: มิถุนายน 2568 77.42 % (n = 4)')
  })

  it('scores an A-11 round: percent positive on trust and the share of respondents ticking each reason', async () => {
    const s = await arrange({ round: { questionnaire: 'a11-trust' } })
    // Trust 5, 4, 3, 1 → 2 of 4 positive = 50.00 %. "Got what I needed" ticked by 3 of 4 = 75.00 %, "easy" by 1 = 25.00 %.
    s.respond({ answers: { trust: '5', went_well: ['effectiveness', 'ease'] } })
    s.respond({ answers: { trust: '4', went_well: ['effectiveness'] } })
    s.respond({ answers: { trust: '3', went_well: ['effectiveness'] } })
    s.respond({ answers: { trust: '1' } })
    const page = await s.page()
    expect(figures(page, 'a11-trust')).toEqual({ n: '4', positive: '2', percent: '50.00' })
    expect(cells(page, 'a11-went_well', 'effectiveness')).toEqual({ count: '3', share: '75.00' })
    expect(cells(page, 'a11-went_well', 'ease')).toEqual({ count: '1', share: '25.00' })
    expect(cells(page, 'a11-not_well', 'ease')).toEqual({ count: '0', share: '0.00' })
    expect(cells(page, 'by-point', String(s.points.main.id))).toEqual({ respondents: '4', 'figure-0': '50.00' })
  })
})

describe('no data', () => {
  it('says "ยังไม่มีข้อมูล" for a round without responses, with no NaN and no 0 %', async () => {
    const s = await arrange()
    expect((await s.agent.post(`/staff/organisations/${s.krabi}/population`, { population: '5000' })).status).toBe(303)
    const res = await s.agent.get(`/staff/organisations/${s.krabi}/results`)
    expect(res.status).toBe(200)
    const html = await res.text()
    const page = readPage(html)
    expect(textOf(within(page, 'overall'))).toContain('ผู้ตอบ 0 คน')
    expect(textOf(within(page, 'overall'))).toContain('ยังไม่มีข้อมูล')
    expect(cells(page, 'by-point', String(s.points.main.id))).toEqual({ respondents: '0', 'no-data': 'ยังไม่มีข้อมูล' })
    expect(textOf(within(page, 'trend'))).toContain('ยังไม่มีข้อมูลรายเดือน')
    expect(textOf(within(page, 'sample-size'))).toContain('ยังไม่มีผู้ตอบ (เป้าหมาย 371 คน)')
    for (const bad of ['NaN', 'Infinity', 'undefined', '0.00', '0 %']) expect(page.text(), bad).not.toContain(bad)
  })

  it('says so when the organisation is in no round', async () => {
    const s = await arrange({ round: false })
    const page = await s.page()
    expect(page.text()).toContain('ยังไม่มีรอบการประเมินที่ อปท. นี้เข้าร่วม')
    expect(page.byId('overall')).toBeUndefined()
  })
})

describe('round picker and links', () => {
  it('picks a round with a GET form and links to the comments and transactions of that round', async () => {
    const s = await arrange()
    const page = await s.page(`?round=${s.roundId}`)
    const form = page.elements.find((el) => el.tag === 'form' && el.attrs.method === 'get')
    expect(form?.attrs.action).toBe(`/staff/organisations/${s.krabi}/results`)
    expect(page.getByRole('link', { name: 'ข้อเสนอแนะจากผู้ตอบ' }).attrs.href).toBe(
      `/staff/organisations/${s.krabi}/comments?round=${s.roundId}`,
    )
    expect(page.getByRole('link', { name: 'จำนวนผู้รับบริการและอัตราการตอบ' }).attrs.href).toBe(
      `/staff/organisations/${s.krabi}/transactions?round=${s.roundId}`,
    )
  })

  it('is linked from the organisation home', async () => {
    const s = await arrange()
    const home = readPage(await (await s.agent.get(`/staff/organisations/${s.krabi}`)).text())
    expect(home.getByRole('link', { name: 'ผลการประเมินความพึงพอใจ' }).attrs.href).toBe(
      `/staff/organisations/${s.krabi}/results?round=${s.roundId}`,
    )
  })
})
