/**
 * Sending the survey: what the resident sees on a mistake, and exactly what a
 * valid answer adds to the database (one response, its answers, and the tallies).
 */
import { describe, expect, it } from 'vitest'
import { ANSWER_ROWS } from '../../helpers/database.js'
import {
  answer,
  arrangeSurvey,
  countedInBackground,
  getForm,
  post,
  SAMPLE_SUGGESTION,
  storedCounts,
  validAnswers,
  type ArrangedSurvey,
  type Fields,
  type RoundSpec,
} from '../../helpers/survey-fixture.js'
import { readPage, type El } from '../html.js'
import { difference, expectAnswersKept, expectedAnswerRows, expectedTallies, rows, tallyTotals, textareaValue } from './expect.js'
import { throughEachTransport } from '../../helpers/transport.js'

const isInside = (el: El, ancestor: El): boolean => !!el.parent && (el.parent === ancestor || isInside(el.parent, ancestor))
const REQUIRED_AT_MAIN = [
  'service',
  'overall',
  'process_1',
  'process_2',
  'channel_1',
  'channel_2',
  'staff_1',
  'staff_2',
  'staff_3',
  'facility_1',
  'facility_2',
]

throughEachTransport(() => {
  describe('a POST with answers missing', () => {
    it('is refused with 422, a summary, inline errors with a hidden prefix, and nothing stored', async () => {
      const s = arrangeSurvey()
      const { token } = await getForm(s.app, 'KRB1001')
      const before = storedCounts(s.db)

      const res = await post(s.app, 'KRB1001', { _token: token })
      const view = readPage(await res.text())

      expect(res.status).toBe(422)
      expect(view.title).toBe('ข้อผิดพลาด: แบบประเมินความพึงพอใจต่อการให้บริการ – เทศบาลเมืองกระบี่')
      const summary = view.getByRole('alert')
      expect(view.text(summary)).toContain('มีข้อผิดพลาด')
      expect(view.allByRole('link', {}, summary).map((a) => a.attrs.href)).toEqual(REQUIRED_AT_MAIN.map((id) => `#${id}`))
      REQUIRED_AT_MAIN.forEach((id, i) => {
        const inline = view.byId(`${id}-error`)!
        expect(view.text(inline), id).toBe('ข้อผิดพลาด: กรุณาเลือกคำตอบ')
        const prefix = inline.children.find((c) => typeof c !== 'string')
        // The prefix is for screen readers; sighted people see the red field instead.
        expect(typeof prefix !== 'string' && prefix?.attrs.class).toBe('visually-hidden')
        const group = view.allByRole('group').find((g) => view.controls(id).every((c) => isInside(c, g)))
        expect(group?.attrs['aria-describedby']?.split(' '), id).toContain(`${id}-error`)
        expect(view.nameOf(view.allByRole('link', {}, summary)[i]!)).toBe(`ข้อ ${i + 1}: กรุณาเลือกคำตอบ`)
      })
      expect(storedCounts(s.db)).toEqual(before)
    })

    it('re-checks exactly the answers given and keeps the free text', async () => {
      const s = arrangeSurvey()
      const { token } = await getForm(s.app, 'KRB1001')
      const { staff_2: _missing, ...given } = validAnswers(s.definition, s.points.main.services)
      const before = storedCounts(s.db)

      const res = await post(s.app, 'KRB1001', { _token: token, ...given })
      const view = readPage(await res.text())

      expect(res.status).toBe(422)
      expect(view.allByRole('link', {}, view.getByRole('alert')).map((a) => a.attrs.href)).toEqual(['#staff_2'])
      expectAnswersKept(view, s.definition, given)
      expect(textareaValue(view, 'suggestion')).toBe(SAMPLE_SUGGESTION)
      expect(storedCounts(s.db)).toEqual(before)
    })
  })

  type Case = { slug: string; round: RoundSpec; point: 'main' | 'bare'; extra: Fields }
  const cases: Case[] = [
    { slug: 'thai-lgu-standard', round: {}, point: 'main', extra: { facility_2: 'na' } },
    { slug: 'a11-trust', round: { questionnaire: 'a11-trust' }, point: 'main', extra: { not_well: ['ease', 'other'] } },
    { slug: 'arta-csm', round: { questionnaire: 'arta-csm' }, point: 'bare', extra: { sqd3: 'na', cc2: 'na' } },
  ]

  // 01:45 on 11 June in Bangkok is still 10 June in UTC: tallies must use the Bangkok day.
  const LATE_NIGHT = Date.UTC(2025, 5, 10, 18, 45, 30)
  const BANGKOK_DAY = '2025-06-11'

  describe.each(cases)('a valid POST ($slug)', ({ round, point, extra }) => {
    const arrange = () => {
      const s = arrangeSurvey({ now: LATE_NIGHT, round })
      const payload = { ...validAnswers(s.definition, s.points[point].services), ...extra }
      return { s, code: s.points[point].code, payload }
    }
    const serviceIdOf = (payload: Fields) => (typeof payload.service === 'string' ? Number(payload.service) : null)

    it('stores one response and adds exactly the answers sent to the tallies', async () => {
      const { s, code, payload } = arrange()
      const before = { all: tallyTotals(s.db, 'answer_tallies'), monthly: tallyTotals(s.db, 'answer_tallies_monthly') }

      const res = await answer(s.app, code, payload)

      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe(`/s/${code}/thanks`)
      const pt = s.points[point]
      const stored = rows<Record<string, unknown>>(s.db, 'select * from responses')
      expect(stored).toHaveLength(1)
      expect(stored[0]).toMatchObject({
        round_id: s.roundId,
        organisation_id: pt.organisationId,
        service_point_id: pt.id,
        service_id: serviceIdOf(payload),
        day: BANGKOK_DAY,
        locale: 'th',
        channel: 'web',
        flag_reason: null,
      })
      const answers = rows<{ k: string }>(
        s.db,
        `select item_id || '=' || value as k from ${ANSWER_ROWS} where response_id = ?`,
        stored[0]!.id,
      )
      expect(answers.map((a) => a.k).sort()).toEqual(expectedAnswerRows(payload))

      await countedInBackground(s.db)
      const expected = expectedTallies(s.definition, payload)
      expect(difference(tallyTotals(s.db, 'answer_tallies'), before.all)).toEqual(expected)
      expect(difference(tallyTotals(s.db, 'answer_tallies_monthly'), before.monthly)).toEqual(expected)
      const key = 'round_id = ? and organisation_id = ? and service_point_id = ? and service_id = ? and flagged = 0'
      const keyValues = [s.roundId, pt.organisationId, pt.id, serviceIdOf(payload) ?? 0]
      expect(tallyTotals(s.db, 'answer_tallies', key, ...keyValues)).toEqual(expected)
      expect(tallyTotals(s.db, 'answer_tallies_monthly', `${key} and month = ?`, ...keyValues, BANGKOK_DAY.slice(0, 7))).toEqual(
        expected,
      )
      expect(
        rows(s.db, 'select round_id, organisation_id, service_point_id, service_id, flagged, day, count from response_tallies'),
      ).toEqual([
        {
          round_id: s.roundId,
          organisation_id: pt.organisationId,
          service_point_id: pt.id,
          service_id: serviceIdOf(payload) ?? 0,
          flagged: 0,
          day: BANGKOK_DAY,
          count: 1,
        },
      ])
      expect(rows(s.db, 'select round_id, organisation_id, flagged, count from organisation_response_tallies')).toEqual([
        { round_id: s.roundId, organisation_id: pt.organisationId, flagged: 0, count: 1 },
      ])
    })

    it('stores one response when the same token is sent again, and the tallies do not move', async () => {
      const { s, code, payload } = arrange()
      const { token } = await getForm(s.app, code)
      await post(s.app, code, { _token: token, ...payload })
      await countedInBackground(s.db)
      const after = { counts: storedCounts(s.db), tallies: tallyTotals(s.db, 'answer_tallies') }

      const again = await post(s.app, code, { _token: token, ...payload })

      expect(again.status).toBe(303)
      expect(again.headers.get('location')).toBe(`/s/${code}/thanks`)
      await countedInBackground(s.db)
      expect(storedCounts(s.db)).toEqual(after.counts)
      expect(after.counts.responses).toBe(1)
      expect(after.tallies).toEqual(expectedTallies(s.definition, payload))
      expect(tallyTotals(s.db, 'answer_tallies')).toEqual(after.tallies)
    })

    it('stores one response when two POSTs with one token arrive together', async () => {
      const { s, code, payload } = arrange()
      const { token } = await getForm(s.app, code)

      const both = await Promise.all([
        post(s.app, code, { _token: token, ...payload }),
        post(s.app, code, { _token: token, ...payload }),
      ])

      expect(both.map((r) => r.status)).toEqual([303, 303])
      await countedInBackground(s.db)
      expect(storedCounts(s.db).responses).toBe(1)
      expect(tallyTotals(s.db, 'answer_tallies')).toEqual(expectedTallies(s.definition, payload))
    })
  })

  describe('the thank-you page', () => {
    const countSentence = (n: number) => `ขณะนี้มีผู้ร่วมประเมินที่จุดให้บริการนี้ในรอบนี้แล้ว ${n} คน`
    const thanksAt = async (s: ArrangedSurvey, code: string) => {
      const res = await s.app.request(`/s/${code}/thanks`)
      expect(res.status).toBe(200)
      return readPage(await res.text())
    }

    it('thanks the resident and counts the residents who answered at this point in this round', async () => {
      const s = arrangeSurvey()
      for (let i = 0; i < 3; i++) await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services))
      await answer(s.app, 'KRB1002', validAnswers(s.definition, s.points.single.services))

      const main = await thanksAt(s, 'KRB1001')
      expect(main.nameOf(main.getByRole('heading', { level: 1 }))).toBe('ขอบคุณที่ร่วมประเมิน')
      expect(main.text(main.getByRole('status'))).toContain('ระบบได้บันทึกคำตอบของท่านเรียบร้อยแล้ว')
      expect(main.text()).toContain(countSentence(3))
      expect((await thanksAt(s, 'KRB1002')).text()).toContain(countSentence(1))
      expect(main.getByRole('link', { name: 'กลับไปหน้าแบบประเมิน' }).attrs.href).toBe('/s/KRB1001')
    })
  })
})
