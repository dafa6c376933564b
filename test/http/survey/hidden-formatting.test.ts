/**
 * A resident's comment is stored without the characters that only hide or
 * reorder text: a right-to-left override (U+202E) could make a comment read
 * as something else on the comments page, zero-width characters could hide
 * words. What people can see is stored as written.
 */
import { describe, expect, it } from 'vitest'
import { answer, arrangeSurvey, validAnswers, type ArrangedSurvey } from '../../helpers/survey-fixture.js'
import { ANSWER_ROWS } from '../../helpers/database.js'
import { throughEachTransport } from '../../helpers/transport.js'
import { rows } from './expect.js'

const storedSuggestions = (s: ArrangedSurvey) =>
  rows<{ value: string }>(s.db, `select value from ${ANSWER_ROWS} where item_id = 'suggestion'`).map((r) => r.value)

throughEachTransport(() => {
  describe('a comment', () => {
    it('is stored without bidi overrides and zero-width characters, every visible character kept', async () => {
      const s = arrangeSurvey()
      // Shown with U+202E, "ดีมาก gepj.exe" reads "ดีมาก exe.jpeg"; U+200B splits a word.
      const typed = 'ดีมาก \u202Egepj.exe\u202C เจ้า\u200Bหน้าที่\u200C\u200D\u2060\uFEFF สุภาพ \u2066x\u2069 \u202A\u202B\u202D'
      const res = await answer(s.app, 'KRB1001', { ...validAnswers(s.definition, s.points.main.services), suggestion: typed })
      expect(res.status).toBe(303)
      expect(storedSuggestions(s)).toEqual(['ดีมาก gepj.exe เจ้าหน้าที่ สุภาพ x'])
    })

    it('of hidden characters only counts as no comment', async () => {
      const s = arrangeSurvey()
      const res = await answer(s.app, 'KRB1001', {
        ...validAnswers(s.definition, s.points.main.services),
        suggestion: ' \u200B\u202E \uFEFF ',
      })
      expect(res.status).toBe(303)
      expect(storedSuggestions(s)).toEqual([])
      expect(rows(s.db, 'select count(*) as n from responses')).toEqual([{ n: 1 }])
    })
  })
})
