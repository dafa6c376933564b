/**
 * "เทียบกับรอบก่อน" for ARTA CSM and OMB A-11 questionnaires, through the real HTTP path: an
 * organisation's proportions beside the same proportions of an earlier round on the same
 * questionnaire, with the change and the two-proportion z-test verdict, on its staff and public
 * pages, the province's and the national page. Responses go through the real response store;
 * every figure is worked out by hand below.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../src/db/queries/responses.js'
import { latestPublishedQuestionnaire } from '../../../src/db/queries/questionnaires.js'
import { rounds } from '../../../src/db/schema.js'
import { createStaff, signIn } from '../../helpers/staff.js'
import { arrangeSurvey, DAY } from '../../helpers/survey-fixture.js'

const SQD = ['sqd0', 'sqd1', 'sqd2', 'sqd3', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8']
/** `n` residents giving `value` to every SQD item. */
const arta = (n: number, value: string) => Array.from({ length: n }, () => Object.fromEntries(SQD.map((id) => [id, value])))
const trust = (n: number, value: string) => Array.from({ length: n }, () => ({ trust: value }))
const CURRENT = 'ปีงบประมาณ 2568'
const EARLIER = 'ปีงบประมาณ 2567'

async function arrange(slug: string) {
  const s = arrangeSurvey({ round: { questionnaire: slug } })
  const questionnaire = latestPublishedQuestionnaire(s.db, slug)!
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
 * ARTA. Earlier round (2567): 9 residents answer 5 to every SQD item, 1 answers 2.
 *   Each item: 9 of 10 positive → 90.00; MoE 1.96 × √(0.9 × 0.1 ÷ 10) = 1.96 × 0.094868 = 0.185942 → 18.59.
 *   Overall (SQD1–SQD8 pooled): 72 of 80 → 90.00; MoE 1.96 × √(0.09 ÷ 80) = 1.96 × 0.033541 = 0.065740 → 6.57.
 * This round (2568): 6 answer 4, 4 answer 3.
 *   Each item: 6 of 10 → 60.00; MoE 1.96 × √(0.24 ÷ 10) = 1.96 × 0.154919 = 0.303642 → 30.36.
 *   Overall: 48 of 80 → 60.00; MoE 1.96 × √(0.24 ÷ 80) = 1.96 × 0.054772 = 0.107354 → 10.74.
 * Change −30.00 points each. z = (0.6 − 0.9) ÷ √(0.24 ÷ n + 0.09 ÷ n):
 *   overall (n 80)  −0.3 ÷ √(0.33 ÷ 80) = −0.3 ÷ 0.064226 = −4.67 → beyond (เกินค่าคลาดเคลื่อน)
 *   an item (n 10)  −0.3 ÷ √(0.33 ÷ 10) = −0.3 ÷ 0.181659 = −1.65 → within (ไม่เกินค่าคลาดเคลื่อน)
 */
describe('an ARTA CSM organisation with two rounds on the same questionnaire', () => {
  const expectTrend = (html: string) => {
    expect(html).toContain('เทียบกับรอบก่อน')
    expect(trendRows(html, 'overall')).toEqual([
      [CURRENT, '60.00 ± 10.74', '48 จาก 80', 'รอบที่เลือก'],
      [EARLIER, '90.00 ± 6.57', '72 จาก 80', '−30.00 (เกินค่าคลาดเคลื่อน)'],
    ])
    for (const item of ['item-sqd0', 'item-sqd4'])
      expect(trendRows(html, item)).toEqual([
        [CURRENT, '60.00 ± 30.36', '6 จาก 10', 'รอบที่เลือก'],
        [EARLIER, '90.00 ± 18.59', '9 จาก 10', '−30.00 (ไม่เกินค่าคลาดเคลื่อน)'],
      ])
    expect(html).toContain('คะแนน ± ค่าคลาดเคลื่อน')
    expect(html).toContain('คะแนนความพึงพอใจรวม')
    expect(dotsOf(html, 'overall')).toEqual(['90', '60'])
  }

  it('sets each figure beside the earlier round on the staff, public, province and national pages', async () => {
    const s = await arrange('arta-csm')
    s.before('main', [...arta(9, '5'), ...arta(1, '2')])
    s.now('main', [...arta(6, '4'), ...arta(4, '3')])
    expectTrend(await s.staffPage())
    expectTrend(await s.publicPage())
    // Only this organisation answered: the province and the country pool exactly its answers.
    expectTrend(await s.provincePage())
    expectTrend(await s.nationalPage())
  })

  it('withholds on the public page what the public results withhold, the staff page shows it', async () => {
    const s = await arrange('arta-csm')
    // Earlier: 10 residents answer 5 everywhere but SQD3, which only two answer (eight N/A).
    s.before('main', [...arta(2, '5'), ...arta(8, '5').map((a) => ({ ...a, sqd3: 'na' }))])
    s.now('main', [...arta(6, '4'), ...arta(4, '3')])
    const withheld = ['ไม่แสดง (ผู้ตอบน้อยกว่า 10 คน)', '–', '–']
    const publicPage = await s.publicPage()
    // SQD3 (2 people) is too small; SQD1 goes with it, or the pool minus the others would give SQD3 away.
    expect(trendRows(publicPage, 'item-sqd3')[1]).toEqual([EARLIER, ...withheld])
    expect(trendRows(publicPage, 'item-sqd1')[1]).toEqual([EARLIER, ...withheld])
    // Each other item: 10 of 10 → 100.00 ± 0.00; −40.00 with no spread before: z = −0.4 ÷ √(0.024) = −2.58 → beyond.
    expect(trendRows(publicPage, 'item-sqd2')[1]).toEqual([EARLIER, '100.00 ± 0.00', '10 จาก 10', '−40.00 (เกินค่าคลาดเคลื่อน)'])
    // The staff page shows SQD3 too: 2 of 2 before, no spread either; z = −0.4 ÷ √(0.024 + 0) = −2.58 → beyond.
    expect(trendRows(await s.staffPage(), 'item-sqd3')[1]).toEqual([
      EARLIER,
      '100.00 ± 0.00',
      '2 จาก 2',
      '−40.00 (เกินค่าคลาดเคลื่อน)',
    ])
  })
})

/*
 * Earlier round (2567): 8 answer 5, 8 answer 4, 4 answer 2 to the trust question:
 *   16 of 20 positive → 80.00; MoE 1.96 × √(0.8 × 0.2 ÷ 20) = 1.96 × 0.089443 = 0.175308 → 17.53.
 * This round (2568): 5 answer 5, 5 answer 4, 10 answer 1: 10 of 20 → 50.00; MoE 1.96 × √(0.25 ÷ 20) = 0.219135 → 21.91.
 * Change −30.00; z = −0.3 ÷ √(0.0125 + 0.008) = −0.3 ÷ 0.143178 = −2.10 → beyond, though the intervals
 * [28.09, 71.91] and [62.47, 97.53] overlap.
 */
describe('an A-11 organisation with two rounds on the same questionnaire', () => {
  it('sets the percent positive beside the earlier round on the staff, public and national pages', async () => {
    const s = await arrange('a11-trust')
    s.before('main', [...trust(8, '5'), ...trust(8, '4'), ...trust(4, '2')])
    s.now('main', [...trust(5, '5'), ...trust(5, '4'), ...trust(10, '1')])
    for (const html of [await s.staffPage(), await s.publicPage(), await s.nationalPage()]) {
      expect(trendRows(html, 'item-trust')).toEqual([
        [CURRENT, '50.00 ± 21.91', '10 จาก 20', 'รอบที่เลือก'],
        [EARLIER, '80.00 ± 17.53', '16 จาก 20', '−30.00 (เกินค่าคลาดเคลื่อน)'],
      ])
      expect(html).toContain('การรับบริการครั้งนี้ทำให้มั่นใจในหน่วยงานนี้มากขึ้น')
      expect(html).toContain('ร้อยละตอบในทางบวก ± ค่าคลาดเคลื่อน')
      expect(dotsOf(html, 'item-trust')).toEqual(['80', '50'])
    }
  })
})
