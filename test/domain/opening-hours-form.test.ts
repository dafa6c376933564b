import { describe, expect, it } from 'vitest'
import {
  OFFICE_HOURS,
  openingHoursFromTyped,
  openingHoursRuns,
  WEEKDAYS,
  type OpeningHours,
  type TypedPeriod,
  type Weekday,
} from '../../src/domain/opening-hours.js'

const week = (days: Partial<Record<Weekday, TypedPeriod[]>>) =>
  Object.fromEntries(
    WEEKDAYS.map((d) => [
      d,
      days[d] ?? [
        { from: '', to: '' },
        { from: '', to: '' },
      ],
    ]),
  ) as Record<Weekday, TypedPeriod[]>

describe('opening hours as typed', () => {
  it('is no hours at all when every period is blank', () => {
    expect(openingHoursFromTyped(week({}))).toEqual({ ok: true, hours: null })
  })

  it('takes a lunch break, Thai "8.30" times, and periods typed in any order', () => {
    const typed = week({
      mon: [
        { from: '13:00', to: '16:30' },
        { from: '8.30', to: '12.00' },
      ],
    })
    const result = openingHoursFromTyped(typed)
    expect(result).toEqual({
      ok: true,
      hours: {
        sun: [],
        mon: [
          ['08:30', '12:00'],
          ['13:00', '16:30'],
        ],
        tue: [],
        wed: [],
        thu: [],
        fri: [],
        sat: [],
      },
    })
  })

  it('names each mistake with its day, period and field', () => {
    const result = openingHoursFromTyped(
      week({
        mon: [{ from: '16:30', to: '08:30' }],
        tue: [{ from: '25:00', to: '26:00' }],
        wed: [{ from: '08:30', to: '' }],
        thu: [
          { from: '08:30', to: '12:30' },
          { from: '12:00', to: '16:30' },
        ],
      }),
    )
    expect(result).toEqual({
      ok: false,
      problems: [
        { day: 'mon', period: 0, field: 'to', code: 'order' },
        { day: 'tue', period: 0, field: 'from', code: 'time' },
        { day: 'wed', period: 0, field: 'to', code: 'incomplete' },
        { day: 'thu', period: 1, field: 'from', code: 'overlap' },
      ],
    })
  })

  it('lets one period end as the next begins', () => {
    const result = openingHoursFromTyped(
      week({
        fri: [
          { from: '08:30', to: '12:00' },
          { from: '12:00', to: '16:30' },
        ],
      }),
    )
    expect(result.ok).toBe(true)
  })
})

describe('a short summary of the hours', () => {
  it('joins Monday to Friday office hours into one run', () => {
    expect(openingHoursRuns(OFFICE_HOURS)).toEqual([{ first: 'mon', last: 'fri', periods: [['08:30', '16:30']] }])
  })

  it('breaks a run at a different day and at a closed day', () => {
    const hours: OpeningHours = {
      ...OFFICE_HOURS,
      wed: [['08:30', '12:00']],
      sat: [['09:00', '12:00']],
      sun: [['09:00', '12:00']],
    }
    expect(openingHoursRuns(hours).map((r) => `${r.first}-${r.last}`)).toEqual(['mon-tue', 'wed-wed', 'thu-fri', 'sat-sun'])
    const gap: OpeningHours = { ...OFFICE_HOURS, wed: [] }
    expect(openingHoursRuns(gap).map((r) => `${r.first}-${r.last}`)).toEqual(['mon-tue', 'thu-fri'])
  })
})
