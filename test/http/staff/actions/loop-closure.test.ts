/**
 * The province and national views' "you said, we did" columns: the share of low-scoring points
 * (mean below มาก, at least RESULTS_MIN_RESPONSES respondents) with an action recorded in the last
 * 60 days, and the median days from the round's opening to each one's first action, worked out
 * by hand from arranged answers and actions on a clock the test moves.
 */
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import { servicePoints } from '../../../../src/db/schema.js'
import { DAY, DEFAULT_NOW, HOUR } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { arrangeActions } from './arrange-actions.js'

const SCORED = ['process_1', 'process_2', 'channel_1', 'channel_2', 'staff_1', 'staff_2', 'staff_3', 'facility_1', 'facility_2']

async function arrange() {
  const s = await arrangeActions()
  const at = new Date(DEFAULT_NOW)
  const addPoint = (code: string) =>
    s.db
      .insert(servicePoints)
      .values({ organisationId: s.orgId, code, nameTh: `จุด ${code}`, createdAt: at, updatedAt: at })
      .returning()
      .get()
  const extra = addPoint('KRB1003')
  const few = addPoint('KRB1004')
  const store = createResponseStore(s.db)
  let n = 0
  const respond = (point: { id: number; organisationId: number }, times: number, level: string) => {
    for (let i = 0; i < times; i++)
      store.writeOne({
        submissionId: `loop-${++n}`,
        roundId: s.roundId!,
        organisationId: point.organisationId,
        servicePointId: point.id,
        serviceId: null,
        submittedAt: DEFAULT_NOW - (i + 1) * HOUR,
        locale: 'th',
        channel: 'web',
        flagReason: null,
        answers: SCORED.map((itemId) => ({ itemId, value: level })),
      })
  }
  respond(s.points.main, 10, '2') // mean 2.00: low
  respond(extra, 12, '3') // mean 3.00: low
  respond(s.points.single, 10, '5') // mean 5.00: not low
  respond(few, 9, '1') // nine respondents: too few to say
  respond(s.points.bare, 10, '3') // เชียงใหม่, mean 3.00: low, never acted on
  await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
  await createStaff(s.db, { role: 'dla', username: 'dla' })
  return { ...s, extra, few }
}

const cells = (html: string, attr: string, key: string) => {
  const row = new RegExp(`<tr ${attr}="${key}">([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? ''
  const cell = (col: string) => new RegExp(`data-col="${col}">([^<]*)<`).exec(row)?.[1]?.trim()
  return { low: cell('low-points'), share: cell('acted-share'), median: cell('median-days') }
}

describe('closing the loop on low-scoring points', () => {
  it('shows the share acted on within 60 days and the median days to the first action', async () => {
    const s = await arrange()
    const plan = (pointId: number) => ({
      points: String(pointId),
      residentsSaid: 'รอนาน',
      changed: 'เพิ่มช่องบริการ',
      status: 'planned',
      plannedOn: '2025-12-01',
    })
    // The round opened 30 days before the clock: main is acted on at day 30, KRB1003 at day 45.
    expect((await s.record(plan(s.points.main.id))).status).toBe(303)
    s.clock.advance(15 * DAY)
    // Sessions end after an idle hour: sign in again after each jump of the clock.
    expect((await s.record(plan(s.extra.id), undefined, await signIn(s.app, 'krabi-town'))).status).toBe(303)
    // A second action at main later does not move its first one.
    s.clock.advance(5 * DAY)
    expect((await s.record(plan(s.points.main.id), undefined, await signIn(s.app, 'krabi-town'))).status).toBe(303)
    // Day 75: main's latest action (day 50) is 25 days old, KRB1003's (day 45) 30: both within 60 days.
    s.clock.advance(25 * DAY)
    const province = await signIn(s.app, 'krabi-province')
    let html = await (await province.get('/staff/provinces/81')).text()
    // Low: main and KRB1003 (single scores 5.00; KRB1004 has nine respondents). Median of 30 and 45 days.
    expect(cells(html, 'data-lgu', '4810102')).toEqual({ low: '2', share: '2/2 (100.00 %)', median: '37.5 วัน' })
    expect(html).toContain('ต่ำกว่าระดับมาก (3.41)')

    // Day 115: main's latest action is 65 days old, KRB1003's 70: neither counts; the median stays.
    s.clock.advance(40 * DAY)
    html = await (await (await signIn(s.app, 'krabi-province')).get('/staff/provinces/81')).text()
    expect(cells(html, 'data-lgu', '4810102')).toEqual({ low: '2', share: '0/2 (0.00 %)', median: '37.5 วัน' })

    const dla = await signIn(s.app, 'dla')
    const national = await (await dla.get('/staff/national?lang=en')).text()
    expect(cells(national, 'data-province', '81')).toEqual({ low: '2', share: '0/2 (0.00 %)', median: '37.5 days' })
    // เชียงใหม่: one low point, never acted on.
    expect(cells(national, 'data-province', '50')).toEqual({ low: '1', share: '0/1 (0.00 %)', median: '–' })
  })

  it('takes its threshold from ACTION_LOW_BELOW_BAND', async () => {
    const s = await arrangeActions({ config: { ACTION_LOW_BELOW_BAND: 'moderate' } })
    await createStaff(s.db, { role: 'dla', username: 'dla' })
    const dla = await signIn(s.app, 'dla')
    expect(await (await dla.get('/staff/national')).text()).toContain('ต่ำกว่าระดับปานกลาง (2.61)')
  })
})
