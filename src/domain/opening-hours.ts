/**
 * A service point's opening hours: for each Bangkok weekday, the periods it is open
 * ("08:30"–"12:00", "13:00"–"16:30"). Optional: a point without hours is treated as
 * always possibly open, so rules that need hours (outside-hours flags, silence alerts)
 * simply do not apply to it. Stored as JSON text on the service point.
 */
import { z } from 'zod'
import { BANGKOK_OFFSET_MS } from './thai-time.js'

/** Bangkok weekdays in `Date.getUTCDay()` order (0 = Sunday), as stored. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type Weekday = (typeof WEEKDAYS)[number]

const DAY_MS = 24 * 60 * 60 * 1000

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/

/** "HH:MM" → minutes after midnight. */
export const minutesOfTime = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

const period = z
  .tuple([z.string().regex(TIME), z.string().regex(TIME)])
  .refine(([from, to]) => minutesOfTime(from) < minutesOfTime(to), { message: 'opening_hours.order' })

/** The stored shape: every weekday present, each a list of [from, to] periods in order, not overlapping. */
export const openingHoursSchema = z
  .object(Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(period).max(4)])) as Record<Weekday, z.ZodArray<typeof period>>)
  .refine(
    (hours) =>
      WEEKDAYS.every((day) => hours[day].every((p, i, all) => i === 0 || minutesOfTime(all[i - 1]![1]) <= minutesOfTime(p[0]))),
    { message: 'opening_hours.overlap' },
  )

export type OpeningHours = Record<Weekday, Array<[string, string]>>

/** The hours most Thai LGU offices keep: Monday to Friday 08:30–16:30. */
export const OFFICE_HOURS: OpeningHours = {
  sun: [],
  mon: [['08:30', '16:30']],
  tue: [['08:30', '16:30']],
  wed: [['08:30', '16:30']],
  thu: [['08:30', '16:30']],
  fri: [['08:30', '16:30']],
  sat: [],
}

/** Reads the stored JSON; anything unreadable is treated as "no hours set" rather than failing a request. */
export function parseOpeningHours(stored: string | null | undefined): OpeningHours | null {
  if (!stored) return null
  try {
    const parsed = openingHoursSchema.safeParse(JSON.parse(stored))
    return parsed.success ? (parsed.data as OpeningHours) : null
  } catch {
    return null
  }
}

export const serialiseOpeningHours = (hours: OpeningHours | null): string | null => (hours ? JSON.stringify(hours) : null)

const bangkokWeekdayAndMinute = (ms: number) => {
  const wall = new Date(ms + BANGKOK_OFFSET_MS)
  return { day: WEEKDAYS[wall.getUTCDay()]!, minute: wall.getUTCHours() * 60 + wall.getUTCMinutes() }
}

/** Whether the point is open at an instant; a point without hours is always "open" (no rule can say otherwise). */
export function isOpenAt(hours: OpeningHours | null, ms: number): boolean {
  if (!hours) return true
  const { day, minute } = bangkokWeekdayAndMinute(ms)
  return hours[day].some(([from, to]) => minute >= minutesOfTime(from) && minute < minutesOfTime(to))
}

/** Minutes the point is open in [fromMs, toMs): what a silence rule weighs "no answers for a while" against. */
export function openMinutesBetween(hours: OpeningHours, fromMs: number, toMs: number): number {
  let open = 0
  const startOfDay = (ms: number) => Math.floor((ms + BANGKOK_OFFSET_MS) / DAY_MS) * DAY_MS - BANGKOK_OFFSET_MS
  for (let day = startOfDay(fromMs); day < toMs; day += DAY_MS) {
    const { day: weekday } = bangkokWeekdayAndMinute(day)
    for (const [from, to] of hours[weekday]) {
      const start = Math.max(fromMs, day + minutesOfTime(from) * 60_000)
      const end = Math.min(toMs, day + minutesOfTime(to) * 60_000)
      if (end > start) open += (end - start) / 60_000
    }
  }
  return open
}

/** The form offers this many periods a day: a morning and an afternoon around lunch. */
export const PERIODS_PER_DAY = 2

/** Weekdays as Thai offices list them, Monday first. */
export const WEEK_FROM_MONDAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** One period as typed: "HH:MM" or "H.MM" (Thai habit) or blank. */
export type TypedPeriod = { from: string; to: string }
export type OpeningHoursProblemCode = 'time' | 'incomplete' | 'order' | 'overlap'
/** Where a typed week went wrong: the day, the period (0-based), and which of its two times. */
export type OpeningHoursProblem = { day: Weekday; period: number; field: 'from' | 'to'; code: OpeningHoursProblemCode }

const TYPED_TIME = /^(\d{1,2})[:.](\d{2})$/

/** "8.30" → "08:30"; undefined when it is no time of day. */
function normaliseTime(typed: string): string | undefined {
  const match = TYPED_TIME.exec(typed.trim())
  if (!match) return undefined
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`
  return TIME.test(time) ? time : undefined
}

/**
 * A week as typed into a form → the stored hours (null when every period is blank), or
 * every problem at once; `openingHoursSchema` has the last word on what is stored.
 */
export function openingHoursFromTyped(
  typed: Record<Weekday, TypedPeriod[]>,
): { ok: true; hours: OpeningHours | null } | { ok: false; problems: OpeningHoursProblem[] } {
  const problems: OpeningHoursProblem[] = []
  const hours = Object.fromEntries(WEEKDAYS.map((day) => [day, [] as Array<[string, string]>])) as OpeningHours
  for (const day of WEEKDAYS) {
    const periods: Array<{ period: number; from: string; to: string }> = []
    typed[day].forEach(({ from, to }, period) => {
      if (!from.trim() && !to.trim()) return
      const problem = (field: 'from' | 'to', code: OpeningHoursProblemCode) => problems.push({ day, period, field, code })
      if (!from.trim()) return problem('from', 'incomplete')
      if (!to.trim()) return problem('to', 'incomplete')
      const [f, t] = [normaliseTime(from), normaliseTime(to)]
      if (!f) return problem('from', 'time')
      if (!t) return problem('to', 'time')
      if (minutesOfTime(f) >= minutesOfTime(t)) return problem('to', 'order')
      periods.push({ period, from: f, to: t })
    })
    periods.sort((a, b) => minutesOfTime(a.from) - minutesOfTime(b.from))
    for (let i = 1; i < periods.length; i++)
      if (minutesOfTime(periods[i]!.from) < minutesOfTime(periods[i - 1]!.to))
        problems.push({ day, period: periods[i]!.period, field: 'from', code: 'overlap' })
    hours[day] = periods.map((p) => [p.from, p.to])
  }
  if (problems.length > 0) return { ok: false, problems }
  if (WEEKDAYS.every((day) => hours[day].length === 0)) return { ok: true, hours: null }
  const checked = openingHoursSchema.safeParse(hours)
  return checked.success ? { ok: true, hours } : { ok: false, problems: [{ day: 'mon', period: 0, field: 'from', code: 'time' }] }
}

export const sameOpeningHours = (a: OpeningHours | null, b: OpeningHours | null): boolean =>
  serialiseOpeningHours(a) === serialiseOpeningHours(b)

/** Runs of consecutive days (Monday first) with the same periods, closed days left out: what a short summary lists. */
export function openingHoursRuns(
  hours: OpeningHours,
): Array<{ first: Weekday; last: Weekday; periods: Array<[string, string]> }> {
  const runs: Array<{ first: Weekday; last: Weekday; periods: Array<[string, string]> }> = []
  let previous: Weekday | undefined
  for (const day of WEEK_FROM_MONDAY) {
    const periods = hours[day]
    const run = runs.at(-1)
    if (periods.length > 0 && run && previous === run.last && JSON.stringify(run.periods) === JSON.stringify(periods))
      run.last = day
    else if (periods.length > 0) runs.push({ first: day, last: day, periods })
    previous = day
  }
  return runs
}
