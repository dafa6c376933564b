import { describe, expect, it } from 'vitest'
import { bangkokDay, fiscalYearWindow, thaiFiscalYear, truncateToHour, truncateToMinute } from '../../src/domain/thai-time.js'

const t = (iso: string) => Date.parse(iso)

describe('bangkokDay (UTC+7, no daylight saving)', () => {
  it.each([
    // 16:59:59Z + 7 h = 23:59:59 the same day in Bangkok.
    ['2024-03-14T16:59:59.999Z', '2024-03-14'],
    // 17:00:00Z + 7 h = 00:00 the next day in Bangkok.
    ['2024-03-14T17:00:00.000Z', '2024-03-15'],
    ['2024-03-14T00:00:00.000Z', '2024-03-14'],
    // A UTC evening is already the next year in Bangkok.
    ['2023-12-31T17:00:00.000Z', '2024-01-01'],
    ['2023-12-31T16:59:59.000Z', '2023-12-31'],
    // Leap day.
    ['2024-02-28T17:30:00.000Z', '2024-02-29'],
    // Written with a Bangkok offset: the day is the local one.
    ['2024-07-01T00:05:00+07:00', '2024-07-01'],
  ])('%s is %s in Bangkok', (iso, day) => {
    expect(bangkokDay(t(iso))).toBe(day)
  })
})

describe('truncation', () => {
  it.each([
    ['2024-03-14T10:59:59.999Z', '2024-03-14T10:00:00.000Z'],
    ['2024-03-14T10:00:00.000Z', '2024-03-14T10:00:00.000Z'],
    ['2024-03-14T23:30:00.000Z', '2024-03-14T23:00:00.000Z'],
  ])('truncateToHour(%s) = %s', (iso, expected) => {
    expect(truncateToHour(t(iso))).toBe(t(expected))
  })

  it.each([
    ['2024-03-14T10:41:59.999Z', '2024-03-14T10:41:00.000Z'],
    ['2024-03-14T10:41:00.000Z', '2024-03-14T10:41:00.000Z'],
    ['2024-03-14T10:00:00.001Z', '2024-03-14T10:00:00.000Z'],
  ])('truncateToMinute(%s) = %s', (iso, expected) => {
    expect(truncateToMinute(t(iso))).toBe(t(expected))
  })
})

describe('thaiFiscalYear: 1 Oct – 30 Sep, named by the BE year it ends in (BE = CE + 543)', () => {
  it.each([
    // FY 2565 = 1 Oct 2021 – 30 Sep 2022 (2022 + 543 = 2565).
    ['2021-10-01T00:00:00+07:00', 2565],
    ['2021-09-30T23:59:00+07:00', 2564],
    ['2021-09-30T23:59:59.999+07:00', 2564],
    ['2022-01-15T12:00:00+07:00', 2565],
    ['2022-09-30T23:59:59.999+07:00', 2565],
    ['2022-10-01T00:00:00+07:00', 2566],
    // 21 Nov 2026 is in the year ending 30 Sep 2027: 2027 + 543 = 2570.
    ['2026-11-21T12:00:00+07:00', 2570],
    // 31 Dec, the last day of the calendar year, is still in the year that started in October.
    ['2025-12-31T23:59:00+07:00', 2569],
    ['2025-06-01T09:00:00+07:00', 2568],
  ])('%s is in FY %i', (iso, fy) => {
    expect(thaiFiscalYear(t(iso))).toBe(fy)
  })
})

describe('fiscalYearWindow', () => {
  it.each([
    // Midnight 1 Oct in Bangkok is 17:00 UTC on 30 Sep.
    [2565, '2021-09-30T17:00:00.000Z', '2022-09-30T17:00:00.000Z'],
    [2570, '2026-09-30T17:00:00.000Z', '2027-09-30T17:00:00.000Z'],
  ])('FY %i runs from %s to %s', (fy, opens, closes) => {
    const w = fiscalYearWindow(fy)
    expect(w.opensAt.toISOString()).toBe(opens)
    expect(w.closesAt.toISOString()).toBe(closes)
  })

  it.each([2560, 2565, 2569, 2570])('FY %i agrees with thaiFiscalYear at both edges', (fy) => {
    const { opensAt, closesAt } = fiscalYearWindow(fy)
    expect(thaiFiscalYear(opensAt.getTime() - 1)).toBe(fy - 1)
    expect(thaiFiscalYear(opensAt.getTime())).toBe(fy)
    expect(thaiFiscalYear(closesAt.getTime() - 1)).toBe(fy)
    expect(thaiFiscalYear(closesAt.getTime())).toBe(fy + 1)
  })
})
