/**
 * The public results page `/o/<DLA code>`: figures worked out by hand from exact counts,
 * groups below the minimum withheld (the whole organisation, an item left short by N/A, a
 * service point), flagged responses never counted, no comment and no day or month ever shown,
 * rounds listed newest first, Thai by default with English on request, and the link from the
 * resident's thank-you page.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../src/db/queries/responses.js'
import { latestPublishedQuestionnaire } from '../../../src/db/queries/questionnaires.js'
import { rounds } from '../../../src/db/schema.js'
import { formatDay, formatMonth } from '../../../src/i18n/format.js'
import { createKiosk, openKiosk } from '../../posters/arrange-kiosk.js'
import { arrangePosters, BASE_URL } from '../../posters/arrange-posters.js'
import {
  answer,
  arrangeSurvey,
  DAY,
  validAnswers,
  type ArrangedPoint,
  type ArrangeOptions,
  type DEFAULT_POINTS,
} from '../../helpers/survey-fixture.js'
import { readPage, textOf, type El, type Page } from '../html.js'

type Survey = ReturnType<typeof arrangeSurvey<typeof DEFAULT_POINTS>>
type Answers = Record<string, string>

const NA = 'na'
const SUGGESTION = 'ข้อเสนอแนะลับเฉพาะ-ห้ามเผยแพร่-QX7'

/**
 * Ten residents of เทศบาลเมืองกระบี่, one column per person. Worked out by hand:
 * - overall question: 4×5 + 6×4 = 44 → x̄ 4.40, 88.00 %, มากที่สุด
 * - process_1, process_2: 5×5 + 5×4 = 45 each → 4.50, 90.00 %; the aspect n 20, Σ 90 → 4.50, 90.00 %
 * - channel_1, channel_2: all 4 → 4.00, 80.00 %, มาก; the aspect n 20, Σ 80
 * - staff_1..3: 7×5 + 3×3 = 44 each → 4.40, 88.00 %; the aspect n 30, Σ 132 → 4.40, 88.00 %
 * - facility_1: 2, 3, 3 and seven N/A → n 3, withheld
 * - facility_2: all 3 → 3.00, 60.00 %, but withheld with it: the aspect minus facility_2 would give facility_1
 * - facilities aspect: n 13, Σ 8 + 30 = 38 → x̄ 2.923… → 2.92, 38 × 20 ÷ 13 = 58.4615… → 58.46 %, ปานกลาง
 * - all aspects: n 20 + 20 + 30 + 13 = 83, Σ 90 + 80 + 132 + 38 = 340 → x̄ 4.0964… → 4.10 (มาก),
 *   340 × 20 ÷ 83 = 81.9277… → 81.93 %
 */
const COLUMNS: Record<string, (string | number)[]> = {
  overall: [5, 5, 5, 5, 4, 4, 4, 4, 4, 4],
  process_1: [5, 5, 5, 5, 5, 4, 4, 4, 4, 4],
  process_2: [4, 4, 4, 4, 4, 5, 5, 5, 5, 5],
  channel_1: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
  channel_2: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
  staff_1: [5, 5, 5, 5, 5, 5, 5, 3, 3, 3],
  staff_2: [3, 3, 3, 5, 5, 5, 5, 5, 5, 5],
  staff_3: [5, 3, 5, 3, 5, 3, 5, 5, 5, 5],
  facility_1: [2, 3, 3, NA, NA, NA, NA, NA, NA, NA],
  facility_2: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
}
const person = (i: number): Answers => Object.fromEntries(Object.entries(COLUMNS).map(([id, column]) => [id, String(column[i])]))
const TEN = Array.from({ length: 10 }, (_, i) => person(i))

const ASPECTS = {
  process: 'ด้านกระบวนการ/ขั้นตอนการให้บริการ',
  channel: 'ด้านช่องทางการให้บริการ',
  staff: 'ด้านเจ้าหน้าที่หรือบุคลากรผู้ให้บริการ',
  facilities: 'ด้านสิ่งอำนวยความสะดวก',
}
const ITEMS = {
  overall: 'โดยรวมแล้ว ท่านพึงพอใจต่อการให้บริการครั้งนี้เพียงใด',
  process_1: 'ขั้นตอนการให้บริการไม่ยุ่งยาก เข้าใจง่าย',
  channel_1: 'มีช่องทางให้บริการหลากหลายและสะดวก เช่น ที่สำนักงาน ทางโทรศัพท์ หรือออนไลน์',
  staff_2: 'เจ้าหน้าที่ให้คำแนะนำชัดเจน ตอบข้อสงสัยได้',
  facility_1: 'ที่นั่งรอ น้ำดื่ม และห้องน้ำ เพียงพอและสะอาด',
  facility_2: 'สถานที่สะดวก เข้าถึงง่าย รวมถึงผู้สูงอายุและคนพิการ',
}
const WITHHELD = 'มีผู้ตอบน้อยกว่า 10 คน จึงไม่แสดงผล'
const WITHHELD_COMPLEMENT = 'ไม่แสดงผล เพื่อไม่ให้คำนวณย้อนกลับหาผลของรายการที่มีผู้ตอบน้อยกว่า 10 คนได้'
/** Any figure printed with two decimals (x̄, a percent): none may appear where results are withheld. */
const TWO_DECIMALS = /\d\.\d\d(?!\d)/

function arrange(options: ArrangeOptions<typeof DEFAULT_POINTS> = {}): Survey {
  return arrangeSurvey(options) as Survey
}

/** Stores responses the way the survey does (response, answers and tallies in one transaction). */
function store(
  s: Survey,
  point: ArrangedPoint,
  people: Answers[],
  opts: { roundId?: number; flagReason?: 'repeat' | 'too_fast'; at?: number; suggestion?: string } = {},
) {
  const writer = createResponseStore(s.db)
  for (const answers of people) {
    const all = opts.suggestion ? { ...answers, suggestion: opts.suggestion } : answers
    const outcome = writer.writeOne({
      submissionId: randomUUID(),
      roundId: opts.roundId ?? s.roundId!,
      organisationId: point.organisationId,
      servicePointId: point.id,
      serviceId: point.services[0]?.id ?? null,
      submittedAt: opts.at ?? s.clock.now,
      locale: 'th',
      channel: 'web',
      flagReason: opts.flagReason ?? null,
      answers: Object.entries(all).map(([itemId, value]) => ({ itemId, value })),
    })
    expect(outcome).toBe('stored')
  }
}

function addRound(
  s: Survey,
  spec: { nameTh: string; nameEn: string; opensAt: number; closesAt: number; questionnaire?: string },
): number {
  const questionnaire = latestPublishedQuestionnaire(s.db, spec.questionnaire ?? 'thai-lgu-standard')!
  return s.db
    .insert(rounds)
    .values({
      nameTh: spec.nameTh,
      nameEn: spec.nameEn,
      questionnaireId: questionnaire.id,
      opensAt: new Date(spec.opensAt),
      closesAt: new Date(spec.closesAt),
      scope: 'all',
      createdAt: new Date(s.clock.now),
    })
    .returning({ id: rounds.id })
    .get().id
}

async function open(s: Survey, path: string, headers: Record<string, string> = {}) {
  const res = await s.app.request(path, { headers })
  const html = await res.text()
  return { res, status: res.status, html, page: readPage(html) }
}

/** Everything in an element a reader or a scraper could get at: its text and every attribute value. */
function everything(el: El): string {
  const parts: string[] = []
  const walk = (node: El) => {
    parts.push(...Object.values(node.attrs))
    for (const child of node.children) {
      if (typeof child === 'string') parts.push(child)
      else walk(child)
    }
  }
  walk(el)
  return parts.join(' ')
}

const resultsSection = (page: Page) => {
  const section = page.byId('results')
  if (!section) throw new Error('no results section')
  return section
}

/** The text of the paragraph that starts with `label` in bold: a headline, an item or a service point. */
function lineOf(page: Page, label: string, within?: El): string {
  const scope = within ? [within, ...page.elements.filter((el) => isInside(el, within))] : page.elements
  const found = scope.filter((el) => {
    if (el.tag !== 'p') return false
    const first = el.children.find((c): c is El => typeof c !== 'string')
    return first?.tag === 'strong' && textOf(first) === label
  })
  if (found.length !== 1) throw new Error(`expected one line labelled ${JSON.stringify(label)}, found ${found.length}`)
  return textOf(found[0]!).slice(label.length).trim()
}
const isInside = (el: El, ancestor: El) => {
  for (let node = el.parent; node; node = node.parent) if (node === ancestor) return true
  return false
}

/** An aspect's own line (the paragraph under its heading) and its region. */
function aspectOf(page: Page, name: string) {
  const region = page.getByRole('region', { name })
  const summary = region.children.find((c): c is El => typeof c !== 'string' && c.tag === 'p')
  return { region, summary: summary ? textOf(summary) : '' }
}

const thai = (percent: string, mean: string, band: string, answers: number) =>
  `ความพึงพอใจร้อยละ ${percent} · ค่าเฉลี่ย ${mean} · ระดับ${band} · ${answers} คำตอบ`

describe('the figures, worked out by hand', () => {
  it('shows the whole organisation, every aspect and every item from exact counts', async () => {
    const s = arrange()
    store(s, s.points.main, TEN)

    const { status, page } = await open(s, '/o/4810102')

    expect(status).toBe(200)
    expect(page.lang).toBe('th')
    expect(page.getByRole('heading', { level: 1 }).children.join('')).toBe('เทศบาลเมืองกระบี่')
    expect(page.text()).toContain('รหัส อปท. 4810102 · อำเภอเมืองกระบี่ · จังหวัดกระบี่')
    const results = resultsSection(page)
    expect(textOf(results)).toContain('ผู้ตอบแบบประเมิน 10 คน')
    expect(lineOf(page, 'ภาพรวมทุกด้าน')).toBe(thai('81.93', '4.10', 'มาก', 83))
    expect(lineOf(page, ITEMS.overall)).toBe(thai('88.00', '4.40', 'มากที่สุด', 10))

    expect(aspectOf(page, ASPECTS.process).summary).toBe(thai('90.00', '4.50', 'มากที่สุด', 20))
    expect(aspectOf(page, ASPECTS.channel).summary).toBe(thai('80.00', '4.00', 'มาก', 20))
    expect(aspectOf(page, ASPECTS.staff).summary).toBe(thai('88.00', '4.40', 'มากที่สุด', 30))
    expect(aspectOf(page, ASPECTS.facilities).summary).toBe(thai('58.46', '2.92', 'ปานกลาง', 13))

    expect(lineOf(page, ITEMS.process_1)).toBe(thai('90.00', '4.50', 'มากที่สุด', 10))
    expect(lineOf(page, ITEMS.channel_1)).toBe(thai('80.00', '4.00', 'มาก', 10))
    expect(lineOf(page, ITEMS.staff_2)).toBe(thai('88.00', '4.40', 'มากที่สุด', 10))
  })

  it('draws the aspect percents once, beside the province and the country, with the table it is drawn from', async () => {
    const s = arrange()
    store(s, s.points.main, TEN)
    const { page } = await open(s, '/o/4810102')

    // The one aspect chart: a dot plot whose table is its text alternative (the drawing is hidden).
    expect(page.allByRole('img')).toEqual([])
    const table = page.elements.find((el) => el.tag === 'table' && 'data-comparison-table' in el.attrs)!
    const rows = page.elements.filter((el) => el.tag === 'tr' && isInside(el, table)).map((row) => textOf(row))
    // The province and the country are this one organisation: the same figures in all three columns.
    for (const [name, percent] of [
      [ASPECTS.process, '90.00'],
      [ASPECTS.channel, '80.00'],
      [ASPECTS.staff, '88.00'],
      [ASPECTS.facilities, '58.46'],
    ] as const) {
      const row = rows.find((r) => r.startsWith(name))!
      expect(row.match(new RegExp(`${percent} ± `, 'g'))).toHaveLength(3)
    }
  })
})

describe('groups below the minimum (10) are withheld', () => {
  it('shows no figure at all for an organisation with 9 responses', async () => {
    const s = arrange()
    store(s, s.points.main, TEN.slice(0, 9))

    const { status, page } = await open(s, '/o/4810102')

    expect(status).toBe(200)
    const results = resultsSection(page)
    expect(textOf(results)).toContain(WITHHELD)
    expect(everything(results)).not.toMatch(TWO_DECIMALS)
    expect(textOf(results)).not.toContain('ค่าเฉลี่ย')
    expect(textOf(results)).not.toContain('ผู้ตอบแบบประเมิน 9 คน')
    expect(page.allByRole('img')).toEqual([])
  })

  it('shows the figures once the tenth resident answers', async () => {
    const s = arrange()
    store(s, s.points.main, TEN.slice(0, 9))
    store(s, s.points.main, TEN.slice(9))

    const { page } = await open(s, '/o/4810102')

    expect(textOf(resultsSection(page))).toContain('ผู้ตอบแบบประเมิน 10 คน')
    expect(lineOf(page, 'ภาพรวมทุกด้าน')).toBe(thai('81.93', '4.10', 'มาก', 83))
  })

  it('withholds an item left below the minimum by N/A answers while its aspect is shown, and the sibling that would give it away', async () => {
    const s = arrange()
    store(s, s.points.main, TEN)
    const { page } = await open(s, '/o/4810102')

    const facilities = aspectOf(page, ASPECTS.facilities)
    expect(facilities.summary).toBe(thai('58.46', '2.92', 'ปานกลาง', 13))
    expect(lineOf(page, ITEMS.facility_1, facilities.region)).toBe(WITHHELD)
    // 13 answers at 2.92 minus facility_2's 10 at 3.00 would give facility_1's 3 answers.
    expect(lineOf(page, ITEMS.facility_2, facilities.region)).toBe(WITHHELD_COMPLEMENT)
    expect(textOf(facilities.region)).not.toContain('60.00')
  })

  it('shows every service point when each has at least the minimum, and none when one has fewer', async () => {
    const both = arrange()
    store(both, both.points.main, TEN)
    store(both, both.points.single, TEN)
    const shown = (await open(both, '/o/4810102')).page
    expect(lineOf(shown, 'กองคลัง – งานจัดเก็บภาษี')).toBe(`ผู้ตอบ 10 คน · ${thai('81.93', '4.10', 'มาก', 83)}`)
    expect(lineOf(shown, 'งานทะเบียนราษฎร')).toBe(`ผู้ตอบ 10 คน · ${thai('81.93', '4.10', 'มาก', 83)}`)

    const short = arrange()
    store(short, short.points.main, TEN)
    store(short, short.points.single, TEN.slice(0, 3))
    const { page } = await open(short, '/o/4810102')
    // The whole (13) minus กองคลัง (10) would give งานทะเบียนราษฎร's 3 residents: neither is shown.
    expect(textOf(resultsSection(page))).toContain(
      'ไม่แสดงผลแยกตามจุดให้บริการ เพราะมีบางจุดที่มีผู้ตอบน้อยกว่า 10 คน และผลของจุดอื่นจะทำให้คำนวณผลของจุดนั้นย้อนกลับได้',
    )
    expect(page.text()).not.toContain('กองคลัง – งานจัดเก็บภาษี')
    expect(page.text()).not.toContain('งานทะเบียนราษฎร')
  })

  it('follows RESULTS_MIN_RESPONSES', async () => {
    const s = arrange({ config: { RESULTS_MIN_RESPONSES: 3 } })
    store(s, s.points.main, TEN.slice(0, 3))
    const { page } = await open(s, '/o/4810102')
    expect(textOf(resultsSection(page))).toContain('ผู้ตอบแบบประเมิน 3 คน')
    // facility_1 has 3 answers now: shown, and facility_2 with it.
    expect(lineOf(page, ITEMS.facility_1)).toBe(thai('53.33', '2.67', 'ปานกลาง', 3))
  })
})

describe('flagged responses never count on the public page', () => {
  const flagged = Array.from({ length: 6 }, () => Object.fromEntries(Object.keys(COLUMNS).map((id) => [id, '1'])))

  it.each([true, false])('leaves them out of every figure with EXCLUDE_FLAGGED %s', async (EXCLUDE_FLAGGED) => {
    const s = arrange({ config: { EXCLUDE_FLAGGED } })
    store(s, s.points.main, TEN)
    store(s, s.points.main, flagged.slice(0, 3), { flagReason: 'repeat' })
    store(s, s.points.main, flagged.slice(3), { flagReason: 'too_fast' })

    const { page } = await open(s, '/o/4810102')

    expect(textOf(resultsSection(page))).toContain('ผู้ตอบแบบประเมิน 10 คน')
    expect(lineOf(page, 'ภาพรวมทุกด้าน')).toBe(thai('81.93', '4.10', 'มาก', 83))
  })

  it('does not let them make up the minimum', async () => {
    const s = arrange({ config: { EXCLUDE_FLAGGED: false } })
    store(s, s.points.main, TEN.slice(0, 9))
    store(s, s.points.main, flagged, { flagReason: 'repeat' })
    const { page } = await open(s, '/o/4810102')
    expect(textOf(resultsSection(page))).toContain(WITHHELD)
    expect(everything(resultsSection(page))).not.toMatch(TWO_DECIMALS)
  })
})

describe('what the public page never shows', () => {
  it('shows no comment, in Thai or English', async () => {
    const s = arrange()
    store(s, s.points.main, TEN, { suggestion: SUGGESTION })
    expect(s.db.$client.prepare('select count(*) as n from answers where value = ?').get(SUGGESTION)).toEqual({ n: 10 })

    for (const path of ['/o/4810102', '/o/4810102?lang=en']) {
      const { html } = await open(s, path)
      expect(html).not.toContain(SUGGESTION)
      expect(html).not.toContain('QX7')
    }
  })

  it('shows no day or month of any response', async () => {
    const s = arrange()
    const yesterday = s.clock.now - DAY
    store(s, s.points.main, TEN.slice(0, 4), { at: yesterday })
    store(s, s.points.main, TEN.slice(4))
    const days = ['2025-06-09', '2025-06-10']

    for (const locale of ['th', 'en'] as const) {
      const { html } = await open(s, `/o/4810102?lang=${locale}`)
      for (const day of days) {
        expect(html).not.toContain(day)
        expect(html).not.toContain(formatDay(day, locale))
      }
      expect(html).not.toContain(formatMonth('2025-06', locale))
      expect(html).not.toContain('2025-06')
    }
    // Yesterday's 4 and today's 6 never appear as counts of their own either.
    const { page } = await open(s, '/o/4810102')
    expect(textOf(resultsSection(page))).not.toMatch(/ผู้ตอบ(แบบประเมิน)? [46] คน/)
  })
})

describe('rounds', () => {
  it('lists the open round and closed ones newest first, never one not yet open, and shows the one asked for', async () => {
    const s = arrange()
    const closed = addRound(s, {
      nameTh: 'ปีงบประมาณ 2567',
      nameEn: 'Fiscal year 2567 (BE)',
      opensAt: s.clock.now - 400 * DAY,
      closesAt: s.clock.now - 200 * DAY,
    })
    addRound(s, {
      nameTh: 'ปีงบประมาณ 2569',
      nameEn: 'Fiscal year 2569 (BE)',
      opensAt: s.clock.now + 10 * DAY,
      closesAt: s.clock.now + 400 * DAY,
    })
    store(s, s.points.main, TEN)
    store(
      s,
      s.points.main,
      Array.from({ length: 12 }, () => Object.fromEntries(Object.keys(COLUMNS).map((id) => [id, '5']))),
      {
        roundId: closed,
        at: s.clock.now - 300 * DAY,
      },
    )

    const { page } = await open(s, '/o/4810102')

    const navs = page.elements.filter((el) => el.tag === 'nav')
    expect(navs.map((nav) => nav.attrs['aria-label'])).toEqual(['รอบการประเมิน'])
    const nav = navs[0]!
    expect(page.allByRole('listitem', {}, nav).map((li) => textOf(li))).toEqual([
      'ปีงบประมาณ 2568 (กำลังเปิดรับคำตอบ)',
      'ปีงบประมาณ 2567 (ปิดรับคำตอบแล้ว)',
    ])
    expect(page.allByRole('link', {}, nav).map((a) => a.attrs.href)).toEqual([`/o/4810102?round=${closed}`])
    expect(page.text()).not.toContain('2569')
    expect(page.getByRole('heading', { name: 'ผลการประเมินความพึงพอใจ ปีงบประมาณ 2568' })).toBeDefined()
    expect(textOf(resultsSection(page))).toContain('ผลระหว่างรอบ')
    expect(lineOf(page, 'ภาพรวมทุกด้าน')).toBe(thai('81.93', '4.10', 'มาก', 83))

    const old = (await open(s, `/o/4810102?round=${closed}`)).page
    expect(old.getByRole('heading', { name: 'ผลการประเมินความพึงพอใจ ปีงบประมาณ 2567' })).toBeDefined()
    const section = textOf(resultsSection(old))
    expect(section).toContain('ปิดรับคำตอบแล้ว')
    expect(section).not.toContain('ผลระหว่างรอบ')
    expect(section).toContain('ผู้ตอบแบบประเมิน 12 คน')
    expect(lineOf(old, 'ภาพรวมทุกด้าน')).toBe(thai('100.00', '5.00', 'มากที่สุด', 108))
  })

  it.each(['999', 'abc', ''])('answers 404 for a round that is not one of the organisation’s (?round=%s)', async (round) => {
    const s = arrange()
    expect((await open(s, `/o/4810102?round=${round}`)).status).toBe(404)
  })

  it('says plainly that there are no results yet when no round includes the organisation', async () => {
    for (const s of [arrange({ round: false }), arrange({ round: { scope: 'organisations', organisations: ['3500102'] } })]) {
      const { status, page } = await open(s, '/o/4810102')
      expect(status).toBe(200)
      expect(page.getByRole('heading', { level: 2, name: 'ยังไม่มีผลการประเมิน' })).toBeDefined()
      expect(page.byId('results')).toBeUndefined()
    }
  })
})

describe('addresses and languages', () => {
  it.each(['/o/9999999', '/o/481010', '/o/%E0%B8%81', `/o/${'9'.repeat(300)}`])(
    'answers %s with a Thai 404 page',
    async (path) => {
      const s = arrange()
      const { status, page } = await open(s, path)
      expect(status).toBe(404)
      expect(page.lang).toBe('th')
      expect(page.getByRole('heading', { level: 1 }).children.join('')).toBe('ไม่พบองค์กรปกครองส่วนท้องถิ่นนี้')
      expect(page.getByRole('link', { name: 'ค้นหาผลของ อปท. อื่น' }).attrs.href).toBe('/o')
    },
  )

  it('switches to English with ?lang=en, keeping the round, and back', async () => {
    const s = arrange()
    store(s, s.points.main, TEN)

    const th = (await open(s, `/o/4810102?round=${s.roundId}`)).page
    expect(th.getByRole('link', { name: 'English' }).attrs.href).toBe(`/o/4810102?round=${s.roundId}&lang=en`)

    const { page, res } = await open(s, `/o/4810102?round=${s.roundId}&lang=en`)
    expect(page.lang).toBe('en')
    expect(res.headers.getSetCookie().some((c) => c.startsWith('lang=en'))).toBe(true)
    expect(page.getByRole('heading', { level: 1 }).children.join('')).toBe('Town Municipality กระบี่')
    expect(page.text()).toContain('DLA code 4810102 · Mueang Krabi District · Krabi Province')
    expect(page.getByRole('heading', { name: 'Satisfaction results Fiscal year 2568 (BE)' })).toBeDefined()
    expect(textOf(resultsSection(page))).toContain('10 people answered')
    expect(lineOf(page, 'All aspects together')).toBe('satisfaction 81.93% · mean 4.10 · level: High · 83 answers')
    expect(lineOf(page, 'Seating, drinking water and toilets were sufficient and clean')).toBe(
      'Fewer than 10 people answered, so no result is shown.',
    )
    expect(page.getByRole('region', { name: 'Facilities' })).toBeDefined()
    expect(page.getByRole('link', { name: 'ภาษาไทย' }).attrs.href).toBe(`/o/4810102?round=${s.roundId}&lang=th`)
  })
})

describe('the thank-you page', () => {
  it('links to the organisation’s public results page', async () => {
    const s = arrange()
    const res = await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services))
    expect(res.status).toBe(303)

    const { page } = await open(s, res.headers.get('location')!)
    expect(page.getByRole('link', { name: 'ดูผลการประเมินของหน่วยงานนี้' }).attrs.href).toBe('/o/4810102')

    const en = (await open(s, `${res.headers.get('location')!}?lang=en`)).page
    expect(en.getByRole('link', { name: 'See this organisation’s results' }).attrs.href).toBe('/o/4810102')

    const cnx = await answer(s.app, 'CNX1001', validAnswers(s.definition, []))
    expect(
      (await open(s, cnx.headers.get('location')!)).page.getByRole('link', { name: 'ดูผลการประเมินของหน่วยงานนี้' }).attrs.href,
    ).toBe('/o/3500102')
  })

  it('leaves the link out on a kiosk, which must go back to the survey for the next resident', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const kiosk = await createKiosk(s, s.points.main.id)
    const cookie = await openKiosk(s, kiosk.token)
    const page = readPage(await (await s.app.request('/s/KRB1001/thanks', { headers: { Cookie: cookie } })).text())
    expect(page.allByRole('link', { name: 'ดูผลการประเมินของหน่วยงานนี้' })).toEqual([])
  })
})

describe('other questionnaires', () => {
  it('shows ARTA CSM scores, with SQD0 apart and an item short of answers withheld', async () => {
    const s = arrange({ round: { questionnaire: 'arta-csm' } })
    // Every SQD item: 5,5,5,5,5,4,4,4,3,2 → 8 of 10 positive = 80.00 (Satisfactory); SQD3: 5, 5 and eight N/A.
    // Overall pools SQD1–SQD8: 7 × 8 + 2 = 58 positive of 7 × 10 + 2 = 72 → 80.555… → 80.56.
    const column = ['5', '5', '5', '5', '5', '4', '4', '4', '3', '2']
    const people = column.map((v, i) => ({
      ...Object.fromEntries(['sqd0', 'sqd1', 'sqd2', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8'].map((id) => [id, v])),
      sqd3: i < 2 ? '5' : NA,
    }))
    store(s, s.points.main, people)

    const { page } = await open(s, '/o/4810102')

    expect(lineOf(page, 'คะแนนความพึงพอใจรวม (SQD1–SQD8)')).toBe('คะแนน 80.56 · ระดับน่าพึงพอใจ · 72 คำตอบ')
    expect(lineOf(page, 'SQD0 พึงพอใจกับบริการที่ได้รับ')).toBe('คะแนน 80.00 · ระดับน่าพึงพอใจ · 10 คำตอบ')
    expect(lineOf(page, 'SQD2 หน่วยงานปฏิบัติตามข้อกำหนดและขั้นตอนของบริการตามที่แจ้งไว้')).toBe('คะแนน 80.00 · ระดับน่าพึงพอใจ · 10 คำตอบ')
    expect(lineOf(page, 'SQD3 ขั้นตอนที่ต้องทำ (รวมถึงการชำระเงิน) ง่ายและไม่ซับซ้อน')).toBe(WITHHELD)
    // The pool minus SQD2, SQD4–SQD8 would give SQD3 if SQD1 were shown: SQD1 is withheld with it.
    expect(lineOf(page, 'SQD1 ใช้เวลาในการติดต่อรับบริการอย่างเหมาะสม')).toBe(WITHHELD_COMPLEMENT)
    expect(page.nameOf(page.getByRole('img'))).toContain('SQD2 80.00%')
  })

  it('shows the A-11 percent positive', async () => {
    const s = arrange({ round: { questionnaire: 'a11-trust' } })
    // 5,5,5,4,4,3,3,2,1,1 → 5 of 10 positive = 50.00
    store(
      s,
      s.points.main,
      ['5', '5', '5', '4', '4', '3', '3', '2', '1', '1'].map((v) => ({ trust: v })),
    )
    const { page } = await open(s, '/o/4810102')
    expect(lineOf(page, 'การรับบริการครั้งนี้ทำให้มั่นใจในหน่วยงานนี้มากขึ้น')).toBe('ตอบในทางบวกร้อยละ 50.00 · 10 คำตอบ')
  })
})
