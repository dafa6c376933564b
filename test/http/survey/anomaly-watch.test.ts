/**
 * The rules' memory in one process: the late-surge trend is read from the daily tallies
 * at most once per organisation every five minutes and only in a round's last days, and
 * each answer after the read is counted in memory; kiosks are told apart.
 */
import { describe, expect, it } from 'vitest'
import type { DailyCount } from '../../../src/domain/anomaly/late-surge.js'
import { DEFAULT_ANOMALY_SETTINGS } from '../../../src/domain/anomaly/settings.js'
import { createAnomalyWatch, type AnswerContext } from '../../../src/http/survey/anomaly-watch.js'

const DAY = 24 * 60 * 60 * 1000
/** 10:00 Bangkok on a day of June 2025. */
const june = (day: number, minutes = 0) => Date.UTC(2025, 5, day, 3, minutes)
/** Closes 1 July 2025 00:00 Bangkok: its last seven days start 24 June. */
const round = { id: 1, opensAt: june(1) - 31 * DAY, closesAt: Date.UTC(2025, 5, 30, 17) }

function arrange(counts: DailyCount[]) {
  const reads: string[] = []
  const watch = createAnomalyWatch({
    // Bursts are not under test here: a high floor keeps them out of the way.
    settings: { ...DEFAULT_ANOMALY_SETTINGS, burstMinAnswers: 64, identicalAnswers: 0 },
    enabled: true,
    dailyCounts: (_round, _organisation, from, to) => {
      reads.push(`${from}..${to}`)
      return counts
    },
  })
  let n = 0
  const flag = (now: number, over: Partial<AnswerContext> = {}) =>
    watch.flagFor({
      now,
      point: { id: 1 + (n % 3), organisationId: 9, openingHours: null },
      round,
      kioskId: undefined,
      answers: [{ itemId: 'comment', value: String(n++) }],
      serviceId: null,
      repeat: false,
      tooFast: false,
      ...over,
    })
  return { flag, reads }
}

describe('the anomaly watch', () => {
  it('reads no trend before the last days', () => {
    const s = arrange([])
    expect(s.flag(june(20))).toBeNull()
    expect(s.reads).toEqual([])
  })

  it('reads the trend once, counts answers since in memory, and flags past the line', () => {
    // 28 answers a day for the 28 days before 24 June → usual 28; the line is 3 × 28 = 84; 80 already today.
    const counts = Array.from({ length: 28 }, (_, i) => ({
      day: new Date(Date.UTC(2025, 4, 27 + i)).toISOString().slice(0, 10),
      count: 28,
    }))
    const s = arrange([...counts, { day: '2025-06-25', count: 80 }])
    const flags = Array.from({ length: 6 }, (_, i) => s.flag(june(25, i)))
    expect(flags).toEqual([null, null, null, null, 'late_surge', 'late_surge'])
    expect(s.reads).toEqual(['2025-05-27..2025-06-25'])
  })

  it('reads again after five minutes, and on a new day', () => {
    const s = arrange([])
    s.flag(june(25, 0))
    s.flag(june(25, 5))
    s.flag(june(25, 6))
    s.flag(june(26, 0))
    expect(s.reads).toEqual(['2025-05-27..2025-06-25', '2025-05-27..2025-06-25', '2025-05-27..2025-06-26'])
  })

  it('tells kiosks apart', () => {
    const s = arrange([])
    expect(s.flag(june(20), { kioskId: 1 })).toBeNull()
    expect(s.flag(june(20) + 5000, { kioskId: 2 })).toBeNull()
    expect(s.flag(june(20) + 10_000, { kioskId: 1 })).toBe('kiosk_interval')
  })

  it('when switched off, says only repeat and too fast, and reads nothing', () => {
    const reads: string[] = []
    const watch = createAnomalyWatch({
      settings: DEFAULT_ANOMALY_SETTINGS,
      enabled: false,
      dailyCounts: () => {
        reads.push('read')
        return []
      },
    })
    const context = (over: Partial<AnswerContext>): AnswerContext => ({
      now: june(25),
      point: { id: 1, organisationId: 9, openingHours: null },
      round,
      kioskId: 1,
      answers: [],
      serviceId: null,
      repeat: false,
      tooFast: false,
      ...over,
    })
    expect(watch.flagFor(context({}))).toBeNull()
    expect(watch.flagFor(context({}))).toBeNull()
    expect(watch.flagFor(context({ tooFast: true }))).toBe('too_fast')
    expect(watch.flagFor(context({ repeat: true, tooFast: true }))).toBe('repeat')
    expect(reads).toEqual([])
  })
})
