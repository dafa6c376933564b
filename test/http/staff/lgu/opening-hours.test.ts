/**
 * Opening hours on the service point form: typed per weekday (two periods a day), or the
 * office-hours box, without JavaScript; saved with the point and shown on its row; bad
 * times refused in Thai and English with what was typed kept and nothing stored.
 */
import { describe, expect, it } from 'vitest'
import { OFFICE_HOURS } from '../../../../src/domain/opening-hours.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { arrangeSurvey } from '../../../helpers/survey-fixture.js'

async function arrange() {
  const s = arrangeSurvey()
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  const agent = await signIn(s.app, 'krabi-town')
  const home = `/staff/organisations/${s.organisationIds['4810102']}`
  const stored = (id: number) =>
    (s.db.$client.prepare('select opening_hours as h from service_points where id = ?').get(id) as { h: string | null }).h
  return { ...s, agent, home, stored }
}

const main = { nameTh: 'กองคลัง – งานจัดเก็บภาษี', nameEn: 'Finance Division – Local Taxes' }

/** The hint line under a point's name on the organisation home. */
const hoursOfRow = (html: string, code: string) =>
  new RegExp(`<tr data-point="${code}">[\\s\\S]*?<span class="hint" data-col="hours">([^<]*)<`).exec(html)?.[1]

describe('opening hours on the service point form', () => {
  it('offers a time field per weekday and period, and the office-hours box, in a plain form', async () => {
    const { agent, points } = await arrange()
    const html = await (await agent.get(`/staff/service-points/${points.main.id}/edit`)).text()
    expect(html).toContain('เวลาทำการ (ไม่บังคับ)')
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*name="officeHours"/)
    expect(html).toContain('ใช้เวลาราชการ จ.–ศ. 08:30–16:30')
    for (const name of ['mon1From', 'mon1To', 'mon2From', 'sun2To']) expect(html).toContain(`name="${name}"`)
    expect(html).toContain('aria-label="วันจันทร์ ช่วงที่ 2 เวลาเปิด"')
  })

  it('saves hours with a lunch break, shows them on the row and in the form again', async () => {
    const { agent, points, home, stored, db } = await arrange()
    const res = await agent.post(`/staff/service-points/${points.main.id}/edit`, {
      ...main,
      ...Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri'].flatMap((d) => [
          [`${d}1From`, '08:30'],
          [`${d}1To`, '12:00'],
          [`${d}2From`, '13:00'],
          [`${d}2To`, '16:30'],
        ]),
      ),
      sat1From: '9.00',
      sat1To: '12.00',
    })
    expect(res.status).toBe(303)
    expect(JSON.parse(stored(points.main.id)!)).toEqual({
      sun: [],
      mon: [
        ['08:30', '12:00'],
        ['13:00', '16:30'],
      ],
      tue: [
        ['08:30', '12:00'],
        ['13:00', '16:30'],
      ],
      wed: [
        ['08:30', '12:00'],
        ['13:00', '16:30'],
      ],
      thu: [
        ['08:30', '12:00'],
        ['13:00', '16:30'],
      ],
      fri: [
        ['08:30', '12:00'],
        ['13:00', '16:30'],
      ],
      sat: [['09:00', '12:00']],
    })
    const audit = db.$client.prepare("select detail from audit_log where action = 'service_point_updated'").get() as {
      detail: string
    }
    expect(JSON.parse(audit.detail).fields.openingHours.from).toBeNull()

    expect(hoursOfRow(await (await agent.get(home)).text(), points.main.code)).toBe(
      'เวลาทำการ จ.–ศ. 08:30–12:00, 13:00–16:30; ส. 09:00–12:00',
    )
    expect(hoursOfRow(await (await agent.get(`${home}?lang=en`)).text(), points.main.code)).toBe(
      'Open Mon–Fri 08:30–12:00, 13:00–16:30; Sat 09:00–12:00',
    )
    const form = await (await agent.get(`/staff/service-points/${points.main.id}/edit`)).text()
    expect(form).toMatch(/name="fri2To"[^>]*value="16:30"|value="16:30"[^>]*name="fri2To"/)
    expect(form).toMatch(/id="sat1From"[^>]*value="09:00"/)
  })

  it('stores office hours from the box, whatever was typed', async () => {
    const { agent, points, home, stored } = await arrange()
    const res = await agent.post(`${home}/service-points/new`, {
      nameTh: 'งานทะเบียน',
      officeHours: 'on',
      mon1From: '07:00',
      mon1To: '',
    })
    expect(res.status).toBe(303)
    const id = Number(/point=(\d+)/.exec(res.headers.get('location') ?? '')?.[1])
    expect(id).toBeGreaterThan(points.inactive.id)
    expect(JSON.parse(stored(id)!)).toEqual(OFFICE_HOURS)
  })

  it('clears the hours when every time is left blank, and keeps them when the form sends none', async () => {
    const { agent, points, stored, db } = await arrange()
    db.$client
      .prepare('update service_points set opening_hours = ? where id = ?')
      .run(JSON.stringify(OFFICE_HOURS), points.main.id)
    await agent.post(`/staff/service-points/${points.main.id}/edit`, { ...main, nameTh: 'กองคลัง' })
    expect(JSON.parse(stored(points.main.id)!)).toEqual(OFFICE_HOURS)
    await agent.post(`/staff/service-points/${points.main.id}/edit`, { ...main, mon1From: '', mon1To: '' })
    expect(stored(points.main.id)).toBeNull()
  })

  it.each([
    ['to before from', { mon1From: '16:30', mon1To: '08:30' }, 'mon1To', 'วันจันทร์ ช่วงที่ 1: เวลาปิดต้องอยู่หลังเวลาเปิด'],
    [
      'overlapping periods',
      { tue1From: '08:30', tue1To: '12:30', tue2From: '12:00', tue2To: '16:30' },
      'tue2From',
      'วันอังคาร ช่วงที่ 2: ช่วงเวลาในวันเดียวกันต้องไม่ซ้อนกัน',
    ],
    ['a bad time', { wed1From: '25:00', wed1To: '26:00' }, 'wed1From', 'วันพุธ ช่วงที่ 1: เวลาต้องเป็นชั่วโมง:นาที เช่น 08:30'],
    ['half a period', { thu2From: '13:00' }, 'thu2To', 'วันพฤหัสบดี ช่วงที่ 2: กรอกทั้งเวลาเปิดและเวลาปิดของช่วงนี้'],
  ])('refuses %s in Thai, keeps what was typed and stores nothing', async (_, times, field, message) => {
    const { agent, points, stored, db } = await arrange()
    const before = db.$client.prepare('select * from service_points where id = ?').get(points.main.id)
    const res = await agent.post(`/staff/service-points/${points.main.id}/edit`, { ...main, nameTh: 'ชื่อใหม่', ...times })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain(`<a href="#${field}">${message}</a>`)
    expect(html).toContain(`id="${field}-error"`)
    expect(html).toMatch(new RegExp(`id="${field}"[^>]*aria-invalid="true"`))
    for (const value of Object.values(times)) expect(html).toContain(`value="${value}"`)
    expect(html).toContain('value="ชื่อใหม่"')
    expect(db.$client.prepare('select * from service_points where id = ?').get(points.main.id)).toEqual(before)
    expect(stored(points.main.id)).toBeNull()
    expect(db.$client.prepare("select count(*) as n from audit_log where action like 'service_point%'").get()).toEqual({ n: 0 })
  })

  it('refuses bad times in English too, creating nothing', async () => {
    const { agent, home, db } = await arrange()
    const count = () => (db.$client.prepare('select count(*) as n from service_points').get() as { n: number }).n
    const before = count()
    const res = await agent.post(`${home}/service-points/new?lang=en`, {
      nameTh: 'จุดใหม่',
      fri1From: '16:30',
      fri1To: '08:30',
      sat1From: '8:3',
      sat1To: '12:00',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<a href="#fri1To">Friday, period 1: The closing time must be after the opening time</a>')
    expect(html).toContain('<a href="#sat1From">Saturday, period 1: Enter a time as hours:minutes, for example 08:30</a>')
    expect(html).toContain('aria-label="Friday, period 1, closes"')
    expect(count()).toBe(before)
  })
})
