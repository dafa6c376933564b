import { describe, expect, it } from 'vitest'
import { readSilence, type CollectionDay, type SilenceSettings } from '../../../src/domain/alerts/silence.js'
import { OFFICE_HOURS } from '../../../src/domain/opening-hours.js'

// 2026-12-07 is a Monday; office hours are Monday to Friday 08:30–16:30 (480 minutes a day).
const bangkok = (iso: string) => Date.parse(`${iso}+07:00`)
const settings: SilenceSettings = { historyDays: 7, minHistoryAnswers: 20, expectedAnswers: 8 }

/** Eight answers a day Monday 7 to Friday 11 December, the last at 16:00 on the Friday: 40 answers. */
const WEEK: CollectionDay[] = ['07', '08', '09', '10', '11'].map((d) => ({
  day: `2026-12-${d}`,
  count: 8,
  lastResponseAt: bangkok(`2026-12-${d}T${d === '11' ? '16:00' : '16:20'}:00`),
}))
const since = bangkok('2026-11-01T00:00:00')

// The history runs from Saturday 5 December (7 days up to the Friday): Monday to Thursday open 4 × 480 = 1,920
// minutes, Friday 08:30–16:00 another 450: 2,370 open minutes for 40 answers.
const expectedIn = (openMinutes: number) => (40 * openMinutes) / 2370

describe('silence rule', () => {
  it('counts only opening hours: the weekend is not silence', () => {
    // Friday 16:00–16:30 only: 30 open minutes.
    const reading = readSilence({ hours: OFFICE_HOURS, days: WEEK, now: bangkok('2026-12-13T23:00:00'), since }, settings)
    expect(reading!.silentHours).toBe(0.5)
    expect(reading!.expected).toBeCloseTo(expectedIn(30), 10)
    expect(reading!.raised).toBe(false)
  })

  it('stays quiet while the silence is shorter than its pace explains', () => {
    // Friday's last 30 minutes and Monday 08:30–15:00 (390): 420 minutes, 7.09 answers expected.
    const reading = readSilence({ hours: OFFICE_HOURS, days: WEEK, now: bangkok('2026-12-14T15:00:00'), since }, settings)
    expect(reading!.silentHours).toBe(7)
    expect(reading!.expected).toBeCloseTo(7.089, 3)
    expect(reading!.raised).toBe(false)
  })

  it('raises once the point would usually have collected the expected answers', () => {
    // 30 + 450 = 480 open minutes: 40 × 480 / 2370 = 8.10 answers expected.
    const reading = readSilence({ hours: OFFICE_HOURS, days: WEEK, now: bangkok('2026-12-14T16:00:00'), since }, settings)
    expect(reading).toMatchObject({ silentHours: 8, raised: true })
    expect(reading!.expected).toBeCloseTo(8.101, 3)
  })

  it('never reads a point without opening hours', () => {
    expect(readSilence({ hours: null, days: WEEK, now: bangkok('2026-12-18T16:00:00'), since }, settings)).toBeUndefined()
  })

  it('is not raised for a point that does not usually collect', () => {
    const few = WEEK.map((d) => ({ ...d, count: d.day === '2026-12-11' ? 7 : 3 })) // 19 answers
    const reading = readSilence({ hours: OFFICE_HOURS, days: few, now: bangkok('2026-12-18T16:00:00'), since }, settings)
    expect(reading!.raised).toBe(false)
    expect(reading!.expected).toBe(0)
  })

  it('sets the pace from the round’s opening, not from days before it', () => {
    // Opened Wednesday 9 December 08:30: Wednesday, Thursday (960) and Friday to 16:00 (450) = 1,410 open minutes.
    const days = WEEK.slice(2)
    const opened = bangkok('2026-12-09T08:30:00')
    const reading = readSilence({ hours: OFFICE_HOURS, days, now: bangkok('2026-12-14T10:00:00'), since: opened }, settings)
    // Silent 30 + 90 = 120 open minutes: 24 × 120 / 1410 = 2.04.
    expect(reading!.expected).toBeCloseTo((24 * 120) / 1410, 10)
    expect(reading!.raised).toBe(false)
  })

  it('is not silent with an answer just now', () => {
    const reading = readSilence(
      { hours: OFFICE_HOURS, days: WEEK, now: bangkok('2026-12-11T16:00:00'), since },
      { ...settings, expectedAnswers: 1 },
    )
    expect(reading).toEqual({ silentHours: 0, expected: 0, raised: false })
  })
})
