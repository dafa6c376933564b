/**
 * Who may manage which accounts: a provincial officer only the LGU officers of
 * their own province's organisations; an LGU officer nobody. Everything else is
 * "not found", for every method, and nothing changes.
 */
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../../src/app.js'
import { testConfig } from '../../../../src/config.js'
import { DEMO_REGISTRY_CSV } from '../../../../src/demo/demo-data.js'
import { importRegistry } from '../../../../src/registry/import-registry.js'
import { loadReferenceData } from '../../../../src/registry/reference-data.js'
import { freshDatabase } from '../../../helpers/database.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { readPage } from '../../html.js'

async function arrange() {
  const db = freshDatabase()
  loadReferenceData(db)
  importRegistry(db, DEMO_REGISTRY_CSV)
  const app = createApp({ db, config: testConfig(), now: () => Date.parse('2026-11-21T03:00:00Z') })
  const people = {
    dla: await createStaff(db, { role: 'dla', username: 'admin' }),
    krabi: await createStaff(db, { role: 'province', username: 'krabi', provinceCode: '81' }),
    chiangmai: await createStaff(db, { role: 'province', username: 'chiangmai', provinceCode: '50' }),
    krabiTown: await createStaff(db, { role: 'lgu', username: 'krabi-town', displayName: 'สมหญิง ทม.กระบี่', dlaCode: '4810102' }),
    klongthom: await createStaff(db, { role: 'lgu', username: 'klongthom', dlaCode: '6810403' }),
    chiangmaiCity: await createStaff(db, { role: 'lgu', username: 'cnx-city', dlaCode: '3500102' }),
  }
  /** Everything about the accounts and the log that a refused request must leave alone. */
  const snapshot = () => ({
    users: db.$client.prepare('select * from users order by id').all(),
    sessions: db.$client.prepare('select count(*) as n from sessions').get(),
    audit: db.$client.prepare("select count(*) as n from audit_log where action like 'user_%'").get(),
  })
  return { db, app, people, snapshot }
}

describe('users: a provincial officer', () => {
  it('lists only the LGU officers of organisations in their province', async () => {
    const { app } = await arrange()
    const krabi = await signIn(app, 'krabi')
    const html = await (await krabi.get('/staff/users')).text()
    const page = readPage(html)
    const names = page
      .allByRole('link')
      .map((a) => page.text(a))
      .filter((n) => ['admin', 'krabi', 'chiangmai', 'krabi-town', 'klongthom', 'cnx-city'].includes(n))
    expect(names).toEqual(['klongthom', 'krabi-town'])
    expect(html).toContain('แสดง 1–2 จาก 2 รายการ')
    // No role filter: they manage one role only; and asking for another finds nothing.
    expect(page.byId('role')).toBeUndefined()
    expect(await (await krabi.get('/staff/users?role=dla')).text()).toContain('ไม่มีข้อมูล')
    expect(await (await krabi.get('/staff/users?q=3500102')).text()).toContain('ไม่มีข้อมูล')
  })

  it('creates an LGU officer for an organisation of their province, and not of another', async () => {
    const { db, app, snapshot } = await arrange()
    const krabi = await signIn(app, 'krabi')
    const form = readPage(await (await krabi.get('/staff/users/new')).text())
    expect(form.allByRole('radio').map((r) => [r.attrs.value, 'checked' in r.attrs])).toEqual([['lgu', true]])
    expect(form.byId('provinceCode')).toBeUndefined()

    const ok = await krabi.post('/staff/users/new', {
      username: 'new-clerk',
      displayName: 'เจ้าหน้าที่ใหม่',
      role: 'lgu',
      dlaCode: '5810401',
      password: 'long-enough-1',
    })
    expect(ok.status).toBe(303)
    await signIn(app, 'new-clerk', 'long-enough-1')

    const before = snapshot()
    const foreign = await krabi.post('/staff/users/new', {
      username: 'sneaky',
      displayName: 'x',
      role: 'lgu',
      dlaCode: '3500102',
      password: 'long-enough-1',
    })
    const missing = await krabi.post('/staff/users/new', {
      username: 'sneaky',
      displayName: 'x',
      role: 'lgu',
      dlaCode: '0000000',
      password: 'long-enough-1',
    })
    expect(foreign.status).toBe(422)
    expect(missing.status).toBe(422)
    const words = (html: string) => readPage(html).text(readPage(html).getByRole('alert'))
    const foreignWords = words(await foreign.text())
    expect(foreignWords).toContain('ไม่พบ อปท. รหัสนี้')
    expect(foreignWords).toBe(words(await missing.text()))
    expect(snapshot()).toEqual(before)
    expect(db.$client.prepare("select count(*) as n from users where username = 'sneaky'").get()).toEqual({ n: 0 })
  })

  it('cannot create a provincial or DLA account, even by posting the role by hand', async () => {
    const { app, snapshot } = await arrange()
    const krabi = await signIn(app, 'krabi')
    const before = snapshot()
    for (const fields of [
      { role: 'province', provinceCode: '81' } as Record<string, string>,
      { role: 'dla' },
      { role: 'province', provinceCode: '50' },
    ]) {
      const res = await krabi.post('/staff/users/new', {
        username: 'boss',
        displayName: 'Boss',
        password: 'long-enough-1',
        ...fields,
      })
      expect(res.status).toBe(422)
      const page = readPage(await res.text())
      expect(page.allByRole('link', {}, page.getByRole('alert')).map((a) => a.attrs.href)).toEqual(['#role'])
    }
    expect(snapshot()).toEqual(before)
  })

  it('gets 404 for every page and action on an account outside their scope, and nothing changes', async () => {
    const { app, people, snapshot } = await arrange()
    const krabi = await signIn(app, 'krabi')
    await signIn(app, 'cnx-city')
    const before = snapshot()
    for (const target of [people.chiangmaiCity, people.dla, people.chiangmai, people.krabi]) {
      expect((await krabi.get(`/staff/users/${target.id}`)).status).toBe(404)
      expect((await krabi.post(`/staff/users/${target.id}`, { displayName: 'hacked', email: '' })).status).toBe(404)
      for (const action of ['deactivate', 'reactivate', 'reset-password'])
        expect((await krabi.post(`/staff/users/${target.id}/${action}`)).status).toBe(404)
    }
    expect((await krabi.get('/staff/users/99999')).status).toBe(404)
    expect(snapshot()).toEqual(before)
    // Their own LGU officers are theirs to manage.
    expect((await krabi.get(`/staff/users/${people.krabiTown.id}`)).status).toBe(200)
    expect((await krabi.post(`/staff/users/${people.krabiTown.id}/deactivate`)).status).toBe(303)
  })
})

describe('users and the audit log: an LGU officer', () => {
  it('gets 404 everywhere', async () => {
    const { app, people, snapshot } = await arrange()
    const clerk = await signIn(app, 'krabi-town')
    const before = snapshot()
    for (const path of [
      '/staff/users',
      '/staff/users/new',
      `/staff/users/${people.krabiTown.id}`,
      `/staff/users/${people.klongthom.id}`,
      '/staff/audit',
      '/staff/audit?page=2',
    ])
      expect((await clerk.get(path)).status, path).toBe(404)
    for (const path of [
      '/staff/users/new',
      `/staff/users/${people.klongthom.id}/deactivate`,
      `/staff/users/${people.klongthom.id}/reset-password`,
    ])
      expect(
        (await clerk.post(path, { username: 'x', displayName: 'x', role: 'lgu', dlaCode: '4810102', password: '' })).status,
        path,
      ).toBe(404)
    expect(snapshot()).toEqual(before)
  })

  it('a provincial officer cannot read the audit log either', async () => {
    const { app } = await arrange()
    const krabi = await signIn(app, 'krabi')
    expect((await krabi.get('/staff/audit')).status).toBe(404)
  })
})
