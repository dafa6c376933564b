/**
 * The per-organisation results export through the app: the page each role
 * sees, downloads limited to the caller's scope (anything else is 404 and
 * records nothing), file names, and an audit entry for every download.
 */
import { parse } from 'csv-parse/sync'
import { desc, eq } from 'drizzle-orm'
import readXlsxFile from 'read-excel-file/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { latestPublishedQuestionnaire } from '../../../../src/db/queries/questionnaires.js'
import { auditLog, roundProvinces, rounds } from '../../../../src/db/schema.js'
import { arrangeResults, type ResultsWorld } from '../../../exports/results-fixture.js'
import { createStaff, signIn, type StaffAgent } from '../../../helpers/staff.js'
import { DEFAULT_NOW, DAY } from '../../../helpers/survey-fixture.js'
import { readPage } from '../../html.js'

let world: ResultsWorld
let agents: Record<'dla' | 'province' | 'lgu' | 'otherLgu', StaffAgent>
let chiangMaiRound: number

beforeAll(async () => {
  world = await arrangeResults()
  const { db, app } = world
  await createStaff(db, { username: 'export-dla', role: 'dla' })
  await createStaff(db, { username: 'export-province', role: 'province', provinceCode: '81' })
  await createStaff(db, { username: 'export-lgu', role: 'lgu', dlaCode: '4810102' })
  await createStaff(db, { username: 'export-lgu-cm', role: 'lgu', dlaCode: '3500102' })
  agents = {
    dla: await signIn(app, 'export-dla'),
    province: await signIn(app, 'export-province'),
    lgu: await signIn(app, 'export-lgu'),
    otherLgu: await signIn(app, 'export-lgu-cm'),
  }
  // A round for เชียงใหม่ only: กระบี่'s officers cannot see it.
  const questionnaire = latestPublishedQuestionnaire(db, 'thai-lgu-standard')!
  chiangMaiRound = db
    .insert(rounds)
    .values({
      nameTh: 'รอบนำร่องเชียงใหม่',
      nameEn: 'Chiang Mai pilot',
      questionnaireId: questionnaire.id,
      opensAt: new Date(DEFAULT_NOW - DAY),
      closesAt: new Date(DEFAULT_NOW + DAY),
      scope: 'provinces',
      createdAt: new Date(DEFAULT_NOW),
    })
    .returning({ id: rounds.id })
    .get().id
  db.insert(roundProvinces).values({ roundId: chiangMaiRound, provinceCode: '50' }).run()
})

const audits = () =>
  world.db.select().from(auditLog).where(eq(auditLog.action, 'export_downloaded')).orderBy(desc(auditLog.id)).all()
const url = (ext: string, params: Record<string, string | number>) =>
  `/staff/exports/results.${ext}?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]))}`
const jsonCodes = async (res: Response) => ((await res.json()) as { rows: { dla_code: string }[] }).rows.map((r) => r.dla_code)

describe('downloads', () => {
  it('DLA downloads every organisation as XLSX, named after the round and scope', async () => {
    const res = await agents.dla.get(url('xlsx', { round: world.roundId, scope: 'national' }))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const disposition = res.headers.get('content-disposition')!
    expect(disposition).toContain('attachment; filename="lgu-results_fiscal-year-2568-be_national.xlsx"')
    const thai = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)
    expect(thai).toBe('ผลรายหน่วยงาน_ปีงบประมาณ 2568_ทั้งประเทศ.xlsx')
    const [sheet] = await readXlsxFile(Buffer.from(await res.arrayBuffer()))
    expect(sheet!.data.slice(2).map((r) => r[0])).toEqual(['3500102', '4810102', '5810401'])
  })

  it('CSV for people by default, for machines with audience=machines', async () => {
    const people = Buffer.from(
      await (await agents.dla.get(url('csv', { round: world.roundId, scope: 'province:81' }))).arrayBuffer(),
    )
    expect([...people.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const machines = await agents.dla.get(
      url('csv', { round: world.roundId, scope: 'organisation:5810401', audience: 'machines' }),
    )
    expect(machines.headers.get('content-disposition')).toContain(
      'filename="lgu-results_fiscal-year-2568-be_organisation-5810401_machines.csv"',
    )
    const [header, ...rows] = parse(Buffer.from(await machines.arrayBuffer())) as string[][]
    expect(header![0]).toBe('dla_code')
    expect(rows.map((r) => r[0])).toEqual(['5810401'])
  })

  it('a provincial officer gets their province only; another province, the country or its organisations are not found', async () => {
    for (const scope of [undefined, 'province:81']) {
      const res = await agents.province.get(url('json', { round: world.roundId, ...(scope ? { scope } : {}) }))
      expect(res.status).toBe(200)
      expect(await jsonCodes(res)).toEqual(['4810102', '5810401'])
    }
    expect(
      await jsonCodes(await agents.province.get(url('json', { round: world.roundId, scope: 'organisation:5810401' }))),
    ).toEqual(['5810401'])
    for (const scope of [
      'province:50',
      'national',
      'organisation:3500102',
      'province:99',
      'organisation:0000000',
      'everything',
    ]) {
      const res = await agents.province.get(url('xlsx', { round: world.roundId, scope }))
      expect(res.status, scope).toBe(404)
    }
  })

  it('an LGU officer gets their organisation only', async () => {
    const res = await agents.lgu.get(url('csv', { round: world.roundId }))
    const [, ...rows] = parse(Buffer.from(await res.arrayBuffer()), { bom: true }) as string[][]
    expect(rows.map((r) => r[0])).toEqual(['4810102'])
    expect(await jsonCodes(await agents.lgu.get(url('json', { round: world.roundId, scope: 'organisation:4810102' })))).toEqual([
      '4810102',
    ])
    for (const scope of ['organisation:5810401', 'province:81', 'national'])
      expect((await agents.lgu.get(url('json', { round: world.roundId, scope }))).status, scope).toBe(404)
  })

  it('a round the caller cannot see, a malformed round or an unknown audience is not found', async () => {
    expect((await agents.province.get(url('xlsx', { round: chiangMaiRound }))).status).toBe(404)
    expect((await agents.lgu.get(url('xlsx', { round: chiangMaiRound }))).status).toBe(404)
    expect((await agents.otherLgu.get(url('json', { round: chiangMaiRound }))).status).toBe(200)
    for (const round of ['999999', 'abc', '']) expect((await agents.dla.get(url('json', { round }))).status, round).toBe(404)
    expect((await agents.dla.get(url('csv', { round: world.roundId, audience: 'robots' }))).status).toBe(404)
  })

  it('records every download in the audit log, and nothing for a refusal', async () => {
    const before = audits().length
    await (await agents.province.get(url('csv', { round: world.roundId, audience: 'machines' }))).arrayBuffer()
    const [entry] = audits()
    expect(audits()).toHaveLength(before + 1)
    expect(entry).toMatchObject({
      actorUsername: 'export-province',
      targetType: 'round',
      targetId: String(world.roundId),
      provinceCode: '81',
    })
    expect(entry!.detail).toEqual({
      export: 'results',
      format: 'csv-machines',
      scope: 'province:81',
      round: world.roundId,
      rows: 2,
    })

    await (await agents.lgu.get(url('xlsx', { round: world.roundId }))).arrayBuffer()
    expect(audits()[0]).toMatchObject({
      actorUsername: 'export-lgu',
      provinceCode: '81',
      organisationId: world.organisationIds['4810102'],
    })
    expect(audits()[0]!.detail).toMatchObject({ format: 'xlsx', scope: 'organisation:4810102', rows: 1 })

    await (await agents.lgu.get(url('xlsx', { round: world.roundId, scope: 'national' }))).arrayBuffer()
    expect(audits()).toHaveLength(before + 2)
  })

  it('without round or scope, a download is the default round for the caller’s own scope', async () => {
    for (const ext of ['xlsx', 'csv', 'json']) {
      const res = await agents.lgu.get(`/staff/exports/results.${ext}`)
      expect(res.status, ext).toBe(200)
      expect(res.headers.get('content-disposition'), ext).toContain('_organisation-4810102.')
      await res.arrayBuffer()
    }
  })

  it('signed out, a download asks to sign in first', async () => {
    const res = await world.app.request(url('xlsx', { round: world.roundId }))
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/^\/staff\/sign-in\?next=/)
  })
})

describe('the export page', () => {
  const page = async (agent: StaffAgent, query = '') => {
    const res = await agent.get(`/staff/exports${query}`)
    return { status: res.status, page: readPage(await res.text()) }
  }
  const hrefs = (p: ReturnType<typeof readPage>) =>
    p
      .allByRole('link')
      .map((a) => a.attrs.href ?? '')
      .filter((h) => h.startsWith('/staff/exports/results.'))

  it('DLA chooses a round and the country or a province, and gets a link per format', async () => {
    const { status, page: p } = await page(agents.dla)
    expect(status).toBe(200)
    expect(p.getByRole('heading', { level: 1 }).children.join('')).toBe('ส่งออกผลรายหน่วยงาน')
    const scopes = p.elements.filter((el) => el.tag === 'select' && el.attrs.name === 'scope')[0]!
    const options = scopes.children
      .filter((c) => typeof c !== 'string')
      .map((o) => (o as { attrs: Record<string, string> }).attrs.value)
    expect(options[0]).toBe('national')
    expect(options).toContain('province:81')
    expect(hrefs(p)).toHaveLength(4)
    for (const name of ['Excel (XLSX)', 'CSV สำหรับเปิดด้วย Excel', 'CSV สำหรับโปรแกรม', 'JSON']) p.getByRole('link', { name })
    const xlsx = p.getByRole('link', { name: 'Excel (XLSX)' }).attrs.href!
    const res = await agents.dla.get(xlsx)
    expect(res.status).toBe(200)
    await res.arrayBuffer()
  })

  it('a DLA code narrows the links to one organisation; an unknown one is an error on the field', async () => {
    const one = await page(agents.province, `?round=${world.roundId}&dlaCode=5810401`)
    expect(hrefs(one.page).every((h) => new URL(h, 'http://x').searchParams.get('scope') === 'organisation:5810401')).toBe(true)

    const wrong = await page(agents.province, `?round=${world.roundId}&dlaCode=3500102`)
    expect(wrong.status).toBe(422)
    expect(wrong.page.title).toMatch(/^ข้อผิดพลาด: /)
    expect(wrong.page.text(wrong.page.getByRole('alert'))).toContain('ไม่พบ อปท. รหัสนี้')
    expect(wrong.page.getByRole('link', { name: 'ไม่พบ อปท. รหัสนี้ในขอบเขตที่ท่านเข้าถึงได้' }).attrs.href).toBe('#dlaCode')
    expect(hrefs(wrong.page)).toEqual([])
  })

  it('a provincial officer may pick only their province; a scope outside it is not found', async () => {
    const { page: p } = await page(agents.province)
    const scopes = p.elements.find((el) => el.tag === 'select' && el.attrs.name === 'scope')!
    expect(p.text(scopes)).toBe('จังหวัดกระบี่')
    expect((await page(agents.province, '?scope=national')).status).toBe(404)
    expect((await page(agents.province, '?scope=province:50')).status).toBe(404)
  })

  it('an LGU officer sees their organisation as the scope, with nothing to choose but the round', async () => {
    const { page: p } = await page(agents.lgu)
    expect(p.elements.some((el) => el.tag === 'select' && el.attrs.name === 'scope')).toBe(false)
    expect(p.controls('dlaCode')).toEqual([])
    expect(p.text()).toContain('ขอบเขต: เทศบาลเมืองกระบี่')
    expect(hrefs(p).every((h) => h.includes('scope=organisation%3A4810102'))).toBe(true)
  })

  it('is linked from each role’s home page', async () => {
    const homes: [StaffAgent, string][] = [
      [agents.dla, '/staff/national'],
      [agents.province, '/staff/provinces/81'],
      [agents.lgu, `/staff/organisations/${world.organisationIds['4810102']}`],
    ]
    for (const [agent, path] of homes) {
      const p = readPage(await (await agent.get(path)).text())
      // Keeping the round the home page shows (DLA's default is the newest open round, the เชียงใหม่ pilot).
      const round = path === '/staff/national' ? chiangMaiRound : world.roundId
      expect(p.getByRole('link', { name: 'ส่งออกผลรายหน่วยงาน (Excel, CSV, JSON)' }).attrs.href, path).toBe(
        `/staff/exports?round=${round}`,
      )
    }
  })
})

describe('the raw responses on the export page', () => {
  const rawLinks = async (agent: StaffAgent, query = '') => {
    const p = readPage(await (await agent.get(`/staff/exports${query}`)).text())
    const links = p
      .allByRole('link')
      .filter((a) => (a.attrs.href ?? '').startsWith('/staff/exports/raw.csv'))
      .map((a) => ({ name: p.text(a), href: a.attrs.href! }))
    return { p, links }
  }
  const params = (href: string) => Object.fromEntries(new URL(href, 'http://x').searchParams)

  it('DLA gets the chosen scope’s individual responses for people and for programs, and the links download', async () => {
    const { p, links } = await rawLinks(agents.dla, `?round=${world.roundId}&scope=province:81`)
    expect(p.getByRole('heading', { name: 'คำตอบรายบุคคล (ไม่ระบุตัวตน)' })).toBeDefined()
    expect(links.map((l) => l.name)).toEqual(['คำตอบรายบุคคล: CSV สำหรับเปิดด้วย Excel', 'คำตอบรายบุคคล: CSV สำหรับโปรแกรม'])
    expect(links.map((l) => params(l.href))).toEqual([
      { round: String(world.roundId), scope: 'province:81', audience: 'people' },
      { round: String(world.roundId), scope: 'province:81', audience: 'machines' },
    ])
    for (const { href } of links) {
      const res = await agents.dla.get(href)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/csv')
      await res.arrayBuffer()
    }
    const national = await rawLinks(agents.dla, `?round=${world.roundId}&scope=national`)
    expect(national.links.map((l) => params(l.href).scope)).toEqual(['national', 'national'])
  })

  it('a provincial officer gets their province’s; with one organisation chosen, the page says to choose a wider scope', async () => {
    const own = await rawLinks(agents.province, `?round=${world.roundId}`)
    expect(own.links.map((l) => params(l.href).scope)).toEqual(['province:81', 'province:81'])

    const one = await rawLinks(agents.province, `?round=${world.roundId}&dlaCode=5810401`)
    expect(one.links).toEqual([])
    expect(one.p.text()).toContain('คำตอบรายบุคคลส่งออกได้ทั้งประเทศหรือทั้งจังหวัด')
  })

  it('an LGU officer is offered none (the raw export is not theirs)', async () => {
    const { p, links } = await rawLinks(agents.lgu)
    expect(links).toEqual([])
    expect(p.text()).not.toContain('คำตอบรายบุคคล')
    const refused = await agents.lgu.get(`/staff/exports/raw.csv?round=${world.roundId}`)
    expect(refused.status).toBe(404)
  })
})
