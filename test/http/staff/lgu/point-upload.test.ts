/**
 * Service points from a CSV, through the real pages: upload, a preview that
 * stores nothing, one confirmation that creates every point or none; every
 * bad file refused in words with its line, and each role kept to its scope.
 *
 * The arranged world: 4810102 (กระบี่ 81) has the open points "กองคลัง – งานจัดเก็บภาษี"
 * and "งานทะเบียนราษฎร"; 3500102 (เชียงใหม่ 50) has "ศูนย์บริการประชาชน ชั้น 1"
 * open and "จุดบริการชั่วคราว" closed. Four points in all.
 */
import { describe, expect, it } from 'vitest'
import { canonicalServicePointCode } from '../../../../src/domain/service-point-code.js'
import { arrangeSurvey, type App } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn, type StaffAgent } from '../../../helpers/staff.js'
import { readPage, type El } from '../../html.js'

async function arrange() {
  const s = arrangeSurvey({ round: false })
  await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
  await createStaff(s.db, { role: 'province', username: 'krabi-officer', provinceCode: '81' })
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  const agents = {
    dla: await signIn(s.app, 'dla-officer'),
    province: await signIn(s.app, 'krabi-officer'),
    lgu: await signIn(s.app, 'krabi-town'),
  }
  const count = (sql: string, ...params: unknown[]) => (s.db.$client.prepare(sql).get(...params) as { n: number }).n
  const stored = () => ({
    points: count('select count(*) as n from service_points'),
    services: count('select count(*) as n from services'),
    uploads: count('select count(*) as n from service_point_uploads'),
  })
  return { ...s, agents, count, stored }
}

function upload(app: App, agent: StaffAgent, content: string | Uint8Array | null, name = 'points.csv') {
  const body = new FormData()
  body.append('_csrf', agent.csrf)
  if (content !== null) body.append('file', new File([content], name, { type: 'text/csv' }))
  return app.request('/staff/service-points/upload', { method: 'POST', headers: { cookie: agent.cookie }, body })
}

/** The problems table of an answer to an upload as "line: text" strings. */
async function problemsIn(res: Response) {
  const page = readPage(await res.text())
  const table = page.byId('problems')
  if (!table) return []
  const inTable = (el: El) => {
    for (let node: El | undefined = el; node; node = node.parent) if (node === table) return true
    return false
  }
  const cellsOf = (row: El) => row.children.filter((c): c is El => typeof c !== 'string' && c.tag === 'td')
  return page.elements
    .filter((el) => el.tag === 'tr' && inTable(el))
    .map(cellsOf)
    .filter((cells) => cells.length === 2)
    .map(([line, text]) => `${page.text(line)}: ${page.text(text)}`)
}

describe('service points from a CSV', () => {
  it('an LGU officer’s Thai file with a BOM and no dla_code: preview, confirm, points with services and codes', async () => {
    const { app, db, agents, count, stored } = await arrange()
    const csv =
      '\uFEFFname_th,name_en,services_th,services_en\n' +
      'งานป้องกันและบรรเทาสาธารณภัย,Disaster Prevention,ขอรถน้ำ|แจ้งเหตุ,Water truck|Report an incident\n' +
      'กองช่าง – ขออนุญาตก่อสร้าง,,ขออนุญาตก่อสร้างอาคาร,\n'
    const res = await upload(app, agents.lgu, csv)
    expect(res.status).toBe(303)
    const path = res.headers.get('location')!
    expect(path).toMatch(/^\/staff\/service-points\/uploads\/\d+$/)
    expect(stored()).toEqual({ points: 4, services: 4, uploads: 1 })

    const preview = readPage(await (await agents.lgu.get(path)).text())
    expect(preview.text(preview.getByRole('heading', { level: 1 }))).toBe('ตรวจสอบก่อนสร้างจุดบริการ: points.csv')
    const planned = preview.byId('planned')!
    expect(preview.text(planned)).toContain('งานป้องกันและบรรเทาสาธารณภัย')
    expect(preview.text(planned)).toContain('ขอรถน้ำ · แจ้งเหตุ')
    expect(preview.text(planned)).toContain('4810102')
    expect(preview.byId('problems')).toBeUndefined()
    expect(stored().points).toBe(4)

    const confirmed = await agents.lgu.post(`${path}/confirm`)
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe(path)
    expect(stored()).toEqual({ points: 6, services: 7, uploads: 1 })
    const created = db.$client
      .prepare(
        `select sp.code, sp.name_th as nameTh, sp.name_en as nameEn, o.dla_code as dlaCode,
           (select group_concat(name_th || '/' || coalesce(name_en, ''), ';') from services where service_point_id = sp.id) as services
         from service_points sp join organisations o on o.id = sp.organisation_id
         where sp.name_th in ('งานป้องกันและบรรเทาสาธารณภัย', 'กองช่าง – ขออนุญาตก่อสร้าง') order by sp.id`,
      )
      .all() as { code: string; nameTh: string; nameEn: string | null; dlaCode: string; services: string }[]
    expect(created.map(({ code: _, ...p }) => p)).toEqual([
      {
        nameTh: 'งานป้องกันและบรรเทาสาธารณภัย',
        nameEn: 'Disaster Prevention',
        dlaCode: '4810102',
        services: 'ขอรถน้ำ/Water truck;แจ้งเหตุ/Report an incident',
      },
      { nameTh: 'กองช่าง – ขออนุญาตก่อสร้าง', nameEn: null, dlaCode: '4810102', services: 'ขออนุญาตก่อสร้างอาคาร/' },
    ])
    for (const { code } of created) expect(canonicalServicePointCode(code)).toBe(code)

    const result = readPage(await (await agents.lgu.get(path)).text())
    expect(result.text(result.byId('created')!)).toContain(created[0]!.code)
    expect(count("select count(*) as n from audit_log where action = 'service_points_imported'")).toBe(1)

    // A second confirmation (a double click) creates nothing more.
    const again = await agents.lgu.post(`${path}/confirm`)
    expect(again.status).toBe(409)
    const refused = readPage(await again.text())
    expect(refused.text(refused.getByRole('alert'))).toContain('สร้างซ้ำไม่ได้')
    expect(stored().points).toBe(6)
  })

  it('a DLA officer’s file without a BOM, with Windows line ends, for two provinces; a closed point’s name may be used again', async () => {
    const { app, agents, count, stored } = await arrange()
    // The empty columns at the end are what Excel leaves behind formatted cells.
    const csv =
      'dla_code,name_th,name_en,services_th,services_en,,\r\n' +
      '4810102,กองสาธารณสุข,Public Health,"ขอใบอนุญาตจำหน่ายอาหาร|รับแจ้งเหตุรำคาญ",,,\r\n' +
      '3500102,จุดบริการชั่วคราว,Temporary desk,,,,\r\n' +
      '3500102,กองการศึกษา,Education,,,,\r\n'
    const res = await upload(app, agents.dla, csv)
    expect(res.status).toBe(303)
    const path = res.headers.get('location')!
    expect(await problemsIn(await agents.dla.get(path))).toEqual([])
    expect((await agents.dla.post(`${path}/confirm`)).status).toBe(303)
    expect(stored()).toEqual({ points: 7, services: 6, uploads: 1 })
    const chiangMai =
      "select count(*) as n from service_points sp join organisations o on o.id = sp.organisation_id where o.dla_code = '3500102'"
    expect(count(chiangMai)).toBe(4)
  })

  it('a file with problems shows each by its line, offers no confirmation, and is not kept', async () => {
    const { app, agents, stored } = await arrange()
    const csv = [
      'dla_code,name_th,name_en,services_th,services_en',
      '4810102,งานทะเบียนราษฎร,,,', // 2: an open point of 4810102 already has this name
      '9999999,จุดใหม่,,,', // 3
      '3500102,จุดเชียงใหม่,,,', // 4: another province
      '4810102,,,,', // 5
      '4810102,จุด\u200bซ่อน,,,', // 6
      `4810102,${'ก'.repeat(201)},,,`, // 7
      '4810102,จุดซ้ำ,,,', // 8: fine on its own
      '4810102, จุดซ้ำ ,,,', // 9
      '12AB,จุดรหัสผิด,,,', // 10
      ',จุดไม่มีรหัส,,,', // 11
      '4810102,จุดบริการ,,ก|ข,A', // 12
      '4810102,จุดคอลัมน์เกิน,,,,เกิน', // 13
    ].join('\n')
    const res = await upload(app, agents.province, csv)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(await problemsIn(new Response(html))).toEqual([
      '2: อปท. รหัส 4810102 มีจุดบริการที่เปิดรับชื่อ “งานทะเบียนราษฎร” อยู่แล้ว',
      '3: ไม่พบรหัส อปท. 9999999 ในทะเบียน',
      '4: อปท. รหัส 3500102 ไม่อยู่ในความรับผิดชอบของท่าน',
      '5: ไม่ได้กรอกชื่อจุดบริการ (name_th)',
      '6: ชื่อ “จุด\u200bซ่อน” มีอักขระที่มองไม่เห็น (เช่น zero-width space หรือการขึ้นบรรทัดใหม่) กรุณาพิมพ์ชื่อใหม่',
      '7: ชื่อยาว 201 ตัวอักษร ต้องไม่เกิน 200 ตัวอักษร',
      '9: ชื่อจุดบริการ “จุดซ้ำ” ซ้ำกับบรรทัด 8 ของ อปท. เดียวกัน',
      '10: รหัส อปท. “12AB” ไม่ใช่ตัวเลข 7 หลัก',
      '11: ไม่ได้กรอกรหัส อปท. (dla_code)',
      '12: services_en มี 1 รายการ แต่ services_th มี 2 รายการ ต้องเท่ากันหรือเว้นว่าง services_en',
      '13: มี 6 ช่อง แต่หัวตารางมี 5 ช่อง',
    ])
    const preview = readPage(html)
    expect(preview.title).toMatch(/^ข้อผิดพลาด: /)
    expect(preview.text(preview.getByRole('alert'))).toContain('ไฟล์นี้มีปัญหา 11 รายการ ระบบจะไม่สร้างจุดบริการใดเลย')
    expect(preview.allByRole('button', { name: /ยืนยันสร้างจุดบริการ/ })).toEqual([])
    expect(stored()).toEqual({ points: 4, services: 4, uploads: 0 })
  })

  it('in English, the problems are in English', async () => {
    const { app, agents } = await arrange()
    const body = new FormData()
    body.append('_csrf', agents.lgu.csrf)
    body.append('file', new File(['dla_code,name_th\n3500102,จุดเชียงใหม่\n'], 'points.csv', { type: 'text/csv' }))
    const res = await app.request('/staff/service-points/upload?lang=en', {
      method: 'POST',
      headers: { cookie: agents.lgu.cookie },
      body,
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(readPage(html).title).toMatch(/^Error: /)
    expect(await problemsIn(new Response(html))).toEqual(['2: the LGU 3500102 is not one you look after'])
  })

  it.each<[string, string | Uint8Array | null, number, string]>([
    ['no file', null, 422, 'กรุณาเลือกไฟล์ CSV'],
    ['an unclosed quote', 'name_th\nจุดหนึ่ง\n"จุดสอง\n', 422, 'อ่านไม่ได้ที่บรรทัด 3'],
    // "name_th", then จัด in TIS-620 on line 2.
    [
      'Thai saved as TIS-620',
      new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x5f, 0x74, 0x68, 0x0a, 0xa8, 0xd1, 0xb4, 0x0a]),
      422,
      'ไม่ได้เข้ารหัส UTF-8 (อ่านไม่ได้ที่บรรทัด 2',
    ],
    ['an unknown column', 'dla_code,name-th\n4810102,จุดหนึ่ง\n', 422, 'คอลัมน์ที่ระบบไม่รู้จัก: name-th'],
    ['no name_th column', 'dla_code,name_en\n4810102,Desk\n', 422, 'หัวตารางไม่มีคอลัมน์ name_th'],
    ['a column twice', 'name_th,name_th\nก,ข\n', 422, 'หัวตารางมีคอลัมน์ซ้ำ'],
    ['an empty file', '\uFEFF', 422, 'ไฟล์นี้ว่างเปล่า'],
    ['only a header', 'name_th\n', 422, 'มีแต่หัวตาราง'],
    [
      '20,001 rows',
      `name_th\n${Array.from({ length: 20_001 }, (_, i) => `จุด ${i}`).join('\n')}\n`,
      422,
      'ไฟล์นี้มี 20001 แถว ต้องไม่เกิน 20000 แถว',
    ],
    ['more than 2 MB', `name_th\n${'ก'.repeat(800_000)}\n`, 413, 'ไฟล์ต้องไม่เกิน 2 MB (ไฟล์นี้ 2.3 MB)'],
  ])('%s: refused in words, nothing stored', async (_, content, status, message) => {
    const { app, agents, stored } = await arrange()
    const res = await upload(app, agents.lgu, content)
    expect(res.status).toBe(status)
    const page = readPage(await res.text())
    expect(page.title).toMatch(/^ข้อผิดพลาด: /)
    expect(page.text(page.getByRole('alert'))).toContain(message)
    expect(stored()).toEqual({ points: 4, services: 4, uploads: 0 })
  })

  it('scope: an LGU officer may name only their own code; a provincial officer only their province', async () => {
    const { app, agents, stored } = await arrange()
    const own = await upload(app, agents.lgu, 'dla_code,name_th\n4810102,จุดของเรา\n,จุดของเราอีกจุด\n')
    expect(own.status).toBe(303)
    expect(await problemsIn(await agents.lgu.get(own.headers.get('location')!))).toEqual([])
    expect(await problemsIn(await upload(app, agents.lgu, 'dla_code,name_th\n3500102,จุดของคนอื่น\n'))).toEqual([
      '2: อปท. รหัส 3500102 ไม่อยู่ในความรับผิดชอบของท่าน',
    ])
    const province = await upload(app, agents.province, 'dla_code,name_th\n4810102,จุดกระบี่\n3500102,จุดเชียงใหม่\n')
    expect(await problemsIn(province)).toEqual(['3: อปท. รหัส 3500102 ไม่อยู่ในความรับผิดชอบของท่าน'])
    const national = await upload(app, agents.dla, 'dla_code,name_th\n4810102,จุดกระบี่\n3500102,จุดเชียงใหม่\n')
    expect(national.status).toBe(303)
    // Someone else's upload is not there for them, and nobody's file has created anything.
    expect((await agents.dla.get(own.headers.get('location')!)).status).toBe(404)
    expect((await agents.dla.post(`${own.headers.get('location')!}/confirm`)).status).toBe(404)
    expect(stored().points).toBe(4)
  })

  it('the template has a BOM for Excel, the columns, the officer’s own code and services separated by |', async () => {
    const { agents } = await arrange()
    const res = await agents.lgu.get('/staff/service-points/template.csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toContain('attachment')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n')
    expect(lines[0]).toBe('dla_code,name_th,name_en,services_th,services_en')
    expect(lines[1]).toMatch(/^4810102,กองคลัง – งานจัดเก็บภาษี,.*\|/)
  })

  it('the template sent back unchanged is read for the officer’s organisation; its clashes are reported by line', async () => {
    const { app, agents } = await arrange()
    const template = await (await agents.lgu.get('/staff/service-points/template.csv')).arrayBuffer()
    const res = await upload(app, agents.lgu, new Uint8Array(template))
    expect(res.status).toBe(422)
    // The example "กองคลัง – งานจัดเก็บภาษี" and "งานทะเบียนราษฎร" are open points of 4810102 already.
    expect(await problemsIn(res)).toEqual([
      '2: อปท. รหัส 4810102 มีจุดบริการที่เปิดรับชื่อ “กองคลัง – งานจัดเก็บภาษี” อยู่แล้ว',
      '3: อปท. รหัส 4810102 มีจุดบริการที่เปิดรับชื่อ “งานทะเบียนราษฎร” อยู่แล้ว',
    ])
  })

  it('each role finds the link where it looks after points', async () => {
    const { agents, organisationIds } = await arrange()
    const linked = async (agent: StaffAgent, path: string) => {
      const page = readPage(await (await agent.get(path)).text())
      return page.allByRole('link', { name: 'เพิ่มจุดบริการจากไฟล์ CSV' }).map((a) => a.attrs.href)
    }
    expect(await linked(agents.lgu, `/staff/organisations/${organisationIds['4810102']}`)).toEqual([
      '/staff/service-points/upload',
    ])
    expect(await linked(agents.province, '/staff/provinces/81')).toEqual(['/staff/service-points/upload'])
    expect(await linked(agents.dla, '/staff/registry')).toEqual(['/staff/service-points/upload'])
  })
})
