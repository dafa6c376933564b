/**
 * The province results page over 61 LGUs of กระบี่ (see test/results/arrange-rollups.ts for
 * the responses and every LGU's figures worked out by hand): rows, sorting both ways, filters,
 * paging, LGUs with no or too few responses, and the province pooled at the top.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import {
  arrangeRollups,
  districtOf,
  figuresOf,
  GENERATED,
  pad,
  rowsOf,
  tableOf,
  typeOf,
} from '../../../results/arrange-rollups.js'

let world: Awaited<ReturnType<typeof arrangeRollups>>
beforeAll(async () => {
  world = await arrangeRollups()
})

const page = async (query = '') => {
  const res = await world.province.get(`/staff/provinces/81/results${query}`)
  expect(res.status).toBe(200)
  return res.text()
}
const codes = (html: string) => [...rowsOf(html, 'data-lgu').keys()]

describe('every LGU of the province with n, percent, band and points', () => {
  it('shows the figures worked out by hand', async () => {
    const rows = rowsOf(await page('?sort=percent'), 'data-lgu')
    expect(rows.get('6810001')).toMatchObject({
      name: 'องค์การบริหารส่วนตำบลทดสอบ001',
      n: '10',
      percent: '92.00',
      band: 'มากที่สุด',
      points: '9',
    })
    expect(rows.get('6810003')).toMatchObject({
      name: 'เทศบาลตำบลทดสอบ003',
      n: '12',
      percent: '60.00',
      band: 'ปานกลาง',
      points: '2',
    })
    // 2 flagged responses are left out; N/A answers do not count in the mean.
    expect(rows.get('6810004')).toMatchObject({ n: '11', percent: '80.00', band: 'มาก', points: '6' })
    expect(rows.get('4810102')).toMatchObject({ name: 'เทศบาลเมืองกระบี่', n: '20', percent: '70.00', band: 'มาก', points: '4' })
    expect([...rows.keys()].some((code) => code.startsWith('6501') || code === '3500102')).toBe(false)
    expect(rows.get('4810102')!.name).toBe('เทศบาลเมืองกระบี่')
  })

  it('links each LGU to its own results page for the same round', async () => {
    const html = await page()
    expect(html).toContain(
      `<a href="/staff/organisations/${world.idOf('6810001')}/results?round=${world.roundId}">องค์การบริหารส่วนตำบลทดสอบ001</a>`,
    )
  })

  it('marks LGUs with too few or no responses with a tag in words, and shows no figure for them', async () => {
    const html = await page()
    const rows = rowsOf(html, 'data-lgu')
    expect(rows.get('6810002')).toEqual({ name: 'องค์การบริหารส่วนตำบลทดสอบ002', n: '3', status: 'ผู้ตอบน้อยกว่า 10 คน' })
    expect(rows.get('6810005')).toEqual({ name: 'องค์การบริหารส่วนตำบลทดสอบ005', n: '0', status: 'ยังไม่มีผู้ตอบ' })
    expect(html).toMatch(/<tr data-lgu="6810002">[\s\S]*?<td colspan="3" data-col="status"><strong class="tag tag--red">/)
  })

  it('puts the province, pooled from every answer, at the top with the LGUs by band as a chart', async () => {
    const html = await page()
    // Σ of the five LGUs' answers: n 482, Σx 1,811, Σx² 7,415 → x̄ 3.76, 75.15 %, S.D. √(294,309 ÷ 231,842) = 1.13,
    // MoE 1.96 × 1.1267 ÷ √482 × 20 = 2.01, 6 points. The 3 responses of the LGU with too few count too.
    expect(figuresOf(html, 'province')).toEqual({
      n: '56',
      mean: '3.76',
      sd: '1.13',
      percent: '75.15',
      moe: '2.01',
      band: 'มาก',
      points: '6',
    })
    expect(html).toContain('61 อปท. ที่ร่วมรอบนี้ · มีผู้ตอบตั้งแต่ 10 คนขึ้นไป 4 แห่ง · ผู้ตอบน้อยกว่าเกณฑ์ 1 แห่ง · ยังไม่มีผู้ตอบ 56 แห่ง')
    const chart = /<svg class="chart__svg" role="img" aria-label="([^"]+)"/.exec(html)![1]!
    expect(chart).toContain(
      'มากที่สุด 1 แห่ง (1.64 %); มาก 2 แห่ง (3.28 %); ปานกลาง 1 แห่ง (1.64 %); น้อย 0 แห่ง (0.00 %); น้อยที่สุด 0 แห่ง (0.00 %)',
    )
    expect(chart).toContain('ผู้ตอบน้อยกว่าเกณฑ์ 1 แห่ง (1.64 %); ยังไม่มีผู้ตอบ 56 แห่ง (91.80 %)')
    expect(html).toContain('S.D. คือส่วนเบี่ยงเบนมาตรฐานของกลุ่มตัวอย่าง (หารด้วย n − 1)')
  })

  it('rolls up by district and by type', async () => {
    const html = await page()
    const districts = rowsOf(tableOf(html, 'districts'), 'data-group')
    expect(districts.get('8102')).toMatchObject({ lgus: '8', meeting: '1', n: '10', percent: '92.00', band: 'มากที่สุด' })
    expect(districts.get('8103')).toMatchObject({ lgus: '8', meeting: '0', n: '3', status: 'ผู้ตอบน้อยกว่า 10 คน' })
    expect(districts.get('8106')).toMatchObject({ n: '0', status: 'ยังไม่มีผู้ตอบ' })
    const types = rowsOf(tableOf(html, 'types'), 'data-group')
    // อบต.: 6810001, 6810002 and 6810004 pooled: (414 + 135 + 308) ÷ 194 answers → 88.35 %, x̄ 4.42.
    expect(types.get('sao')).toMatchObject({ name: 'อบต.', lgus: '40', meeting: '2', n: '24', percent: '88.35', band: 'มากที่สุด' })
    expect(types.get('subdistrict')).toMatchObject({ lgus: '20', meeting: '1', n: '12', percent: '60.00' })
  })
})

describe('sorting, filters and paging', () => {
  it('sorts by percent both ways; LGUs without a figure come last either way', async () => {
    expect(codes(await page('?sort=percent')).slice(0, 5)).toEqual(['6810001', '6810004', '4810102', '6810003', '6810002'])
    expect(codes(await page('?sort=percent&dir=asc')).slice(0, 5)).toEqual([
      '6810003',
      '4810102',
      '6810004',
      '6810001',
      '6810002',
    ])
  })

  it('sorts by responses both ways, and by name in Thai order both ways', async () => {
    expect(codes(await page('?sort=n')).slice(0, 5)).toEqual(['4810102', '6810003', '6810004', '6810001', '6810002'])
    expect(codes(await page('?sort=n&dir=asc&page=2')).slice(-5)).toEqual(['6810002', '6810001', '6810004', '6810003', '4810102'])
    // กระบี่ (ก) first, then ทดสอบ001…; descending starts from the other end.
    expect(codes(await page()).slice(0, 3)).toEqual(['4810102', '6810001', '6810002'])
    expect(codes(await page('?dir=desc')).slice(0, 2)).toEqual([`6810${pad(GENERATED)}`, `6810${pad(GENERATED - 1)}`])
  })

  it('has header links that sort and turn the order round, keeping the filters', async () => {
    const html = await page('?type=sao&sort=percent')
    expect(html).toContain('aria-sort="descending"')
    expect(html).toContain('href="/staff/provinces/81/results?type=sao&amp;sort=percent&amp;dir=asc"')
    expect(html).toContain('href="/staff/provinces/81/results?type=sao&amp;sort=n"')
  })

  it('filters by district and by type', async () => {
    const district = codes(await page('?district=8104'))
    expect(district.sort()).toEqual(
      Array.from({ length: GENERATED }, (_, k) => k + 1)
        .filter((i) => districtOf(i) === '8104')
        .map((i) => `6810${pad(i)}`),
    )
    const subdistrict = await page('?type=subdistrict')
    expect(codes(subdistrict)).toHaveLength(20)
    expect(codes(subdistrict).every((code) => typeOf(Number(code.slice(4))) === 'subdistrict')).toBe(true)
    // The province summary stays the whole province's.
    expect(figuresOf(subdistrict, 'province').percent).toBe('75.15')
    // Nonsense falls back to the defaults.
    expect(codes(await page('?type=castle&district=x&sort=evil&dir=up&page=-3'))).toHaveLength(50)
  })

  it('pages 50 at a time; a page past the end shows the last page', async () => {
    const first = await page()
    expect(codes(first)).toHaveLength(50)
    expect(first).toContain('แสดง 1–50 จาก 61 แห่ง')
    expect(first).toMatch(
      /<a href="\/staff\/provinces\/81\/results\?page=2" rel="next" hx-get="\/staff\/provinces\/81\/results\?page=2" hx-target="#province-results"/,
    )
    const second = await page('?page=2')
    expect(codes(second)).toHaveLength(11)
    expect(second).toContain('แสดง 51–61 จาก 61 แห่ง')
    expect(codes(await page('?page=9'))).toEqual(codes(second))
  })

  it('is a plain GET form that htmx upgrades to swap only the results', async () => {
    const html = await page()
    const form = /<form method="get" action="\/staff\/provinces\/81\/results"[^>]*>/.exec(html)?.[0] ?? ''
    for (const attr of [
      'hx-get="/staff/provinces/81/results"',
      'hx-target="#province-results"',
      'hx-select="#province-results"',
      'hx-push-url="true"',
    ])
      expect(form).toContain(attr)
    for (const name of ['round', 'district', 'type', 'sort', 'dir']) expect(html).toContain(`name="${name}"`)
    expect(html).toContain('id="province-results"')
  })
})

describe('who may see it', () => {
  it('DLA sees any province, with a link back to the national results', async () => {
    const res = await world.dla.get('/staff/provinces/50/results')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(rowsOf(html, 'data-lgu').get('3500102')).toMatchObject({ n: '15', percent: '80.00', band: 'มาก', points: '6' })
    expect(html).toContain(`href="/staff/national/results?round=${world.roundId}"`)
  })

  it('another province, an unknown one, or an LGU officer get 404', async () => {
    expect((await world.province.get('/staff/provinces/50/results')).status).toBe(404)
    expect((await world.province.get('/staff/provinces/99/results')).status).toBe(404)
    expect((await world.lgu.get('/staff/provinces/81/results')).status).toBe(404)
  })

  it('signed out, the page asks to sign in first and come back', async () => {
    const res = await world.app.request('/staff/provinces/81/results?sort=n')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/staff/sign-in?next=${encodeURIComponent('/staff/provinces/81/results?sort=n')}`)
  })

  it('the collection page links to the results of the same round', async () => {
    const html = await (await world.province.get('/staff/provinces/81')).text()
    expect(html).toContain(`href="/staff/provinces/81/results?round=${world.roundId}"`)
  })
})
