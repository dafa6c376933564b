/** Bangkok calendar days (`YYYY-MM-DD`) as the daily tallies key them. */
const DAY_MS = 24 * 60 * 60 * 1000

/** The day `n` days after `day` (before, for negative `n`). */
export const shiftDay = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)

/** The instant a Bangkok day begins. */
export const startOfBangkokDay = (day: string): number => Date.parse(`${day}T00:00:00+07:00`)
