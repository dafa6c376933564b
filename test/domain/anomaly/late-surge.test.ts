import { describe, expect, it } from 'vitest'
import { isLateSurge, trendDays, usualPerDay, type DailyCount } from '../../../src/domain/anomaly/late-surge.js'
import { DEFAULT_ANOMALY_SETTINGS } from '../../../src/domain/anomaly/settings.js'
import { bangkok, DAY } from './timeline.js'

const settings = { ...DEFAULT_ANOMALY_SETTINGS, lateSurgeDays: 7, lateSurgeFactor: 3, lateSurgeMinAnswers: 30 }
/** Opens 1 May 2025 and closes 1 July 2025, both at midnight in Bangkok: its last seven days start 24 June. */
const round = { opensAt: bangkok(1, 0) - 31 * DAY, closesAt: bangkok(30, 0) + DAY }

/** 20 answers on each weekday (Monday to Friday) of the four weeks from 27 May. */
const FOUR_WEEKS: DailyCount[] = Array.from({ length: 28 }, (_, i) => new Date(Date.UTC(2025, 4, 27 + i)))
  .filter((d) => d.getUTCDay() >= 1 && d.getUTCDay() <= 5)
  .map((d) => ({ day: d.toISOString().slice(0, 10), count: 20 }))

describe('late_surge', () => {
  it('looks only in the last days before the round closes, at the four weeks before them', () => {
    expect(trendDays(round, bangkok(23, 23, 59), settings)).toBeUndefined()
    expect(trendDays(round, bangkok(24, 0), settings)).toEqual({ from: '2025-05-27', until: '2025-06-24' })
    expect(trendDays(round, bangkok(30, 23, 59), settings)).toEqual({ from: '2025-05-27', until: '2025-06-24' })
    expect(trendDays(round, round.closesAt, settings)).toBeUndefined()
    expect(trendDays(round, bangkok(25, 10), { lateSurgeDays: 0 })).toBeUndefined()
  })

  it('takes the usual day as the mean over every day, days without answers as nought', () => {
    expect(FOUR_WEEKS).toHaveLength(20)
    // 20 weekdays × 20 answers over 28 days.
    expect(usualPerDay(FOUR_WEEKS, { from: '2025-05-27', until: '2025-06-24' })).toBeCloseTo(400 / 28, 10)
    // Counts outside the days are not the trend's.
    expect(
      usualPerDay([...FOUR_WEEKS, { day: '2025-06-24', count: 500 }], { from: '2025-05-27', until: '2025-06-24' }),
    ).toBeCloseTo(400 / 28, 10)
  })

  it('flags a day past three times the usual day: the 43rd answer against 14.3 a day', () => {
    const usual = 400 / 28
    expect(isLateSurge({ usualPerDay: usual, today: 42 }, settings)).toBe(false)
    expect(isLateSurge({ usualPerDay: usual, today: 43 }, settings)).toBe(true)
  })

  it('never flags at or under the floor, even for an organisation that usually gets nothing', () => {
    expect(isLateSurge({ usualPerDay: 0, today: 30 }, settings)).toBe(false)
    expect(isLateSurge({ usualPerDay: undefined, today: 31 }, settings)).toBe(true)
  })

  it('has no usual day for a round that opened within its last days', () => {
    const short = { opensAt: bangkok(26, 0), closesAt: bangkok(30, 0) }
    const days = trendDays(short, bangkok(27, 10), settings)!
    expect(days).toEqual({ from: '2025-06-26', until: '2025-06-23' })
    expect(usualPerDay([], days)).toBeUndefined()
  })

  it('is never raised outside the last days', () => {
    expect(isLateSurge(undefined, settings)).toBe(false)
  })
})
