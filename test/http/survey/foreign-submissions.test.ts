/**
 * Answers that did not come from the form they are posted to: posted by a
 * page of another site (a resident scanning a QR code arrives with no site or
 * this one), or carrying the token of another service point's form. Both are
 * refused and store nothing; the second gets its form back with the answers.
 */
import { describe, expect, it } from 'vitest'
import { answer, arrangeSurvey, getForm, post, storedCounts, validAnswers } from '../../helpers/survey-fixture.js'
import { throughEachTransport } from '../../helpers/transport.js'
import { expectAnswersKept, expectFormAgain, expectStatusPage, rows } from './expect.js'

const INVALID = 'ไม่สามารถรับแบบประเมินนี้ได้ คำตอบของท่านยังอยู่ กรุณาตรวจสอบแล้วกดส่งอีกครั้ง'

throughEachTransport(() => {
  describe('a submission from another site', () => {
    it('is refused with 403 when the browser says cross-site, and nothing is stored', async () => {
      const s = arrangeSurvey()
      const before = storedCounts(s.db)
      const res = await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services), {
        'Sec-Fetch-Site': 'cross-site',
      })
      const view = await expectStatusPage(res, 403, 'ไม่สามารถรับแบบประเมินนี้ได้')
      expect(view.text()).toContain('ถูกส่งมาจากเว็บไซต์อื่น')
      expect(res.headers.getSetCookie()).toEqual([])
      expect(storedCounts(s.db)).toEqual(before)
    })

    it.each(['same-origin', 'none'])('is stored when the browser says %s', async (site) => {
      const s = arrangeSurvey()
      const res = await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services), { 'Sec-Fetch-Site': site })
      expect(res.status).toBe(303)
      expect(storedCounts(s.db).responses).toBe(1)
    })
  })

  describe('a form token', () => {
    it('from CNX1001’s form is refused at KRB1001 (400, answers kept), and stores nothing anywhere', async () => {
      const s = arrangeSurvey()
      const elsewhere = (await getForm(s.app, 'CNX1001')).token
      const answers = validAnswers(s.definition, s.points.main.services)
      const before = storedCounts(s.db)

      const view = await expectFormAgain(await post(s.app, 'KRB1001', { _token: elsewhere, ...answers }), 400, INVALID)

      expectAnswersKept(view, s.definition, answers)
      expect(storedCounts(s.db)).toEqual(before)
      // The form shown again carries KRB1001's own token: sending it stores the answer at KRB1001.
      const again = await post(s.app, 'KRB1001', { _token: view.controls('_token')[0]!.attrs.value!, ...answers })
      expect(again.status).toBe(303)
      expect(rows(s.db, 'select service_point_id as point from responses')).toEqual([{ point: s.points.main.id }])
    })

    it('from KRB1001’s form is still good at KRB1001', async () => {
      const s = arrangeSurvey()
      const res = await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services))
      expect(res.status).toBe(303)
      expect(rows(s.db, 'select service_point_id as point from responses')).toEqual([{ point: s.points.main.id }])
    })
  })
})
