/**
 * The retention rule on worked dates. Bangkok is UTC+7, so 00:00 on 1 October in Bangkok is
 * 17:00 UTC on 30 September; every date below is written in Bangkok time (+07:00).
 */
import { describe, expect, it } from 'vitest'
import { closingFiscalYear, deletableFrom, nextDailyRun, roundRetention } from '../../src/domain/retention.js'

const bkk = (local: string) => Date.parse(`${local}+07:00`)

describe('closingFiscalYear: the Thai fiscal year (1 Oct – 30 Sep, BE) a round closed in', () => {
  it.each([
    // A whole-year round of FY 2568 closes at 00:00 on 1 October 2025: its last open minute is 30 September, FY 2568.
    ['2025-10-01T00:00:00', 2568],
    ['2025-09-30T23:00:00', 2568],
    // Still open at 00:00 on 1 October 2025, the first instant of FY 2569.
    ['2025-10-01T00:00:00.001', 2569],
    ['2026-03-15T12:00:00', 2569],
    // 1 January is in the fiscal year that began the October before.
    ['2026-01-01T00:00:00', 2569],
    ['2024-10-01T00:00:00', 2567],
  ])('a round closing at %s (Bangkok) closed in FY %i', (closes, fy) => {
    expect(closingFiscalYear(bkk(closes))).toBe(fy)
  })
})

describe('deletableFrom: two whole fiscal years after the one the round closed in', () => {
  it.each([
    // FY 2568 closes → kept through FY 2569 and FY 2570 → may go from the first day of FY 2571.
    ['2025-10-01T00:00:00', 2, '2027-10-01T00:00:00'],
    ['2025-09-30T23:00:00', 2, '2027-10-01T00:00:00'],
    // Closed early in FY 2569 → FY 2570 and FY 2571 kept whole → from 1 October 2028.
    ['2026-03-15T12:00:00', 2, '2028-10-01T00:00:00'],
    ['2025-10-01T00:00:00.001', 2, '2028-10-01T00:00:00'],
    // Other settings move the day by whole fiscal years.
    ['2025-10-01T00:00:00', 1, '2026-10-01T00:00:00'],
    ['2025-10-01T00:00:00', 3, '2028-10-01T00:00:00'],
  ])('a round closing at %s, kept %i fiscal years, may lose its answers from %s', (closes, years, from) => {
    expect(deletableFrom(bkk(closes), years)).toBe(bkk(from))
  })

  it('never keeps answers for less than the promised years after the close, nor more than one year longer', () => {
    const YEAR = 365 * 24 * 3600_000
    for (let day = 0; day < 2 * 366; day += 7) {
      const closes = bkk('2024-10-01T00:00:00') + day * 24 * 3600_000
      const kept = deletableFrom(closes, 2) - closes
      expect(kept).toBeGreaterThanOrEqual(2 * YEAR)
      expect(kept).toBeLessThanOrEqual(3 * YEAR + 24 * 3600_000)
    }
  })
})

describe('roundRetention: which rounds may lose their answers on a given day', () => {
  const rounds = [
    { id: 1, closesAt: bkk('2024-10-01T00:00:00') }, // FY 2567 → from 1 Oct 2026
    { id: 2, closesAt: bkk('2025-10-01T00:00:00') }, // FY 2568 → from 1 Oct 2027
    { id: 3, closesAt: bkk('2026-03-15T12:00:00') }, // FY 2569, closed early → from 1 Oct 2028
    { id: 4, closesAt: bkk('2027-10-01T00:00:00') }, // FY 2570, not even closed yet on the days below
  ]
  const due = (now: string) =>
    roundRetention(rounds, bkk(now), 2)
      .filter((r) => r.due)
      .map((r) => r.roundId)

  it.each([
    ['2026-09-30T23:59:59', []],
    ['2026-10-01T00:00:00', [1]],
    ['2027-09-30T23:59:59', [1]],
    ['2027-10-01T00:00:00', [1, 2]],
    ['2028-09-30T12:00:00', [1, 2]],
    ['2028-10-01T03:00:00', [1, 2, 3]],
  ])('on %s (Bangkok), rounds %j', (now, ids) => {
    expect(due(now)).toEqual(ids)
  })

  it('says in which fiscal year each round closed and from when its answers may go', () => {
    expect(roundRetention(rounds.slice(1, 3), bkk('2027-10-01T00:00:00'), 2)).toEqual([
      { roundId: 2, closingFiscalYear: 2568, deletableFrom: bkk('2027-10-01T00:00:00'), due: true },
      { roundId: 3, closingFiscalYear: 2569, deletableFrom: bkk('2028-10-01T00:00:00'), due: false },
    ])
  })
})

describe('nextDailyRun: the next 03:00 in Bangkok', () => {
  it.each([
    ['2026-12-05T01:00:00', '2026-12-05T03:00:00'],
    ['2026-12-05T03:00:00', '2026-12-06T03:00:00'],
    ['2026-12-05T23:30:00', '2026-12-06T03:00:00'],
    // Late on New Year's Eve: the next run is in the new year.
    ['2026-12-31T20:00:00', '2027-01-01T03:00:00'],
  ])('after %s it is %s', (now, next) => {
    expect(nextDailyRun(bkk(now))).toBe(bkk(next))
  })
})
