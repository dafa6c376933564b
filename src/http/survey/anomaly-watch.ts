/**
 * The anomaly rules' memory, for one server process: each point's recent answers
 * (`PointActivity`), each kiosk's last answer, and each organisation's daily trend in its
 * round's last days. Exact times live only here, never with a response, and only in
 * bounded maps that forget the least recently used entry; a restart forgets them all, and
 * the rules start again from their floors. The trend is read from the daily tallies at
 * most once per organisation every few minutes, and only in a round's last days: the one
 * read the rules add to the submission path.
 */
import { answerSetKey } from '../../domain/anomaly/answer-set-key.js'
import { decideFlag } from '../../domain/anomaly/flag-reason.js'
import { trendDays, usualPerDay, type DailyCount } from '../../domain/anomaly/late-surge.js'
import { newPointActivity, type PointActivity } from '../../domain/anomaly/point-activity.js'
import type { AnomalySettings } from '../../domain/anomaly/settings.js'
import type { OpeningHours } from '../../domain/opening-hours.js'
import type { Answer } from '../../domain/questionnaire/answers.js'
import type { FlagReason } from '../../domain/responses.js'
import { BANGKOK_OFFSET_MS, bangkokDay } from '../../domain/thai-time.js'

/** A national registry has ~40,000 points and ~7,850 organisations; each point's memory is under 1 KB. */
const MAX_POINTS = 50_000
const MAX_KIOSKS = 20_000
const MAX_ORGANISATIONS = 10_000
/** A point silent for longer than the week its usual rate is learnt from has nothing left worth keeping. */
const IDLE_MS = 8 * 24 * 60 * 60 * 1000
const TREND_FRESH_MS = 5 * 60_000
/** Longer than any sensible kiosk interval. */
const KIOSK_IDLE_MS = 60 * 60_000
const SWEEP_EVERY_MS = 60_000
const DAY_MS = 24 * 60 * 60 * 1000

/** Days since the epoch in Bangkok: tells a new day without formatting one. */
const bangkokDayNumber = (ms: number) => Math.floor((ms + BANGKOK_OFFSET_MS) / DAY_MS)

type Trend = {
  roundId: number
  /** `bangkokDayNumber` of the day it was read on. */
  day: number
  loadedAt: number
  usualPerDay: number | undefined
  todayAtLoad: number
  since: number
}

export type AnswerContext = {
  now: number
  point: { id: number; organisationId: number; openingHours: OpeningHours | null }
  round: { id: number; opensAt: number; closesAt: number }
  kioskId: number | undefined
  answers: readonly Answer[]
  serviceId: number | null
  repeat: boolean
  tooFast: boolean
}

export type AnomalyWatchDeps = {
  settings: AnomalySettings
  /** Off: only `repeat` and `too_fast`, and nothing is remembered. */
  enabled: boolean
  dailyCounts: (roundId: number, organisationId: number, fromDay: string, toDay: string) => DailyCount[]
}

/**
 * Sets an entry; past `max` entries, forgets the oldest set. Entries are not moved when
 * used: moving them would leave the map's front full of holes for the sweep to step over.
 */
function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number) {
  if (!map.has(key) && map.size >= max) map.delete(map.keys().next().value as K)
  map.set(key, value)
}

export function createAnomalyWatch({ settings, enabled, dailyCounts }: AnomalyWatchDeps) {
  const points = new Map<number, PointActivity>()
  const kiosks = new Map<number, number>()
  const trends = new Map<number, Trend>()

  let sweptAt = -Infinity
  /** Forgets idle points, kiosks past any interval and stale trends, once a minute at most. */
  const sweep = (now: number) => {
    if (now - sweptAt < SWEEP_EVERY_MS) return
    sweptAt = now
    for (const [id, activity] of points) if (now - activity.lastAt > IDLE_MS) points.delete(id)
    for (const [id, lastAt] of kiosks) if (now - lastAt > KIOSK_IDLE_MS) kiosks.delete(id)
    for (const [id, trend] of trends) if (now - trend.loadedAt > TREND_FRESH_MS) trends.delete(id)
  }

  const activityOf = (pointId: number, now: number): PointActivity => {
    let activity = points.get(pointId)
    if (!activity) remember(points, pointId, (activity = newPointActivity(now)), MAX_POINTS)
    return activity
  }

  const trendOf = ({ now, round, point }: AnswerContext) => {
    // Most answers come long before the last days: a subtraction says so.
    if (now < round.closesAt - settings.lateSurgeDays * DAY_MS || now >= round.closesAt) return undefined
    const day = bangkokDayNumber(now)
    let trend = trends.get(point.organisationId)
    if (!trend || trend.roundId !== round.id || trend.day !== day || now - trend.loadedAt > TREND_FRESH_MS) {
      const days = trendDays(round, now, settings)
      if (!days) return undefined
      const today = bangkokDay(now)
      const counts = dailyCounts(round.id, point.organisationId, days.from, today)
      const todayAtLoad = counts.find((c) => c.day === today)?.count ?? 0
      trend = { roundId: round.id, day, loadedAt: now, usualPerDay: usualPerDay(counts, days), todayAtLoad, since: 0 }
    }
    remember(trends, point.organisationId, trend, MAX_ORGANISATIONS)
    trend.since++
    return { usualPerDay: trend.usualPerDay, today: trend.todayAtLoad + trend.since }
  }

  return {
    /** The reason to flag this answer, or null; the answer is remembered either way. */
    flagFor(context: AnswerContext): FlagReason | null {
      const { now, kioskId } = context
      if (!enabled) return context.repeat ? 'repeat' : context.tooFast ? 'too_fast' : null
      const kioskLastAt = kioskId === undefined ? undefined : kiosks.get(kioskId)
      if (kioskId !== undefined) remember(kiosks, kioskId, now, MAX_KIOSKS)
      sweep(now)
      const facts = {
        now,
        key: answerSetKey(context.answers, context.serviceId),
        repeat: context.repeat,
        tooFast: context.tooFast,
        openingHours: context.point.openingHours,
        kioskLastAt,
        trend: trendOf(context),
      }
      return decideFlag(facts, activityOf(context.point.id, now), settings)
    },
  }
}

export type AnomalyWatch = ReturnType<typeof createAnomalyWatch>
