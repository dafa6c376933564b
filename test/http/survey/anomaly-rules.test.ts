/**
 * The anomaly rules through the real submission path: a kiosk's second answer too soon and
 * an answer while the point is closed are stored, flagged with their reason, kept, and left
 * out of the official counts on the results page.
 */
import { describe, expect, it } from 'vitest'
import { OFFICE_HOURS } from '../../../src/domain/opening-hours.js'
import { allItems } from '../../../src/domain/questionnaire/definition.js'
import { createStaff, signIn } from '../../helpers/staff.js'
import { answer, arrangeSurvey, countedInBackground, validAnswers, type ArrangedSurvey } from '../../helpers/survey-fixture.js'
import { throughEachTransport } from '../../helpers/transport.js'
import { createKiosk, openKiosk, storedResponses } from '../../posters/arrange-kiosk.js'
import { arrangePosters, BASE_URL } from '../../posters/arrange-posters.js'
import { readPage, textOf } from '../html.js'
import { rows } from './expect.js'

/** 20:00 in Bangkok on Tuesday 10 June 2025. */
const EVENING = Date.UTC(2025, 5, 10, 13, 0, 0)

throughEachTransport(() => {
  describe('a kiosk answering again within KIOSK_MIN_INTERVAL_SECONDS', () => {
    it('is stored flagged kiosk_interval; one after the interval is not', async () => {
      const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL, ANOMALY_RULES: true, KIOSK_MIN_INTERVAL_SECONDS: 30 })
      const kiosk = await createKiosk(s, s.points.main.id)
      const cookie = await openKiosk(s, kiosk.token)
      const answers = validAnswers(s.definition, s.points.main.services)

      expect((await answer(s.app, 'KRB1001', answers, { Cookie: cookie })).status).toBe(303)
      s.clock.advance(29_000)
      expect((await answer(s.app, 'KRB1001', answers, { Cookie: cookie })).status).toBe(303)
      s.clock.advance(30_000)
      expect((await answer(s.app, 'KRB1001', answers, { Cookie: cookie })).status).toBe(303)

      expect(storedResponses(s).map((r) => [r.channel, r.flag_reason])).toEqual([
        ['kiosk', null],
        ['kiosk', 'kiosk_interval'],
        ['kiosk', null],
      ])
    })

    it('is not flagged when the rules are off', async () => {
      const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL, ANOMALY_RULES: false })
      const kiosk = await createKiosk(s, s.points.main.id)
      const cookie = await openKiosk(s, kiosk.token)
      const answers = validAnswers(s.definition, s.points.main.services)
      await answer(s.app, 'KRB1001', answers, { Cookie: cookie })
      await answer(s.app, 'KRB1001', answers, { Cookie: cookie })
      expect(storedResponses(s).map((r) => r.flag_reason)).toEqual([null, null])
    })
  })

  describe('an answer at 20:00 Bangkok at a point open 08:30–16:30', () => {
    async function arrangeEvening() {
      const s = arrangeSurvey({ now: EVENING, config: { ANOMALY_RULES: true } })
      s.db.$client
        .prepare('update service_points set opening_hours = ? where id = ?')
        .run(JSON.stringify(OFFICE_HOURS), s.points.main.id)
      await answer(s.app, s.points.main.code, validAnswers(s.definition, s.points.main.services))
      // The other point has no hours: never outside them.
      await answer(s.app, s.points.single.code, validAnswers(s.definition, s.points.single.services))
      await countedInBackground(s.db)
      return s
    }

    it('is stored flagged outside_hours, and kept', async () => {
      const s = await arrangeEvening()
      expect(rows(s.db, 'select service_point_id as point, flag_reason from responses order by id')).toEqual([
        { point: s.points.main.id, flag_reason: 'outside_hours' },
        { point: s.points.single.id, flag_reason: null },
      ])
      expect(
        rows(s.db, 'select service_point_id as point, flagged, count from response_tallies order by service_point_id'),
      ).toEqual([
        { point: s.points.main.id, flagged: 1, count: 1 },
        { point: s.points.single.id, flagged: 0, count: 1 },
      ])
    })

    it('is left out of the official counts on the results page, and counted apart', async () => {
      const s = await arrangeEvening()
      await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
      const agent = await signIn(s.app, 'krabi-town')
      const res = await agent.get(`/staff/organisations/${s.organisationIds['4810102']}/results`)
      expect(res.status).toBe(200)
      const overall = textOf(readPage(await res.text()).byId('overall')!)
      expect(overall).toContain('ผู้ตอบ 1 คน')
      expect(overall).toContain('ไม่นับ 1 คำตอบที่ถูกตั้งข้อสังเกต')
    })
  })
})

/** Every rating item at its scale's top level: what most residents of Thai LGUs answer. */
function allTop(s: ArrangedSurvey) {
  const fields = validAnswers(s.definition, s.points.main.services)
  for (const item of allItems(s.definition))
    if (item.kind === 'rating')
      fields[item.id] = String(Math.max(...s.definition.scales[item.scale]!.levels.map((l) => Number(l.value))))
  return fields
}

describe('answers in hours, at a usual pace', () => {
  it('are not flagged however many answer every item at the top level', async () => {
    const s = arrangeSurvey({ config: { ANOMALY_RULES: true } })
    s.db.$client
      .prepare('update service_points set opening_hours = ? where id = ?')
      .run(JSON.stringify(OFFICE_HOURS), s.points.main.id)
    const top = allTop(s)
    for (let i = 0; i < 8; i++) {
      await answer(s.app, s.points.main.code, top)
      s.clock.advance(4 * 60_000)
    }
    expect(rows<{ flag_reason: string | null }>(s.db, 'select flag_reason from responses').map((r) => r.flag_reason)).toEqual(
      Array(8).fill(null),
    )
  })
})
