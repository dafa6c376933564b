/**
 * Thai calendar helpers. Thailand keeps UTC+7 all year (no daylight saving), so a
 * fixed offset gives the Asia/Bangkok day exactly and costs nothing per request.
 */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000
const HOUR_MS = 60 * 60 * 1000

/** The Asia/Bangkok calendar day of an instant, as `YYYY-MM-DD`. */
export function bangkokDay(ms: number): string {
  return new Date(ms + BANGKOK_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whether an instant is midnight in Bangkok: the start of a Thai calendar day. */
export function isBangkokMidnight(ms: number): boolean {
  return (ms + BANGKOK_OFFSET_MS) % (24 * HOUR_MS) === 0
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
