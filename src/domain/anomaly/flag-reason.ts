/**
 * One reason per flagged answer, whichever rules it trips: the evidence about this
 * answer's own device first (cookie, fill time, kiosk), then the point's pattern (burst,
 * hours), then the organisation's (late surge). Officers reviewing a flag see the most
 * specific reason. Decided once, as the answer is stored, so no stored answer ever moves
 * between the flagged and the official tallies.
 */
import type { OpeningHours } from '../opening-hours.js'
import type { FlagReason } from '../responses.js'
import { isBurst } from './burst.js'
import { isKioskInterval } from './kiosk-interval.js'
import { isLateSurge } from './late-surge.js'
import { isOutsideHours } from './outside-hours.js'
import { catchUp, recordAnswer, type PointActivity } from './point-activity.js'
import type { AnomalySettings } from './settings.js'

export const FLAG_PRECEDENCE = [
  'repeat',
  'too_fast',
  'kiosk_interval',
  'burst',
  'outside_hours',
  'late_surge',
] as const satisfies readonly FlagReason[]

export function flagReasonOf(raised: Partial<Record<FlagReason, boolean>>): FlagReason | null {
  return FLAG_PRECEDENCE.find((reason) => raised[reason]) ?? null
}

/** What is known about one answer as it arrives. */
export type AnswerFacts = {
  now: number
  /** `answerSetKey` of its answers. */
  key: number
  repeat: boolean
  tooFast: boolean
  openingHours: OpeningHours | null
  /** When this kiosk last sent an answer; undefined for a phone, or a kiosk's first. */
  kioskLastAt: number | undefined
  /** The organisation's usual day and today's answers with this one, in its round's last days; undefined otherwise. */
  trend: { usualPerDay: number | undefined; today: number } | undefined
}

/** The answer's reason, or null; `activity` (its point's) then remembers it, flagged or not. */
export function decideFlag(facts: AnswerFacts, activity: PointActivity, settings: AnomalySettings): FlagReason | null {
  catchUp(activity, facts.now)
  const burst = isBurst(activity, facts.now, facts.key, settings)
  recordAnswer(activity, facts.now, facts.key)
  return flagReasonOf({
    repeat: facts.repeat,
    too_fast: facts.tooFast,
    kiosk_interval: isKioskInterval(facts.kioskLastAt, facts.now, settings.kioskIntervalSeconds),
    burst,
    outside_hours: isOutsideHours(facts.openingHours, facts.now, settings.outsideHoursGraceMinutes),
    late_surge: isLateSurge(facts.trend, settings),
  })
}
