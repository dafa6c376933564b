/**
 * A DLA officer imports the registry from the browser: upload, a preview that
 * compares with the database without writing, confirm once, and a file that is
 * not the registry refused without being stored.
 */
import { describe, expect, it } from 'vitest'
import { arrangeSurvey } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn, type StaffAgent } from '../../../helpers/staff.js'
import { readPage, type Page } from '../../html.js'

type App = ReturnType<typeof arrangeSurvey>['app']

const HEADER = 'จังหวัด,อำเภอ,ตำบล,รหัส อปท.,ประเภท อปท.,อปท.,ที่ตั้งสำนักงานเลขที่,หมู่ที่,รหัสไปรษณีย์,ขนาดพื้นที่,LAT,LONG,เว็ปไซต์ของอปท'

/** Against the arranged database: one unchanged, one renamed, one new, one unusable row (line 5). */
const CSV = `\uFEFF${HEADER}
กระบี่,เมืองกระบี่,,4810102,เทศบาลเมือง,กระบี่,,,,19.5,8.084671607,98.90705216,
เชียงใหม่,เมืองเชียงใหม่,,3500102,เทศบาลนคร,นครเชียงใหม่,,,,,,,
กระบี่,เมืองกระบี่,ไสไทย,6810106,อบต.,ไสไทย,,,,,,,
กระบี่,เมืองกระบี่,,12AB,อบต.,ผิดรูปแบบ,,,,,,,
`

async function arrange() {
  const s = arrangeSurvey({ round: false })
  await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
  const agent = await signIn(s.app, 'dla-officer')
  const count = (sql: string) => (s.db.$client.prepare(sql).get() as { n: number }).n
  const nameOf = (code: string) =>
    (s.db.$client.prepare('select name_th as n from organisations where dla_code = ?').get(code) as { n: string } | undefined)?.n
  return { ...s, agent, count, nameOf }
}

function uploadCsv(app: App, agent: StaffAgent, text: string | null, name = 'lgu-registry.csv') {
  const body = new FormData()
  body.append('_csrf', agent.csrf)
  if (text !== null) body.append('file', new File([text], name, { type: 'text/csv' }))
  return app.request('/staff/registry', { method: 'POST', headers: { cookie: agent.cookie }, body })
}

/** The number in the row headed `label` of the counts table. */
const countIn = (page: Page, label: string) => {
  const th = page.elements.find((el) => el.tag === 'th' && page.text(el) === label)
  return th && page.text(th.parent!).replace(label, '').trim()
}

describe('registry import from the browser', () => {
  it('previews inserts, updates and problems by line without writing, imports on confirm, and only once', async () => {
    const { app, agent, count, nameOf, db } = await arrange()
    const before = count('select count(*) as n from organisations')
    const res = await uploadCsv(app, agent, CSV)
    expect(res.status).toBe(303)
    const uploadPath = res.headers.get('location')!
    expect(uploadPath).toMatch(/^\/staff\/registry\/uploads\/\d+$/)

    const preview = readPage(await (await agent.get(uploadPath)).text())
    expect(countIn(preview, 'จำนวนแถวที่อ่าน')).toBe('4')
    expect(countIn(preview, 'จะเพิ่มใหม่')).toBe('1')
    expect(countIn(preview, 'จะปรับปรุง')).toBe('1')
    expect(countIn(preview, 'ไม่เปลี่ยนแปลง')).toBe('1')
    const problem = preview.byId('problems')!
    expect(preview.text(problem)).toMatch(/5\s*bad code "12AB"/)
    expect(count('select count(*) as n from organisations')).toBe(before)
    expect(nameOf('3500102')).toBe('เชียงใหม่')

    const confirmed = await agent.post(`${uploadPath}/import`)
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe(uploadPath)
    expect(count('select count(*) as n from organisations')).toBe(before + 1)
    expect(nameOf('3500102')).toBe('นครเชียงใหม่')
    expect(nameOf('6810106')).toBe('ไสไทย')
    const result = readPage(await (await agent.get(uploadPath)).text())
    expect(countIn(result, 'เพิ่มใหม่')).toBe('1')
    expect(countIn(result, 'ปรับปรุง')).toBe('1')

    const again = await agent.post(`${uploadPath}/import`)
    expect(again.status).toBe(409)
    const refused = readPage(await again.text())
    expect(refused.text(refused.getByRole('alert'))).toContain('นำเข้าซ้ำไม่ได้')
    expect(count('select count(*) as n from organisations')).toBe(before + 1)

    const audits = db.$client
      .prepare("select actor_username as actor, detail from audit_log where action = 'registry_imported'")
      .all() as { actor: string; detail: string }[]
    expect(audits).toHaveLength(1)
    expect(audits[0]!.actor).toBe('dla-officer')
    expect(JSON.parse(audits[0]!.detail)).toMatchObject({
      filename: 'lgu-registry.csv',
      rowCount: 4,
      inserted: 1,
      updated: 1,
      unchanged: 1,
      problemCount: 1,
    })
  })

  it('refuses a file that is not the registry, and a form with no file, storing nothing', async () => {
    const { app, agent, count } = await arrange()
    const wrong = await uploadCsv(app, agent, 'name,age\nbob,3\n', 'people.csv')
    expect(wrong.status).toBe(422)
    const page = readPage(await wrong.text())
    expect(page.title).toMatch(/^ข้อผิดพลาด: /)
    expect(page.getByRole('link', { name: /ไฟล์นี้ไม่ใช่ทะเบียน อปท\./ }).attrs.href).toBe('#file')
    expect((await uploadCsv(app, agent, null)).status).toBe(422)
    expect(count('select count(*) as n from registry_uploads')).toBe(0)
  })

  it('answers an htmx upload (progress bar) with a client-side redirect to the preview', async () => {
    const { app, agent } = await arrange()
    const body = new FormData()
    body.append('file', new File([CSV], 'lgu-registry.csv', { type: 'text/csv' }))
    const res = await app.request('/staff/registry', {
      method: 'POST',
      headers: { cookie: agent.cookie, 'HX-Request': 'true', 'X-CSRF-Token': agent.csrf },
      body,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('hx-redirect')).toMatch(/^\/staff\/registry\/uploads\/\d+$/)
  })
})
