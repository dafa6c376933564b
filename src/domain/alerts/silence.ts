/**
 * The silence rule: a point that usually collects has had no answer for longer than its
 * own pace explains, counting only its opening hours. Its pace is the answers of the
 * `historyDays` days up to its last answer over the open time they span; it is silent when,
 * at that pace, it would have collected `expectedAnswers` since. A point without opening
 * hours never raises it (nights and weekends would look like silence).
 */
import { openMinutesBetween, type OpeningHours } from '../opening-hours.js'
import { shiftDay, startOfBangkokDay } from './days.js'

/** One point's answers on one Bangkok day of the open round, flagged answers left out. */
export type CollectionDay = { day: string; count: number; lastResponseAt: number }

export type SilenceSettings = {
  historyDays: number
  /** Fewer answers than this in the history: the point does not usually collect. */
  minHistoryAnswers: number
  /** Raised once the point would usually have collected this many answers in its silence. */
  expectedAnswers: number
}

export type SilenceInput = {
  hours: OpeningHours | null
  days: CollectionDay[]
  now: number
  /** When the round opened: history never reaches before it. */
  since: number
}

/** `silentHours`: open hours since the last answer; `expected`: answers the point would usually have collected in them. */
export type SilenceReading = { silentHours: number; expected: number; raised: boolean }

export function readSilence({ hours, days, now, since }: SilenceInput, settings: SilenceSettings): SilenceReading | undefined {
  if (!hours || days.length === 0) return undefined
  const last = Math.max(...days.map((d) => d.lastResponseAt))
  const lastDay = days.reduce((a, d) => (d.lastResponseAt === last ? d.day : a), days[0]!.day)
  const firstDay = shiftDay(lastDay, -(settings.historyDays - 1))
  const answers = days.filter((d) => d.day >= firstDay && d.day <= lastDay).reduce((n, d) => n + d.count, 0)
  const historyOpen = openMinutesBetween(hours, Math.max(since, startOfBangkokDay(firstDay)), last)
  const silentOpen = last < now ? openMinutesBetween(hours, last, now) : 0
  const usual = answers >= settings.minHistoryAnswers && historyOpen > 0
  const expected = usual ? (answers / historyOpen) * silentOpen : 0
  return { silentHours: silentOpen / 60, expected, raised: usual && expected >= settings.expectedAnswers }
}
