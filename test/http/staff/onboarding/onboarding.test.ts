/**
 * Onboarding by activation letter, end to end through the app: a province
 * onboarded once (and not twice), its letters as PDF and CSV, an officer
 * activating from the QR decoded out of the PDF, and every way a code is refused.
 */
import { describe, expect, it } from 'vitest'
import { signIn, TEST_PASSWORD } from '../../../helpers/staff.js'
import { decodeQr, pageObjectCount, pdfBytes, pdfText, renderPdfPages } from '../../../posters/pdf-image.js'
import { arrangeOnboarding, csvRows, downloads } from './arrange.js'

const NEW_PASSWORD = 'my own long password'

async function onboardKrabi() {
  const world = await arrangeOnboarding()
  const krabi = await signIn(world.app, 'krabi')
  const res = await krabi.post('/staff/onboarding')
  expect(res.status).toBe(303)
  const batch = res.headers.get('location')!
  expect(batch).toMatch(/^\/staff\/onboarding\/letters\?batch=[A-Za-z0-9_-]{24}$/)
  const { page, pdfHref, csvHref } = await downloads(krabi.get, batch)
  // The raw bytes: Response.text() would drop the BOM this test looks for.
  const csv = Buffer.from(await (await krabi.get(csvHref)).arrayBuffer()).toString('utf8')
  const rows = csvRows(csv)
  const codeOf = (username: string) => rows.find((r) => r[5] === username)![6]!.replace('-', '')
  return { ...world, krabi, batch, page, pdfHref, csv, rows, codeOf }
}

describe('onboarding a province', () => {
  it('creates an account for each organisation without one, and none the second time', async () => {
    const { krabi, lguUsersIn, sql, page } = await onboardKrabi()
    // กระบี่ has 3 organisations, one (5810401) already with an officer: 2 new accounts, 3 in all.
    expect(lguUsersIn('81')).toBe(3)
    expect(lguUsersIn('50')).toBe(0)
    expect(page).toContain('สร้างบัญชีใหม่ 2 บัญชี')
    const created = sql<{ username: string; awaiting_activation: number; activation_code_hash: string }>(
      "select username, awaiting_activation, activation_code_hash from users where username like 'lgu-%' and role = 'lgu' order by username",
    )
    expect(created.map((u) => u.username)).toEqual(['lgu-4810102', 'lgu-6810403-2'])
    expect(created.every((u) => u.awaiting_activation === 1 && /^[0-9a-f]{64}$/.test(u.activation_code_hash))).toBe(true)

    const again = await krabi.post('/staff/onboarding')
    expect(again.status).toBe(200)
    expect(await again.text()).toContain('ไม่ได้สร้างบัญชีใหม่')
    expect(lguUsersIn('81')).toBe(3)
    const audit = sql<{ action: string; detail: string }>(
      "select action, detail from audit_log where action = 'accounts_onboarded'",
    )
    expect(audit.map((a) => JSON.parse(a.detail).count)).toEqual([2, 0])
  })

  it('gives a CSV for mail merge: BOM, one row per letter by district, code and link', async () => {
    const { csv, rows } = await onboardKrabi()
    expect(csv.startsWith('\ufeffprovince_code,province,district,dla_code,addressee,username,activation_code,')).toBe(true)
    expect(rows).toHaveLength(3)
    // เมืองกระบี่ (8101) before คลองท่อม (8105).
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[5]])).toEqual([
      ['81', 'เมืองกระบี่', '4810102', 'lgu-4810102'],
      ['81', 'คลองท่อม', '6810403', 'lgu-6810403-2'],
    ])
    for (const r of rows.slice(1)) {
      expect(r[6]).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/)
      expect(r[7]).toBe(`http://localhost/staff/activate?code=${r[6]!.replace('-', '')}`)
      expect(r[9]).toBe('21 ธันวาคม 2569')
    }
  })

  it('never stores a code in plaintext', async () => {
    const { rows, db } = await onboardKrabi()
    const dump =
      JSON.stringify(db.$client.prepare('select * from users').all()) +
      JSON.stringify(db.$client.prepare('select * from audit_log').all())
    for (const r of rows.slice(1)) expect(dump).not.toContain(r[6]!.replace('-', ''))
  })

  it('prints one A4 page per letter whose QR activates the account', async () => {
    const { krabi, pdfHref, codeOf, app, user, activate } = await onboardKrabi()
    const res = await krabi.get(pdfHref)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = await pdfBytes(res.body!)
    expect(pageObjectCount(pdf)).toBe(2)
    const text = pdfText(pdf)
    expect(text).toContain('เทศบาลเมืองกระบี่')
    expect(text).toContain('4810102')
    expect(text).toContain('21 ธันวาคม 2569')
    const [first] = renderPdfPages(pdf, 1)
    const link = decodeQr(first!)?.data
    expect(link).toBe(`http://localhost/staff/activate?code=${codeOf('lgu-4810102')}`)

    const url = new URL(link!)
    const code = url.searchParams.get('code')!
    const form = await app.request(url.pathname + url.search)
    expect(form.status).toBe(200)
    expect(await form.text()).toContain('lgu-4810102')

    const weak = await activate(code, 'short')
    expect(weak.status).toBe(422)
    const weakPage = await weak.text()
    expect(weakPage).toContain('error-summary')
    expect(weakPage).toContain('อย่างน้อย 10 ตัวอักษร')
    expect(user('lgu-4810102').awaiting_activation).toBe(1)

    const done = await activate(code, NEW_PASSWORD)
    expect(done.status).toBe(303)
    const cookie = (done.headers.get('set-cookie') ?? '').split(';')[0]!
    const home = done.headers.get('location')!
    expect(home).toMatch(/^\/staff\/organisations\/\d+$/)
    expect((await app.request(home, { headers: { cookie } })).status).toBe(200)
    const after = user('lgu-4810102')
    expect(after.awaiting_activation).toBe(0)
    expect(after.activation_code_hash).toBeNull()
    await signIn(app, 'lgu-4810102', NEW_PASSWORD)

    // Single use: the same link now changes nothing.
    const reused = await activate(code, 'another long password')
    expect(reused.status).toBe(404)
    expect(await reused.text()).toContain('ใช้ลิงก์หรือรหัสนี้ไม่ได้')
    expect(user('lgu-4810102').password_hash).toBe(after.password_hash)
  })

  it('takes the code typed from the letter, in any case and spacing', async () => {
    const { codeOf, post } = await onboardKrabi()
    const code = codeOf('lgu-6810403-2')
    const typed = `${code.slice(0, 5).toLowerCase()} ${code.slice(5).toLowerCase()}`
    const res = await post('/staff/activate', { code: typed })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/staff/activate?code=${code}`)
    const wrong = await post('/staff/activate', { code: 'abc' })
    expect(wrong.status).toBe(422)
    expect(await wrong.text()).toContain('error-summary')
    expect((await post('/staff/activate', { code: '' })).status).toBe(400)
  })

  it('keeps an account that is not activated from signing in, with a message saying why', async () => {
    const { app, post, one } = await onboardKrabi()
    const res = await post('/staff/sign-in', { username: 'lgu-4810102', password: TEST_PASSWORD })
    expect(res.status).toBe(401)
    const page = await res.text()
    expect(page).toContain('ยังไม่ได้เปิดใช้งาน')
    expect(page).toContain('href="/staff/activate"')
    await expect(signIn(app, 'lgu-4810102', TEST_PASSWORD)).rejects.toThrow()
    expect(one<{ detail: string }>("select detail from audit_log where action = 'sign_in_failed'").detail).toContain(
      'not_activated',
    )
  })

  it('refuses an expired code and changes nothing', async () => {
    const { codeOf, activate, clock, app, user } = await onboardKrabi()
    const code = codeOf('lgu-4810102')
    const path = `/staff/activate?code=${code}`
    const before = user('lgu-4810102')
    // 21 Nov 10:00 Bangkok + 30 days: the code works through 21 Dec, Bangkok time, and not on 22 Dec.
    clock.now = Date.parse('2026-12-21T16:59:59Z')
    expect((await app.request(path)).status).toBe(200)
    clock.now = Date.parse('2026-12-21T17:00:00Z')
    const expired = await app.request(path)
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('หมดอายุเมื่อ 21 ธันวาคม 2569')
    const posted = await activate(code, NEW_PASSWORD)
    expect(posted.status).toBe(410)
    expect(user('lgu-4810102')).toEqual(before)
  })

  it('refuses forged codes with a clear page in Thai and English, and slows down a guesser', async () => {
    const { app, user, activate } = await onboardKrabi()
    const before = user('lgu-4810102')
    for (const code of ['ABCDE-FGHJK', 'nonsense']) {
      const res = await app.request(`/staff/activate?code=${code}`)
      expect(res.status).toBe(404)
      expect(await res.text()).toContain('ใช้ลิงก์หรือรหัสนี้ไม่ได้')
      expect((await activate(code, NEW_PASSWORD)).status).toBe(404)
    }
    const en = await app.request('/staff/activate?code=ABCDEFGHJK&lang=en')
    expect(await en.text()).toContain('This link or code cannot be used')
    // Five wrong codes from one client are free; the sixth waits.
    const sixth = await app.request('/staff/activate?code=ABCDEFGHJM')
    expect(sixth.status).toBe(429)
    expect(await sixth.text()).toContain('ลองรหัสผิดหลายครั้ง')
    expect(user('lgu-4810102')).toEqual(before)
  })
})

describe('re-issuing letters', () => {
  it('gives one account a new code and kills the old one at once', async () => {
    const { krabi, codeOf, user, app, activate, sql } = await onboardKrabi()
    const oldCode = codeOf('lgu-4810102')
    const res = await krabi.post(`/staff/users/${user('lgu-4810102').id}/activation-letter`)
    expect(res.status).toBe(303)
    const { csvHref } = await downloads(krabi.get, res.headers.get('location')!)
    const rows = csvRows(await (await krabi.get(csvHref)).text())
    expect(rows).toHaveLength(2)
    const newCode = rows[1]![6]!.replace('-', '')
    expect(newCode).not.toBe(oldCode)
    expect((await app.request(`/staff/activate?code=${oldCode}`)).status).toBe(404)
    expect((await activate(oldCode, NEW_PASSWORD)).status).toBe(404)
    const done = await activate(newCode, NEW_PASSWORD)
    expect(done.status).toBe(303)
    expect(sql("select 1 from audit_log where action = 'activation_letters_issued'")).toHaveLength(1)
    expect(sql("select 1 from audit_log where action = 'account_activated'")).toHaveLength(1)
  })

  it('recovers a forgotten password: the letter sets a new one', async () => {
    const { krabi, user, app, activate } = await onboardKrabi()
    const officer = user('khlong-thom')
    const res = await krabi.post(`/staff/users/${officer.id}/activation-letter`)
    const { csvHref } = await downloads(krabi.get, res.headers.get('location')!)
    const code = csvRows(await (await krabi.get(csvHref)).text())[1]![6]!.replace('-', '')
    expect((await activate(code, NEW_PASSWORD)).status).toBe(303)
    await signIn(app, 'khlong-thom', NEW_PASSWORD)
    await expect(signIn(app, 'khlong-thom', TEST_PASSWORD)).rejects.toThrow()
  })

  it('in bulk, gives every account not yet activated a new code', async () => {
    const { krabi, codeOf, app } = await onboardKrabi()
    const old = [codeOf('lgu-4810102'), codeOf('lgu-6810403-2')]
    const res = await krabi.post('/staff/onboarding/reissue')
    expect(res.status).toBe(303)
    const { page, csvHref } = await downloads(krabi.get, res.headers.get('location')!)
    expect(page).toContain('ออกรหัสเปิดใช้งานใหม่ 2 บัญชี')
    const rows = csvRows(await (await krabi.get(csvHref)).text())
    expect(rows.slice(1).map((r) => r[5])).toEqual(['lgu-4810102', 'lgu-6810403-2'])
    for (const code of old) expect((await app.request(`/staff/activate?code=${code}`)).status).toBe(404)
  })
})

describe('who may onboard', () => {
  it('keeps a provincial officer to their own province, whatever is posted', async () => {
    const { krabi, lguUsersIn, user, sql } = await onboardKrabi()
    expect(lguUsersIn('50')).toBe(0)
    const res = await krabi.post('/staff/onboarding', { target: 'province', scope: 'chosen', provinces: '50' })
    expect(res.status).toBe(200) // กระบี่ is done already: nothing new, and nothing in เชียงใหม่
    expect(lguUsersIn('50')).toBe(0)
    expect(sql("select 1 from users where role = 'province' and username like 'province-%'")).toHaveLength(0)
    const other = await krabi.post(`/staff/users/${user('dla').id}/activation-letter`)
    expect(other.status).toBe(404)
  })

  it('does not let an LGU officer onboard, re-issue or see letters', async () => {
    const { app, batch, user } = await onboardKrabi()
    const officer = await signIn(app, 'khlong-thom')
    expect((await officer.get('/staff/onboarding')).status).toBe(404)
    expect((await officer.post('/staff/onboarding')).status).toBe(404)
    expect((await officer.post('/staff/onboarding/reissue')).status).toBe(404)
    expect((await officer.get(batch)).status).toBe(404)
    expect((await officer.post(`/staff/users/${user('lgu-4810102').id}/activation-letter`)).status).toBe(404)
  })

  it('keeps a batch to the one who made it', async () => {
    const { app, batch, pdfHref } = await onboardKrabi()
    const dla = await signIn(app, 'dla')
    const page = await dla.get(batch)
    expect(await page.text()).toContain('ไม่มีให้ดาวน์โหลดแล้ว')
    const pdf = await dla.get(pdfHref)
    expect(pdf.status).toBe(303)
    expect(pdf.headers.get('location')).toBe(batch)
  })

  it('lets DLA onboard chosen provinces, or every province’s provincial officer', async () => {
    const { app, lguUsersIn, sql } = await arrangeOnboarding()
    const dla = await signIn(app, 'dla')
    const missing = await dla.post('/staff/onboarding', { target: 'lgu', scope: 'chosen' })
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('เลือกอย่างน้อยหนึ่งจังหวัด')
    expect(lguUsersIn('50')).toBe(0)

    expect((await dla.post('/staff/onboarding', { target: 'lgu', scope: 'chosen', provinces: '50' })).status).toBe(303)
    expect(lguUsersIn('50')).toBe(2)
    expect(lguUsersIn('81')).toBe(1)

    const provinces = await dla.post('/staff/onboarding', { target: 'province' })
    expect(provinces.status).toBe(303)
    // 77 provinces in the reference data, less Bangkok (no provincial office), less กระบี่ and เชียงใหม่ which have one.
    expect(sql("select 1 from users where role = 'province' and username like 'province-%'")).toHaveLength(74)
    const { csvHref } = await downloads(dla.get, provinces.headers.get('location')!)
    expect(csvRows(await (await dla.get(csvHref)).text())).toHaveLength(75)
  })
})
