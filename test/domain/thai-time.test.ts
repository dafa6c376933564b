import { describe, expect, it } from 'vitest'
import {
  bangkokDay,
  bangkokHour,
  bangkokMonth,
  fiscalYearWindow,
  fromBangkokWallClock,
  isBangkokMidnight,
  parseBangkokLocal,
  thaiFiscalYear,
  toBangkokLocal,
  truncateToHour,
  truncateToMinute,
} from '../../src/domain/thai-time.js'

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

  it('is right whatever order instants come in, within a minute and across midnight', () => {
    const sequence: [string, string][] = [
      ['2024-03-14T16:59:00.000Z', '2024-03-14'],
      ['2024-03-14T16:59:59.999Z', '2024-03-14'],
      ['2024-03-14T17:00:00.000Z', '2024-03-15'],
      ['2024-03-14T16:59:30.000Z', '2024-03-14'],
      ['2024-03-14T17:00:59.999Z', '2024-03-15'],
      ['2031-03-14T17:00:00.000Z', '2031-03-15'],
      ['2024-03-14T17:00:00.001Z', '2024-03-15'],
    ]
    expect(sequence.map(([iso]) => bangkokDay(t(iso)))).toEqual(sequence.map(([, day]) => day))
    expect(() => bangkokDay(Number.NaN)).toThrow(RangeError)
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

describe('bangkokMonth and bangkokHour', () => {
  it.each([
    // 16:59Z on 31 Jan + 7 h = 23:59 on 31 Jan in Bangkok: still January.
    ['2026-01-31T16:59:59.999Z', '2026-01', '2026-01-31 23:00'],
    // 17:00Z on 31 Jan + 7 h = 00:00 on 1 Feb in Bangkok: already February.
    ['2026-01-31T17:00:00.000Z', '2026-02', '2026-02-01 00:00'],
    // A UTC morning is the same day, seven hours later: 02:30Z is 09:30, hour 09.
    ['2026-06-10T02:30:00.000Z', '2026-06', '2026-06-10 09:00'],
    // The last UTC hour of a year is 06:xx on 1 January in Bangkok.
    ['2025-12-31T23:59:00.000Z', '2026-01', '2026-01-01 06:00'],
  ])('%s is month %s, hour %s', (iso, month, hour) => {
    expect(bangkokMonth(t(iso))).toBe(month)
    expect(bangkokHour(t(iso))).toBe(hour)
  })
})

describe('fromBangkokWallClock', () => {
  it.each([
    // Midnight 1 Feb in Bangkok is 17:00Z on 31 Jan.
    [{ year: 2026, month: 2, day: 1 }, '2026-01-31T17:00:00.000Z'],
    // 06:59:59 in Bangkok is 23:59:59Z the day before.
    [{ year: 2026, month: 3, day: 1, hour: 6, minute: 59, second: 59 }, '2026-02-28T23:59:59.000Z'],
    // 07:00 in Bangkok is midnight UTC the same day.
    [{ year: 2026, month: 3, day: 1, hour: 7 }, '2026-03-01T00:00:00.000Z'],
    [{ year: 2024, month: 2, day: 29, hour: 23, minute: 30 }, '2024-02-29T16:30:00.000Z'],
  ])('%o is %s', (wall, iso) => {
    expect(fromBangkokWallClock(wall)).toBe(t(iso))
  })

  it.each([
    { year: 2026, month: 2, day: 29 },
    { year: 2026, month: 4, day: 31 },
    { year: 2026, month: 13, day: 1 },
    { year: 2026, month: 0, day: 1 },
    { year: 2026, month: 1, day: 0 },
    { year: 2026, month: 1, day: 1, hour: 24 },
    { year: 2026, month: 1, day: 1, minute: 60 },
    { year: 2026, month: 1, day: 1, second: 60 },
  ])('refuses %o rather than rolling it over', (wall) => {
    expect(fromBangkokWallClock(wall)).toBeUndefined()
  })

  it('round-trips with bangkokDay and bangkokHour', () => {
    const ms = fromBangkokWallClock({ year: 2026, month: 2, day: 1, hour: 0 })!
    expect(bangkokDay(ms)).toBe('2026-02-01')
    expect(bangkokDay(ms - 1)).toBe('2026-01-31')
    expect(bangkokHour(ms)).toBe('2026-02-01 00:00')
    expect(isBangkokMidnight(ms)).toBe(true)
    expect(isBangkokMidnight(ms + 60_000)).toBe(false)
  })
})

describe('datetime-local values (Bangkok wall time)', () => {
  it.each([
    ['2026-02-01T00:00', '2026-01-31T17:00:00.000Z'],
    ['2025-10-01T00:00:00', '2025-09-30T17:00:00.000Z'],
    [' 2026-06-10T09:30 ', '2026-06-10T02:30:00.000Z'],
  ])('parseBangkokLocal(%j) is %s', (value, iso) => {
    expect(parseBangkokLocal(value)?.toISOString()).toBe(iso)
  })

  it.each(['2026-02-30T10:00', '2026-01-01T24:00', '2026-01-01T10:60', '2026-01-01', '2026-1-01T10:00', 'tomorrow', ''])(
    'parseBangkokLocal(%j) is undefined',
    (value) => {
      expect(parseBangkokLocal(value)).toBeUndefined()
    },
  )

  it.each([
    ['2026-01-31T17:00:00.000Z', '2026-02-01T00:00'],
    ['2026-01-31T16:59:59.999Z', '2026-01-31T23:59'],
    ['2025-09-30T17:00:00.000Z', '2025-10-01T00:00'],
  ])('toBangkokLocal(%s) is %s', (iso, local) => {
    expect(toBangkokLocal(t(iso))).toBe(local)
    expect(toBangkokLocal(new Date(iso))).toBe(local)
  })
})
