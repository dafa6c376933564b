/**
 * Following up LGUs: the province page and DLA's national list filtered by how far
 * each organisation has got, sorted for chasing, and downloaded as CSV with the
 * registry's contact fields. Every count below is worked out by hand from arrange().
 */
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import { servicePoints } from '../../../../src/db/schema.js'
import type { FlagReason } from '../../../../src/domain/responses.js'
import { importRegistry } from '../../../../src/registry/import-registry.js'
import { arrangeSurvey, DEFAULT_NOW, HOUR, SURVEY_REGISTRY_CSV } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'

const HEADER = SURVEY_REGISTRY_CSV.split('\n')[0]
/** 6810001 has two rows, as DLA publishes one per ตำบล: "-" on the first, its office number on the second. */
const REGISTRY = `${[
  HEADER,
  'กระบี่,คลองท่อม,คลองท่อมใต้,6810001,อบต.,ทดลองหนึ่ง,-,3,81120,,,,',
  'กระบี่,คลองท่อม,คลองท่อมเหนือ,6810001,อบต.,ทดลองหนึ่ง,12,3,81120,,,,http://one.go.th',
  'กระบี่,อ่าวลึก,,6810002,อบต.,ทดลองสอง,,,,,,,',
  'กระบี่,อ่าวลึก,,6810003,อบต.,ทดลองสาม,,,,,,,',
  'เชียงใหม่,สันทราย,,6500001,อบต.,ทดลองเหนือ,,,,,,,',
].join('\n')}\n`

/**
 * The round takes กระบี่ only. In กระบี่:
 * - 4810102 (town): 2 open points, an activated officer, population 1,000 (sample 400·1000/1400 → 286), 12 counted + 3 flagged;
 * - 6810001: 1 open point, an officer still to activate, no population (sample 10), 10 responses;
 * - 6810002: no point, a deactivated officer, no population (sample 10), no responses;
 * - 6810003: only a closed point, no officer, population 5 (sample 400·5/405 → 5), 5 responses from before it closed.
 * In เชียงใหม่ (not in the round): 3500102 with an open point and no officer; 6500001 with nothing.
 */
async function arrangeOnce() {
  const s = arrangeSurvey({ round: { scope: 'provinces', provinces: ['81'] } })
  importRegistry(s.db, REGISTRY, new Date(DEFAULT_NOW))
  const sqlite = s.db.$client
  const idOf = (dlaCode: string) =>
    (sqlite.prepare('select id from organisations where dla_code = ?').get(dlaCode) as { id: number }).id
  sqlite.prepare('update organisations set population = ? where dla_code = ?').run(1000, '4810102')
  sqlite.prepare('update organisations set population = ? where dla_code = ?').run(5, '6810003')
  const at = new Date(DEFAULT_NOW)
  const addPoint = (dlaCode: string, code: string, active = true) =>
    s.db
      .insert(servicePoints)
      .values({ organisationId: idOf(dlaCode), code, nameTh: `จุด ${code}`, active, createdAt: at, updatedAt: at })
      .returning()
      .get()
  const one = addPoint('6810001', 'ONE0001')
  const three = addPoint('6810003', 'THR0001', false)
  const store = createResponseStore(s.db)
  let n = 0
  const respond = (point: { id: number; organisationId: number }, times: number, flagReason: FlagReason | null = null) => {
    for (let i = 0; i < times; i++)
      store.writeOne({
        submissionId: `f-${++n}`,
        roundId: s.roundId!,
        organisationId: point.organisationId,
        servicePointId: point.id,
        serviceId: null,
        submittedAt: DEFAULT_NOW - (i + 1) * HOUR,
        locale: 'th',
        channel: 'web',
        flagReason,
        answers: [],
      })
  }
  respond(s.points.main, 8)
  respond(s.points.single, 4)
  respond(s.points.main, 3, 'too_fast')
  respond(one, 10)
  respond(three, 5)

  await createStaff(s.db, { role: 'lgu', username: 'town-officer', dlaCode: '4810102' })
  await createStaff(s.db, { role: 'lgu', username: 'one-officer', dlaCode: '6810001' })
  sqlite.prepare("update users set awaiting_activation = 1 where username = 'one-officer'").run()
  await createStaff(s.db, { role: 'lgu', username: 'two-officer', dlaCode: '6810002' })
  sqlite.prepare("update users set active = 0 where username = 'two-officer'").run()
  await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
  await createStaff(s.db, { role: 'dla', username: 'dla' })
  return { ...s, province: await signIn(s.app, 'krabi-province'), dla: await signIn(s.app, 'dla') }
}

let arranged: ReturnType<typeof arrangeOnce> | undefined
/** Every test here only reads, so they share one arrangement. */
const arrange = () => (arranged ??= arrangeOnce())

const codesOf = (html: string) => [...html.matchAll(/<tr data-lgu="(\d+)">/g)].map((m) => m[1])

/** A CSV for people: the BOM, then RFC 4180 rows (none of these cells holds a comma or quote). */
async function csvRows(res: Response) {
  const bytes = Buffer.from(await res.arrayBuffer())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return bytes
    .subarray(3)
    .toString('utf8')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','))
}

describe('follow-up filters on the province page', () => {
  it.each([
    ['', ['4810102', '6810002', '6810003', '6810001']],
    ['no-officer', ['6810002', '6810003', '6810001']],
    ['no-point', ['6810002', '6810003']],
    ['no-responses', ['6810002']],
    ['below-sample', ['4810102', '6810002']],
    ['collecting', ['4810102', '6810003', '6810001']],
  ])('status=%s lists %j (sorted by name)', async (status, codes) => {
    const { province } = await arrange()
    const res = await province.get(`/staff/provinces/81${status ? `?status=${status}` : ''}`)
    expect(res.status).toBe(200)
    // Thai order: กระบี่, then ทดลองสอง, ทดลองสาม, ทดลองหนึ่ง (ส before ห; อ, U+0E2D, before า, U+0E32).
    expect(codesOf(await res.text())).toEqual(codes)
  })

  it('sorts for chasing: no officer first, then no open point, then fewest responses', async () => {
    const { province } = await arrange()
    expect(codesOf(await (await province.get('/staff/provinces/81?sort=follow-up')).text())).toEqual([
      '6810002',
      '6810003',
      '6810001',
      '4810102',
    ])
    expect(codesOf(await (await province.get('/staff/provinces/81?sort=fewest')).text())).toEqual([
      '6810002',
      '6810003',
      '6810001',
      '4810102',
    ])
  })

  it('shows each LGU its officer, points and minimum sample, and keeps the filter in the CSV link', async () => {
    const { province } = await arrange()
    const html = await (await province.get('/staff/provinces/81?status=below-sample&sort=fewest')).text()
    const town = /<tr data-lgu="4810102">([\s\S]*?)<\/tr>/.exec(html)![1]!
    expect(town).toMatch(/data-col="officer">เปิดใช้บัญชีแล้ว</)
    expect(town).toMatch(/data-col="sample">286</)
    expect(town).toMatch(/data-col="responses">12</)
    const two = /<tr data-lgu="6810002">([\s\S]*?)<\/tr>/.exec(html)![1]!
    expect(two).toContain('ยังไม่เปิดใช้บัญชี')
    expect(two).toMatch(/data-col="sample">10</)
    expect(html).toContain('href="/staff/provinces/81/follow-up.csv?status=below-sample&amp;sort=fewest"')
    expect(html).toMatch(/<option value="below-sample" selected="">/)
  })

  it('says a wrong filter is wrong, with a 400 and no list, instead of listing everyone', async () => {
    const { province } = await arrange()
    const res = await province.get('/staff/provinces/81?status=everyone')
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain('ไม่มีตัวกรองการติดตามแบบที่ระบุ เลือกจากรายการ')
    expect(html).toContain('<title>ข้อผิดพลาด: ')
    expect(codesOf(html)).toEqual([])
    const en = await province.get('/staff/provinces/81?status=%3Cscript%3E&lang=en')
    expect(en.status).toBe(400)
    expect(await en.text()).toContain('There is no such follow-up filter: choose one from the list.')
  })
})

describe('the follow-up CSV', () => {
  it('downloads the filtered list with BOM, Thai headers, the sample still needed and the registry contact', async () => {
    const { province } = await arrange()
    const res = await province.get('/staff/provinces/81/follow-up.csv?status=no-officer')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="follow-up-province-81-no-officer-round-\d+\.csv"/,
    )
    const [header, ...rows] = await csvRows(res)
    expect(header).toEqual([
      'จังหวัด',
      'อำเภอ',
      'รหัส อปท.',
      'อปท.',
      'เจ้าหน้าที่เปิดใช้บัญชีแล้ว',
      'จุดให้บริการที่เปิดรับ',
      'ร่วมรอบนี้',
      'ผู้ตอบในรอบนี้',
      'กลุ่มตัวอย่างขั้นต่ำ',
      'ยังขาดอีก',
      'ตอบล่าสุด',
      'ที่ตั้งสำนักงานเลขที่',
      'หมู่ที่',
      'รหัสไปรษณีย์',
      'เว็บไซต์',
    ])
    expect(rows.map((r) => r.slice(0, 10))).toEqual([
      ['กระบี่', 'อ่าวลึก', '6810002', 'องค์การบริหารส่วนตำบลทดลองสอง', 'ไม่', '0', 'ใช่', '0', '10', '10'],
      ['กระบี่', 'อ่าวลึก', '6810003', 'องค์การบริหารส่วนตำบลทดลองสาม', 'ไม่', '0', 'ใช่', '5', '5', '0'],
      ['กระบี่', 'คลองท่อม', '6810001', 'องค์การบริหารส่วนตำบลทดลองหนึ่ง', 'ไม่', '1', 'ใช่', '10', '10', '0'],
    ])
    expect(rows.map((r) => r.slice(11))).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
      ['12', '3', '81120', 'http://one.go.th'],
    ])
    expect(rows[0]![10]).toBe('')
    expect(rows[2]![10]).not.toBe('')
  })

  it('refuses a wrong filter with a message, and another province is not found', async () => {
    const { province } = await arrange()
    const bad = await province.get('/staff/provinces/81/follow-up.csv?status=late')
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toMatch(/text\/html/)
    expect(await bad.text()).toContain('ไม่มีตัวกรองการติดตามแบบที่ระบุ')
    expect((await province.get('/staff/provinces/50/follow-up.csv')).status).toBe(404)
  })
})

describe("DLA's national list", () => {
  it.each([
    ['', 6],
    ['status=no-officer', 5],
    ['status=no-point', 3],
    ['status=no-responses', 1],
    ['status=below-sample', 2],
    ['status=collecting', 3],
    ['province=50', 2],
    ['province=50&status=no-officer', 2],
    ['province=50&status=collecting', 0],
    ['province=81&status=no-point', 2],
  ])('%s: %i LGUs', async (query, count) => {
    const { dla } = await arrange()
    const res = await dla.get(`/staff/national/lgus${query ? `?${query}` : ''}`)
    expect(res.status).toBe(200)
    expect(codesOf(await res.text())).toHaveLength(count)
    const csv = await dla.get(`/staff/national/lgus.csv${query ? `?${query}` : ''}`)
    expect(await csvRows(csv)).toHaveLength(count + 1)
  })

  it('names each LGU with its province, links from the national overview, and refuses a bad province code', async () => {
    const { dla, province } = await arrange()
    expect(await (await dla.get('/staff/national')).text()).toMatch(/<a href="\/staff\/national\/lgus\?round=\d+">/)
    const html = await (await dla.get('/staff/national/lgus?province=50')).text()
    expect(/<tr data-lgu="6500001">([\s\S]*?)<\/tr>/.exec(html)![1]).toContain('<td>เชียงใหม่</td>')
    const bad = await dla.get('/staff/national/lgus?province=8')
    expect(bad.status).toBe(400)
    expect(await bad.text()).toContain('รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก')
    expect((await dla.get('/staff/national/lgus.csv?province=x')).status).toBe(400)
    expect((await province.get('/staff/national/lgus')).status).toBe(404)
    expect((await province.get('/staff/national/lgus.csv')).status).toBe(404)
  })
})
