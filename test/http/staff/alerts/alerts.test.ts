/**
 * Alerts through the real pages: raised by the evaluation from the tallies, shown on the
 * organisation's and the province's pages, acknowledged with a cause (stored with an audit
 * entry), refused to another organisation, closed when the figure recovers.
 */
import { describe, expect, it } from 'vitest'
import { readPage } from '../../html.js'
import { DEFAULT_NOW, HOUR } from '../../../helpers/survey-fixture.js'
import { arrangeAlerts } from './arrange.js'

const MINUTE = 60_000
const HEADING = 'ความพึงพอใจโดยรวมต่ำ: กองคลัง – งานจัดเก็บภาษี (KRB1001)'

/** 10 counted answers today at the tax counter, 4 of them at the two lowest levels (40 %), and 10 flagged ones at 5. */
async function arrangeLowShare() {
  const s = await arrangeAlerts()
  const { main } = s.points
  for (const value of ['1', '1', '1', '2', '5', '5', '5', '5', '4', '3']) s.respond(main, DEFAULT_NOW - HOUR, value)
  // Counted, these would make it 4 of 20 = 20 %, not above the threshold: flagged answers stay out.
  for (let i = 0; i < 10; i++) s.respond(main, DEFAULT_NOW - HOUR, '5', 'repeat')
  const evaluation = s.app.alerts.evaluate()
  const [alert] = s.rows<{ id: number; status: string; figure: number; basis: number }>(
    'select id, status, figure, basis from alerts',
  )
  return { ...s, evaluation, alert: alert! }
}

describe('a low share of satisfied answers raises an alert', () => {
  it('opens one alert with the share of counted answers, flagged ones left out', async () => {
    const { evaluation, alert, rows } = await arrangeLowShare()
    expect(evaluation.opened).toEqual([alert.id])
    expect(alert).toMatchObject({ status: 'open', figure: 40, basis: 10 })
    // Evaluating again changes nothing but the figure: still one live alert.
    expect(rows('select count(*) as n from alerts')).toEqual([{ n: 1 }])
  })

  it('shows it on the organisation’s page in Thai and in English, with the acknowledgement form', async () => {
    const s = await arrangeLowShare()
    const officer = await s.agent('krabi-town')
    const page = readPage(await (await officer.get(s.home)).text())
    const section = page.getByRole('region', { name: 'การแจ้งเตือน' })
    expect(page.text(section)).toContain(HEADING)
    expect(page.text(section)).toContain('ร้อยละ 40.0 ของคำตอบความพึงพอใจโดยรวม 10 คำตอบ อยู่ในสองระดับต่ำสุด (แจ้งเตือนเมื่อเกินร้อยละ 20)')
    expect(page.text(section)).toContain('ยังไม่มีผู้รับทราบ')
    const field = page.getByRole('textbox', { name: 'สาเหตุที่พบ' }, section)
    expect(field.attrs.name).toBe('comment')

    const english = readPage(await (await officer.get(`${s.home}?lang=en`)).text())
    expect(english.text(english.getByRole('region', { name: 'Alerts' }))).toContain(
      '40.0 % of 10 overall-satisfaction answers are at the two lowest levels (alert above 20 %)',
    )
  })

  it('shows it on its province’s page, with the organisation, and not on another province’s', async () => {
    const s = await arrangeLowShare()
    const province = await s.agent('krabi')
    const page = readPage(await (await province.get('/staff/provinces/81')).text())
    const section = page.getByRole('region', { name: 'การแจ้งเตือนของ อปท. ในจังหวัด' })
    expect(page.text(section)).toContain(HEADING)
    expect(page.getByRole('link', { name: 'เทศบาลเมืองกระบี่' }, section).attrs.href).toBe(`${s.home}#alerts`)

    const other = await s.agent('chiang-mai-province')
    const elsewhere = await (await other.get('/staff/provinces/50')).text()
    expect(elsewhere).not.toContain('KRB1001')
    expect(elsewhere).toContain('ไม่มีการแจ้งเตือนที่ยังเปิดอยู่')
  })

  it('closes by itself when the share recovers, and is no longer shown', async () => {
    const s = await arrangeLowShare()
    s.clock.advance(30 * MINUTE)
    // 10 more at level 5: 4 of 20 = 20 %, no longer above 20 %.
    for (let i = 0; i < 10; i++) s.respond(s.points.main, s.clock.now, '5')
    expect(s.app.alerts.evaluate()).toEqual({ opened: [], updated: 0, closed: 1 })
    expect(s.rows('select status, figure, basis, closed_at as closedAt from alerts')).toEqual([
      { status: 'closed', figure: 20, basis: 20, closedAt: s.clock.now },
    ])
    const officer = await s.agent('krabi-town')
    const html = await (await officer.get(s.home)).text()
    expect(html).not.toContain(HEADING)
    expect(html).toContain('ไม่มีการแจ้งเตือนที่ยังเปิดอยู่')
  })
})

describe('acknowledging an alert', () => {
  it('stores the cause and an audit entry, and shows both', async () => {
    const s = await arrangeLowShare()
    const officer = await s.agent('krabi-town')
    const res = await officer.post(`/staff/alerts/${s.alert.id}/acknowledge`, {
      from: 'organisation',
      comment: '  เจ้าหน้าที่ประจำเคาน์เตอร์ลาป่วย 3 วัน  ',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${s.home}?alert=acknowledged#alerts`)
    expect(s.rows('select status, comment, acknowledged_at as at from alerts')).toEqual([
      { status: 'acknowledged', comment: 'เจ้าหน้าที่ประจำเคาน์เตอร์ลาป่วย 3 วัน', at: DEFAULT_NOW },
    ])
    const [audit] = s.rows<{ action: string; actor: string; target: string; org: number; detail: string }>(
      `select action, actor_username as actor, target_id as target, organisation_id as org, detail from audit_log
       where action = 'alert_acknowledged'`,
    )
    expect(audit).toMatchObject({ action: 'alert_acknowledged', actor: 'krabi-town', target: String(s.alert.id) })
    expect(audit!.org).toBe(s.organisationIds['4810102'])
    expect(JSON.parse(audit!.detail)).toMatchObject({
      rule: 'low_share',
      point: 'KRB1001',
      comment: 'เจ้าหน้าที่ประจำเคาน์เตอร์ลาป่วย 3 วัน',
    })

    const page = readPage(await (await officer.get(`${s.home}?alert=acknowledged`)).text())
    expect(page.text(page.getByRole('status'))).toBe('บันทึกการรับทราบการแจ้งเตือนแล้ว')
    const section = page.text(page.getByRole('region', { name: 'การแจ้งเตือน' }))
    expect(section).toContain('รับทราบแล้ว')
    expect(section).toContain('สาเหตุ: เจ้าหน้าที่ประจำเคาน์เตอร์ลาป่วย 3 วัน')
    expect(section).toContain('รับทราบโดย krabi-town')
  })

  it('takes a provincial officer back to the province’s page', async () => {
    const s = await arrangeLowShare()
    const province = await s.agent('krabi')
    const res = await province.post(`/staff/alerts/${s.alert.id}/acknowledge`, { from: 'province', comment: 'ตรวจสอบแล้ว' })
    expect(res.headers.get('location')).toBe('/staff/provinces/81?alert=acknowledged#alerts')
  })

  it('is not found for another organisation’s or another province’s officer, and stores nothing', async () => {
    const s = await arrangeLowShare()
    for (const username of ['chiang-mai', 'chiang-mai-province']) {
      const other = await s.agent(username)
      expect((await other.post(`/staff/alerts/${s.alert.id}/acknowledge`, { comment: 'ไม่ใช่ของเรา' })).status).toBe(404)
      expect((await other.get(`/staff/alerts/${s.alert.id}`)).status).toBe(404)
    }
    expect(s.rows('select status, comment from alerts')).toEqual([{ status: 'open', comment: null }])
    expect(s.rows(`select count(*) as n from audit_log where action = 'alert_acknowledged'`)).toEqual([{ n: 0 }])
  })

  it('asks for the cause when it is empty, keeps the alert open and writes no audit entry', async () => {
    const s = await arrangeLowShare()
    const officer = await s.agent('krabi-town')
    const res = await officer.post(`/staff/alerts/${s.alert.id}/acknowledge`, { from: 'organisation', comment: '   ' })
    expect(res.status).toBe(422)
    const page = readPage(await res.text())
    expect(page.title).toMatch(/^ข้อผิดพลาด: รับทราบการแจ้งเตือน/)
    expect(page.text(page.getByRole('alert'))).toContain('กรุณาระบุสาเหตุก่อนบันทึกการรับทราบ')
    expect(page.getByRole('link', { name: 'กรุณาระบุสาเหตุก่อนบันทึกการรับทราบ' }).attrs.href).toBe(`#comment-${s.alert.id}`)
    expect(s.rows('select status, comment from alerts')).toEqual([{ status: 'open', comment: null }])
    expect(s.rows(`select count(*) as n from audit_log where action = 'alert_acknowledged'`)).toEqual([{ n: 0 }])

    const english = await officer.post(`/staff/alerts/${s.alert.id}/acknowledge?lang=en`, { comment: '' })
    expect(await english.text()).toContain('Enter the cause before recording the acknowledgement')
  })

  it('says so, and stores nothing, when the alert closed before the form was sent', async () => {
    const s = await arrangeLowShare()
    for (let i = 0; i < 10; i++) s.respond(s.points.main, DEFAULT_NOW, '5')
    s.app.alerts.evaluate()
    const officer = await s.agent('krabi-town')
    const res = await officer.post(`/staff/alerts/${s.alert.id}/acknowledge`, { comment: 'สาเหตุ' })
    expect(res.headers.get('location')).toBe(`/staff/alerts/${s.alert.id}`)
    expect(await (await officer.get(`/staff/alerts/${s.alert.id}`)).text()).toContain('การแจ้งเตือนนี้ปิดแล้ว')
    expect(s.rows('select status, comment from alerts')).toEqual([{ status: 'closed', comment: null }])
  })
})
