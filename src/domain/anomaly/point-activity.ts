/**
 * What the burst rule remembers about one service point, in memory only and of fixed
 * size: the times and answer-set fingerprints of its last answers (a ring), and its usual
 * number of answers in each Bangkok hour of day, learnt from the hours it has seen. None
 * of it is stored: responses keep no time finer than the hour, so this is lost on restart
 * and the rule starts again from its floor (`burstMinAnswers`).
 */
import { BANGKOK_OFFSET_MS } from '../thai-time.js'

/** Answers remembered per point; a window holding more than this is a burst whatever the usual rate. */
export const RECENT_ANSWERS = 64
/** The usual rate is the mean of the last this-many days at that hour, then a moving average over as many. */
const USUAL_DAYS = 7

const HOUR_MS = 60 * 60 * 1000

export type PointActivity = {
  times: Float64Array
  keys: Uint32Array
  /** Where the next answer goes in the ring, and how many it holds. */
  next: number
  size: number
  /** The hour (ms / 1 h) being counted, and its answers so far. */
  hour: number
  hourCount: number
  /** Usual answers in each Bangkok hour of day, and how many days of that hour it is learnt from. */
  usual: Float32Array
  days: Uint8Array
  lastAt: number
}

export function newPointActivity(now: number): PointActivity {
  return {
    times: new Float64Array(RECENT_ANSWERS),
    keys: new Uint32Array(RECENT_ANSWERS),
    next: 0,
    size: 0,
    hour: Math.floor(now / HOUR_MS),
    hourCount: 0,
    usual: new Float32Array(24),
    days: new Uint8Array(24),
    lastAt: now,
  }
}

export const bangkokHourOfDay = (hour: number): number => (hour + BANGKOK_OFFSET_MS / HOUR_MS) % 24

function learnHour(activity: PointActivity, hour: number, count: number) {
  const slot = bangkokHourOfDay(hour)
  activity.days[slot] = Math.min(activity.days[slot]! + 1, USUAL_DAYS)
  activity.usual[slot]! += (count - activity.usual[slot]!) / activity.days[slot]!
}

/**
 * Closes the hours that passed since the last answer: the one counted, and every silent
 * one after it (a week at most), so the usual rate at `now` includes yesterday's hour.
 */
export function catchUp(activity: PointActivity, now: number) {
  const hour = Math.floor(now / HOUR_MS)
  if (hour <= activity.hour) return
  learnHour(activity, activity.hour, activity.hourCount)
  const silent = Math.min(hour - activity.hour - 1, 24 * USUAL_DAYS)
  for (let h = hour - silent; h < hour; h++) learnHour(activity, h, 0)
  activity.hour = hour
  activity.hourCount = 0
}

/** The point's usual answers an hour at this hour of day (caught up to `now`), or undefined before it has seen one. */
export function usualPerHour(activity: PointActivity, now: number): number | undefined {
  const slot = bangkokHourOfDay(Math.floor(now / HOUR_MS))
  return activity.days[slot]! > 0 ? activity.usual[slot] : undefined
}

/** Answers in the ring since `from`, all of them or only those with this fingerprint. */
export function answersSince(activity: PointActivity, from: number, key?: number): number {
  let n = 0
  for (let i = 0; i < activity.size; i++) if (activity.times[i]! > from && (key === undefined || activity.keys[i] === key)) n++
  return n
}

/** Remembers an answer, once the rules have decided on it. */
export function recordAnswer(activity: PointActivity, now: number, key: number) {
  catchUp(activity, now)
  activity.hourCount++
  activity.times[activity.next] = now
  activity.keys[activity.next] = key
  activity.next = (activity.next + 1) % RECENT_ANSWERS
  activity.size = Math.min(activity.size + 1, RECENT_ANSWERS)
  activity.lastAt = now
}
