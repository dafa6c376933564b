/**
 * The headline chart on the first screen of an organisation's results, staff and public: percent
 * satisfaction with its margin of error, overall and by aspect, beside its province and the country.
 * Responses are written through the real response store; every figure below is worked out by hand.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../src/db/queries/responses.js'
import { createStaff, signIn } from '../../helpers/staff.js'
import { arrangeSurvey } from '../../helpers/survey-fixture.js'
import { chartOf, rowsOfChart } from './chart-html.js'

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
/** Five residents answering 5 to everything and five answering 3: every mean is 4.00, every percent 80.00. */
const FIVES_AND_THREES = [...Array(5).fill(everyItem('5')), ...Array(5).fill(everyItem('3'))] as Record<string, string>[]

async function arrange() {
  const s = arrangeSurvey()
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  const agent = await signIn(s.app, 'krabi-town')
  const store = createResponseStore(s.db)
  const respond = (point: 'main' | 'bare', people: Record<string, string>[]) => {
    for (const answers of people) {
      const outcome = store.writeOne({
        submissionId: randomUUID(),
        roundId: s.roundId!,
        organisationId: s.points[point].organisationId,
        servicePointId: s.points[point].id,
        serviceId: null,
        submittedAt: s.clock.now - 3_600_000,
        locale: 'th',
        channel: 'web',
        flagReason: null,
        answers: Object.entries(answers).map(([itemId, value]) => ({ itemId, value })),
      })
      if (outcome !== 'stored') throw new Error('not stored')
    }
  }
  const staffPage = async () => {
    const res = await agent.get(`/staff/organisations/${s.organisationIds['4810102']}/results`)
    expect(res.status).toBe(200)
    return res.text()
  }
  const publicPage = async () => {
    const res = await s.app.request('/o/4810102')
    expect(res.status).toBe(200)
    return res.text()
  }
  return { ...s, respond, staffPage, publicPage }
}

/*
 * เทศบาลเมืองกระบี่: 10 residents, half 5s, half 3s. Mean 4, percent 4 ÷ 5 × 100 = 80.00.
 * process (2 questions): n 20, Σ(x − 4)² = 20, S.D. √(20 ÷ 19) = 1.0260, MoE 1.96 × 1.0260 ÷ √20 × 20 = 8.99.
 * staff (3 questions): n 30, S.D. √(30 ÷ 29) = 1.0171, MoE 1.96 × 1.0171 ÷ √30 × 20 = 7.28.
 * all nine aspect questions: n 90, S.D. √(90 ÷ 89) = 1.0056, MoE 1.96 × 1.0056 ÷ √90 × 20 = 4.16.
 * The province is this one organisation: the same 80.00 ± 4.16.
 * The country adds 10 residents of a เชียงใหม่ organisation answering 3: n 180, mean 3.5 → 70.00;
 * Σ(x − 3.5)² = 45 × 2.25 + 135 × 0.25 = 135, S.D. √(135 ÷ 179) = 0.8684, MoE 1.96 × 0.8684 ÷ √180 × 20 = 2.54.
 */
const EXPECTED = {
  overall: { label: 'ภาพรวมทุกด้าน', text: '80.00 ± 4.16', length: '80', interval: '75.84-84.16' },
  process: { text: '80.00 ± 8.99', length: '80', interval: '71.01-88.99' },
  staff: { text: '80.00 ± 7.28', length: '80', interval: '72.72-87.28' },
  province: { label: 'ทั้งจังหวัดกระบี่', text: '80.00 ± 4.16', length: '80', interval: '75.84-84.16' },
  country: { label: 'ทั้งประเทศ', text: '70.00 ± 2.54', length: '70', interval: '67.46-72.54' },
}

describe('the staff results page', () => {
  it('opens with the headline chart: overall and each aspect with its margin, then the province and the country', async () => {
    const s = await arrange()
    s.respond('main', FIVES_AND_THREES)
    s.respond('bare', Array(10).fill(everyItem('3')))
    const html = await s.staffPage()

    // First thing after the round's standing, before the overall tables.
    expect(html.indexOf('id="headline"')).toBeLessThan(html.indexOf('id="overall"'))
    const rows = rowsOfChart(chartOf(html, 'headline-chart'))
    expect([...rows.keys()]).toEqual([
      'overall',
      'aspect-process',
      'aspect-channel',
      'aspect-staff',
      'aspect-facilities',
      'province',
      'country',
    ])
    expect(rows.get('overall')).toEqual(EXPECTED.overall)
    expect(rows.get('aspect-process')).toMatchObject(EXPECTED.process)
    expect(rows.get('aspect-staff')).toMatchObject(EXPECTED.staff)
    expect(rows.get('province')).toEqual(EXPECTED.province)
    expect(rows.get('country')).toEqual(EXPECTED.country)
    // The drawings are hidden from screen readers: the text beside them says it all.
    expect(chartOf(html, 'headline-chart')).not.toContain('role="img"')
  })

  it('draws no bar below the minimum of responses: words instead, for the organisation and its groups', async () => {
    const s = await arrange()
    s.respond('main', FIVES_AND_THREES.slice(0, 9))
    const chart = chartOf(await s.staffPage(), 'headline-chart')

    expect(chart).not.toContain('data-bar-length')
    const rows = rowsOfChart(chart)
    for (const key of ['overall', 'aspect-process', 'province', 'country'])
      expect(rows.get(key)?.text).toBe('ไม่แสดง (ผู้ตอบน้อยกว่า 10 คน)')
  })
})

describe('the public results page', () => {
  it('opens with the same headline chart, from official answers', async () => {
    const s = await arrange()
    s.respond('main', FIVES_AND_THREES)
    s.respond('bare', Array(10).fill(everyItem('3')))
    const html = await s.publicPage()

    expect(html.indexOf('data-chart="headline-chart"')).toBeLessThan(html.indexOf('id="aspect-chart"'))
    const rows = rowsOfChart(chartOf(html, 'headline-chart'))
    expect(rows.get('overall')).toEqual(EXPECTED.overall)
    expect(rows.get('aspect-process')).toMatchObject(EXPECTED.process)
    expect(rows.get('province')).toEqual(EXPECTED.province)
    expect(rows.get('country')).toEqual(EXPECTED.country)
  })

  it('draws nothing for an organisation below the minimum', async () => {
    const s = await arrange()
    s.respond('main', FIVES_AND_THREES.slice(0, 9))
    s.respond('bare', Array(10).fill(everyItem('3')))
    const html = await s.publicPage()

    expect(html).not.toContain('data-chart="headline-chart"')
    expect(html).not.toContain('data-bar-length')
  })
})
