/**
 * Answers the form refuses: a bad or old token, fields the form never had,
 * values that are not options, text that is too long, bots and floods. Each
 * shows the form again with the resident's answers (or fools the bot) and
 * stores nothing.
 */
import { describe, expect, it, vi } from 'vitest'
import { createFormTokens } from '../../../src/security/form-token.js'
import {
  answer,
  arrangeSurvey,
  countedInBackground,
  getForm,
  HOUR,
  post,
  storedCounts,
  validAnswers,
  type ArrangedSurvey,
  type Fields,
} from '../../helpers/survey-fixture.js'
import { readPage } from '../html.js'
import { expectAnswersKept, expectFormAgain, textareaValue } from './expect.js'
import { throughEachTransport } from '../../helpers/transport.js'

const INVALID = 'ไม่สามารถรับแบบประเมินนี้ได้ คำตอบของท่านยังอยู่ กรุณาตรวจสอบแล้วกดส่งอีกครั้ง'
const EXPIRED = 'หน้านี้เปิดไว้นานเกินไป คำตอบของท่านยังอยู่ กรุณาตรวจสอบแล้วกดส่งอีกครั้ง'
const UNKNOWN_FIELD = 'แบบฟอร์มมีข้อมูลที่ระบบไม่รู้จัก'
const RATE_LIMITED = 'มีการส่งแบบประเมินจากเครื่องนี้บ่อยเกินไป'
const NOT_AN_OPTION = 'คำตอบนี้ไม่อยู่ในตัวเลือก กรุณาเลือกใหม่'

const answersAtMain = (s: ArrangedSurvey) => validAnswers(s.definition, s.points.main.services)

/** Changes the first character of the signature, keeping its length. */
const tamper = (token: string) => {
  const at = token.lastIndexOf('.') + 1
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1)
}
/** A genuine token from this server's own key, for a round the point is not in. */
const ownKey = (s: ArrangedSurvey) =>
  (s.db.$client.prepare("select value from app_settings where key = 'form-token-key'").get() as { value: string }).value

type TokenCase = { name: string; token: (s: ArrangedSurvey, fresh: string) => string | undefined; message: string; wait?: number }
const tokenCases: TokenCase[] = [
  { name: 'no token', token: () => undefined, message: INVALID },
  { name: 'a tampered token', token: (_s, fresh) => tamper(fresh), message: INVALID },
  { name: 'a token with its round number changed', token: (_s, fresh) => fresh.replace(/^\d+\./, '99.'), message: INVALID },
  {
    name: 'a genuine token for another round',
    token: (s) => createFormTokens(ownKey(s), HOUR).issue(s.roundId! + 1, s.clock.now, s.points.main.id),
    message: 'รอบการประเมินเปลี่ยนแล้ว กรุณาตรวจสอบคำตอบแล้วกดส่งอีกครั้ง',
  },
  {
    name: 'a token signed with another key',
    token: (s) => createFormTokens('not-this-server', HOUR).issue(s.roundId!, s.clock.now, s.points.main.id),
    message: INVALID,
  },
  { name: 'a token older than FORM_TOKEN_MAX_AGE_HOURS', token: (_s, fresh) => fresh, wait: HOUR + 1000, message: EXPIRED },
]

throughEachTransport(() => {
  describe('form tokens', () => {
    it.each(tokenCases)('$name → 400, the form again with the answers kept', async ({ token, wait, message }) => {
      const s = arrangeSurvey({ config: { FORM_TOKEN_MAX_AGE_HOURS: 1 } })
      const fresh = (await getForm(s.app, 'KRB1001')).token
      const sent = token(s, fresh)
      s.clock.advance(wait ?? 0)
      const before = storedCounts(s.db)
      const answers = answersAtMain(s)

      const res = await post(s.app, 'KRB1001', { ...(sent === undefined ? {} : { _token: sent }), ...answers })
      const view = await expectFormAgain(res, 400, message)

      expectAnswersKept(view, s.definition, answers)
      expect(storedCounts(s.db)).toEqual(before)

      // The form shown again carries a new token: sending it again works.
      const again = await post(s.app, 'KRB1001', { _token: view.controls('_token')[0]!.attrs.value!, ...answers })
      expect(again.status).toBe(303)
      expect(storedCounts(s.db).responses).toBe(1)
    })
  })

  describe('answers the form cannot take', () => {
    it('refuses a field the form never had with 400 and keeps the answers', async () => {
      const s = arrangeSurvey()
      const { token } = await getForm(s.app, 'KRB1001')
      const before = storedCounts(s.db)
      const answers = answersAtMain(s)

      const view = await expectFormAgain(
        await post(s.app, 'KRB1001', { _token: token, ...answers, phone: '0812345678' }),
        400,
        UNKNOWN_FIELD,
      )

      expectAnswersKept(view, s.definition, answers)
      expect(storedCounts(s.db)).toEqual(before)
    })

    // Field names come from whoever posts: names an object already has must not break the reader.
    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
      'refuses a field named %s with 400 like any other unknown field',
      async (name) => {
        const s = arrangeSurvey()
        const { token } = await getForm(s.app, 'KRB1001')
        const before = storedCounts(s.db)
        const answers = answersAtMain(s)

        const view = await expectFormAgain(
          await post(s.app, 'KRB1001', { _token: token, ...answers, [name]: 'x' }),
          400,
          UNKNOWN_FIELD,
        )

        expectAnswersKept(view, s.definition, answers)
        expect(storedCounts(s.db)).toEqual(before)
      },
    )

    type Bad = { name: string; fields: (s: ArrangedSurvey) => Fields; item: string; message: string }
    const bad: Bad[] = [
      { name: 'a rating of "6"', fields: () => ({ overall: '6' }), item: 'overall', message: NOT_AN_OPTION },
      {
        name: 'the service of another point',
        fields: (s) => ({ service: String(s.points.single.services[0]!.id) }),
        item: 'service',
        message: NOT_AN_OPTION,
      },
      { name: 'single choice "x"', fields: () => ({ sex: 'x' }), item: 'sex', message: NOT_AN_OPTION },
      {
        name: 'two answers to a single-choice question',
        fields: () => ({ sex: ['male', 'female'] }),
        item: 'sex',
        message: NOT_AN_OPTION,
      },
      { name: 'two ratings for one question', fields: () => ({ staff_1: ['5', '1'] }), item: 'staff_1', message: NOT_AN_OPTION },
      {
        name: '1,001 Thai characters of free text',
        fields: () => ({ suggestion: 'ก'.repeat(1001) }),
        item: 'suggestion',
        message: 'ข้อความต้องไม่เกิน 1000 ตัวอักษร (ขณะนี้ 1001 ตัวอักษร)',
      },
    ]

    it.each(bad)('refuses $name with 422 and says why at that question', async ({ fields, item, message }) => {
      const s = arrangeSurvey()
      const { token } = await getForm(s.app, 'KRB1001')
      const before = storedCounts(s.db)
      const wrong = fields(s)

      const res = await post(s.app, 'KRB1001', { _token: token, ...answersAtMain(s), ...wrong })
      const view = readPage(await res.text())

      expect(res.status).toBe(422)
      const links = view.allByRole('link', {}, view.getByRole('alert', { name: 'มีข้อผิดพลาด' }))
      expect(links.map((a) => a.attrs.href)).toEqual([`#${item}`])
      expect(view.text(links[0]!)).toContain(message)
      expect(view.text(view.byId(`${item}-error`)!)).toBe(`ข้อผิดพลาด: ${message}`)
      expect(storedCounts(s.db)).toEqual(before)
      if (item === 'suggestion') expect(textareaValue(view, 'suggestion')).toBe(wrong.suggestion)
    })

    it.each([
      ['1,000 Thai characters', 'ก'.repeat(1000)],
      ['1,000 characters counting a CRLF line break as one', `${'ก'.repeat(500)}\r\n${'ข'.repeat(499)}`],
    ])('accepts %s of free text', async (_name, suggestion) => {
      const s = arrangeSurvey()
      const res = await answer(s.app, 'KRB1001', { ...answersAtMain(s), suggestion })
      expect(res.status).toBe(303)
      expect(storedCounts(s.db).responses).toBe(1)
    })
  })

  describe('bots and floods', () => {
    it('lets a bot that fills the hidden field think it succeeded, and stores nothing', async () => {
      const s = arrangeSurvey()
      const before = storedCounts(s.db)

      const res = await answer(s.app, 'KRB1001', { ...answersAtMain(s), _website: 'https://spam.example' })

      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/s/KRB1001/thanks')
      expect(storedCounts(s.db)).toEqual(before)
    })

    it('answers the third POST from one address with 429, the answers kept, and stores only two', async () => {
      const s = arrangeSurvey({ config: { RATE_LIMIT_SUBMISSIONS: 2, TRUST_PROXY: true } })
      const from = (ip: string) => ({ 'X-Forwarded-For': ip })
      const answers = answersAtMain(s)

      expect((await answer(s.app, 'KRB1001', answers, from('198.51.100.7'))).status).toBe(303)
      expect((await answer(s.app, 'KRB1001', answers, from('198.51.100.7'))).status).toBe(303)
      // Both are counted into the tallies in the background: wait, so that only what the third POST adds is compared.
      await countedInBackground(s.db)
      const afterTwo = storedCounts(s.db)
      expect(afterTwo.responses).toBe(2)

      const third = await answer(s.app, 'KRB1001', answers, from('198.51.100.7'))
      const view = await expectFormAgain(third, 429, RATE_LIMITED)
      expectAnswersKept(view, s.definition, answers)
      expect(storedCounts(s.db)).toEqual(afterTwo)

      // Another resident behind another address is not held back.
      expect((await answer(s.app, 'KRB1001', answers, from('198.51.100.8'))).status).toBe(303)
      expect(storedCounts(s.db).responses).toBe(3)
    })
  })

  describe('limits that a client cannot talk its way around', () => {
    it('keys the limit on the address the trusted proxy saw, not on what the client wrote in front of it', async () => {
      // The proxy appends the address it saw; anything before it was written by the client.
      const s = arrangeSurvey({ config: { RATE_LIMIT_SUBMISSIONS: 2, TRUST_PROXY: true } })
      const spoofed = (n: number) => ({ 'X-Forwarded-For': `192.0.2.${n}, 198.51.100.7` })
      const answers = answersAtMain(s)

      expect((await answer(s.app, 'KRB1001', answers, spoofed(1))).status).toBe(303)
      expect((await answer(s.app, 'KRB1001', answers, spoofed(2))).status).toBe(303)
      const third = await answer(s.app, 'KRB1001', answers, spoofed(3))

      expect(third.status).toBe(429)
      expect(storedCounts(s.db).responses).toBe(2)
    })
  })

  describe('when the database cannot take the answer', () => {
    it('shows the form again with 503 and the answers kept, and stores nothing', async () => {
      const s = arrangeSurvey()
      s.db.$client.exec(
        "create trigger refuse_response before insert on responses begin select raise(abort, 'disk I/O error'); end",
      )
      const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
      const answers = answersAtMain(s)

      const view = await expectFormAgain(await answer(s.app, 'KRB1001', answers), 503, 'ระบบบันทึกคำตอบไม่สำเร็จชั่วคราว')

      quiet.mockRestore()
      expectAnswersKept(view, s.definition, answers)
      expect(storedCounts(s.db)).toMatchObject({
        responses: 0,
        answers: 0,
        answer_tallies: 0,
        answer_tallies_monthly: 0,
        response_tallies: 0,
        organisation_response_tallies: 0,
      })
      s.db.$client.exec('drop trigger refuse_response')
      expect((await post(s.app, 'KRB1001', { _token: view.controls('_token')[0]!.attrs.value!, ...answers })).status).toBe(303)
    })
  })
})
