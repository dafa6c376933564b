import { describe, expect, it } from 'vitest'
import {
  isOpenAt,
  OFFICE_HOURS,
  openingHoursSchema,
  openMinutesBetween,
  parseOpeningHours,
  serialiseOpeningHours,
} from '../../src/domain/opening-hours.js'

// 2026-12-07 is a Monday. Bangkok is UTC+7, so 08:30 Bangkok is 01:30 UTC.
const bangkok = (iso: string) => Date.parse(`${iso}+07:00`)

describe('opening hours', () => {
  it('is open from the first minute of a period up to, not including, its last', () => {
    expect(isOpenAt(OFFICE_HOURS, bangkok('2026-12-07T08:29:59'))).toBe(false)
    expect(isOpenAt(OFFICE_HOURS, bangkok('2026-12-07T08:30:00'))).toBe(true)
    expect(isOpenAt(OFFICE_HOURS, bangkok('2026-12-07T16:29:00'))).toBe(true)
    expect(isOpenAt(OFFICE_HOURS, bangkok('2026-12-07T16:30:00'))).toBe(false)
  })

  it('reads the weekday in Bangkok, not UTC', () => {
    // Saturday 06:00 Bangkok is still Friday 23:00 UTC: closed all Saturday.
    expect(isOpenAt(OFFICE_HOURS, bangkok('2026-12-12T06:00:00'))).toBe(false)
    // Monday 09:00 Bangkok is Monday 02:00 UTC.
    expect(isOpenAt(OFFICE_HOURS, bangkok('2026-12-07T09:00:00'))).toBe(true)
    expect(isOpenAt(OFFICE_HOURS, bangkok('2026-12-06T09:00:00'))).toBe(false)
  })

  it('treats a point without hours as always open', () => {
    expect(isOpenAt(null, bangkok('2026-12-06T03:00:00'))).toBe(true)
  })

  it('counts open minutes across days and a lunch break', () => {
    const hours = {
      ...OFFICE_HOURS,
      mon: [
        ['08:30', '12:00'],
        ['13:00', '16:30'],
      ] as Array<[string, string]>,
    }
    // Monday 10:00 to Tuesday 09:00: 120 + 210 on Monday, 30 on Tuesday.
    expect(openMinutesBetween(hours, bangkok('2026-12-07T10:00:00'), bangkok('2026-12-08T09:00:00'))).toBe(360)
    // A whole week of office hours: 5 × 480.
    expect(openMinutesBetween(OFFICE_HOURS, bangkok('2026-12-06T00:00:00'), bangkok('2026-12-13T00:00:00'))).toBe(2400)
  })

  it('refuses periods out of order or overlapping, and reads bad JSON as no hours', () => {
    expect(openingHoursSchema.safeParse({ ...OFFICE_HOURS, mon: [['16:30', '08:30']] }).success).toBe(false)
    expect(
      openingHoursSchema.safeParse({
        ...OFFICE_HOURS,
        mon: [
          ['08:30', '12:00'],
          ['11:00', '16:00'],
        ],
      }).success,
    ).toBe(false)
    expect(openingHoursSchema.safeParse({ ...OFFICE_HOURS, mon: [['8:30', '12:00']] }).success).toBe(false)
    expect(parseOpeningHours('{not json')).toBeNull()
    expect(parseOpeningHours(null)).toBeNull()
    expect(parseOpeningHours(serialiseOpeningHours(OFFICE_HOURS))).toEqual(OFFICE_HOURS)
  })
})
