/**
 * "You said, we did" (คุณบอก เราทำ): what an organisation changed because of what residents said,
 * with its status and dates, and how quickly organisations act on their low-scoring service points.
 */
import { BANGKOK_OFFSET_MS } from './thai-time.js'
import { THAI_FIVE_LEVEL_BANDS } from './scoring/bands.js'
import { round2 } from './scoring/rounding.js'

export const ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** What residents see: a plan is only a promise, so it stays on the staff pages. */
export const PUBLIC_ACTION_STATUSES: readonly ActionStatus[] = ['in_progress', 'done']

export const ACTION_LIMITS = { said: 500, changed: 1000, points: 50 } as const

/** Bangkok calendar days, `YYYY-MM-DD`, as the form's date fields send them. */
export type ActionDates = { plannedOn: string | null; startedOn: string | null; doneOn: string | null }

export type ActionDateProblem =
  | { field: 'plannedOn' | 'startedOn' | 'doneOn'; key: 'required' | 'future' }
  | { field: 'startedOn' | 'doneOn'; key: 'beforePlanned' | 'beforeStarted' }

/** The dates a status keeps: a plan has no start or end yet, work in progress no end. */
export function datesForStatus(status: ActionStatus, dates: ActionDates): ActionDates {
  return {
    plannedOn: dates.plannedOn,
    startedOn: status === 'planned' ? null : dates.startedOn,
    doneOn: status === 'done' ? dates.doneOn : null,
  }
}

/**
 * The first problem with an action's dates, or none. Each status needs its own date (planned: the
 * planned date; in progress: when it started; done: when it was done); dates run planned ≤ started ≤
 * done; what has started or been done cannot be after today.
 */
export function actionDateProblem(status: ActionStatus, dates: ActionDates, today: string): ActionDateProblem | undefined {
  const { plannedOn, startedOn, doneOn } = datesForStatus(status, dates)
  if (status === 'planned' && !plannedOn) return { field: 'plannedOn', key: 'required' }
  if (status === 'in_progress' && !startedOn) return { field: 'startedOn', key: 'required' }
  if (status === 'done' && !doneOn) return { field: 'doneOn', key: 'required' }
  if (startedOn && startedOn > today) return { field: 'startedOn', key: 'future' }
  if (doneOn && doneOn > today) return { field: 'doneOn', key: 'future' }
  if (startedOn && plannedOn && startedOn < plannedOn) return { field: 'startedOn', key: 'beforePlanned' }
  if (doneOn && startedOn && doneOn < startedOn) return { field: 'doneOn', key: 'beforeStarted' }
  if (doneOn && plannedOn && !startedOn && doneOn < plannedOn) return { field: 'doneOn', key: 'beforePlanned' }
  return undefined
}

/** The band a low score lies below, by its English name; the setting `ACTION_LOW_BELOW_BAND`. */
export const LOW_SCORE_BANDS = ['highest', 'high', 'moderate', 'low'] as const
export type LowScoreBand = (typeof LOW_SCORE_BANDS)[number]

/** The lowest mean that is not low: the bottom of the named band (3.41 for มาก). */
export function lowScoreThreshold(band: LowScoreBand): number {
  const found = THAI_FIVE_LEVEL_BANDS.bands.find((b) => b.label.en.toLowerCase() === band)
  if (!found) throw new Error(`no band "${band}"`)
  return found.min
}

/** A point's pooled scored answers: Σ levels and how many; `respondents` is its most-answered scored item's n. */
export type PointScore = { organisationId: number; servicePointId: number; sum: number; n: number; respondents: number }

/** Whether a point's mean, rounded as printed, lies below the threshold, with enough answers to say so. */
export function isLowScoring(point: PointScore, threshold: number, minimumResponses: number): boolean {
  return point.n > 0 && point.respondents >= minimumResponses && round2(point.sum / point.n) < threshold
}

/** Days between two instants as Bangkok calendar days. */
export const bangkokDaysBetween = (from: number, to: number) =>
  Math.floor((to + BANGKOK_OFFSET_MS) / 86_400_000) - Math.floor((from + BANGKOK_OFFSET_MS) / 86_400_000)

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** When actions were recorded for a point: the first since the round opened, and the latest. */
export type PointActions = { servicePointId: number; firstSinceOpen: number | null; latest: number }

export type LoopClosure = {
  lowPoints: number
  /** Low points with an action recorded within the window before now. */
  withRecentAction: number
  /** withRecentAction ÷ lowPoints × 100; null without low points. */
  percent: number | null
  /** Median Bangkok days from the round's opening to each low point's first action since then; null without any. */
  medianDays: number | null
}

/**
 * How an organisation (or any group of points) closes the loop on its low-scoring points. The
 * round's opening is where the clock starts: it is the first day those results could be read.
 */
export function loopClosure(
  lowPointIds: number[],
  actions: Map<number, PointActions>,
  opts: { now: number; windowDays: number; roundOpensAt: number },
): LoopClosure {
  const since = opts.now - opts.windowDays * 86_400_000
  let recent = 0
  const days: number[] = []
  for (const id of lowPointIds) {
    const a = actions.get(id)
    if (!a) continue
    if (a.latest >= since) recent++
    if (a.firstSinceOpen !== null) days.push(bangkokDaysBetween(opts.roundOpensAt, a.firstSinceOpen))
  }
  const lowPoints = lowPointIds.length
  return {
    lowPoints,
    withRecentAction: recent,
    percent: lowPoints === 0 ? null : round2((recent / lowPoints) * 100),
    medianDays: median(days),
  }
}
