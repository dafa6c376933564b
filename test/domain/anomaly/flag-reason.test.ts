import { describe, expect, it } from 'vitest'
import { answerSetKey } from '../../../src/domain/anomaly/answer-set-key.js'
import { decideFlag, FLAG_PRECEDENCE, flagReasonOf, type AnswerFacts } from '../../../src/domain/anomaly/flag-reason.js'
import { newPointActivity } from '../../../src/domain/anomaly/point-activity.js'
import { DEFAULT_ANOMALY_SETTINGS } from '../../../src/domain/anomaly/settings.js'
import { OFFICE_HOURS } from '../../../src/domain/opening-hours.js'
import { FLAG_REASONS } from '../../../src/domain/responses.js'
import { ALL_TOP, bangkok } from './timeline.js'

const facts = (over: Partial<AnswerFacts> = {}): AnswerFacts => ({
  now: bangkok(10, 10),
  key: answerSetKey(ALL_TOP, null),
  repeat: false,
  tooFast: false,
  openingHours: OFFICE_HOURS,
  kioskLastAt: undefined,
  trend: undefined,
  ...over,
})

describe('one reason per answer', () => {
  it('ranks every reason once', () => {
    expect([...FLAG_PRECEDENCE].sort()).toEqual([...FLAG_REASONS].sort())
  })

  it("puts the device's own evidence first, then the point's, then the organisation's", () => {
    expect(
      flagReasonOf({ late_surge: true, outside_hours: true, burst: true, kiosk_interval: true, too_fast: true, repeat: true }),
    ).toBe('repeat')
    expect(flagReasonOf({ late_surge: true, outside_hours: true, burst: true, kiosk_interval: true, too_fast: true })).toBe(
      'too_fast',
    )
    expect(flagReasonOf({ late_surge: true, outside_hours: true, burst: true, kiosk_interval: true })).toBe('kiosk_interval')
    expect(flagReasonOf({ late_surge: true, outside_hours: true, burst: true })).toBe('burst')
    expect(flagReasonOf({ late_surge: true, outside_hours: true })).toBe('outside_hours')
    expect(flagReasonOf({ late_surge: true })).toBe('late_surge')
    expect(flagReasonOf({})).toBeNull()
  })
})

describe('deciding an answer', () => {
  it('leaves an answer with every item at the top level, in hours, unflagged', () => {
    expect(decideFlag(facts(), newPointActivity(bangkok(10, 10)), DEFAULT_ANOMALY_SETTINGS)).toBeNull()
  })

  it('names the rule that tripped', () => {
    const settings = DEFAULT_ANOMALY_SETTINGS
    expect(decideFlag(facts({ now: bangkok(10, 20) }), newPointActivity(bangkok(10, 20)), settings)).toBe('outside_hours')
    expect(decideFlag(facts({ kioskLastAt: bangkok(10, 10) - 5000 }), newPointActivity(0), settings)).toBe('kiosk_interval')
    expect(decideFlag(facts({ trend: { usualPerDay: 10, today: 31 } }), newPointActivity(0), settings)).toBe('late_surge')
    expect(decideFlag(facts({ repeat: true, now: bangkok(10, 20) }), newPointActivity(0), settings)).toBe('repeat')
  })

  it('remembers every answer it decides, flagged or not', () => {
    const activity = newPointActivity(bangkok(10, 20))
    decideFlag(facts({ now: bangkok(10, 20) }), activity, DEFAULT_ANOMALY_SETTINGS)
    decideFlag(facts({ now: bangkok(10, 20, 1) }), activity, DEFAULT_ANOMALY_SETTINGS)
    expect(activity.size).toBe(2)
    expect(activity.hourCount).toBe(2)
  })
})
