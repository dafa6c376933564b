/**
 * Thai time: the one home of the Asia/Bangkok offset and every conversion between an
 * instant (UTC milliseconds) and Bangkok wall-clock time. Thailand keeps UTC+7 all year
 * (no daylight saving), so a fixed offset gives the Bangkok day exactly and costs nothing
 * per request.
 */
const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

/** The IANA zone, for `Intl` formatters. */
export const BANGKOK_TIME_ZONE = 'Asia/Bangkok'

/** Bangkok wall-clock time minus UTC. */
export const BANGKOK_OFFSET_MS = 7 * HOUR_MS

/** An instant's Bangkok wall-clock time in ISO form (`YYYY-MM-DDTHH:MM:SS.sss`, the trailing Z to be ignored). */
const bangkokIso = (ms: number) => new Date(ms + BANGKOK_OFFSET_MS).toISOString()

const MINUTE_MS = 60_000
let lastMinute = Number.NaN
let lastMinuteDay = ''

/** The Asia/Bangkok calendar day of an instant, as `YYYY-MM-DD`. */
export function bangkokDay(ms: number): string {
  // Every submission asks, several times; a Bangkok day starts on a whole UTC minute, so one minute's instants share it.
  const minute = Math.floor(ms / MINUTE_MS)
  if (minute !== lastMinute) {
    lastMinuteDay = bangkokIso(ms).slice(0, 10)
    lastMinute = minute
  }
  return lastMinuteDay
}

/** The Asia/Bangkok calendar month of an instant, as `YYYY-MM`. */
export function bangkokMonth(ms: number): string {
  return bangkokIso(ms).slice(0, 7)
}

/** The Asia/Bangkok hour of an instant, as `YYYY-MM-DD HH:00`: the hour, never the minute. */
export function bangkokHour(ms: number): string {
  const iso = bangkokIso(ms)
  return `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00`
}

/** The Bangkok wall time of an instant to the minute, as a `datetime-local` input holds it: `YYYY-MM-DDTHH:MM`. */
export function toBangkokLocal(at: Date | number): string {
  return bangkokIso(typeof at === 'number' ? at : at.getTime()).slice(0, 16)
}

export type WallClock = { year: number; month: number; day: number; hour?: number; minute?: number; second?: number }

/**
 * The instant a Bangkok wall-clock time names (month 1–12), or undefined when it is not
 * a real date and time: 31 February or 24:00 is refused, not rolled over.
 */
export function fromBangkokWallClock({ year, month, day, hour = 0, minute = 0, second = 0 }: WallClock): number | undefined {
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  const back = new Date(wall)
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined
  return wall - BANGKOK_OFFSET_MS
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/** The instant a `datetime-local` value (Bangkok wall time, "2025-10-01T00:00") names, or undefined when it is not real. */
export function parseBangkokLocal(value: string): Date | undefined {
  const m = LOCAL.exec(value.trim())
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0))
  const ms = fromBangkokWallClock({ year: year!, month: month!, day: day!, hour, minute, second })
  return ms === undefined ? undefined : new Date(ms)
}

/** Whether an instant is midnight in Bangkok: the start of a Thai calendar day. */
export function isBangkokMidnight(ms: number): boolean {
  return (ms + BANGKOK_OFFSET_MS) % DAY_MS === 0
}

/** Drops minutes and seconds: responses keep no time finer than the hour. */
export function truncateToHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS
}

/** Drops seconds: the "last response" shown to staff is no finer than the minute. */
export function truncateToMinute(ms: number): number {
  return Math.floor(ms / 60_000) * 60_000
}

/** The Thai fiscal year (Buddhist Era) an instant falls in: FY 2565 = 1 Oct 2021 – 30 Sep 2022. */
export function thaiFiscalYear(ms: number): number {
  const d = new Date(ms + BANGKOK_OFFSET_MS)
  const yearCe = d.getUTCFullYear() + (d.getUTCMonth() >= 9 ? 1 : 0)
  return yearCe + 543
}

/** The first and last instants of a Thai fiscal year (BE), in Asia/Bangkok. */
export function fiscalYearWindow(fiscalYearBe: number): { opensAt: Date; closesAt: Date } {
  const endCe = fiscalYearBe - 543
  return {
    opensAt: new Date(Date.UTC(endCe - 1, 9, 1) - BANGKOK_OFFSET_MS),
    closesAt: new Date(Date.UTC(endCe, 9, 1) - BANGKOK_OFFSET_MS),
  }
}
