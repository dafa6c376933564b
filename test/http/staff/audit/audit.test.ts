import { describe, expect, it } from 'vitest'
import { createApp } from '../../../../src/app.js'
import { testConfig } from '../../../../src/config.js'
import { recordAudit } from '../../../../src/db/queries/audit.js'
import { DEMO_REGISTRY_CSV } from '../../../../src/demo/demo-data.js'
import { importRegistry } from '../../../../src/registry/import-registry.js'
import { loadReferenceData } from '../../../../src/registry/reference-data.js'
import { freshDatabase } from '../../../helpers/database.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { readPage, type El } from '../../html.js'

function arrange() {
  const db = freshDatabase()
  loadReferenceData(db)
  importRegistry(db, DEMO_REGISTRY_CSV)
  const clock = { now: Date.parse('2026-11-21T03:00:00Z') }
  const app = createApp({ db, config: testConfig(), now: () => clock.now })
  return { db, app, clock }
}

/** The log's rows as cell texts: time, who, action, concerning, detail. */
function logRows(html: string): string[][] {
  const page = readPage(html)
  const rows = page.elements.filter((el) => el.tag === 'tr' && el.parent?.tag === 'tbody')
  return rows.map((row) =>
    row.children.filter((c): c is El => typeof c !== 'string' && c.tag === 'td').map((td) => page.text(td)),
  )
}

describe('audit log', () => {
  it('lists user account changes newest first, with Thai labels, BE times, target and scope', async () => {
    const { db, app, clock } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const dla = await signIn(app, 'admin')
    clock.now += 60_000
    const created = await dla.post('/staff/users/new', {
      username: 'clerk',
      displayName: 'เสมียน',
      role: 'lgu',
      dlaCode: '5810401',
      password: '',
    })
    const id = Number(/\/staff\/users\/(\d+)/.exec(created.headers.get('location')!)![1])
    clock.now += 60_000
    await dla.post(`/staff/users/${id}`, { displayName: 'เสมียน ใหม่', email: '' })
    clock.now += 60_000
    await dla.post(`/staff/users/${id}/deactivate`)
    clock.now += 60_000
    await dla.post(`/staff/users/${id}/reactivate`)
    clock.now += 60_000
    await dla.post(`/staff/users/${id}/reset-password`)

    const rows = logRows(await (await dla.get('/staff/audit')).text())
    expect(rows.map((r) => r[2])).toEqual([
      'แก้ไขบัญชีผู้ใช้',
      'เปิดใช้บัญชีผู้ใช้อีกครั้ง',
      'ปิดใช้บัญชีผู้ใช้',
      'แก้ไขบัญชีผู้ใช้',
      'สร้างบัญชีผู้ใช้',
      'เข้าสู่ระบบ',
    ])
    expect(rows[0]).toEqual([
      '21 พ.ย. 2569 10:05',
      'admin',
      'แก้ไขบัญชีผู้ใช้',
      expect.stringMatching(/^บัญชีผู้ใช้ clerk\s*เทศบาลตำบลคลองท่อมใต้ \(5810401\)$/),
      'passwordReset: true',
    ])
    expect(rows[3]![4]).toBe('changed: displayName')
    expect(rows[4]![4]).toBe('username: clerk; role: lgu; passwordGenerated: true')
    const page = readPage(await (await dla.get('/staff/audit')).text())
    expect(page.allByRole('link', { name: 'บัญชีผู้ใช้ clerk' }).map((a) => a.attrs.href)).toEqual(Array(5).fill(`/staff/users/${id}`))
    expect(page.getByRole('heading', { level: 1 }).children).toEqual(['บันทึกการใช้งาน'])
  })

  it('filters by action, actor and a range of Bangkok days, and keeps the filters in the form', async () => {
    const { db, app } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const at = (iso: string) => new Date(iso)
    recordAudit(
      db,
      { action: 'sign_in_failed', actorUsername: 'Somchai', detail: { reason: 'wrong_password' } },
      at('2026-11-19T16:59:00Z'),
    ) // 19 Nov 23:59 Bangkok
    recordAudit(db, { action: 'sign_in_failed', actorUsername: 'somsri' }, at('2026-11-19T17:00:00Z')) // 20 Nov 00:00
    recordAudit(db, { action: 'sign_out', actorUsername: 'somchai' }, at('2026-11-20T16:59:59Z')) // 20 Nov 23:59:59
    recordAudit(db, { action: 'sign_in_failed', actorUsername: 'somchai' }, at('2026-11-20T17:00:00Z')) // 21 Nov 00:00
    const dla = await signIn(app, 'admin') // sign_in at 21 Nov 10:00

    const byAction = logRows(await (await dla.get('/staff/audit?action=sign_in_failed')).text())
    expect(byAction.map((r) => r[1])).toEqual(['somchai', 'somsri', 'Somchai'])
    expect(byAction[2]![4]).toBe('reason: wrong_password')

    expect(logRows(await (await dla.get('/staff/audit?actor=SOMCH')).text()).map((r) => r[0])).toEqual([
      '21 พ.ย. 2569 00:00',
      '20 พ.ย. 2569 23:59',
      '19 พ.ย. 2569 23:59',
    ])

    const day = logRows(await (await dla.get('/staff/audit?from=2026-11-20&to=2026-11-20')).text())
    expect(day.map((r) => `${r[1]} ${r[2]}`)).toEqual(['somchai ออกจากระบบ', 'somsri เข้าสู่ระบบไม่สำเร็จ'])
    // A Buddhist-Era year, as typed where the browser shows a text box, means the same day.
    expect(logRows(await (await dla.get('/staff/audit?from=2569-11-20&to=2569-11-20')).text())).toEqual(day)
    expect(logRows(await (await dla.get('/staff/audit?from=2026-11-21')).text()).map((r) => r[1])).toEqual(['admin', 'somchai'])
    expect(logRows(await (await dla.get('/staff/audit?to=2026-11-19')).text()).map((r) => r[1])).toEqual(['Somchai'])

    const combined = await (
      await dla.get('/staff/audit?action=sign_in_failed&actor=somchai&from=2026-11-21&to=2026-11-21')
    ).text()
    expect(logRows(combined).map((r) => r[0])).toEqual(['21 พ.ย. 2569 00:00'])
    const form = readPage(combined)
    expect(form.byId('actor')?.attrs.value).toBe('somchai')
    expect(form.byId('from')?.attrs.value).toBe('2026-11-21')
    const selected = form.elements.find((el) => el.tag === 'option' && 'selected' in el.attrs)
    expect(selected?.attrs.value).toBe('sign_in_failed')
    expect(form.allByRole('search')[0]?.attrs['hx-get']).toBe('/staff/audit')
  })

  it('reports a date it cannot read next to the field, and still shows the log', async () => {
    const { db, app } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const dla = await signIn(app, 'admin')
    const res = await dla.get('/staff/audit?from=2026-02-30&to=2026-11-21')
    expect(res.status).toBe(200)
    const page = readPage(await res.text())
    expect(page.title).toMatch(/^ข้อผิดพลาด: /)
    expect(page.allByRole('link', {}, page.getByRole('alert')).map((a) => a.attrs.href)).toEqual(['#from'])
    expect(page.byId('from-error')).toBeDefined()
    const reversed = readPage(await (await dla.get('/staff/audit?from=2026-11-21&to=2026-11-01')).text())
    expect(reversed.allByRole('link', {}, reversed.getByRole('alert')).map((a) => a.attrs.href)).toEqual(['#to'])
  })

  it('pages over more than 50 entries, newest first, keeping the filter', async () => {
    const { db, app } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const start = Date.parse('2026-11-01T03:00:00Z')
    for (let i = 0; i < 60; i++)
      recordAudit(db, { action: 'export_downloaded', actorUsername: `user${i}` }, new Date(start + i * 60_000))
    const dla = await signIn(app, 'admin')
    const first = await (await dla.get('/staff/audit?action=export_downloaded')).text()
    const rows = logRows(first)
    expect(rows).toHaveLength(50)
    expect(rows[0]![1]).toBe('user59')
    expect(rows[49]![1]).toBe('user10')
    expect(first).toContain('แสดง 1–50 จาก 60 รายการ')
    const next = readPage(first).getByRole('link', { name: 'ถัดไป' })
    expect(next.attrs.href).toBe('/staff/audit?action=export_downloaded&page=2')
    expect(next.attrs['hx-select']).toBe('#audit-results')
    const second = await (await dla.get(next.attrs.href!)).text()
    expect(logRows(second).map((r) => r[1])).toEqual([
      'user9',
      'user8',
      'user7',
      'user6',
      'user5',
      'user4',
      'user3',
      'user2',
      'user1',
      'user0',
    ])
    expect(second).toContain('แสดง 51–60 จาก 60 รายการ')
    // Past the end: the last page.
    expect(logRows(await (await dla.get('/staff/audit?action=export_downloaded&page=9')).text())).toHaveLength(10)
  })

  it('cannot be changed: no route edits or deletes it, and the database refuses raw SQL', async () => {
    const { db, app } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const dla = await signIn(app, 'admin')
    const count = () => (db.$client.prepare('select count(*) as n from audit_log').get() as { n: number }).n
    const before = count()
    for (const path of ['/staff/audit', '/staff/audit/1', '/staff/audit/1/delete'])
      expect((await dla.post(path)).status).toBe(404)
    expect(count()).toBe(before)
    expect(() => db.$client.prepare("update audit_log set actor_username = 'someone-else'").run()).toThrow()
    expect(() => db.$client.prepare('delete from audit_log').run()).toThrow()
    expect(db.$client.prepare('select actor_username from audit_log').all()).toEqual([{ actor_username: 'admin' }])
  })
})
