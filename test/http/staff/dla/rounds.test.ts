/**
 * A DLA officer's rounds: create one scoped to a province and see residents
 * there (and only there) get the survey; close it, extend it, open one early;
 * and the form's validation, GOV.UK style.
 */
import { describe, expect, it } from 'vitest'
import { latestPublishedQuestionnaire } from '../../../../src/db/queries/questionnaires.js'
import { arrangeSurvey, DAY, getForm, post, validAnswers } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { readPage } from '../../html.js'

async function arrange() {
  const s = arrangeSurvey({ round: false })
  await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
  const agent = await signIn(s.app, 'dla-officer')
  const count = (sql: string) => (s.db.$client.prepare(sql).get() as { n: number }).n
  const questionnaireId = String(latestPublishedQuestionnaire(s.db, 'thai-lgu-standard')!.id)
  return { ...s, agent, count, questionnaireId }
}

/** The Bangkok wall time of an instant, as a datetime-local field holds it. */
const local = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 16)

describe('rounds: create, scope, open, close, extend', () => {
  it('a round for one province opens the survey there and nowhere else; closing and extending are audited', async () => {
    const { app, agent, clock, count, questionnaireId, points, definition } = await arrange()
    const form = readPage(await (await agent.get('/staff/rounds/new')).text())
    // The whole fiscal year 2568 (1 Oct 2024 – 1 Oct 2025, Bangkok) is the default window.
    expect(form.byId('opensAt')?.attrs.value).toBe('2024-10-01T00:00')
    expect(form.byId('closesAt')?.attrs.value).toBe('2025-10-01T00:00')

    const created = await agent.post('/staff/rounds/new', {
      nameTh: 'รอบนำร่องกระบี่',
      nameEn: 'Krabi pilot',
      questionnaireId,
      opensAt: local(clock.now - DAY),
      closesAt: local(clock.now + 10 * DAY),
      scope: 'provinces',
      provinces: ['81'],
    })
    expect(created.status).toBe(303)
    const detail = created.headers.get('location')!
    expect(detail).toMatch(/^\/staff\/rounds\/\d+\?done=created$/)

    expect((await getForm(app, points.main.code)).status).toBe(200) // กระบี่
    expect((await getForm(app, points.bare.code)).status).toBe(404) // เชียงใหม่

    const list = readPage(await (await agent.get('/staff/rounds')).text())
    const row = list.getByRole('link', { name: 'รอบนำร่องกระบี่' }).parent!.parent!
    expect(list.text(row)).toContain('thai-lgu-standard ฉบับที่ 1')
    expect(list.text(row)).toContain('1 จังหวัด')
    expect(list.text(row)).toContain('เปิดรับอยู่')

    // A resident with the form open when the round closes gets "closed" (410); a new visit gets 404.
    const open = await getForm(app, points.main.code)
    const roundPath = detail.split('?')[0]!
    expect((await agent.post(`${roundPath}/close`)).status).toBe(303)
    expect((await getForm(app, points.main.code)).status).toBe(404)
    expect(
      (await post(app, points.main.code, { _token: open.token, ...validAnswers(definition, points.main.services) })).status,
    ).toBe(410)
    expect(readPage(await (await agent.get(roundPath)).text()).text()).toContain('ปิดแล้ว')

    // Extending to a time before the current closing is refused; a later one reopens it.
    const early = await agent.post(`${roundPath}/extend`, { closesAt: local(clock.now - 2 * DAY) })
    expect(early.status).toBe(422)
    expect(readPage(await early.text()).title).toMatch(/^ข้อผิดพลาด: /)
    expect((await agent.post(`${roundPath}/extend`, { closesAt: local(clock.now + 30 * DAY) })).status).toBe(303)
    expect((await getForm(app, points.main.code)).status).toBe(200)

    expect(count("select count(*) as n from audit_log where action = 'round_created'")).toBe(1)
    const updates = count("select count(*) as n from audit_log where action = 'round_updated'")
    expect(updates).toBe(2)
  })

  it('a round of listed organisations reports unknown codes by line, then opens early on "open now"', async () => {
    const { app, agent, clock, count, questionnaireId, points } = await arrange()
    const fields = {
      nameTh: 'รอบเชียงใหม่',
      nameEn: 'Chiang Mai round',
      questionnaireId,
      opensAt: local(clock.now + 5 * DAY),
      closesAt: local(clock.now + 20 * DAY),
      scope: 'organisations',
    }
    const bad = await agent.post('/staff/rounds/new', { ...fields, organisations: '3500102\n9999999\n12ab' })
    expect(bad.status).toBe(422)
    const page = readPage(await bad.text())
    const summary = page.getByRole('alert')
    expect(page.text(summary)).toContain('บรรทัด 2 ไม่พบรหัส 9999999')
    expect(page.text(summary)).toContain('บรรทัด 3 “12ab” ไม่ใช่รหัส 7 หลัก')
    expect(page.byId('organisations')?.children.join('')).toBe('3500102\n9999999\n12ab')
    expect(count('select count(*) as n from rounds')).toBe(0)

    const created = await agent.post('/staff/rounds/new', { ...fields, organisations: '3500102' })
    expect(created.status).toBe(303)
    const roundPath = created.headers.get('location')!.split('?')[0]!
    expect((await getForm(app, points.bare.code)).status).toBe(404) // not yet open
    expect((await agent.post(`${roundPath}/close`)).status).toBe(409) // not open, cannot close
    expect((await agent.post(`${roundPath}/open`)).status).toBe(303)
    expect((await getForm(app, points.bare.code)).status).toBe(200)
    expect((await getForm(app, points.main.code)).status).toBe(404) // กระบี่ is not listed
    expect((await agent.post(`${roundPath}/open`)).status).toBe(409) // already open
    expect(count("select count(*) as n from audit_log where action = 'round_updated'")).toBe(1)
  })
})

describe('rounds: validation', () => {
  it('refuses a window that closes before it opens, saving nothing and keeping every answer', async () => {
    const { agent, count, questionnaireId } = await arrange()
    const res = await agent.post('/staff/rounds/new', {
      nameTh: 'รอบผิด',
      nameEn: 'Wrong round',
      questionnaireId,
      opensAt: '2025-09-01T09:00',
      closesAt: '2025-08-01T09:00',
      scope: 'all',
    })
    expect(res.status).toBe(422)
    const page = readPage(await res.text())
    expect(page.title).toMatch(/^ข้อผิดพลาด: /)
    expect(page.getByRole('link', { name: 'เวลาปิดรับต้องอยู่หลังเวลาเปิดรับ' }).attrs.href).toBe('#closesAt')
    expect(page.byId('nameTh')?.attrs.value).toBe('รอบผิด')
    expect(page.byId('opensAt')?.attrs.value).toBe('2025-09-01T09:00')
    expect(count('select count(*) as n from rounds')).toBe(0)
    expect(count("select count(*) as n from audit_log where action like 'round_%'")).toBe(0)
  })

  it('lists every missing answer at once: names, provinces for a province round', async () => {
    const { agent, count, questionnaireId } = await arrange()
    const res = await agent.post('/staff/rounds/new', {
      nameTh: ' ',
      nameEn: '',
      questionnaireId,
      opensAt: '2025-06-01T00:00',
      closesAt: '2025-07-01T00:00',
      scope: 'provinces',
    })
    expect(res.status).toBe(422)
    const links = readPage(await res.text())
      .allByRole('link')
      .map((a) => a.attrs.href)
    expect(links).toEqual(expect.arrayContaining(['#nameTh', '#nameEn', '#provinces']))
    expect(count('select count(*) as n from rounds')).toBe(0)
  })
})
