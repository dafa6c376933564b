/**
 * The provincial officer's list of LGUs (filters, search, paging, sorting,
 * counts) and DLA's national overview, over organisations imported from a
 * generated file in DLA's registry format.
 */
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import { organisations, roundOrganisations, rounds, servicePoints } from '../../../../src/db/schema.js'
import type { FlagReason } from '../../../../src/domain/responses.js'
import { importRegistry } from '../../../../src/registry/import-registry.js'
import { arrangeSurvey, DEFAULT_NOW, HOUR, SURVEY_REGISTRY_CSV } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'

const KRABI_DISTRICTS = [
  ['8101', 'เมืองกระบี่'],
  ['8102', 'เขาพนม'],
  ['8103', 'เกาะลันตา'],
  ['8104', 'คลองท่อม'],
  ['8105', 'อ่าวลึก'],
  ['8106', 'ปลายพระยา'],
  ['8107', 'ลำทับ'],
  ['8108', 'เหนือคลอง'],
] as const
const GENERATED = 60
const pad = (n: number) => String(n).padStart(3, '0')
/** The last one starts with a leading vowel, which Thai order sorts by the consonant after it. */
const nameOf = (i: number) => (i === GENERATED ? 'เขาทอง' : `ทดสอบ${pad(i)}`)

/** 60 LGUs in กระบี่ (every third a เทศบาลตำบล, the rest อบต.) and 3 in เชียงใหม่, in DLA's CSV format. */
function generatedRegistry(): string {
  const header = SURVEY_REGISTRY_CSV.split('\n')[0]
  const lines = [header]
  for (let i = 1; i <= GENERATED; i++) {
    const type = i % 3 === 0 ? 'เทศบาลตำบล' : 'อบต.'
    lines.push(`กระบี่,${KRABI_DISTRICTS[i % 8]![1]},,6810${pad(i)},${type},${nameOf(i)},,,,,,,`)
  }
  for (let i = 1; i <= 3; i++) lines.push(`เชียงใหม่,สันทราย,,6501${pad(i)},อบต.,เหนือ${pad(i)},,,,,,,`)
  return `${lines.join('\n')}\n`
}

const typeOf = (i: number) => (i % 3 === 0 ? 'subdistrict' : 'sao')
const districtOf = (i: number) => KRABI_DISTRICTS[i % 8]![0]

async function arrange() {
  const s = arrangeSurvey()
  importRegistry(s.db, generatedRegistry(), new Date(DEFAULT_NOW))
  const idOf = (dlaCode: string) =>
    s.db.$client.prepare('select id from organisations where dla_code = ?').get(dlaCode) as { id: number }
  const at = new Date(DEFAULT_NOW)
  const addPoint = (dlaCode: string, code: string, active = true) =>
    s.db
      .insert(servicePoints)
      .values({ organisationId: idOf(dlaCode).id, code, nameTh: `จุด ${code}`, active, createdAt: at, updatedAt: at })
      .returning()
      .get()
  const store = createResponseStore(s.db)
  let n = 0
  const respond = (point: { id: number; organisationId: number }, times: number, flagReason: FlagReason | null = null) => {
    for (let i = 0; i < times; i++)
      store.writeOne({
        submissionId: `p-${++n}`,
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
  const a = addPoint('6810007', 'AAA0007')
  const b = addPoint('6810013', 'BBB0013')
  addPoint('6810014', 'CCC0014', false) // only an inactive point: counts as none
  respond(a, 4)
  respond(a, 2, 'repeat')
  respond(b, 9)
  respond(s.points.main, 2)
  respond(s.points.bare, 5)
  await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
  await createStaff(s.db, { role: 'dla', username: 'dla' })
  return { ...s, province: await signIn(s.app, 'krabi-province'), dla: await signIn(s.app, 'dla') }
}

type Row = { code: string; name: string; href: string; points: string; responses: string }
const text = (html: string) => html.replace(/<[^>]+>/g, '').trim()

function rowsOf(html: string): Row[] {
  return [...html.matchAll(/<tr data-lgu="(\d+)">([\s\S]*?)<\/tr>/g)].map(([, code, tr]) => ({
    code: code!,
    href: /<a href="([^"]+)">/.exec(tr!)![1]!,
    name: text(/<a href="[^"]+">([^<]+)<\/a>/.exec(tr!)![1]!),
    points: text(/data-col="points">([\s\S]*?)<\/td>/.exec(tr!)![1]!),
    responses: text(/data-col="responses">([\s\S]*?)<\/td>/.exec(tr!)![1]!),
  }))
}

const krabiNames = () => [
  'เทศบาลเมืองกระบี่',
  ...Array.from({ length: GENERATED }, (_, k) => k + 1).map(
    (i) => `${typeOf(i) === 'sao' ? 'องค์การบริหารส่วนตำบล' : 'เทศบาลตำบล'}${nameOf(i)}`,
  ),
]

describe('province page: every LGU of the province', () => {
  it('pages 50 at a time, sorted by name, with collection counts per LGU', async () => {
    const { province } = await arrange()
    const first = await province.get('/staff/provinces/81')
    expect(first.status).toBe(200)
    const html = await first.text()
    const rows = rowsOf(html)
    expect(rows).toHaveLength(50)
    expect(html).toContain('61 อปท. · มีจุดให้บริการที่เปิดรับ 3 แห่ง · มีผู้ตอบในรอบนี้ 3 แห่ง · ผู้ตอบรวม 15 คน')
    expect(html).toContain('แสดง 1–50 จาก 61 รายการ')
    expect(html).toMatch(/<a href="\/staff\/provinces\/81\?page=2" rel="next" hx-get="\/staff\/provinces\/81\?page=2"/)

    const second = rowsOf(await (await province.get('/staff/provinces/81?page=2')).text())
    expect(second).toHaveLength(11)
    // By the proper name in Thai order: กระบี่, เขาทอง (ข), then ทดสอบ001…059.
    const names = krabiNames()
    expect([...rows, ...second].map((r) => r.name)).toEqual([names[0], names[GENERATED], ...names.slice(1, GENERATED)])
    expect([...rows, ...second].every((r) => !r.code.startsWith('6501') && r.code !== '3500102')).toBe(true)

    const byCode = new Map([...rows, ...second].map((r) => [r.code, r]))
    expect(byCode.get('6810007')).toMatchObject({ points: '1', responses: '4' }) // 2 flagged left out
    expect(byCode.get('6810013')).toMatchObject({ points: '1', responses: '9' })
    expect(byCode.get('4810102')).toMatchObject({ points: '2', responses: '2' })
    expect(byCode.get('6810014')).toMatchObject({ points: 'ยังไม่มีจุดให้บริการ', responses: 'ยังไม่มีผู้ตอบ' })
    expect(byCode.get('6810007')!.href).toMatch(/^\/staff\/organisations\/\d+$/)
  })

  it('is a plain GET form that htmx upgrades to refresh only the results', async () => {
    const { province } = await arrange()
    const html = await (await province.get('/staff/provinces/81')).text()
    const form = /<form method="get" action="\/staff\/provinces\/81"[^>]*>/.exec(html)?.[0] ?? ''
    for (const attr of [
      'hx-get="/staff/provinces/81"',
      'hx-target="#lgu-results"',
      'hx-select="#lgu-results"',
      'hx-push-url="true"',
      // The selects' changes, not the search box's: its change on blur would race a click on a result.
      'hx-trigger="submit, change from:form.filters&gt;*&gt;select, input changed delay:400ms from:#q"',
    ])
      expect(form).toContain(attr)
    expect(html).toContain('id="lgu-results"')
    for (const name of ['q', 'district', 'type', 'sort', 'round']) expect(html).toContain(`name="${name}"`)
  })

  it('filters by district and by type, and pages within the filter', async () => {
    const { province } = await arrange()
    const district = rowsOf(await (await province.get('/staff/provinces/81?district=8104')).text())
    const expectedDistrict = Array.from({ length: GENERATED }, (_, k) => k + 1).filter((i) => districtOf(i) === '8104')
    expect(district.map((r) => r.code).sort()).toEqual(expectedDistrict.map((i) => `6810${pad(i)}`))

    const page = await (await province.get('/staff/provinces/81?type=sao')).text()
    expect(page).toContain('แสดง 1–40 จาก 40 รายการ')
    expect(rowsOf(page).every((r) => r.name.startsWith('องค์การบริหารส่วนตำบล'))).toBe(true)

    const both = rowsOf(await (await province.get('/staff/provinces/81?type=subdistrict&district=8101')).text())
    expect(both.map((r) => r.code).sort()).toEqual(
      Array.from({ length: GENERATED }, (_, k) => k + 1)
        .filter((i) => typeOf(i) === 'subdistrict' && districtOf(i) === '8101')
        .map((i) => `6810${pad(i)}`),
    )
    // Nonsense in the query falls back to the defaults rather than failing.
    expect(
      rowsOf(await (await province.get('/staff/provinces/81?type=castle&district=x&page=-3&sort=evil')).text()),
    ).toHaveLength(50)
  })

  it.each([
    ['part of the name', 'ทดสอบ00', 9],
    ['the name with its type word', 'องค์การบริหารส่วนตำบลทดสอบ007', 1],
    ['a whole DLA code', '6810013', 1],
    ['the start of a DLA code', '681001', 10],
    ['a LIKE wildcard, taken literally', '%', 0],
  ])('searches by %s', async (_, q, expected) => {
    const { province } = await arrange()
    const rows = rowsOf(await (await province.get(`/staff/provinces/81?q=${encodeURIComponent(q)}`)).text())
    expect(rows).toHaveLength(expected)
    if (q === '6810013') expect(rows[0]!.name).toBe('องค์การบริหารส่วนตำบลทดสอบ013')
  })

  it('sorts by responses, most first, and keeps the sort on the next page link', async () => {
    const { province } = await arrange()
    const html = await (await province.get('/staff/provinces/81?sort=responses')).text()
    expect(
      rowsOf(html)
        .slice(0, 3)
        .map((r) => r.code),
    ).toEqual(['6810013', '6810007', '4810102'])
    expect(html).toContain('href="/staff/provinces/81?sort=responses&amp;page=2"')
    // A page past the end shows the last page.
    expect(await (await province.get('/staff/provinces/81?page=99')).text()).toContain('แสดง 51–61 จาก 61 รายการ')
  })

  it('tags LGUs that are not in a round limited to named organisations', async () => {
    const { province, db } = await arrange()
    const round = db.$client.prepare('select * from rounds').get() as { questionnaire_id: number }
    const only = db
      .insert(rounds)
      .values({
        nameTh: 'รอบนำร่อง',
        nameEn: 'Pilot',
        questionnaireId: round.questionnaire_id,
        opensAt: new Date(DEFAULT_NOW - HOUR),
        closesAt: new Date(DEFAULT_NOW + HOUR),
        scope: 'organisations',
        createdAt: new Date(DEFAULT_NOW),
      })
      .returning()
      .get()
    const org = db
      .select()
      .from(organisations)
      .all()
      .find((o) => o.dlaCode === '6810013')!
    db.insert(roundOrganisations).values({ roundId: only.id, organisationId: org.id }).run()
    // The newest open round is the default now.
    const rows = rowsOf(await (await province.get('/staff/provinces/81')).text())
    const byCode = new Map(rows.map((r) => [r.code, r]))
    expect(byCode.get('6810013')!.responses).toBe('ยังไม่มีผู้ตอบ')
    expect(byCode.get('6810007')!.responses).toBe('ไม่ได้ร่วมรอบนี้')
  })
})

describe('national overview (DLA)', () => {
  it('counts LGUs, LGUs with open points and with responses, and responses, per province', async () => {
    const { dla } = await arrange()
    const res = await dla.get('/staff/national')
    expect(res.status).toBe(200)
    const html = await res.text()
    const row = (code: string) => {
      const tr = new RegExp(`<tr data-province="${code}">([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? ''
      return ['lgus', 'withPoints', 'withResponses', 'responses'].map((col) =>
        text(new RegExp(`data-col="${col}">([^<]*)<`).exec(tr)?.[1] ?? ''),
      )
    }
    expect(row('81')).toEqual(['61', '3', '3', '15'])
    expect(row('50')).toEqual(['4', '1', '1', '5'])
    expect(row('total')).toEqual(['65', '4', '4', '20'])
    expect([...html.matchAll(/<tr data-province="(\d+)">/g)].map((m) => m[1])).toEqual(['81', '50'])
    expect(html).toMatch(/<a href="\/staff\/provinces\/81\?round=\d+">กระบี่<\/a>/)
  })

  it('lets DLA open any province page, with a way back', async () => {
    const { dla } = await arrange()
    const html = await (await dla.get('/staff/provinces/50')).text()
    expect(
      rowsOf(html)
        .map((r) => r.code)
        .sort(),
    ).toEqual(['3500102', '6501001', '6501002', '6501003'])
    expect(html).toContain('href="/staff/national"')
  })
})
