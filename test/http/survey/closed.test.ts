/**
 * When there is no survey to answer (unknown code, switched-off point, no open
 * round) or what arrives is not a survey form: the right status, a plain Thai
 * page, and nothing stored.
 */
import { describe, expect, it } from 'vitest'
import {
  arrangeSurvey,
  DAY,
  DEFAULT_NOW,
  encodeFields,
  getForm,
  HOUR,
  post,
  storedCounts,
  validAnswers,
  type ArrangeOptions,
  type ArrangedSurvey,
  type DEFAULT_POINTS,
} from '../../helpers/survey-fixture.js'
import { expectStatusPage } from './expect.js'
import { throughEachTransport } from '../../helpers/transport.js'

type Survey = ArrangedSurvey
type Refusal = {
  name: string
  options?: ArrangeOptions<typeof DEFAULT_POINTS>
  act: (s: Survey) => Response | Promise<Response>
  status: number
  heading: string
  says: string[]
}

/** A resident's complete, otherwise acceptable answer at the main point. */
const sendMain = async (s: Survey, code = 'KRB1001') => {
  const { token } = await getForm(s.app, 'KRB1001')
  return post(s.app, code, { _token: token, ...validAnswers(s.definition, s.points.main.services) })
}
const inFuture = { round: { opensAt: DEFAULT_NOW + DAY, closesAt: DEFAULT_NOW + 60 * DAY } }

const refusals: Refusal[] = [
  {
    name: 'GET an unknown code',
    act: (s) => s.app.request('/s/ZZZ9999'),
    status: 404,
    heading: 'ไม่พบแบบประเมินนี้',
    says: ['“ZZZ9999”'],
  },
  {
    name: 'POST to an unknown code',
    act: (s) => sendMain(s, 'ZZZ9999'),
    status: 404,
    heading: 'ไม่พบแบบประเมินนี้',
    says: ['“ZZZ9999”'],
  },
  {
    name: 'GET a code with markup in it',
    act: (s) => s.app.request('/s/%3Cscript%3Ex'),
    status: 404,
    heading: 'ไม่พบแบบประเมินนี้',
    says: ['“<script>x”'],
  },
  {
    name: 'GET a code that cannot exist',
    act: (s) => s.app.request('/s/ABC'),
    status: 404,
    heading: 'ไม่พบแบบประเมินนี้',
    says: ['“ABC”'],
  },
  {
    name: 'GET a switched-off service point',
    act: (s) => s.app.request('/s/CNX1009'),
    status: 410,
    heading: 'จุดให้บริการนี้ปิดรับแบบประเมินแล้ว',
    says: ['“จุดบริการชั่วคราว”', 'เทศบาลนครเชียงใหม่'],
  },
  {
    name: 'POST to a switched-off service point',
    act: (s) => sendMain(s, 'CNX1009'),
    status: 410,
    heading: 'จุดให้บริการนี้ปิดรับแบบประเมินแล้ว',
    says: ['“จุดบริการชั่วคราว”'],
  },
  {
    name: 'GET when the only round opens tomorrow',
    options: inFuture,
    act: (s) => s.app.request('/s/KRB1001'),
    status: 404,
    heading: 'ขณะนี้ยังไม่เปิดรับแบบประเมิน',
    says: ['เทศบาลเมืองกระบี่'],
  },
  {
    name: 'POST when the only round opens tomorrow',
    options: inFuture,
    act: (s) => post(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services)),
    status: 404,
    heading: 'ขณะนี้ยังไม่เปิดรับแบบประเมิน',
    says: ['เทศบาลเมืองกระบี่'],
  },
  {
    name: 'GET when the round takes in other organisations only',
    options: { round: { scope: 'organisations', organisations: ['3500102'] } },
    act: (s) => s.app.request('/s/KRB1001'),
    status: 404,
    heading: 'ขณะนี้ยังไม่เปิดรับแบบประเมิน',
    says: ['เทศบาลเมืองกระบี่'],
  },
  {
    name: 'GET when the round takes in another province only',
    options: { round: { scope: 'provinces', provinces: ['50'] } },
    act: (s) => s.app.request('/s/KRB1001'),
    status: 404,
    heading: 'ขณะนี้ยังไม่เปิดรับแบบประเมิน',
    says: ['เทศบาลเมืองกระบี่'],
  },
  {
    name: 'GET after the round closed',
    options: { round: { opensAt: DEFAULT_NOW - 60 * DAY, closesAt: DEFAULT_NOW - HOUR } },
    act: (s) => s.app.request('/s/KRB1001'),
    status: 404,
    heading: 'ขณะนี้ยังไม่เปิดรับแบบประเมิน',
    says: [],
  },
  {
    name: 'POST after the round closed between GET and POST',
    options: { round: { closesAt: DEFAULT_NOW + HOUR } },
    act: async (s) => {
      const { token } = await getForm(s.app, 'KRB1001')
      s.clock.advance(HOUR + 1)
      return post(s.app, 'KRB1001', { _token: token, ...validAnswers(s.definition, s.points.main.services) })
    },
    status: 410,
    heading: 'รอบการประเมินปิดแล้ว',
    says: ['“ปีงบประมาณ 2568”', 'ไม่ได้บันทึก'],
  },
  {
    name: 'POST a JSON body',
    act: async (s) => {
      const { token } = await getForm(s.app, 'KRB1001')
      const body = JSON.stringify({ _token: token, ...validAnswers(s.definition, s.points.main.services) })
      return s.app.request('/s/KRB1001', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
    },
    status: 415,
    heading: 'ไม่สามารถรับข้อมูลนี้ได้',
    says: [],
  },
  {
    name: 'POST multipart/form-data',
    act: async (s) => {
      const { token } = await getForm(s.app, 'KRB1001')
      const body = new FormData()
      for (const [k, v] of Object.entries({ _token: token, ...validAnswers(s.definition, s.points.main.services) }))
        body.append(k, String(v))
      return s.app.request('/s/KRB1001', { method: 'POST', body })
    },
    status: 415,
    heading: 'ไม่สามารถรับข้อมูลนี้ได้',
    says: [],
  },
  {
    name: 'POST a urlencoded body labelled text/plain',
    act: async (s) => {
      const { token } = await getForm(s.app, 'KRB1001')
      const body = encodeFields({ _token: token, ...validAnswers(s.definition, s.points.main.services) })
      return s.app.request('/s/KRB1001', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body })
    },
    status: 415,
    heading: 'ไม่สามารถรับข้อมูลนี้ได้',
    says: [],
  },
  {
    // 300 Thai letters are a valid suggestion, but urlencoded they take 2,700 bytes.
    name: 'POST a body over MAX_BODY_BYTES',
    options: { config: { MAX_BODY_BYTES: 2048 } },
    act: async (s) => {
      const { token } = await getForm(s.app, 'KRB1001')
      return post(s.app, 'KRB1001', {
        _token: token,
        ...validAnswers(s.definition, s.points.main.services),
        suggestion: 'ก'.repeat(300),
      })
    },
    status: 413,
    heading: 'ข้อมูลมีขนาดใหญ่เกินไป',
    says: [],
  },
  {
    // As a browser sends it: the length announced up front, refused before the body is read.
    name: 'POST a body over MAX_BODY_BYTES with its Content-Length',
    options: { config: { MAX_BODY_BYTES: 2048 } },
    act: async (s) => {
      const { token } = await getForm(s.app, 'KRB1001')
      const fields = { _token: token, ...validAnswers(s.definition, s.points.main.services), suggestion: 'ก'.repeat(300) }
      return post(s.app, 'KRB1001', fields, { 'Content-Length': String(Buffer.byteLength(encodeFields(fields))) })
    },
    status: 413,
    heading: 'ข้อมูลมีขนาดใหญ่เกินไป',
    says: [],
  },
]

throughEachTransport(() => {
  describe('refusals with a plain Thai page', () => {
    it.each(refusals)('$name → $status', async ({ options, act, status, heading, says }) => {
      const s = arrangeSurvey(options)
      const before = storedCounts(s.db)

      const view = await expectStatusPage(await act(s), status, heading)

      for (const words of says) expect(view.text()).toContain(words)
      expect(storedCounts(s.db)).toEqual(before)
    })

    it('accepts the same body when it fits under MAX_BODY_BYTES', async () => {
      const s = arrangeSurvey({ config: { MAX_BODY_BYTES: 4096 } })
      const { token } = await getForm(s.app, 'KRB1001')
      const res = await post(s.app, 'KRB1001', {
        _token: token,
        ...validAnswers(s.definition, s.points.main.services),
        suggestion: 'ก'.repeat(300),
      })
      expect(res.status).toBe(303)
      expect(storedCounts(s.db).responses).toBe(1)
    })

    it('accepts a body under MAX_BODY_BYTES that comes with its Content-Length', async () => {
      const s = arrangeSurvey({ config: { MAX_BODY_BYTES: 4096 } })
      const { token } = await getForm(s.app, 'KRB1001')
      const fields = { _token: token, ...validAnswers(s.definition, s.points.main.services), suggestion: 'ก'.repeat(300) }
      const res = await post(s.app, 'KRB1001', fields, { 'Content-Length': String(Buffer.byteLength(encodeFields(fields))) })
      expect(res.status).toBe(303)
      expect(storedCounts(s.db).responses).toBe(1)
    })

    it('opens the survey for a round scoped to the point’s own province', async () => {
      const s = arrangeSurvey({ round: { scope: 'provinces', provinces: ['81'] } })
      expect((await getForm(s.app, 'KRB1001')).status).toBe(200)
    })
  })

  describe('typed codes', () => {
    it.each([
      ['/s/krb1001', '/s/KRB1001'],
      ['/s/KRB1OO1', '/s/KRB1001'],
      ['/s/krb-1001', '/s/KRB1001'],
      ['/s/kRb1oo1/privacy', '/s/KRB1001/privacy'],
    ])('%s → 301 to %s', async (typed, canonical) => {
      const s = arrangeSurvey()
      const res = await s.app.request(typed)
      expect(res.status).toBe(301)
      expect(res.headers.get('location')).toBe(canonical)
      expect((await s.app.request(canonical)).status).toBe(200)
    })

    it('keeps the query string, so a chosen language survives the redirect', async () => {
      const s = arrangeSurvey()
      const res = await s.app.request('/s/krb1001?lang=en')
      expect(res.status).toBe(301)
      expect(res.headers.get('location')).toBe('/s/KRB1001?lang=en')
    })
  })
})
