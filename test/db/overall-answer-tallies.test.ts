/**
 * The per-point daily tally of the overall-satisfaction item that the low-share alert reads:
 * counted with the other tallies, by Bangkok day and flag, N/A and unanswered left out.
 */
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../src/db/queries/responses.js'
import type { FlagReason } from '../../src/domain/responses.js'
import { arrangeSurvey, DEFAULT_NOW, HOUR } from '../helpers/survey-fixture.js'

// 10 June 2025 10:00 in Bangkok; 9 June 23:30 in Bangkok is still 9 June.
const YESTERDAY_LATE = Date.UTC(2025, 5, 9, 16, 30)

function arrange(questionnaire = 'thai-lgu-standard') {
  const s = arrangeSurvey({ round: { questionnaire } })
  const store = createResponseStore(s.db)
  let n = 0
  const respond = (at: number, answers: { itemId: string; value: string }[], flagReason: FlagReason | null = null) =>
    store.writeOne({
      submissionId: `overall-${++n}`,
      roundId: s.roundId!,
      organisationId: s.points.main.organisationId,
      servicePointId: s.points.main.id,
      serviceId: null,
      submittedAt: at,
      locale: 'th',
      channel: 'web',
      flagReason,
      answers,
    })
  const tallies = () =>
    s.db.$client.prepare('select day, flagged, rated, low from overall_answer_tallies order by day, flagged').all() as Record<
      string,
      unknown
    >[]
  return { respond, tallies }
}

describe('overall-item tallies', () => {
  it('count answers with a level and those at levels 1–2, per Bangkok day and flag', () => {
    const { respond, tallies } = arrange()
    const overall = (value: string) => [{ itemId: 'overall', value }]
    respond(DEFAULT_NOW, overall('1'))
    respond(DEFAULT_NOW, overall('2'))
    respond(DEFAULT_NOW - HOUR, overall('3'))
    respond(DEFAULT_NOW, overall('5'), 'repeat')
    respond(DEFAULT_NOW, overall('1'), 'too_fast')
    respond(YESTERDAY_LATE, overall('4'))
    // Another item's low answer, and a response without the overall item, count for nothing here.
    respond(DEFAULT_NOW, [{ itemId: 'process_1', value: '1' }])
    expect(tallies()).toEqual([
      { day: '2025-06-09', flagged: 0, rated: 1, low: 0 },
      { day: '2025-06-10', flagged: 0, rated: 3, low: 2 },
      { day: '2025-06-10', flagged: 1, rated: 2, low: 1 },
    ])
  })

  it('reads ARTA’s SQD0 as its overall item, N/A left out', () => {
    const { respond, tallies } = arrange('arta-csm')
    respond(DEFAULT_NOW, [{ itemId: 'sqd0', value: '2' }])
    respond(DEFAULT_NOW, [{ itemId: 'sqd0', value: '5' }])
    respond(DEFAULT_NOW, [{ itemId: 'sqd0', value: 'na' }])
    respond(DEFAULT_NOW, [{ itemId: 'sqd1', value: '1' }])
    expect(tallies()).toEqual([{ day: '2025-06-10', flagged: 0, rated: 2, low: 1 }])
  })
})
