import { describe, expect, it } from 'vitest'
import { createApp } from '../../../../src/app.js'
import { testConfig } from '../../../../src/config.js'
import { DEMO_REGISTRY_CSV } from '../../../../src/demo/demo-data.js'
import { importRegistry } from '../../../../src/registry/import-registry.js'
import { loadReferenceData } from '../../../../src/registry/reference-data.js'
import { freshDatabase } from '../../../helpers/database.js'
import { createStaff, signIn, TEST_PASSWORD } from '../../../helpers/staff.js'
import { readPage } from '../../html.js'

function arrange() {
  const db = freshDatabase()
  loadReferenceData(db)
  importRegistry(db, DEMO_REGISTRY_CSV)
  const clock = { now: Date.parse('2026-11-21T03:00:00Z') }
  const app = createApp({ db, config: testConfig(), now: () => clock.now })
  const one = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).get(...params) as T
  const idOf = (username: string) => one<{ id: number }>('select id from users where username = ?', username).id
  return { db, app, clock, one, idOf }
}

const oncePassword = (html: string) => /<code class="one-time-password"[^>]*>([^<]+)<\/code>/.exec(html)?.[1]

describe('users: a DLA officer', () => {
  it('creates a provincial officer with a typed password and an LGU officer with a generated one; both can sign in', async () => {
    const { db, app, one, idOf } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const dla = await signIn(app, 'admin')

    const form = readPage(await (await dla.get('/staff/users/new')).text())
    expect(form.getByRole('heading', { level: 1 }).children).toEqual(['สร้างบัญชีผู้ใช้'])
    expect(form.allByRole('radio').map((r) => r.attrs.value)).toEqual(['dla', 'province', 'lgu'])

    const province = await dla.post('/staff/users/new', {
      username: 'krabi.officer',
      displayName: 'สมชาย ใจดี',
      email: 'somchai@example.go.th',
      role: 'province',
      provinceCode: '81',
      password: 'typed-password-1',
    })
    expect(province.status).toBe(303)
    const provinceId = idOf('krabi.officer')
    expect(province.headers.get('location')).toBe(`/staff/users/${provinceId}?done=created`)
    const shown = await (await dla.get(province.headers.get('location')!)).text()
    expect(shown).toContain('สร้างบัญชีแล้ว')
    expect(oncePassword(shown)).toBeUndefined()
    expect(shown).toContain('จังหวัดกระบี่')
    expect((await signIn(app, 'krabi.officer', 'typed-password-1')).cookie).toMatch(/staff_session=/)

    const lgu = await dla.post('/staff/users/new', {
      username: 'klongthom',
      displayName: 'สมหญิง',
      role: 'lgu',
      dlaCode: '5810401',
      password: '',
    })
    expect(lgu.status).toBe(303)
    const location = lgu.headers.get('location')!
    expect(location).toMatch(/\?done=created&once=/)
    const first = await (await dla.get(location)).text()
    const password = oncePassword(first)
    expect(password).toMatch(/^[2-9A-Z]{4}(-[2-9A-Z]{4}){3}$/)
    expect(first).toContain('เทศบาลตำบลคลองท่อมใต้ (5810401)')
    expect(first).toContain('แสดงเพียงครั้งเดียว')
    expect(oncePassword(await (await dla.get(location)).text())).toBeUndefined()
    await signIn(app, 'klongthom', password)

    const audits = db.$client
      .prepare(
        "select target_id, province_code, organisation_id, detail from audit_log where action = 'user_created' order by id",
      )
      .all() as Array<Record<string, unknown>>
    const org = one<{ id: number }>("select id from organisations where dla_code = '5810401'")
    expect(audits).toEqual([
      {
        target_id: String(provinceId),
        province_code: '81',
        organisation_id: null,
        detail: JSON.stringify({ username: 'krabi.officer', role: 'province', passwordGenerated: false }),
      },
      {
        target_id: String(idOf('klongthom')),
        province_code: '81',
        organisation_id: org.id,
        detail: JSON.stringify({ username: 'klongthom', role: 'lgu', passwordGenerated: true }),
      },
    ])
  })

  it('shows every problem GOV.UK style, keeps the answers, and creates nothing', async () => {
    const { db, app, one } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const dla = await signIn(app, 'admin')
    const res = await dla.post('/staff/users/new', {
      username: 'ADMIN',
      displayName: '',
      email: 'not-an-email',
      role: 'lgu',
      dlaCode: '9999999',
      password: 'short',
    })
    expect(res.status).toBe(422)
    const page = readPage(await res.text())
    expect(page.title).toMatch(/^ข้อผิดพลาด: /)
    const summary = page.getByRole('alert')
    expect(page.allByRole('link', {}, summary).map((a) => a.attrs.href)).toEqual([
      '#username',
      '#displayName',
      '#email',
      '#dlaCode',
      '#password',
    ])
    expect(page.text(summary)).toContain('ชื่อผู้ใช้นี้มีผู้ใช้แล้ว')
    expect(page.text(summary)).toContain('ไม่พบ อปท. รหัสนี้')
    expect(page.byId('username-error')).toBeDefined()
    expect(page.byId('username')?.attrs.value).toBe('ADMIN')
    expect(page.byId('dlaCode')?.attrs.value).toBe('9999999')
    expect(page.checkedValues().role).toEqual(['lgu'])
    expect(one<{ n: number }>('select count(*) as n from users').n).toBe(1)

    const noRole = readPage(await (await dla.post('/staff/users/new', { username: 'someone', displayName: 'Someone' })).text())
    expect(noRole.allByRole('link', {}, noRole.getByRole('alert')).map((a) => a.attrs.href)).toEqual(['#role'])
  })

  it('changes the name and e-mail, and refuses an e-mail that is not one', async () => {
    const { db, app, one, clock } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const target = await createStaff(db, { role: 'lgu', username: 'clerk', dlaCode: '4810102' })
    const dla = await signIn(app, 'admin')
    const bad = await dla.post(`/staff/users/${target.id}`, { displayName: 'นาย ก', email: 'nope' })
    expect(bad.status).toBe(422)
    const page = readPage(await bad.text())
    expect(page.allByRole('link', {}, page.getByRole('alert')).map((a) => a.attrs.href)).toEqual(['#email'])
    expect(page.byId('displayName')?.attrs.value).toBe('นาย ก')
    clock.now += 60_000
    const ok = await dla.post(`/staff/users/${target.id}`, { displayName: 'นาย ก', email: 'k@example.go.th' })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe(`/staff/users/${target.id}?done=updated`)
    expect(one('select display_name, email from users where id = ?', target.id)).toEqual({
      display_name: 'นาย ก',
      email: 'k@example.go.th',
    })
    const audit = one<{ detail: string; organisation_id: number; province_code: string }>(
      "select * from audit_log where action = 'user_updated'",
    )
    expect(JSON.parse(audit.detail)).toEqual({ changed: ['displayName', 'email'] })
    expect(audit.province_code).toBe('81')
    expect(audit.organisation_id).toBe(target.organisationId)
  })

  it('deactivates a user, signing them out everywhere; reactivation lets them in again', async () => {
    const { db, app, one } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const target = await createStaff(db, { role: 'province', username: 'somchai', provinceCode: '50' })
    const dla = await signIn(app, 'admin')
    const theirs = await signIn(app, 'somchai')
    expect((await theirs.get('/staff/users')).status).toBe(200)

    const off = await dla.post(`/staff/users/${target.id}/deactivate`)
    expect(off.status).toBe(303)
    expect(one('select active from users where id = ?', target.id)).toEqual({ active: 0 })
    expect(one('select count(*) as n from sessions where user_id = ?', target.id)).toEqual({ n: 0 })
    const next = await theirs.get('/staff/users')
    expect(next.status).toBe(303)
    expect(next.headers.get('location')).toMatch(/^\/staff\/sign-in/)
    await expect(signIn(app, 'somchai')).rejects.toThrow(/401/)
    const page = readPage(await (await dla.get(off.headers.get('location')!)).text())
    expect(page.text(page.getByRole('status'))).toContain('ปิดใช้บัญชีแล้ว')
    expect(page.allByRole('button', { name: 'เปิดใช้บัญชีนี้อีกครั้ง' })).toHaveLength(1)

    expect((await dla.post(`/staff/users/${target.id}/reactivate`)).status).toBe(303)
    await signIn(app, 'somchai')
    const actions = db.$client.prepare("select action, province_code from audit_log where action like 'user_%' order by id").all()
    expect(actions).toEqual([
      { action: 'user_deactivated', province_code: '50' },
      { action: 'user_reactivated', province_code: '50' },
    ])
  })

  it('resets a password: the new one is shown once, the old one stops working, and they are signed out', async () => {
    const { db, app, one } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const target = await createStaff(db, { role: 'lgu', username: 'clerk', dlaCode: '3500102' })
    const dla = await signIn(app, 'admin')
    const theirs = await signIn(app, 'clerk')
    const res = await dla.post(`/staff/users/${target.id}/reset-password`)
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    const password = oncePassword(await (await dla.get(location)).text())
    expect(password).toBeDefined()
    expect(oncePassword(await (await dla.get(location)).text())).toBeUndefined()
    expect((await theirs.get('/staff/password')).status).toBe(303)
    await expect(signIn(app, 'clerk', TEST_PASSWORD)).rejects.toThrow(/401/)
    await signIn(app, 'clerk', password)
    const audit = one<{ action: string; detail: string }>(
      "select action, detail from audit_log where target_id = ? and action like 'user_%'",
      String(target.id),
    )
    expect(audit).toEqual({ action: 'user_updated', detail: JSON.stringify({ passwordReset: true }) })
  })

  it('does not show a generated password to another session', async () => {
    const { db, app } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    await createStaff(db, { role: 'dla', username: 'other' })
    const target = await createStaff(db, { role: 'lgu', username: 'clerk', dlaCode: '3500102' })
    const dla = await signIn(app, 'admin')
    const other = await signIn(app, 'other')
    const location = (await dla.post(`/staff/users/${target.id}/reset-password`)).headers.get('location')!
    expect(oncePassword(await (await other.get(location)).text())).toBeUndefined()
    expect(oncePassword(await (await dla.get(location)).text())).toBeDefined()
  })

  it('cannot deactivate or reset itself', async () => {
    const { db, app, one } = arrange()
    const me = await createStaff(db, { role: 'dla', username: 'admin' })
    const dla = await signIn(app, 'admin')
    const page = readPage(await (await dla.get(`/staff/users/${me.id}`)).text())
    expect(page.allByRole('button', { name: 'ปิดใช้บัญชีนี้' })).toHaveLength(0)
    for (const action of ['deactivate', 'reset-password']) {
      const res = await dla.post(`/staff/users/${me.id}/${action}`)
      expect(res.status).toBe(422)
      expect(readPage(await res.text()).getByRole('alert').children.length).toBeGreaterThan(0)
    }
    expect(one('select active, password_hash = ? as same from users where id = ?', me.passwordHash, me.id)).toEqual({
      active: 1,
      same: 1,
    })
    expect((await dla.get('/staff/users')).status).toBe(200)
    expect(one<{ n: number }>("select count(*) as n from audit_log where action like 'user_%'").n).toBe(0)
  })
})
