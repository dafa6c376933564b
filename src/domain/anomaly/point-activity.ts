/**
 * What the burst rule remembers about one service point, in memory only and of fixed
 * size: the times and answer-set fingerprints of its last answers (a ring), and its usual
 * number of answers in each Bangkok hour of day, learnt from the hours it has seen. None
 * of it is stored: responses keep no time finer than the hour, so this is lost on restart
 * and the rule starts again from its floor (`burstMinAnswers`).
 *
 * A national registry has ~40,000 points, so it is one typed array per point (704 bytes):
 * times in seconds since the point was first seen, fingerprints, usual answers in
 * thousandths, and the days each usual rate is learnt from.
 */
import { BANGKOK_OFFSET_MS } from '../thai-time.js'

/** Answers remembered per point; a window holding more than this is a burst whatever the usual rate. */
export const RECENT_ANSWERS = 64
/** The usual rate is the mean of the last this-many days at that hour, then a moving average over as many. */
const USUAL_DAYS = 7

const HOUR_MS = 60 * 60 * 1000
const KEYS = RECENT_ANSWERS
const USUAL = 2 * RECENT_ANSWERS
const DAYS = USUAL + 24

export type PointActivity = {
  slots: Uint32Array
  /** The instant times are counted from, in ms. */
  base: number
  /** Where the next answer goes in the ring, and how many it holds. */
  next: number
  size: number
  /** The hour (ms / 1 h) being counted, and its answers so far. */
  hour: number
  hourCount: number
  lastAt: number
}

export function newPointActivity(now: number): PointActivity {
  return {
    slots: new Uint32Array(DAYS + 24),
    base: now,
    next: 0,
    size: 0,
    hour: Math.floor(now / HOUR_MS),
    hourCount: 0,
    lastAt: now,
  }
}

export const bangkokHourOfDay = (hour: number): number => (hour + BANGKOK_OFFSET_MS / HOUR_MS) % 24

const secondsOf = (activity: PointActivity, ms: number) => Math.max(0, Math.floor((ms - activity.base) / 1000))

function learnHour(activity: PointActivity, hour: number, count: number) {
  const slot = bangkokHourOfDay(hour)
  const { slots } = activity
  const days = Math.min(slots[DAYS + slot]! + 1, USUAL_DAYS)
  slots[DAYS + slot] = days
  slots[USUAL + slot] = Math.round(slots[USUAL + slot]! + (count * 1000 - slots[USUAL + slot]!) / days)
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
  return activity.slots[DAYS + slot]! > 0 ? activity.slots[USUAL + slot]! / 1000 : undefined
}

/** Answers in the ring after `from`, all of them or only those with this fingerprint. */
export function answersSince(activity: PointActivity, from: number, key?: number): number {
  const after = (from - activity.base) / 1000
  const { slots } = activity
  let n = 0
  for (let i = 0; i < activity.size; i++) if (slots[i]! > after && (key === undefined || slots[KEYS + i] === key)) n++
  return n
}

/** Remembers an answer, once the rules have decided on it. */
export function recordAnswer(activity: PointActivity, now: number, key: number) {
  catchUp(activity, now)
  activity.hourCount++
  activity.slots[activity.next] = secondsOf(activity, now)
  activity.slots[KEYS + activity.next] = key
  activity.next = (activity.next + 1) % RECENT_ANSWERS
  activity.size = Math.min(activity.size + 1, RECENT_ANSWERS)
  activity.lastAt = now
}
