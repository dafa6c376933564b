import { describe, expect, it } from 'vitest'
import { answerSetKey } from '../../../src/domain/anomaly/answer-set-key.js'
import { isBurst } from '../../../src/domain/anomaly/burst.js'
import {
  catchUp,
  newPointActivity,
  recordAnswer,
  usualPerHour,
  type PointActivity,
} from '../../../src/domain/anomaly/point-activity.js'
import { DEFAULT_ANOMALY_SETTINGS } from '../../../src/domain/anomaly/settings.js'
import { ALL_TOP, bangkok, distinct } from './timeline.js'

const settings = { ...DEFAULT_ANOMALY_SETTINGS, burstWindowMinutes: 10, burstMinAnswers: 15, burstFactor: 4 }

/** Each answer decided as the submission path does: caught up, judged, then remembered. */
function answerAll(
  activity: PointActivity,
  times: number[],
  key: (i: number) => number = (i) => answerSetKey(distinct(i), null),
) {
  return times.map((t, i) => {
    catchUp(activity, t)
    const burst = isBurst(activity, t, key(i), settings)
    recordAnswer(activity, t, key(i))
    return burst
  })
}

const every = (from: number, seconds: number, n: number) => Array.from({ length: n }, (_, i) => from + i * seconds * 1000)

describe('burst: far more answers in a window than usual', () => {
  it('on a point it knows nothing of, flags only past the floor: the 16th answer in ten minutes', () => {
    const activity = newPointActivity(bangkok(10, 9))
    const flags = answerAll(activity, every(bangkok(10, 9), 30, 17))
    expect(flags.indexOf(true)).toBe(15)
    expect(flags.slice(15)).toEqual([true, true])
  })

  it('lets the window pass: an answer eleven minutes after a burst is not one', () => {
    const activity = newPointActivity(bangkok(10, 9))
    answerAll(activity, every(bangkok(10, 9), 30, 17))
    expect(answerAll(activity, [bangkok(10, 9, 19)], () => 1)).toEqual([false])
  })

  it("weighs the window against the point's own usual rate at that hour of day", () => {
    // 30 answers between 10:00 and 11:00 on three days: usually 30 an hour, 5 in ten minutes, so the line is 4 × 5 = 20.
    const activity = newPointActivity(bangkok(1, 10))
    let n = 0
    for (const day of [1, 2, 3]) {
      const flags = answerAll(activity, every(bangkok(day, 10), 120, 30), () => n++)
      expect(flags.every((f) => !f)).toBe(true)
    }
    catchUp(activity, bangkok(4, 10))
    expect(usualPerHour(activity, bangkok(4, 10))).toBe(30)
    // At 14:00 it has seen no answers: the floor stands.
    expect(usualPerHour(activity, bangkok(4, 14))).toBe(0)

    const flags = answerAll(activity, every(bangkok(4, 10), 20, 21), () => n++)
    expect(flags.indexOf(true)).toBe(20)
  })

  it('learns a silent day as nought: one day of 30 and one of none is 15 an hour', () => {
    const activity = newPointActivity(bangkok(1, 10))
    answerAll(activity, every(bangkok(1, 10), 120, 30))
    catchUp(activity, bangkok(3, 10, 30))
    expect(usualPerHour(activity, bangkok(3, 10, 30))).toBe(15)
  })
})

describe('burst: identical answer sets close together', () => {
  it('flags the sixth identical set within two minutes', () => {
    const activity = newPointActivity(bangkok(10, 9))
    const same = answerSetKey(distinct(1), 2)
    expect(answerAll(activity, every(bangkok(10, 9), 20, 6), () => same)).toEqual([false, false, false, false, false, true])
  })

  it('does not flag six identical sets spread over more than two minutes', () => {
    const activity = newPointActivity(bangkok(10, 9))
    const same = answerSetKey(distinct(1), 2)
    expect(answerAll(activity, every(bangkok(10, 9), 25, 6), () => same).some(Boolean)).toBe(false)
  })

  it('tells sets apart by their service too', () => {
    expect(answerSetKey(ALL_TOP, 1)).not.toBe(answerSetKey(ALL_TOP, 2))
    expect(answerSetKey(ALL_TOP, null)).toBe(answerSetKey([...ALL_TOP], null))
  })
})

describe('answering the top level everywhere', () => {
  it('never flags an answer on its own', () => {
    const activity = newPointActivity(bangkok(10, 9))
    expect(answerAll(activity, [bangkok(10, 9)], () => answerSetKey(ALL_TOP, null))).toEqual([false])
  })

  it('is not a burst at a counter serving a resident every five minutes all morning', () => {
    const activity = newPointActivity(bangkok(10, 8, 30))
    const top = answerSetKey(ALL_TOP, null)
    const flags = answerAll(activity, every(bangkok(10, 8, 30), 300, 42), () => top)
    expect(flags.some(Boolean)).toBe(false)
  })
})
