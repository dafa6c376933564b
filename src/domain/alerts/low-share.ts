/**
 * The low-share rule: of the answers to the overall-satisfaction item in a recent window,
 * the share at its two lowest levels. Raised when that share is above the threshold and
 * the window holds at least the minimum number of answers; a handful of answers says nothing.
 */
import { shiftDay } from './days.js'

/** One point's answers on one Bangkok day, flagged answers left out: rated (a level, not N/A) and of those low. */
export type OverallDay = { day: string; rated: number; low: number }

export type LowShareSettings = {
  /** Raised above this percentage. */
  percent: number
  minAnswers: number
  /** The window: the last `days` days, today included. */
  days: number
  /** When set, only the most recent whole days that hold at least this many answers (within `days`). */
  answers?: number
}

export type LowShareReading = { rated: number; low: number; percent: number | null; raised: boolean }

export function readLowShare(days: OverallDay[], today: string, settings: LowShareSettings): LowShareReading {
  const from = shiftDay(today, -(settings.days - 1))
  const window = days.filter((d) => d.day >= from && d.day <= today).sort((a, b) => (a.day < b.day ? 1 : -1))
  let rated = 0
  let low = 0
  for (const d of window) {
    if (settings.answers !== undefined && rated >= settings.answers) break
    rated += d.rated
    low += d.low
  }
  const percent = rated > 0 ? (low / rated) * 100 : null
  return { rated, low, percent, raised: percent !== null && rated >= settings.minAnswers && percent > settings.percent }
}
