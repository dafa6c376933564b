/**
 * A switched-off service point's page: the resident who scanned an old poster can change the
 * language and is sent on to the organisation's points that still take answers.
 */
import { describe, expect, it } from 'vitest'
import { arrangeSurvey, DEFAULT_POINTS, post, type PointSpec } from '../../helpers/survey-fixture.js'
import { throughEachTransport } from '../../helpers/transport.js'
import { readPage } from '../html.js'
import { expectStatusPage } from './expect.js'

/** เทศบาลนครเชียงใหม่ (3500102) with two more open points, one more closed, and KRB1001 elsewhere. */
const POINTS = {
  ...DEFAULT_POINTS,
  clinic: { code: 'CNX1002', dlaCode: '3500102', nameTh: 'คลินิกชุมชน', nameEn: 'Community Clinic' },
  closedToo: { code: 'CNX1003', dlaCode: '3500102', nameTh: 'จุดบริการเคลื่อนที่', active: false },
} satisfies Record<string, PointSpec>

const linksUnder = (view: ReturnType<typeof readPage>, heading: string) => {
  const nav = view.getByRole('navigation', { name: heading })
  return view.allByRole('link', {}, nav).map((a) => ({ text: view.nameOf(a), href: a.attrs.href }))
}

throughEachTransport(() => {
  describe('a switched-off service point', () => {
    it('links to the organisation’s other open points, by Thai name, and to no closed one or another organisation’s', async () => {
      const s = arrangeSurvey({ points: POINTS })
      const view = await expectStatusPage(await s.app.request('/s/CNX1009'), 410, 'จุดให้บริการนี้ปิดรับแบบประเมินแล้ว')
      expect(linksUnder(view, 'จุดให้บริการอื่นของ เทศบาลนครเชียงใหม่ ที่เปิดรับแบบประเมิน')).toEqual([
        { text: 'คลินิกชุมชน', href: '/s/CNX1002' },
        { text: 'ศูนย์บริการประชาชน ชั้น 1', href: '/s/CNX1001' },
      ])
    })

    it('offers English, and in English names the points in English', async () => {
      const s = arrangeSurvey({ points: POINTS })
      const thai = readPage(await (await s.app.request('/s/CNX1009')).text())
      const toEnglish = thai.getByRole('link', { name: 'English' })
      expect(toEnglish.attrs).toMatchObject({ href: '/s/CNX1009?lang=en', hreflang: 'en', lang: 'en' })

      const res = await s.app.request(toEnglish.attrs.href!)
      expect(res.status).toBe(410)
      const view = readPage(await res.text())
      expect(view.lang).toBe('en')
      expect(view.nameOf(view.getByRole('heading', { level: 1 }))).toBe('This service point no longer takes answers')
      expect(view.text()).toContain('“Temporary desk”')
      expect(view.getByRole('link', { name: 'ภาษาไทย' }).attrs.href).toBe('/s/CNX1009?lang=th')
      expect(linksUnder(view, 'Other service points of City Municipality เชียงใหม่ that take answers')).toEqual([
        { text: 'Community Clinic', href: '/s/CNX1002' },
        { text: 'Citizen Service Centre', href: '/s/CNX1001' },
      ])
    })

    it('says the same to an answer sent to it, storing nothing', async () => {
      const s = arrangeSurvey({ points: POINTS })
      const view = await expectStatusPage(await post(s.app, 'CNX1009', {}), 410, 'จุดให้บริการนี้ปิดรับแบบประเมินแล้ว')
      expect(view.getByRole('link', { name: 'คลินิกชุมชน' }).attrs.href).toBe('/s/CNX1002')
    })

    it('lists nothing when the organisation has no other open point', async () => {
      const s = arrangeSurvey({ points: { inactive: DEFAULT_POINTS.inactive } })
      const view = await expectStatusPage(await s.app.request('/s/CNX1009'), 410, 'จุดให้บริการนี้ปิดรับแบบประเมินแล้ว')
      expect(view.allByRole('navigation')).toEqual([])
      expect(view.getByRole('link', { name: 'ระบบประเมินความพึงพอใจการให้บริการขององค์กรปกครองส่วนท้องถิ่น' }).attrs.href).toBe('/')
    })
  })
})
