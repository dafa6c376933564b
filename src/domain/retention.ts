/**
 * How long residents' individual answers are kept. The privacy notice promises: "kept for N fiscal
 * years after the survey round closes, and then deleted" (N = `RESPONSE_RETENTION_FISCAL_YEARS`).
 *
 * Thai fiscal years run 1 October – 30 September. The fiscal year in which a round closes is only
 * partly after the close, so it does not count as one of the N: the N whole fiscal years that follow
 * it do, and the answers may go from the first day of the fiscal year after those. A round of FY 2568
 * closing at the end of 30 September 2025 keeps its answers through FY 2569 and FY 2570 and loses
 * them on 1 October 2027; one closed early, on 15 March 2026 (FY 2569), keeps them until
 * 30 September 2028. Either way they are kept at least N years after the close, never less.
 *
 * Only individual answers go; the tallies every published figure is read from stay as they are.
 */
import { bangkokDay, fiscalYearWindow, fromBangkokWallClock, thaiFiscalYear } from './thai-time.js'

export const DEFAULT_RETENTION_FISCAL_YEARS = 2

/** The fiscal year (BE) a round closed in: that of its last open instant, since `closesAt` itself is already closed. */
export function closingFiscalYear(closesAt: number): number {
  return thaiFiscalYear(closesAt - 1)
}

/** The first instant at which a round's answers may be deleted: 00:00 in Bangkok on 1 October, N + 1 fiscal years on. */
export function deletableFrom(closesAt: number, fiscalYears: number): number {
  return fiscalYearWindow(closingFiscalYear(closesAt) + fiscalYears + 1).opensAt.getTime()
}

export type RoundWindow = { id: number; closesAt: number }

export type RoundRetention = { roundId: number; closingFiscalYear: number; deletableFrom: number; due: boolean }

/** Each round's place in the rule at `now`: when its answers may go and whether that time has come. */
export function roundRetention(rounds: readonly RoundWindow[], now: number, fiscalYears: number): RoundRetention[] {
  return rounds.map((r) => {
    const from = deletableFrom(r.closesAt, fiscalYears)
    return { roundId: r.id, closingFiscalYear: closingFiscalYear(r.closesAt), deletableFrom: from, due: now >= from }
  })
}

/** The hour of the Bangkok night the daily run starts at, when residents rarely answer. */
export const DAILY_RUN_BANGKOK_HOUR = 3

/** The next 03:00 in Bangkok strictly after `now`: when the daily run is due. Bangkok has no daylight saving. */
export function nextDailyRun(now: number): number {
  const [year, month, day] = bangkokDay(now).split('-').map(Number) as [number, number, number]
  const today = fromBangkokWallClock({ year, month, day, hour: DAILY_RUN_BANGKOK_HOUR })!
  return today > now ? today : today + 24 * 3600_000
}
