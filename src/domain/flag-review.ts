/**
 * Reviewing flagged responses. A flag is never a deletion: an officer decides whether a flagged
 * response is counted after all (reinstated) or kept out, with a reason, and may change the
 * decision until the round is finalised. A response counts as flagged while it has a flag
 * reason and no decision to count it.
 */
import { FLAG_REASONS, type FlagReason } from './responses.js'
import { percentOf } from './scoring/rounding.js'

export const FLAG_DECISIONS = ['count', 'keep_out'] as const
export type FlagDecision = (typeof FLAG_DECISIONS)[number]

/** The longest reason an officer may give; a short note, not a report. */
export const MAX_DECISION_REASON = 300

/** Flagged answers decided together: one service point, one reason, one Bangkok day (`YYYY-MM-DD`). */
export type FlagGroupKey = { servicePointId: number; reason: FlagReason; day: string }

export function effectivelyFlagged(flagReason: FlagReason | null, decision: FlagDecision | null): boolean {
  return flagReason !== null && decision !== 'count'
}

export function isFlagReason(text: string): text is FlagReason {
  return (FLAG_REASONS as readonly string[]).includes(text)
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** A group key from a URL's parts, or undefined for anything malformed. */
export function parseFlagGroupKey(point: string, reason: string, day: string): FlagGroupKey | undefined {
  if (!/^[1-9]\d{0,14}$/.test(point) || !isFlagReason(reason) || !DAY.test(day)) return undefined
  return { servicePointId: Number(point), reason, day }
}

/**
 * The percent of a round's responses left out as suspicious (flagged and not reinstated), to 2
 * decimals; undefined with no responses at all. Shown beside the figures so that an organisation
 * whose answers are nearly all left out (a suspicious 100 %) is visible, not merely small.
 *
 * @example
 * keptOutPercent({ counted: 7, keptOut: 1 }) // 12.5
 */
export function keptOutPercent(counts: { counted: number; keptOut: number }): number | undefined {
  const total = counts.counted + counts.keptOut
  return total === 0 ? undefined : percentOf(counts.keptOut, total)
}

/** An organisation whose responses are mostly left out as suspicious: worth a look from the province and DLA. */
export const MOSTLY_KEPT_OUT_PERCENT = 50

export function mostlyKeptOut(counts: { counted: number; keptOut: number }): boolean {
  const percent = keptOutPercent(counts)
  return percent !== undefined && percent >= MOSTLY_KEPT_OUT_PERCENT
}
