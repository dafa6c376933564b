import { beforeAll, describe, expect, it } from 'vitest'
import { sectionsOf } from '../../../src/guide/sections.js'
import { screenshotHref, STAFF_GUIDE_ROLES } from '../../../src/guide/types.js'
import { uiLabel } from '../../../src/guide/ui.js'
import { readPage, type El } from '../html.js'
import { demoApp } from './demo-app.js'

let world: Awaited<ReturnType<typeof demoApp>>
beforeAll(async () => {
  world = await demoApp()
})

const html = async (res: Response) => readPage(await res.text())

/** The `src` of every image inside an element. */
const imagesIn = (el: El | undefined): string[] =>
  (el?.children ?? []).flatMap((child) =>
    typeof child === 'string' ? [] : child.tag === 'img' ? [child.attrs.src ?? ''] : imagesIn(child),
  )

describe('the residents’ guide', () => {
  it('answers residents’ questions in Thai and in English, each with its screenshot, without signing in', async () => {
    for (const [query, locale, heading] of [
      ['', 'th', 'คำถามที่พบบ่อย'],
      ['?lang=en', 'en', 'Questions residents ask'],
    ] as const) {
      const res = await world.app.request(`/guide${query}`)
      expect(res.status).toBe(200)
      const page = await html(res)
      expect(page.lang).toBe(locale)
      expect(page.text(page.getByRole('heading', { level: 1 }))).toBe(heading)
      for (const section of sectionsOf('resident')) {
        const element = page.byId(section.id)
        expect(element, section.id).toBeDefined()
        expect(page.text(element)).toContain(section.title[locale])
        expect(imagesIn(element)).toEqual([screenshotHref(section)])
        expect(page.getByRole('link', { name: section.title[locale] }).attrs.href).toBe(`#${section.id}`)
      }
      expect(page.text()).not.toContain('[[')
    }
  })

  it('writes the survey’s own button words into its steps', async () => {
    const th = (await (await world.app.request('/guide')).text()).replace(/\s+/g, ' ')
    expect(th).toContain('กด <strong class="guide__label">ส่งแบบประเมิน</strong>')
    const en = (await (await world.app.request('/guide?lang=en')).text()).replace(/\s+/g, ' ')
    expect(en).toContain('Press <strong class="guide__label">Large text</strong>')
  })

  it('is linked from the home page and from the thank-you page', async () => {
    const home = await html(await world.app.request('/'))
    expect(home.getByRole('link', { name: 'คำถามที่พบบ่อย' }).attrs.href).toBe('/guide')
    const homeEn = await html(await world.app.request('/?lang=en'))
    expect(homeEn.getByRole('link', { name: 'Questions residents ask' }).attrs.href).toBe('/guide?lang=en')
    const thanks = await html(await world.app.request('/s/KRB1001/thanks'))
    expect(thanks.getByRole('link', { name: 'คำถามที่พบบ่อย' }).attrs.href).toBe('/guide')
  })

  it('leads /guide/<question> to the question, and answers an unknown one with the 404 page', async () => {
    const found = await world.app.request('/guide/resident-privacy')
    expect(found.status).toBe(303)
    expect(found.headers.get('location')).toBe('/guide#resident-privacy')
    for (const path of ['/guide/no-such-question', '/guide/lgu-print-posters']) {
      const res = await world.app.request(path)
      expect(res.status, path).toBe(404)
      expect((await html(res)).text()).toContain('ไม่พบหน้านี้')
    }
  })
})

describe('the staff guides', () => {
  it('show each role’s tasks in Thai and in English, with the pages’ own labels', async () => {
    for (const role of STAFF_GUIDE_ROLES) {
      for (const locale of ['th', 'en'] as const) {
        const res = await world.staff.lgu.get(`/staff/guide/${role}?lang=${locale}`)
        expect(res.status, `${role} ${locale}`).toBe(200)
        const page = await html(res)
        expect(page.lang).toBe(locale)
        const sections = sectionsOf(role)
        expect(sections.length).toBeGreaterThan(5)
        for (const section of sections) {
          const element = page.byId(section.id)
          expect(element, `${role} ${section.id}`).toBeDefined()
          expect(page.text(page.getByRole('heading', { level: 2, name: section.title[locale] }))).toBe(section.title[locale])
          expect(imagesIn(element)).toEqual([screenshotHref(section)])
        }
        expect(page.text()).not.toContain('[[')
      }
    }
    const lgu = (await (await world.staff.lgu.get('/staff/guide/lgu?lang=th')).text()).replace(/\s+/g, ' ')
    expect(lgu).toContain(`<strong class="guide__label">${uiLabel('lgu', 'lgu.points.add', 'th')}</strong>`)
    expect(uiLabel('lgu', 'lgu.points.add', 'th')).toBe('เพิ่มจุดให้บริการ')
  })

  it('need a signed-in member of staff', async () => {
    const res = await world.app.request('/staff/guide/lgu')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/^\/staff\/sign-in/)
  })

  it('answer an unknown role or section with a 404 page that lists the guides', async () => {
    for (const path of [
      '/staff/guide/mayor',
      '/staff/guide/resident',
      '/staff/guide/lgu/no-such-task',
      '/staff/guide/lgu/dla-audit',
    ]) {
      const res = await world.staff.province.get(path)
      expect(res.status, path).toBe(404)
      const page = await html(res)
      expect(page.text(page.getByRole('heading', { level: 1 }))).toBe('ไม่พบคู่มือนี้')
      expect(page.getByRole('link', { name: 'คู่มือเจ้าหน้าที่ อปท.' }).attrs.href).toBe('/staff/guide/lgu')
      expect(page.getByRole('link', { name: 'คำถามที่พบบ่อย' }).attrs.href).toBe('/guide')
    }
    const found = await world.staff.province.get('/staff/guide/dla/dla-open-round')
    expect(found.status).toBe(303)
    expect(found.headers.get('location')).toBe('/staff/guide/dla#dla-open-round')
    const own = await world.staff.province.get('/staff/guide')
    expect(own.headers.get('location')).toBe('/staff/guide/province')
  })
})
