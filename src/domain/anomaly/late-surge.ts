/**
 * `late_surge`: an organisation's answers jumping in the last days before its round
 * closes, against its own trend: its usual answers a day in the weeks before those last
 * days (days without answers count as nought). The day's answers that pass the line are
 * flagged, the ones before it were already stored as they were.
 */
import { bangkokDay } from '../thai-time.js'
import type { AnomalySettings } from './settings.js'

type SurgeSettings = Pick<AnomalySettings, 'lateSurgeDays' | 'lateSurgeFactor' | 'lateSurgeMinAnswers'>

const DAY_MS = 24 * 60 * 60 * 1000
/** How far back the trend looks from the start of the last days. */
export const TREND_DAYS = 28

export type DailyCount = { day: string; count: number }

/** The Bangkok days the trend is read from, [from, until), or undefined when `now` is not in the round's last days. */
export function trendDays(
  round: { opensAt: number; closesAt: number },
  now: number,
  settings: Pick<SurgeSettings, 'lateSurgeDays'>,
): { from: string; until: string } | undefined {
  const lastDaysFrom = round.closesAt - settings.lateSurgeDays * DAY_MS
  if (settings.lateSurgeDays <= 0 || now < lastDaysFrom || now >= round.closesAt) return undefined
  const from = bangkokDay(Math.max(round.opensAt, lastDaysFrom - TREND_DAYS * DAY_MS))
  return { from, until: bangkokDay(lastDaysFrom) }
}

const dayNumber = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS

/** Mean answers a day over [from, until), days without a count as nought; undefined when there is no whole day before the last days. */
export function usualPerDay(counts: readonly DailyCount[], days: { from: string; until: string }): number | undefined {
  const span = dayNumber(days.until) - dayNumber(days.from)
  if (span <= 0) return undefined
  const total = counts.filter((c) => c.day >= days.from && c.day < days.until).reduce((sum, c) => sum + c.count, 0)
  return total / span
}

/** Whether today's answers so far (this one included) are a surge against the usual day; only ever in the last days. */
export function isLateSurge(
  trend: { usualPerDay: number | undefined; today: number } | undefined,
  settings: SurgeSettings,
): boolean {
  if (!trend) return false
  return trend.today > Math.max(settings.lateSurgeMinAnswers, settings.lateSurgeFactor * (trend.usualPerDay ?? 0))
}
