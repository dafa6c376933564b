/**
 * `burst`: far more answers at a point in a short window than it usually gets at that hour
 * of day, or many identical answer sets there close together. The answer that crosses the
 * line and those after it are flagged; the ones before were already stored as they were.
 */
import { answersSince, RECENT_ANSWERS, usualPerHour, type PointActivity } from './point-activity.js'
import type { AnomalySettings } from './settings.js'

type BurstSettings = Pick<
  AnomalySettings,
  'burstWindowMinutes' | 'burstMinAnswers' | 'burstFactor' | 'identicalAnswers' | 'identicalSeconds'
>

/** Answers in the window (this one included) above which it is a burst: never at or under the floor. */
export function burstLimit(activity: PointActivity, now: number, settings: BurstSettings): number {
  const usual = (usualPerHour(activity, now) ?? 0) * (settings.burstWindowMinutes / 60)
  return Math.min(Math.max(settings.burstMinAnswers, settings.burstFactor * usual), RECENT_ANSWERS)
}

/** Whether an answer with fingerprint `key` at `now` is part of a burst; `activity` is caught up to `now` and holds the answers before it. */
export function isBurst(activity: PointActivity, now: number, key: number, settings: BurstSettings): boolean {
  const inWindow = answersSince(activity, now - settings.burstWindowMinutes * 60_000) + 1
  if (inWindow > burstLimit(activity, now, settings)) return true
  if (settings.identicalAnswers < 2) return false
  return answersSince(activity, now - settings.identicalSeconds * 1000, key) + 1 >= settings.identicalAnswers
}
