/**
 * Which survey rounds someone may see. Two rules, each decided here only:
 *
 * - The public (open data, the public results pages) sees a round once it has
 *   opened: upcoming rounds are not announced.
 * - Staff and API tokens see every round, whatever its status, that reaches
 *   their scope. The country sees every round. A round reaches a province when it
 *   takes in everyone, names the province, or names one of its organisations; it
 *   reaches an organisation when it takes in everyone, names its province, or
 *   names the organisation itself.
 *
 * Lists of rounds are filtered in the database, so the reach rule has an SQL
 * twin, `roundReachesSql` in src/db/queries/round-visibility.ts;
 * test/db/round-visibility.test.ts checks that the two agree round by round.
 *
 * @example
 * roundIsPublic(round, Date.now())
 * const krabiRound = { scope: 'provinces', provinceCodes: ['81'], organisations: [] } as const
 * roundReaches(krabiRound, { kind: 'province', provinceCode: '81' }) // true
 */
import type { RoundScope } from './round-scopes.js'

/** A round's reach: its scope and what it names (only the list matching the scope counts). */
export type RoundReach = {
  scope: RoundScope
  provinceCodes: readonly string[]
  organisations: readonly { id: number; provinceCode: string }[]
}

/** Who is looking, with the province of an organisation already looked up. */
export type RoundViewer =
  | { kind: 'national' }
  | { kind: 'province'; provinceCode: string }
  | { kind: 'organisation'; organisationId: number; provinceCode: string }

export function roundReaches(round: RoundReach, viewer: RoundViewer): boolean {
  if (viewer.kind === 'national' || round.scope === 'all') return true
  if (round.scope === 'provinces') return round.provinceCodes.includes(viewer.provinceCode)
  return round.organisations.some((o) =>
    viewer.kind === 'province' ? o.provinceCode === viewer.provinceCode : o.id === viewer.organisationId,
  )
}

/** Whether the public may see a round: once it has opened, open or closed. */
export function roundIsPublic(round: { opensAt: Date | number }, now: number): boolean {
  return new Date(round.opensAt).getTime() <= now
}
