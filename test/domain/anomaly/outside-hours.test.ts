import { describe, expect, it } from 'vitest'
import { isOutsideHours } from '../../../src/domain/anomaly/outside-hours.js'
import { OFFICE_HOURS, type OpeningHours } from '../../../src/domain/opening-hours.js'
import { bangkok, HOUR } from './timeline.js'

const WITH_LUNCH: OpeningHours = {
  ...OFFICE_HOURS,
  tue: [
    ['08:30', '12:00'],
    ['13:00', '16:30'],
  ],
}

describe('outside_hours (Tuesday 10 June 2025, office hours 08:30–16:30)', () => {
  it('flags an answer at 20:00 Bangkok', () => {
    expect(isOutsideHours(OFFICE_HOURS, bangkok(10, 20), 60)).toBe(true)
  })

  it('does not flag answers while open', () => {
    expect(isOutsideHours(OFFICE_HOURS, bangkok(10, 8, 30), 60)).toBe(false)
    expect(isOutsideHours(OFFICE_HOURS, bangkok(10, 16, 29), 60)).toBe(false)
  })

  it('gives the last residents the grace after closing, not a minute more', () => {
    expect(isOutsideHours(OFFICE_HOURS, bangkok(10, 17, 29), 60)).toBe(false)
    expect(isOutsideHours(OFFICE_HOURS, bangkok(10, 17, 30), 60)).toBe(true)
    expect(isOutsideHours(OFFICE_HOURS, bangkok(10, 16, 30), 0)).toBe(true)
  })

  it('flags an answer before opening, and on a Saturday', () => {
    expect(isOutsideHours(OFFICE_HOURS, bangkok(10, 8, 29), 60)).toBe(true)
    expect(isOutsideHours(OFFICE_HOURS, bangkok(14, 10), 60)).toBe(true)
  })

  it('treats a lunch break as closed, within the grace of the morning', () => {
    expect(isOutsideHours(WITH_LUNCH, bangkok(10, 12, 30), 0)).toBe(true)
    expect(isOutsideHours(WITH_LUNCH, bangkok(10, 12, 30), 60)).toBe(false)
  })

  it('never flags a point without opening hours, at any hour of the week', () => {
    const start = bangkok(9, 0)
    for (let t = start; t < start + 7 * 24 * HOUR; t += HOUR / 2) expect(isOutsideHours(null, t, 0)).toBe(false)
  })
})
