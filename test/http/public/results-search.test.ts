/**
 * `/o`: the public search. A GET form, searched on the server by name (with or without the
 * type word, in Thai or English) or by the start of the DLA code, in Thai dictionary order,
 * 20 to a page, each result linking to `/o/<DLA code>`.
 */
import { describe, expect, it } from 'vitest'
import { importRegistry } from '../../../src/registry/import-registry.js'
import { arrangeSurvey, DEFAULT_NOW, SURVEY_REGISTRY_CSV } from '../../helpers/survey-fixture.js'
import { readPage, textOf, type El } from '../html.js'

const HEADER = SURVEY_REGISTRY_CSV.split('\n')[0]!
const pad = (n: number) => String(n).padStart(2, '0')

/** The fixture's two municipalities plus 45 อบต. named บ้านทดสอบ01–45 in อำเภอเกาะลันตา. */
function arrange() {
  const s = arrangeSurvey({ round: false })
  const rows = Array.from({ length: 45 }, (_, i) => `กระบี่,เกาะลันตา,,68103${pad(i + 1)},อบต.,บ้านทดสอบ${pad(i + 1)},,,,,,,`)
  const result = importRegistry(s.db, `${HEADER}\n${rows.join('\n')}\n`, new Date(DEFAULT_NOW))
  expect(result.inserted).toBe(45)
  return s
}

async function search(s: ReturnType<typeof arrange>, query: string) {
  const res = await s.app.request(`/o${query}`)
  expect(res.status).toBe(200)
  const page = readPage(await res.text())
  const section = page.elements.find((el) => el.tag === 'section')
  const list = section?.children.find((c): c is El => typeof c !== 'string' && c.tag === 'ul')
  const results = list ? page.allByRole('link', {}, list).map((a) => ({ name: page.nameOf(a), href: a.attrs.href })) : []
  return { page, section, results, status: section ? textOf(page.getByRole('status')) : undefined }
}

const q = (text: string, more = '') => `?q=${encodeURIComponent(text)}${more}`

describe('the search page', () => {
  it('shows a labelled GET form and no results before anyone searches', async () => {
    const s = arrange()
    const { page, section } = await search(s, '')
    expect(page.lang).toBe('th')
    const form = page.getByRole('search')
    expect(form.attrs.method).toBe('get')
    expect(form.attrs.action).toBe('/o')
    expect(page.getByRole('textbox', { name: 'ชื่อหรือรหัส อปท.' }).attrs.name).toBe('q')
    expect(section).toBeUndefined()
  })

  it.each([
    ['a name', 'กระบี่'],
    ['the name with its type word', 'เทศบาลเมืองกระบี่'],
    ['the name written with a space after the type word', 'เทศบาลเมือง กระบี่'],
    ['the whole DLA code', '4810102'],
    ['the start of the DLA code', '48101'],
  ])('finds an organisation by %s', async (_, text) => {
    const s = arrange()
    const { results, status, page } = await search(s, q(text))
    expect(results).toEqual([{ name: 'เทศบาลเมืองกระบี่', href: '/o/4810102' }])
    expect(status).toBe('พบ 1 แห่ง')
    expect(page.getByRole('textbox', { name: 'ชื่อหรือรหัส อปท.' }).attrs.value).toBe(text)
    expect(textOf(page.getByRole('listitem'))).toContain('รหัส อปท. 4810102 · อำเภอเมืองกระบี่ · จังหวัดกระบี่')
  })

  it('lists matches in Thai dictionary order (a leading vowel sorts after its consonant)', async () => {
    const s = arrange()
    const { results } = await search(s, q('เทศบาล'))
    expect(results.map((r) => r.href)).toEqual(['/o/4810102', '/o/3500102']) // กระบี่ before เชียงใหม่
  })

  it('finds อบต. by the short word and pages 20 at a time', async () => {
    const s = arrange()
    expect((await search(s, q('อบต.บ้านทดสอบ0'))).results).toHaveLength(9)

    const first = await search(s, q('องค์การบริหารส่วนตำบลบ้านทดสอบ'))
    expect(first.status).toBe('พบ 45 แห่ง')
    expect(first.results).toHaveLength(20)
    expect(first.results[0]).toEqual({ name: 'องค์การบริหารส่วนตำบลบ้านทดสอบ01', href: '/o/6810301' })
    expect(first.page.getByRole('link', { name: 'หน้าถัดไป' }).attrs.href).toBe(`/o${q('องค์การบริหารส่วนตำบลบ้านทดสอบ')}&page=2`)
    expect(first.page.text()).toContain('แสดงลำดับที่ 1–20 จาก 45 แห่ง')

    const last = await search(s, q('องค์การบริหารส่วนตำบลบ้านทดสอบ', '&page=3'))
    expect(last.results.map((r) => r.href)).toEqual(['/o/6810341', '/o/6810342', '/o/6810343', '/o/6810344', '/o/6810345'])
    expect(last.page.text()).toContain('แสดงลำดับที่ 41–45 จาก 45 แห่ง')
    expect(last.page.getByRole('link', { name: 'หน้าก่อนหน้า' }).attrs.href).toBe(`/o${q('องค์การบริหารส่วนตำบลบ้านทดสอบ')}&page=2`)
    expect(last.page.allByRole('link', { name: 'หน้าถัดไป' })).toEqual([])

    // Past the end, or not a page at all: the nearest page there is.
    expect((await search(s, q('บ้านทดสอบ', '&page=99'))).results).toEqual(last.results)
    expect((await search(s, q('บ้านทดสอบ', '&page=-1'))).results).toEqual(first.results)
  })

  it('searches in English too', async () => {
    const s = arrange()
    const { results, page } = await search(s, q('Subdistrict Administrative Organisation บ้านทดสอบ07', '&lang=en'))
    expect(page.lang).toBe('en')
    expect(results).toEqual([{ name: 'Subdistrict Administrative Organisation บ้านทดสอบ07', href: '/o/6810307' }])
    expect(page.text()).toContain('DLA code 6810307 · Ko Lanta District · Krabi Province')
  })

  it.each(['%', '_', 'ไม่มีชื่อนี้', '99'])(
    'says plainly when nothing matches "%s" (LIKE wildcards are plain characters)',
    async (text) => {
      const s = arrange()
      const { results, status } = await search(s, q(text))
      expect(results).toEqual([])
      expect(status).toBe(`ไม่พบ อปท. ที่ตรงกับ “${text}” กรุณาตรวจสอบตัวสะกด หรือลองค้นหาด้วยรหัส อปท.`)
    },
  )

  it('reads at most 100 characters of the query', async () => {
    const s = arrange()
    const { page } = await search(s, q('ก'.repeat(5000)))
    expect(page.getByRole('textbox', { name: 'ชื่อหรือรหัส อปท.' }).attrs.value).toHaveLength(100)
  })
})
