/**
 * The silence alert from the stored tallies: a point with opening hours that collected
 * 8 answers a weekday goes quiet; a point without hours with the same history never alerts;
 * the next answer closes it.
 */
import { describe, expect, it } from 'vitest'
import { OFFICE_HOURS, serialiseOpeningHours } from '../../../../src/domain/opening-hours.js'
import { arrangeAlerts } from './arrange.js'

const bangkok = (iso: string) => Date.parse(`${iso}+07:00`)

async function arrangeQuietWeek() {
  const s = await arrangeAlerts()
  const { main, single } = s.points
  s.db.$client
    .prepare('update service_points set opening_hours = ? where id = ?')
    .run(serialiseOpeningHours(OFFICE_HOURS), main.id)
  // Monday 2 to Friday 6 June 2025, 8 answers a day at both points; the last at 16:00 on the Friday.
  for (const day of ['02', '03', '04', '05', '06'])
    for (let i = 0; i < 8; i++)
      for (const point of [main, single]) s.respond(point, bangkok(`2025-06-${day}T${i === 7 ? '16:00' : '10:00'}:00`), null)
  return s
}

describe('a point that goes quiet in its opening hours', () => {
  it('raises a silence alert once it would usually have collected the expected answers, and only with hours', async () => {
    // Tuesday 10 June 10:00 (the clock): silent Friday 16:00–16:30, all Monday, Tuesday 08:30–10:00 = 600 open minutes.
    // History 31 May – 6 June: Monday–Thursday 1,920 open minutes and Friday to 16:00 450, 40 answers:
    // 40 × 600 / 2,370 = 10.1 expected, at least 8.
    const s = await arrangeQuietWeek()
    const evaluation = s.app.alerts.evaluate()
    expect(evaluation.opened).toHaveLength(1)
    expect(s.rows('select service_point_id as point, rule, status, figure, basis from alerts')).toEqual([
      { point: s.points.main.id, rule: 'silence', status: 'open', figure: 10, basis: 10 },
    ])
    const officer = await s.agent('krabi-town')
    const html = await (await officer.get(s.home)).text()
    expect(html).toContain('ไม่มีผู้ตอบในเวลาทำการ: กองคลัง – งานจัดเก็บภาษี (KRB1001)')
    expect(html).toContain('ไม่มีผู้ตอบมา 10.0 ชั่วโมงทำการ ซึ่งตามปกติจุดนี้จะได้ประมาณ 10 คำตอบ')
  })

  it('is not raised earlier in the silence, nor on a weekend', async () => {
    const s = await arrangeQuietWeek()
    // Monday 9 June 15:00: 30 + 390 = 420 open minutes, 7.1 expected.
    s.clock.now = bangkok('2025-06-09T15:00:00')
    expect(s.app.alerts.evaluate().opened).toEqual([])
    s.clock.now = bangkok('2025-06-08T20:00:00')
    expect(s.app.alerts.evaluate().opened).toEqual([])
  })

  it('closes when an answer comes in', async () => {
    const s = await arrangeQuietWeek()
    s.app.alerts.evaluate()
    s.clock.advance(5 * 60_000)
    s.respond(s.points.main, s.clock.now, null)
    expect(s.app.alerts.evaluate()).toEqual({ opened: [], updated: 0, closed: 1 })
    expect(s.rows('select status from alerts')).toEqual([{ status: 'closed' }])
  })

  it('counts flagged answers neither as the usual pace nor as the end of a silence', async () => {
    const s = await arrangeQuietWeek()
    s.respond(s.points.main, s.clock.now - 60_000, null, 'repeat')
    expect(s.app.alerts.evaluate().opened).toHaveLength(1)
  })
})
