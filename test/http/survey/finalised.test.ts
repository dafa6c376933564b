/**
 * Late answers to a finalised round: a resident who opened the form before the
 * round closed and sends it after DLA finalised it gets a plain page (Thai or
 * English) naming the round and saying its results are final, and nothing is
 * stored. A round that has closed but is not final keeps its own page
 * ("closed", see closed.test.ts).
 */
import { describe, expect, it } from 'vitest'
import { finaliseRound } from '../../../src/db/queries/round-lifecycle.js'
import { arrangeSurvey, DEFAULT_NOW, getForm, HOUR, post, storedCounts, validAnswers } from '../../helpers/survey-fixture.js'
import { throughEachTransport } from '../../helpers/transport.js'
import { readPage } from '../html.js'
import { expectStatusPage } from './expect.js'

/** A form opened while the round was open, the round closed and finalised, then the form sent. */
async function sendAfterFinalising(lang?: 'en') {
  const s = arrangeSurvey({ round: { closesAt: DEFAULT_NOW + HOUR } })
  const { token } = await getForm(s.app, 'KRB1001')
  s.clock.advance(2 * HOUR)
  expect(finaliseRound(s.db, s.roundId!, new Date(s.clock.now))).toBe(true)
  const before = storedCounts(s.db)
  const fields = { _token: token, ...validAnswers(s.definition, s.points.main.services), ...(lang && { _lang: lang }) }
  const res = await post(s.app, 'KRB1001', fields)
  return { res, stored: () => expect(storedCounts(s.db)).toEqual(before) }
}

throughEachTransport(() => {
  describe('a late answer to a finalised round', () => {
    it('gets a Thai page naming the round, and nothing is stored', async () => {
      const { res, stored } = await sendAfterFinalising()
      const view = await expectStatusPage(res, 410, 'รอบการประเมินประกาศผลแล้ว')
      expect(view.text()).toContain('“ปีงบประมาณ 2568”')
      expect(view.text()).toContain('ประกาศผลสุดท้ายแล้ว')
      expect(view.text()).toContain('ไม่ได้บันทึก')
      stored()
    })

    it('gets the same page in English when the form was in English', async () => {
      const { res, stored } = await sendAfterFinalising('en')
      expect(res.status).toBe(410)
      const view = readPage(await res.text())
      expect(view.lang).toBe('en')
      expect(view.nameOf(view.getByRole('heading', { level: 1 }))).toBe('This survey round is final')
      expect(view.text()).toContain('“Fiscal year 2568 (BE)”')
      expect(view.text()).toContain('were not recorded')
      stored()
    })
  })
})
