/**
 * "เทียบกับรอบก่อน" and the by-aspect comparison, through the real HTTP path: an organisation's
 * figures beside the same figures of an earlier round on the same questionnaire, with the change
 * and the z-test verdict, on its staff and public pages, the province's and the national page.
 * Responses go through the real response store; every figure is worked out by hand below.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../src/db/queries/responses.js'
import { latestPublishedQuestionnaire } from '../../../src/db/queries/questionnaires.js'
import { rounds } from '../../../src/db/schema.js'
import { createStaff, signIn } from '../../helpers/staff.js'
import { arrangeSurvey, DAY } from '../../helpers/survey-fixture.js'

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
const everyItem = (value: string) => Object.fromEntries(['overall', ...ASPECT_ITEMS].map((id) => [id, value]))
const people = (n: number, value: string) => Array.from({ length: n }, () => everyItem(value))

async function arrange(earlierQuestionnaire = 'thai-lgu-standard') {
  const s = arrangeSurvey()
  const questionnaire = latestPublishedQuestionnaire(s.db, earlierQuestionnaire)!
  const earlier = s.db
    .insert(rounds)
    .values({
      nameTh: 'ปีงบประมาณ 2567',
      nameEn: 'Fiscal year 2567 (BE)',
      questionnaireId: questionnaire.id,
      opensAt: new Date(s.clock.now - 400 * DAY),
      closesAt: new Date(s.clock.now - 200 * DAY),
      scope: 'all',
      createdAt: new Date(s.clock.now - 400 * DAY),
    })
    .returning({ id: rounds.id })
    .get().id
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  await createStaff(s.db, { role: 'dla', username: 'dla' })
  const lgu = await signIn(s.app, 'krabi-town')
  const dla = await signIn(s.app, 'dla')
  const store = createResponseStore(s.db)
  const respond = (roundId: number, point: 'main' | 'bare', answers: Record<string, string>[], at: number) => {
    for (const a of answers) {
      const outcome = store.writeOne({
        submissionId: randomUUID(),
        roundId,
        organisationId: s.points[point].organisationId,
        servicePointId: s.points[point].id,
        serviceId: null,
        submittedAt: at,
        locale: 'th',
        channel: 'web',
        flagReason: null,
        answers: Object.entries(a).map(([itemId, value]) => ({ itemId, value })),
      })
      if (outcome !== 'stored') throw new Error('not stored')
    }
  }
  const page = async (res: Response | Promise<Response>) => {
    const r = await res
    expect(r.status).toBe(200)
    return r.text()
  }
  return {
    ...s,
    earlier,
    now: (point: 'main' | 'bare', answers: Record<string, string>[]) =>
      respond(s.roundId!, point, answers, s.clock.now - 3_600_000),
    before: (point: 'main' | 'bare', answers: Record<string, string>[]) =>
      respond(earlier, point, answers, s.clock.now - 300 * DAY),
    staffPage: () => page(lgu.get(`/staff/organisations/${s.organisationIds['4810102']}/results`)),
    publicPage: () => page(s.app.request('/o/4810102')),
    provincePage: () => page(dla.get('/staff/provinces/81/results')),
    nationalPage: () => page(dla.get('/staff/national/results')),
  }
}

const plain = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** A figure's trend table: each row's cells as text, newest first. */
function trendRows(html: string, key: string): string[][] {
  const start = html.indexOf(`data-trend-table="${key}"`)
  if (start < 0) throw new Error(`no trend table ${key}`)
  const table = html.slice(start, html.indexOf('</table>', start))
  return [...table.matchAll(/<tr data-round[^>]*>([\s\S]*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => plain(c[1]!)),
  )
}

/** The chart's dots: the value of each drawn dot, oldest first. */
const dotsOf = (html: string, key: string) => {
  const start = html.indexOf(`data-trend="${key}"`)
  return [...html.slice(start, html.indexOf('</svg>', start)).matchAll(/data-value="([^"]+)"/g)].map((m) => m[1])
}

/*
 * Earlier round (2567): 10 residents, five answering 5 to everything and five answering 4.
 *   all nine aspect questions: n 90, Σx 405, mean 4.50 → 90.00 %; Σx² 1845, S.D. √((90·1845 − 405²) ÷ (90·89)) = 0.50280,
 *     SE 0.50280 ÷ √90 × 20 = 1.0600, MoE 1.96 × 1.0600 = 2.08.
 *   process (2 questions): n 20, S.D. √(100 ÷ 380) = 0.51299, SE 2.2942, MoE 4.50.
 *   staff (3 questions): n 30, S.D. √(225 ÷ 870) = 0.50855, SE 1.8570, MoE 3.64.
 * This round (2568): five answering 5 and five answering 3: mean 4.00 → 80.00 %.
 *   all: S.D. √(90 ÷ 89) = 1.0056, SE 2.1200, MoE 4.16.   process: SE 4.5883, MoE 8.99.   staff: SE 3.7139, MoE 7.28.
 * Change −10.00 points each. z = −10 ÷ √(SE₁² + SE₂²):
 *   all      −10 ÷ √(2.1200² + 1.0600²) = −10 ÷ 2.3702 = −4.22 → beyond (เกินค่าคลาดเคลื่อน)
 *   process  −10 ÷ √(4.5883² + 2.2942²) = −10 ÷ 5.1299 = −1.95 → within (ไม่เกินค่าคลาดเคลื่อน), though the 8.99 and 4.50 margins
 *            do not reach across the 10 points one way: only the z-test on both at once says so
 *   staff    −10 ÷ √(3.7139² + 1.8570²) = −10 ÷ 4.1523 = −2.41 → beyond (เกินค่าคลาดเคลื่อน)
 */
const FIVES_AND_FOURS = [...people(5, '5'), ...people(5, '4')]
const FIVES_AND_THREES = [...people(5, '5'), ...people(5, '3')]
const CURRENT = 'ปีงบประมาณ 2568'
const EARLIER = 'ปีงบประมาณ 2567'

describe('an organisation with two rounds on the same questionnaire', () => {
  const expectTrend = (html: string) => {
    expect(html).toContain('เทียบกับรอบก่อน')
    expect(trendRows(html, 'overall')).toEqual([
      [CURRENT, '80.00 ± 4.16', '4.00 (90)', 'รอบที่เลือก'],
      [EARLIER, '90.00 ± 2.08', '4.50 (90)', '−10.00 (เกินค่าคลาดเคลื่อน)'],
    ])
    expect(trendRows(html, 'aspect-process')).toEqual([
      [CURRENT, '80.00 ± 8.99', '4.00 (20)', 'รอบที่เลือก'],
      [EARLIER, '90.00 ± 4.50', '4.50 (20)', '−10.00 (ไม่เกินค่าคลาดเคลื่อน)'],
    ])
    expect(trendRows(html, 'aspect-staff')).toEqual([
      [CURRENT, '80.00 ± 7.28', '4.00 (30)', 'รอบที่เลือก'],
      [EARLIER, '90.00 ± 3.64', '4.50 (30)', '−10.00 (เกินค่าคลาดเคลื่อน)'],
    ])
    // The chart runs oldest first: 90 then 80.
    expect(dotsOf(html, 'overall')).toEqual(['90', '80'])
  }

  it('sets each figure beside the earlier round on the staff page, with the change and the verdict', async () => {
    const s = await arrange()
    s.before('main', FIVES_AND_FOURS)
    s.now('main', FIVES_AND_THREES)
    expectTrend(await s.staffPage())
  })

  it('does the same on the public page', async () => {
    const s = await arrange()
    s.before('main', FIVES_AND_FOURS)
    s.now('main', FIVES_AND_THREES)
    expectTrend(await s.publicPage())
  })

  it('sets the province and the country beside their earlier round too', async () => {
    const s = await arrange()
    s.before('main', FIVES_AND_FOURS)
    s.now('main', FIVES_AND_THREES)
    // Only this organisation answered: the province and the country pool exactly its answers.
    expect(trendRows(await s.provincePage(), 'overall')[1]).toEqual([
      EARLIER,
      '90.00 ± 2.08',
      '4.50 (90)',
      '−10.00 (เกินค่าคลาดเคลื่อน)',
    ])
    expect(trendRows(await s.nationalPage(), 'aspect-process')[1]).toEqual([
      EARLIER,
      '90.00 ± 4.50',
      '4.50 (20)',
      '−10.00 (ไม่เกินค่าคลาดเคลื่อน)',
    ])
  })
})

describe('no comparison', () => {
  it('when the earlier round used a different questionnaire', async () => {
    const s = await arrange('arta-csm')
    s.now('main', FIVES_AND_THREES)
    for (const html of [await s.staffPage(), await s.publicPage(), await s.nationalPage()]) {
      expect(html).toContain('ยังไม่มีรอบก่อนหน้าที่ใช้แบบสอบถามซึ่งเทียบกับรอบนี้ได้')
      expect(html).not.toContain('data-trend-figure')
    }
  })
})

describe('a small earlier round', () => {
  it('is withheld on the public page as the public page withholds any group below the minimum', async () => {
    const s = await arrange()
    s.before('main', FIVES_AND_FOURS.slice(0, 9))
    s.now('main', FIVES_AND_THREES)
    const html = await s.publicPage()

    expect(trendRows(html, 'overall')).toEqual([
      [CURRENT, '80.00 ± 4.16', '4.00 (90)', 'รอบที่เลือก'],
      [EARLIER, 'ไม่แสดง (ผู้ตอบน้อยกว่า 10 คน)', '–', '–'],
    ])
    // No dot for it, and none of its figures anywhere on the page.
    expect(dotsOf(html, 'overall')).toEqual(['80'])
    expect(html).not.toContain('90.00')
  })
})

describe('the by-aspect comparison under the headline', () => {
  it('sets each aspect beside the province and the country, in a table, on the first screen', async () => {
    const s = await arrange()
    s.now('main', FIVES_AND_THREES)
    s.now('bare', people(10, '3'))
    /*
     * Province = this organisation. Country adds ten เชียงใหม่ residents answering 3:
     *   all: 70.00 ± 2.54 (as the headline chart).
     *   process: n 40, Σx 80 + 60 = 140, mean 3.5 → 70.00; Σx² 340 + 180 = 520,
     *   S.D. √((40·520 − 140²) ÷ (40·39)) = 0.87706, MoE 1.96 × 0.87706 ÷ √40 × 20 = 5.44.
     */
    for (const html of [await s.staffPage(), await s.publicPage()]) {
      const start = html.indexOf('data-comparison-table')
      expect(start).toBeGreaterThan(0)
      // Before the detailed tables: right after the headline chart.
      expect(start).toBeLessThan(html.indexOf('rounds-trend'))
      const table = html.slice(start, html.indexOf('</table>', start))
      const row = (key: string) => {
        const m = new RegExp(`<tr data-row="${key}">([\\s\\S]*?)</tr>`).exec(table)!
        return [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => plain(c[1]!))
      }
      expect(row('overall')).toEqual(['ภาพรวมทุกด้าน', '80.00 ± 4.16', '80.00 ± 4.16', '70.00 ± 2.54'])
      expect(row('aspect-process')).toEqual(['ด้านกระบวนการ/ขั้นตอนการให้บริการ', '80.00 ± 8.99', '80.00 ± 8.99', '70.00 ± 5.44'])
    }
  })
})
