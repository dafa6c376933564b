/**
 * `outside_hours`: an answer while the point is closed. A point without opening hours is
 * never flagged, and the grace after each period lets the last residents of the day (or
 * of the morning, before lunch) answer on their way out.
 */
import { isOpenAt, openMinutesBetween, type OpeningHours } from '../opening-hours.js'

export function isOutsideHours(hours: OpeningHours | null, now: number, graceMinutes: number): boolean {
  if (!hours || isOpenAt(hours, now)) return false
  return graceMinutes <= 0 || openMinutesBetween(hours, now - graceMinutes * 60_000, now) === 0
}
