import { describe, expect, it } from 'vitest'
import { createApp } from '../../../../src/app.js'
import { testConfig } from '../../../../src/config.js'
import { createUser } from '../../../../src/db/queries/users.js'
import { DEMO_REGISTRY_CSV } from '../../../../src/demo/demo-data.js'
import { importRegistry } from '../../../../src/registry/import-registry.js'
import { loadReferenceData } from '../../../../src/registry/reference-data.js'
import { UNUSABLE_PASSWORD_HASH } from '../../../../src/security/password.js'
import { freshDatabase } from '../../../helpers/database.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { readPage, type El } from '../../html.js'

function arrange() {
  const db = freshDatabase()
  loadReferenceData(db)
  importRegistry(db, DEMO_REGISTRY_CSV)
  const app = createApp({ db, config: testConfig(), now: () => Date.parse('2026-11-21T03:00:00Z') })
  const idOf = (username: string) =>
    (db.$client.prepare('select id from users where username = ?').get(username) as { id: number }).id
  return { db, app, idOf }
}

/** The rows of the page's results table: cell texts joined by " | ". */
const tableRows = (html: string) => {
  const page = readPage(html)
  const cells = (row: El) => row.children.filter((c): c is El => typeof c !== 'string' && c.tag === 'td')
  return page.elements
    .filter((el) => el.tag === 'tr' && el.parent?.tag === 'tbody')
    .map((row) =>
      cells(row)
        .map((td) => page.text(td))
        .join(' | '),
    )
}

describe('users list', () => {
  it('lists users with filters by role, status and search, paged 50 at a time', async () => {
    const { db, app, idOf } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const org = (code: string) =>
      (db.$client.prepare('select id from organisations where dla_code = ?').get(code) as { id: number }).id
    for (let i = 0; i < 55; i++)
      createUser(db, {
        username: `clerk${String(i).padStart(2, '0')}`,
        displayName: `Clerk ${i}`,
        passwordHash: UNUSABLE_PASSWORD_HASH,
        role: 'lgu',
        organisationId: org(i % 2 ? '5810401' : '3500102'),
      })
    createUser(db, {
      username: 'cnx',
      displayName: 'เชียงใหม่',
      passwordHash: UNUSABLE_PASSWORD_HASH,
      role: 'province',
      provinceCode: '50',
    })
    const dla = await signIn(app, 'admin')
    await dla.post(`/staff/users/${idOf('clerk03')}/deactivate`)

    const all = await (await dla.get('/staff/users')).text()
    expect(tableRows(all)).toHaveLength(50)
    expect(all).toContain('แสดง 1–50 จาก 57 รายการ')
    expect(all).toContain('href="/staff/users?page=2"')
    const second = tableRows(await (await dla.get('/staff/users?page=2')).text())
    expect(second).toHaveLength(7)
    expect(second[0]).toMatch(/^clerk49 \| /)

    expect(tableRows(await (await dla.get('/staff/users?role=province')).text())).toEqual([
      expect.stringMatching(/^cnx \| เชียงใหม่ \| เจ้าหน้าที่ สถจ\. \| จังหวัดเชียงใหม่ \| ใช้งานอยู่ \| /),
    ])
    expect(tableRows(await (await dla.get('/staff/users?active=no')).text())).toEqual([
      expect.stringMatching(/^clerk03 \| .* \| เทศบาลตำบลคลองท่อมใต้ \(5810401\) \| ปิดใช้งาน \| /),
    ])
    const byCode = await (await dla.get('/staff/users?q=581040&role=lgu')).text()
    expect(tableRows(byCode)).toHaveLength(27)
    expect(tableRows(await (await dla.get('/staff/users?q=CLERK1')).text())).toHaveLength(10)
    expect(tableRows(await (await dla.get('/staff/users?q=%25')).text())).toHaveLength(0)
    const page = readPage(all)
    const form = page.getByRole('search')
    expect(form.attrs.method).toBe('get')
    expect(form.attrs['hx-get']).toBe('/staff/users')
    expect(form.attrs['hx-push-url']).toBe('true')
  })
})
