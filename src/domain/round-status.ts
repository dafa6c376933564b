/**
 * Where a round stands at a moment: not yet open, open (opening instant included), closed
 * (closing instant included), or finalised, which a DLA officer decides once it has closed.
 * Its results are provisional until it is finalised, final after. The window actions, every
 * list of rounds and every place that shows figures go by this.
 *
 * @example
 * roundStatus({ opensAt, closesAt, finalisedAt: null }, Date.now())   // 'open'
 * resultsStanding({ finalisedAt: null })                               // 'provisional'
 */
export type RoundStatus = 'upcoming' | 'open' | 'closed' | 'finalised'

type RoundWindow = { opensAt: Date; closesAt: Date; finalisedAt?: Date | null }

export function roundStatus(round: RoundWindow, now: number): RoundStatus {
  if (round.finalisedAt) return 'finalised'
  return now < round.opensAt.getTime() ? 'upcoming' : now < round.closesAt.getTime() ? 'open' : 'closed'
}

/** Whether a round's figures may still move ('provisional') or never will ('final'). */
export type ResultsStanding = 'provisional' | 'final'

export function resultsStanding(round: { finalisedAt?: Date | number | null }): ResultsStanding {
  return round.finalisedAt === null || round.finalisedAt === undefined ? 'provisional' : 'final'
}

/** A round may be finalised once it has closed, and only once. */
export function canFinalise(round: RoundWindow, now: number): boolean {
  return roundStatus(round, now) === 'closed'
}
