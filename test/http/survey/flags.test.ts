/**
 * Suspicious but possibly genuine answers are stored and flagged, never thrown
 * away: a second answer from the same browser at the same point on the same day,
 * and an answer sent faster than a person can read the form.
 */
import { describe, expect, it } from 'vitest'
import {
  answer,
  arrangeSurvey,
  cookiesFrom,
  countedInBackground,
  DAY,
  getForm,
  post,
  validAnswers,
  type ArrangedSurvey,
} from '../../helpers/survey-fixture.js'
import { readPage } from '../html.js'
import { bangkokDayOf, expectedTallies, rows, tallyTotals } from './expect.js'
import { throughEachTransport } from '../../helpers/transport.js'

const flags = (s: ArrangedSurvey) =>
  rows<{ flag_reason: string | null }>(s.db, 'select flag_reason from responses order by id').map((r) => r.flag_reason)
const answersAt = (s: ArrangedSurvey, point: 'main' | 'single' = 'main') => validAnswers(s.definition, s.points[point].services)
const countSentence = (n: number) => `ขณะนี้มีผู้ร่วมประเมินที่จุดให้บริการนี้ในรอบนี้แล้ว ${n} คน`

throughEachTransport(() => {
  describe('a second answer from the same browser', () => {
    it('is stored flagged "repeat" and tallied apart as flagged', async () => {
      const s = arrangeSurvey()
      const payload = answersAt(s)
      const first = await answer(s.app, 'KRB1001', payload)
      expect(first.headers.getSetCookie().some((c) => c.startsWith('answered='))).toBe(true)

      const second = await answer(s.app, 'KRB1001', payload, { Cookie: cookiesFrom(first) })

      expect(second.status).toBe(303)
      await countedInBackground(s.db)
      expect(flags(s)).toEqual([null, 'repeat'])
      const once = expectedTallies(s.definition, payload)
      expect(tallyTotals(s.db, 'answer_tallies', 'flagged = 0')).toEqual(once)
      expect(tallyTotals(s.db, 'answer_tallies', 'flagged = 1')).toEqual(once)
      expect(tallyTotals(s.db, 'answer_tallies_monthly', 'flagged = 1')).toEqual(once)
      expect(rows(s.db, 'select flagged, day, count from response_tallies order by flagged')).toEqual([
        { flagged: 0, day: bangkokDayOf(s.clock.now), count: 1 },
        { flagged: 1, day: bangkokDayOf(s.clock.now), count: 1 },
      ])
    })

    it.each([
      { EXCLUDE_FLAGGED: true, shown: 1 },
      { EXCLUDE_FLAGGED: false, shown: 2 },
    ])('is counted on the thank-you page only when EXCLUDE_FLAGGED is $EXCLUDE_FLAGGED', async ({ EXCLUDE_FLAGGED, shown }) => {
      const s = arrangeSurvey({ config: { EXCLUDE_FLAGGED } })
      const first = await answer(s.app, 'KRB1001', answersAt(s))
      const second = await answer(s.app, 'KRB1001', answersAt(s), { Cookie: cookiesFrom(first) })

      const thanks = await s.app.request(second.headers.get('location')!)
      expect(readPage(await thanks.text()).text()).toContain(countSentence(shown))
    })

    it('is not flagged at another service point', async () => {
      const s = arrangeSurvey()
      const first = await answer(s.app, 'KRB1001', answersAt(s))
      await answer(s.app, 'KRB1002', answersAt(s, 'single'), { Cookie: cookiesFrom(first) })
      expect(flags(s)).toEqual([null, null])
    })

    it('is not flagged the next day', async () => {
      const s = arrangeSurvey()
      const first = await answer(s.app, 'KRB1001', answersAt(s))
      const day1 = bangkokDayOf(s.clock.now)
      s.clock.advance(DAY)

      await answer(s.app, 'KRB1001', answersAt(s), { Cookie: cookiesFrom(first) })
      await countedInBackground(s.db)

      expect(flags(s)).toEqual([null, null])
      expect(rows(s.db, 'select day, flagged, count from response_tallies order by day')).toEqual([
        { day: day1, flagged: 0, count: 1 },
        { day: bangkokDayOf(s.clock.now), flagged: 0, count: 1 },
      ])
    })
  })

  describe('an answer sent faster than MIN_FILL_SECONDS (5 s)', () => {
    it.each([
      { after: 0, flag: 'too_fast' },
      { after: 4_999, flag: 'too_fast' },
      { after: 5_000, flag: null },
    ])('sent $after ms after the form was shown is stored with flag $flag', async ({ after, flag }) => {
      const s = arrangeSurvey({ config: { MIN_FILL_SECONDS: 5 } })
      const { token } = await getForm(s.app, 'KRB1001')
      s.clock.advance(after)

      const res = await post(s.app, 'KRB1001', { _token: token, ...answersAt(s) })

      expect(res.status).toBe(303)
      await countedInBackground(s.db)
      expect(flags(s)).toEqual([flag])
      expect(rows(s.db, 'select flagged, count from response_tallies')).toEqual([{ flagged: flag ? 1 : 0, count: 1 }])
    })
  })

  describe('a resident who fixes a missed question', () => {
    it('is not flagged too_fast: the time spent on the form before the mistake counts', async () => {
      const s = arrangeSurvey({ config: { MIN_FILL_SECONDS: 5 } })
      const { token } = await getForm(s.app, 'KRB1001')
      const { staff_2, ...allButOne } = answersAt(s)
      s.clock.advance(60_000) // a minute reading and answering

      const missed = await post(s.app, 'KRB1001', { _token: token, ...allButOne })
      expect(missed.status).toBe(422)
      const again = readPage(await missed.text()).controls('_token')[0]!.attrs.value!
      s.clock.advance(2_000) // the summary link jumps to the question: one tap, then send

      const res = await post(s.app, 'KRB1001', { _token: again, ...allButOne, staff_2: staff_2! })

      expect(res.status).toBe(303)
      expect(flags(s)).toEqual([null])
    })
  })
})
