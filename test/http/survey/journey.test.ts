/**
 * The resident's journey, one table row per survey page (DEFRA style): each row
 * names the page, its heading, the required questions it asks, an empty and a
 * valid payload, and where a valid answer goes next.
 */
import { describe, expect, it } from 'vitest'
import {
  arrangeSurvey,
  cookiesFrom,
  getForm,
  post,
  storedCounts,
  validAnswers,
  type ArrangedSurvey,
  type Fields,
  type RoundSpec,
} from '../../helpers/survey-fixture.js'
import { readPage } from '../html.js'
import { throughEachTransport } from '../../helpers/transport.js'

const SCALE = ['5', '4', '3', '2', '1']
const STANDARD_RATINGS = ['overall', 'process_1', 'process_2', 'channel_1', 'channel_2', 'staff_1', 'staff_2', 'staff_3']
const SQD = ['sqd0', 'sqd1', 'sqd2', 'sqd3', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8']

type JourneyPage = {
  name: string
  round?: RoundSpec
  point: 'main' | 'single' | 'bare'
  heading: string
  headingEn: string
  organisation: string
  servicePoint: string
  /** Required questions the page shows, in form order: one error link each on an empty POST. */
  required: string[]
  /** The radios each rating question must offer, in order. */
  radios: Record<string, string[]>
  emptyPayload: Fields
  validPayload: (s: ArrangedSurvey) => Fields
  next: (code: string) => string
}

const standard = { heading: 'แบบประเมินความพึงพอใจต่อการให้บริการ', headingEn: 'Service satisfaction survey' }
const standardRadios = {
  ...Object.fromEntries(STANDARD_RATINGS.map((id) => [id, SCALE])),
  facility_1: [...SCALE, 'na'],
  facility_2: [...SCALE, 'na'],
}
const standardRequired = [...STANDARD_RATINGS, 'facility_1', 'facility_2']
const thanks = (code: string) => `/s/${code}/thanks`
const krabi = { organisation: 'เทศบาลเมืองกระบี่' }

const pages: JourneyPage[] = [
  {
    name: 'standard survey at a point with three services',
    point: 'main',
    ...standard,
    ...krabi,
    servicePoint: 'กองคลัง – งานจัดเก็บภาษี',
    required: ['service', ...standardRequired],
    radios: standardRadios,
    emptyPayload: {},
    validPayload: (s) => validAnswers(s.definition, s.points.main.services),
    next: thanks,
  },
  {
    name: 'standard survey at a point with one service',
    point: 'single',
    ...standard,
    ...krabi,
    servicePoint: 'งานทะเบียนราษฎร',
    required: ['service', ...standardRequired],
    radios: standardRadios,
    emptyPayload: {},
    validPayload: (s) => validAnswers(s.definition, s.points.single.services),
    next: thanks,
  },
  {
    name: 'standard survey at a point without services',
    point: 'bare',
    ...standard,
    organisation: 'เทศบาลนครเชียงใหม่',
    servicePoint: 'ศูนย์บริการประชาชน ชั้น 1',
    required: standardRequired,
    radios: standardRadios,
    emptyPayload: {},
    validPayload: (s) => validAnswers(s.definition, []),
    next: thanks,
  },
  {
    name: 'A-11 trust survey',
    round: { questionnaire: 'a11-trust' },
    point: 'main',
    heading: 'ความคิดเห็นต่อการรับบริการ',
    headingEn: 'Tell us about your experience',
    ...krabi,
    servicePoint: 'กองคลัง – งานจัดเก็บภาษี',
    required: ['service', 'trust'],
    radios: { trust: SCALE },
    emptyPayload: {},
    validPayload: (s) => validAnswers(s.definition, s.points.main.services),
    next: thanks,
  },
  {
    name: 'ARTA client satisfaction survey',
    round: { questionnaire: 'arta-csm', scope: 'organisations', organisations: ['3500102'] },
    point: 'bare',
    heading: 'แบบวัดความพึงพอใจของผู้รับบริการ (Client Satisfaction Measurement)',
    headingEn: 'Client Satisfaction Measurement (CSM)',
    organisation: 'เทศบาลนครเชียงใหม่',
    servicePoint: 'ศูนย์บริการประชาชน ชั้น 1',
    required: ['client_type', 'cc1', 'cc2', 'cc3', ...SQD],
    radios: Object.fromEntries(SQD.map((id) => [id, [...SCALE, 'na']])),
    emptyPayload: {},
    validPayload: (s) => validAnswers(s.definition, []),
    next: thanks,
  },
]

throughEachTransport(() => {
  describe.each(pages)('$name', (page) => {
    const arrange = () => {
      const s = arrangeSurvey({ round: page.round ?? {} })
      return { s, code: s.points[page.point].code }
    }

    it('renders 200 with the questionnaire as the h1 and names the organisation and the service point', async () => {
      const { s, code } = arrange()
      const { status, html } = await getForm(s.app, code)
      const view = readPage(html)

      expect(status).toBe(200)
      expect(view.nameOf(view.getByRole('heading', { level: 1 }))).toBe(page.heading)
      expect(view.title).toBe(`${page.heading} – ${page.organisation}`)
      expect(view.text()).toContain(page.organisation)
      expect(view.text()).toContain(`จุดให้บริการ: ${page.servicePoint}`)
      expect(view.getByRole('button', { name: 'ส่งแบบประเมิน' })).toBeDefined()
    })

    it('speaks Thai by default; ?lang=en switches to English and a cookie remembers it', async () => {
      const { s, code } = arrange()
      expect(readPage((await getForm(s.app, code)).html).lang).toBe('th')

      const english = await getForm(s.app, code, { query: '?lang=en' })
      const view = readPage(english.html)
      expect(view.lang).toBe('en')
      expect(view.nameOf(view.getByRole('heading', { level: 1 }))).toBe(page.headingEn)
      expect(english.res.headers.getSetCookie().some((c) => c.startsWith('lang=en;'))).toBe(true)

      const later = readPage((await getForm(s.app, code, { headers: { Cookie: cookiesFrom(english.res) } })).html)
      expect(later.lang).toBe('en')
      expect(later.getByRole('button', { name: 'Send my answers' })).toBeDefined()
    })

    it('offers rating radios in scale order 5→1 with nothing checked on a fresh form', async () => {
      const { s, code } = arrange()
      const view = readPage((await getForm(s.app, code)).html)

      for (const [id, values] of Object.entries(page.radios)) {
        expect(
          view.controls(id).map((r) => r.attrs.type),
          id,
        ).toEqual(values.map(() => 'radio'))
        expect(
          view.controls(id).map((r) => r.attrs.value),
          id,
        ).toEqual(values)
      }
      const services = s.points[page.point].services
      // Only a point with exactly one service has its one answer chosen for the resident.
      expect(view.checkedValues()).toEqual(services.length === 1 ? { service: [String(services[0]!.id)] } : {})
      if (services.length > 0)
        expect(view.controls('service').map((r) => r.attrs.value)).toEqual(services.map((sv) => String(sv.id)))
      else expect(view.controls('service')).toEqual([])
    })

    it('labels every input, names every question group, and uses each id once', async () => {
      const { s, code } = arrange()
      const view = readPage((await getForm(s.app, code)).html)

      const inputs = view.elements.filter((el) => (el.tag === 'input' && el.attrs.type !== 'hidden') || el.tag === 'textarea')
      expect(inputs.length).toBeGreaterThan(page.required.length)
      for (const input of inputs) {
        expect(view.labelsOf(input), `input ${input.attrs.id}`).toHaveLength(1)
        expect(view.nameOf(input), `input ${input.attrs.id}`).not.toBe('')
      }
      expect(view.allByRole('group').length).toBeGreaterThanOrEqual(page.required.length)
      for (const group of view.allByRole('group')) expect(view.nameOf(group)).toMatch(/^ข้อ \d+ \S/)
      const ids = view.elements.map((el) => el.attrs.id).filter(Boolean)
      expect(new Set(ids).size).toBe(ids.length)
    })

    it('answers an empty POST with 422 and a summary linking to each required question', async () => {
      const { s, code } = arrange()
      const { token } = await getForm(s.app, code)
      const before = storedCounts(s.db)

      const res = await post(s.app, code, { _token: token, ...page.emptyPayload })
      const view = readPage(await res.text())

      expect(res.status).toBe(422)
      expect(res.headers.get('location')).toBeNull()
      expect(view.title.startsWith('ข้อผิดพลาด: ')).toBe(true)
      const summary = view.getByRole('alert', { name: 'มีข้อผิดพลาด' })
      const links = view.allByRole('link', {}, summary)
      expect(links.map((a) => a.attrs.href)).toEqual(page.required.map((id) => `#${id}`))
      for (const link of links) {
        const target = view.byId(link.attrs.href!.slice(1))
        expect(target, link.attrs.href).toBeDefined()
        expect(['input', 'textarea']).toContain(target!.tag)
      }
      expect(storedCounts(s.db)).toEqual(before)
    })

    it('sends a valid POST on with 303 to the next page', async () => {
      const { s, code } = arrange()
      const { token } = await getForm(s.app, code)

      const res = await post(s.app, code, { _token: token, ...page.validPayload(s) })

      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe(page.next(code))
      const next = await s.app.request(page.next(code))
      expect(next.status).toBe(200)
    })
  })
})
