/**
 * The LGU officer's journeys: the collection table worked out from arranged
 * responses, then adding, editing, closing and reopening a service point.
 */
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import type { FlagReason } from '../../../../src/domain/responses.js'
import { arrangeSurvey, DEFAULT_NOW, HOUR, type ArrangedPoint } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'

const MINUTE = 60_000
/** Bangkok is UTC+7: 10 June 2025 00:30 in Bangkok is still 9 June in UTC. */
const BANGKOK_MIDNIGHT = Date.UTC(2025, 5, 9, 17, 0)

async function arrange(config: { EXCLUDE_FLAGGED?: boolean } = {}) {
  const s = arrangeSurvey({ config })
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  const agent = await signIn(s.app, 'krabi-town')
  const store = createResponseStore(s.db)
  let n = 0
  const respond = (point: ArrangedPoint, at: number, flagReason: FlagReason | null = null) =>
    store.writeOne({
      submissionId: `arranged-${++n}`,
      roundId: s.roundId!,
      organisationId: point.organisationId,
      servicePointId: point.id,
      serviceId: point.services[0]?.id ?? null,
      submittedAt: at,
      locale: 'th',
      channel: 'web',
      flagReason,
      answers: [],
    })
  const count = (sql: string, ...params: unknown[]) => (s.db.$client.prepare(sql).get(...params) as { n: number }).n
  const home = `/staff/organisations/${s.organisationIds['4810102']}`
  return { ...s, agent, respond, count, home }
}

/** The text of one cell of the collection table, by the row's code and the column. */
function cell(html: string, row: string, col: string): string | undefined {
  const tr = new RegExp(`<tr data-point="${row}">([\\s\\S]*?)</tr>`).exec(html)?.[1]
  return tr && new RegExp(`data-col="${col}">([^<]*)<`).exec(tr)?.[1]
}

describe('organisation home: this round’s collection at a glance', () => {
  it('counts today (Bangkok day) and the round from the tallies, flagged ones apart, with totals', async () => {
    const { agent, respond, points, home } = await arrange()
    const { main, single } = points
    respond(main, BANGKOK_MIDNIGHT + 30 * MINUTE) // 00:30 today in Bangkok, 9 June in UTC
    respond(main, DEFAULT_NOW - 2 * HOUR)
    respond(main, DEFAULT_NOW - 13 * MINUTE)
    respond(main, DEFAULT_NOW - 10 * MINUTE, 'repeat') // flagged: not counted, shown apart
    respond(main, BANGKOK_MIDNIGHT - 30 * MINUTE) // 23:30 yesterday in Bangkok
    respond(main, DEFAULT_NOW - 3 * 24 * HOUR)
    respond(single, DEFAULT_NOW - 24 * HOUR, 'too_fast')

    const res = await agent.get(home)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<h1 class="heading-l">เทศบาลเมืองกระบี่</h1>')
    expect(html).toContain('วันนี้ (10 มิ.ย. 2568)')
    expect([cell(html, 'KRB1001', 'today'), cell(html, 'KRB1001', 'round'), cell(html, 'KRB1001', 'flagged')]).toEqual([
      '3',
      '5',
      '1',
    ])
    // Minutes kept: 10:00 − 10 min is the flagged one, and the last response of any kind.
    expect(cell(html, 'KRB1001', 'last')).toBe('10 มิ.ย. 2568 09:50')
    expect([cell(html, 'KRB1002', 'today'), cell(html, 'KRB1002', 'round'), cell(html, 'KRB1002', 'flagged')]).toEqual([
      '0',
      '0',
      '1',
    ])
    expect([cell(html, 'total', 'today'), cell(html, 'total', 'round'), cell(html, 'total', 'flagged')]).toEqual(['3', '5', '2'])
    expect(cell(html, 'total', 'last')).toBe('10 มิ.ย. 2568 09:50')
    // Only this organisation's points, each with its survey, edit, poster, QR and kiosk links.
    expect(html).not.toContain('CNX1001')
    expect(html).toContain('href="/s/KRB1001"')
    for (const link of ['edit', 'poster', 'qr.png', 'kiosks'])
      expect(html).toContain(`href="/staff/service-points/${main.id}/${link}"`)
    expect(html).toMatch(/href="\/staff\/organisations\/\d+\/posters"/)
  })

  it('counts flagged responses when the service is set not to exclude them', async () => {
    const { agent, respond, points, home } = await arrange({ EXCLUDE_FLAGGED: false })
    respond(points.main, DEFAULT_NOW - HOUR)
    respond(points.main, DEFAULT_NOW - HOUR, 'repeat')
    const html = await (await agent.get(home)).text()
    expect([cell(html, 'KRB1001', 'today'), cell(html, 'KRB1001', 'round'), cell(html, 'KRB1001', 'flagged')]).toEqual([
      '2',
      '2',
      '1',
    ])
    expect(html).toContain('ถูกตั้งข้อสังเกต (นับรวมแล้ว)')
  })

  it('formats large numbers the Thai way and shows another round when picked', async () => {
    const { agent, respond, points, home, db, roundId } = await arrange()
    for (let i = 0; i < 1203; i++) respond(points.main, DEFAULT_NOW - (i % 5) * 24 * HOUR)
    expect(cell(await (await agent.get(home)).text(), 'KRB1001', 'round')).toBe('1,203')
    // An older, closed round: nothing counted there, and the picker keeps both.
    const old = db.$client
      .prepare(
        `insert into rounds (name_th, name_en, questionnaire_id, opens_at, closes_at, scope, created_at)
        select 'ปีงบประมาณ 2567', 'FY 2567', questionnaire_id, opens_at - 400 * 86400000, opens_at - 35 * 86400000, 'all', created_at from rounds where id = ?`,
      )
      .run(roundId).lastInsertRowid
    const html = await (await agent.get(`${home}?round=${old}`)).text()
    expect(cell(html, 'KRB1001', 'round')).toBe('0')
    expect(html).toMatch(new RegExp(`<option value="${old}" selected="">ปีงบประมาณ 2567 \\(ปิดแล้ว\\)</option>`))
    expect(html).toContain('ปีงบประมาณ 2568 (เปิดรับอยู่)')
  })
})

describe('service points: add, edit, close and reopen', () => {
  it('walks the whole journey, keeping service ids stable and auditing each change', async () => {
    const { agent, app, db, count, home, organisationIds } = await arrange()
    const orgId = organisationIds['4810102']

    const form = await agent.get(`${home}/service-points/new`)
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('name="_csrf"')

    const created = await agent.post(`${home}/service-points/new`, {
      nameTh: '  กองช่าง – งานขออนุญาต  ',
      nameEn: 'Engineering – Permits',
      department: 'กองช่าง',
      services: 'ขออนุญาตก่อสร้าง | Building permit\r\n\r\nขอเลขที่บ้าน\nรับรองแบบ | Plan approval\n',
    })
    expect(created.status).toBe(303)
    const point = db.$client
      .prepare(
        'select id, code, name_th as nameTh, organisation_id as org, active from service_points where code not like ? order by id desc',
      )
      .get('KRB%') as {
      id: number
      code: string
      nameTh: string
      org: number
      active: number
    }
    expect(point).toMatchObject({ nameTh: 'กองช่าง – งานขออนุญาต', org: orgId, active: 1 })
    expect(point.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{7}$/)
    expect(created.headers.get('location')).toBe(`${home}?done=created&point=${point.id}`)

    const listed = await (await agent.get(created.headers.get('location')!)).text()
    expect(listed).toContain(`เพิ่มจุดให้บริการ “กองช่าง – งานขออนุญาต” แล้ว รหัสแบบประเมินคือ ${point.code}`)
    expect(listed).toContain(`data-point="${point.code}"`)
    const survey = await app.request(`/s/${point.code}`)
    expect(survey.status).toBe(200)
    expect(await survey.text()).toContain('ขอเลขที่บ้าน')

    const servicesOf = () =>
      db.$client
        .prepare(
          'select id, name_th as nameTh, name_en as nameEn, position, active from services where service_point_id = ? order by id',
        )
        .all(point.id) as {
        id: number
        nameTh: string
        nameEn: string | null
        position: number
        active: number
      }[]
    const [permit, houseNo, plan] = servicesOf()
    expect([permit, houseNo, plan].map((s) => [s!.nameTh, s!.nameEn, s!.position])).toEqual([
      ['ขออนุญาตก่อสร้าง', 'Building permit', 0],
      ['ขอเลขที่บ้าน', null, 1],
      ['รับรองแบบ', 'Plan approval', 2],
    ])

    // The edit form shows the services one per line, English after a bar.
    const edit = await (await agent.get(`/staff/service-points/${point.id}/edit`)).text()
    expect(edit).toContain('ขออนุญาตก่อสร้าง | Building permit\nขอเลขที่บ้าน\nรับรองแบบ | Plan approval')

    // Rename, reorder, drop one, add one, change an English name.
    const edited = await agent.post(`/staff/service-points/${point.id}/edit`, {
      nameTh: 'กองช่าง',
      nameEn: '',
      department: 'กองช่าง',
      services: 'รับรองแบบ | Plan certification\nขออนุญาตก่อสร้าง | Building permit\nขอถมดิน',
    })
    expect(edited.status).toBe(303)
    expect(edited.headers.get('location')).toBe(`${home}?done=updated&point=${point.id}`)
    const after = servicesOf()
    expect(after.find((s) => s.id === plan!.id)).toMatchObject({ position: 0, active: 1, nameEn: 'Plan certification' })
    expect(after.find((s) => s.id === permit!.id)).toMatchObject({ position: 1, active: 1 })
    expect(after.find((s) => s.id === houseNo!.id)).toMatchObject({ active: 0 })
    expect(after.find((s) => s.nameTh === 'ขอถมดิน')).toMatchObject({ position: 2, active: 1 })
    expect(after).toHaveLength(4)
    expect(db.$client.prepare('select name_th as n, name_en as e from service_points where id = ?').get(point.id)).toEqual({
      n: 'กองช่าง',
      e: null,
    })
    const residents = await (await app.request(`/s/${point.code}`)).text()
    expect(residents).not.toContain('ขอเลขที่บ้าน')

    // Typing a removed service back in brings the same row back.
    await agent.post(`/staff/service-points/${point.id}/edit`, {
      nameTh: 'กองช่าง',
      services: 'ขอเลขที่บ้าน\nรับรองแบบ | Plan certification',
    })
    expect(servicesOf().find((s) => s.id === houseNo!.id)).toMatchObject({ active: 1, position: 0 })
    expect(
      servicesOf()
        .filter((s) => s.active === 1)
        .map((s) => s.nameTh)
        .sort(),
    ).toEqual(['ขอเลขที่บ้าน', 'รับรองแบบ'])

    // Close it: residents see it closed (410); reopen it: the survey is back.
    const closed = await agent.post(`/staff/service-points/${point.id}/deactivate`)
    expect(closed.status).toBe(303)
    expect(closed.headers.get('location')).toBe(`${home}?done=deactivated&point=${point.id}`)
    expect((await app.request(`/s/${point.code}`)).status).toBe(410)
    expect(await (await agent.get(`/staff/service-points/${point.id}/edit`)).text()).toContain('เปิดรับแบบประเมินอีกครั้ง')
    const reopened = await agent.post(`/staff/service-points/${point.id}/reactivate`)
    expect(reopened.headers.get('location')).toBe(`${home}?done=reactivated&point=${point.id}`)
    expect((await app.request(`/s/${point.code}`)).status).toBe(200)

    const audit = db.$client
      .prepare(
        "select action, target_id as target, province_code as province, organisation_id as org, actor_username as actor, detail from audit_log where action like 'service_point%' order by id",
      )
      .all() as { action: string; target: string; province: string; org: number; actor: string; detail: string }[]
    expect(audit.map((a) => a.action)).toEqual([
      'service_point_created',
      'service_point_updated',
      'service_point_updated',
      'service_point_deactivated',
      'service_point_reactivated',
    ])
    for (const a of audit) expect(a).toMatchObject({ target: String(point.id), province: '81', org: orgId, actor: 'krabi-town' })
    expect(JSON.parse(audit[1]!.detail)).toMatchObject({
      fields: { nameTh: { from: 'กองช่าง – งานขออนุญาต', to: 'กองช่าง' } },
      servicesAdded: ['ขอถมดิน'],
      servicesRemoved: ['ขอเลขที่บ้าน'],
      servicesEdited: ['รับรองแบบ'],
      servicesReordered: true,
    })
    expect(JSON.parse(audit[2]!.detail)).toMatchObject({ servicesReactivated: ['ขอเลขที่บ้าน'] })

    // Saving the form unchanged, or closing an open point twice, records nothing more.
    await agent.post(`/staff/service-points/${point.id}/edit`, {
      nameTh: 'กองช่าง',
      services: 'ขอเลขที่บ้าน\nรับรองแบบ | Plan certification',
    })
    await agent.post(`/staff/service-points/${point.id}/reactivate`)
    expect(count("select count(*) as n from audit_log where action like 'service_point%'")).toBe(5)
  })

  it('refuses an empty Thai name GOV.UK style, keeps the answers and creates nothing', async () => {
    const { agent, count, home } = await arrange()
    const before = count('select count(*) as n from service_points')
    const res = await agent.post(`${home}/service-points/new`, { nameTh: '   ', nameEn: 'Kept English', services: 'บริการหนึ่ง' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toMatch(/<title>ข้อผิดพลาด: เพิ่มจุดให้บริการ/)
    expect(html).toContain('role="alert"')
    expect(html).toContain('<a href="#nameTh">กรุณากรอกชื่อจุดให้บริการภาษาไทย</a>')
    expect(html).toContain('id="nameTh-error"')
    expect(html).toContain('value="Kept English"')
    expect(html).toContain('บริการหนึ่ง</textarea>')
    expect(count('select count(*) as n from service_points')).toBe(before)
    expect(count("select count(*) as n from audit_log where action like 'service_point%'")).toBe(0)
  })

  it.each([
    [
      'too many services',
      { nameTh: 'จุด', services: Array.from({ length: 31 }, (_, i) => `บริการ ${i + 1}`).join('\n') },
      'services',
      'ใส่บริการได้ไม่เกิน 30 บรรทัด',
    ],
    [
      'a line with no Thai name',
      { nameTh: 'จุด', services: '| English only' },
      'services',
      'ทุกบรรทัดต้องมีชื่อบริการภาษาไทยก่อนเครื่องหมาย |',
    ],
    ['a service twice', { nameTh: 'จุด', services: 'ก\nก | A' }, 'services', 'มีชื่อบริการภาษาไทยซ้ำกัน กรุณาใส่แต่ละบริการครั้งเดียว'],
    ['a Thai name over 200 characters', { nameTh: 'ก'.repeat(201) }, 'nameTh', 'ชื่อจุดให้บริการภาษาไทยต้องไม่เกิน 200 ตัวอักษร'],
  ])('refuses %s on edit, with the error linked to its field', async (_, fields, field, message) => {
    const { agent, points, db } = await arrange()
    const res = await agent.post(`/staff/service-points/${points.main.id}/edit`, fields)
    expect(res.status).toBe(422)
    expect(await res.text()).toContain(`<a href="#${field}">${message}</a>`)
    expect(db.$client.prepare('select name_th as n from service_points where id = ?').get(points.main.id)).toEqual({
      n: points.main.nameTh,
    })
  })

  it('shows the English page in English with the same numbers', async () => {
    const { agent, home } = await arrange()
    const html = await (await agent.get(`${home}?lang=en`)).text()
    expect(html).toContain('<h1 class="heading-l">Town Municipality กระบี่</h1>')
    expect(html).toContain('Today (10 Jun 2568 BE)')
    expect(html).toContain('Finance Division – Local Taxes')
  })
})
