/**
 * Where a round stands at a moment: not yet open, open (opening instant included), or closed
 * (closing instant included). The window actions and every list of rounds go by this.
 *
 * @example
 * roundStatus({ opensAt, closesAt }, Date.now())   // 'open'
 */
export type RoundStatus = 'upcoming' | 'open' | 'closed'

export function roundStatus(window: { opensAt: Date; closesAt: Date }, now: number): RoundStatus {
  return now < window.opensAt.getTime() ? 'upcoming' : now < window.closesAt.getTime() ? 'open' : 'closed'
}
