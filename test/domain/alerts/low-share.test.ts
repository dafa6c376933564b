import { describe, expect, it } from 'vitest'
import { readLowShare, type LowShareSettings } from '../../../src/domain/alerts/low-share.js'

const settings: LowShareSettings = { percent: 20, minAnswers: 10, days: 7 }
const TODAY = '2025-06-10'

describe('low-share rule', () => {
  it('counts the last N days, today included, and nothing before', () => {
    // From 4 June to 10 June: 4 + 6 answers, 1 + 2 low = 3 of 10 = 30 %.
    const days = [
      { day: '2025-06-10', rated: 4, low: 1 },
      { day: '2025-06-08', rated: 6, low: 2 },
      { day: '2025-06-03', rated: 10, low: 10 },
    ]
    expect(readLowShare(days, TODAY, settings)).toEqual({ rated: 10, low: 3, percent: 30, raised: true })
  })

  it('takes in the first day of the window', () => {
    const days = [
      { day: '2025-06-10', rated: 4, low: 1 },
      { day: '2025-06-08', rated: 6, low: 2 },
      { day: '2025-06-04', rated: 10, low: 0 },
    ]
    // 3 of 20 = 15 %: below the threshold.
    expect(readLowShare(days, TODAY, settings)).toEqual({ rated: 20, low: 3, percent: 15, raised: false })
  })

  it('raises only above the threshold, never at it', () => {
    expect(readLowShare([{ day: TODAY, rated: 10, low: 2 }], TODAY, settings).raised).toBe(false)
    expect(readLowShare([{ day: TODAY, rated: 10, low: 3 }], TODAY, settings).raised).toBe(true)
  })

  it('needs the minimum number of answers: 9 answers all low raise nothing', () => {
    expect(readLowShare([{ day: TODAY, rated: 9, low: 9 }], TODAY, settings)).toEqual({
      rated: 9,
      low: 9,
      percent: 100,
      raised: false,
    })
  })

  it('has no share without answers', () => {
    expect(readLowShare([], TODAY, settings)).toEqual({ rated: 0, low: 0, percent: null, raised: false })
  })

  it('with a number of answers, takes the latest whole days until it holds that many', () => {
    const days = [
      { day: '2025-06-07', rated: 30, low: 0 },
      { day: '2025-06-09', rated: 6, low: 2 },
      { day: '2025-06-10', rated: 5, low: 2 },
    ]
    // Newest first: 10 June (5) is short of 8, 9 June brings it to 11; 7 June is not needed. 4 of 11 = 36.4 %.
    const reading = readLowShare(days, TODAY, { ...settings, answers: 8 })
    expect(reading).toMatchObject({ rated: 11, low: 4, raised: true })
    expect(reading.percent).toBeCloseTo(36.36, 2)
    // Over the whole week the 30 good answers of 7 June dilute it: 4 of 41 = 9.8 %.
    expect(readLowShare(days, TODAY, settings)).toMatchObject({ rated: 41, low: 4, raised: false })
  })
})
