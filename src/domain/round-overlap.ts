/**
 * Two rounds may not take answers from one organisation at the same time: a
 * response belongs to exactly one round, and with two open the newer one would
 * silently take every answer. A proposed window (a new round, or an existing
 * one opened early or extended) is checked against every other round whose
 * window overlaps it; the organisations both reach are worked out with the
 * reach rule of `round-visibility.ts`, so "all", provinces and lists combine
 * the same way everywhere.
 *
 * @example
 * const clashes = roundClashes({ window, reach }, others, registry)
 * clashes[0]?.shared.length // organisations the two rounds would share
 */
import { roundReaches, type RoundReach } from './round-visibility.js'

/** Windows are half-open: a round closing at 12:00 and one opening at 12:00 do not overlap. */
export type RoundWindow = { opensAt: Date; closesAt: Date }

export function windowsOverlap(a: RoundWindow, b: RoundWindow): boolean {
  return a.opensAt.getTime() < b.closesAt.getTime() && b.opensAt.getTime() < a.closesAt.getTime()
}

export type RegistryOrganisation = { id: number; provinceCode: string }

export type ScopedRound = RoundWindow & RoundReach

/** The organisations of the registry both rounds reach. */
export function sharedOrganisations<O extends RegistryOrganisation>(a: RoundReach, b: RoundReach, registry: readonly O[]): O[] {
  return registry.filter((o) => {
    const viewer = { kind: 'organisation', organisationId: o.id, provinceCode: o.provinceCode } as const
    return roundReaches(a, viewer) && roundReaches(b, viewer)
  })
}

/** Each other round whose window overlaps the proposed one and that shares an organisation with it, with those organisations. */
export function roundClashes<R extends ScopedRound, O extends RegistryOrganisation>(
  proposed: ScopedRound,
  others: readonly R[],
  registry: readonly O[],
): { round: R; shared: O[] }[] {
  return others
    .filter((other) => windowsOverlap(proposed, other))
    .map((round) => ({ round, shared: sharedOrganisations(proposed, round, registry) }))
    .filter((clash) => clash.shared.length > 0)
}

/** The first few of a list and how many more there are, for a message that stays short. */
export function firstFew<T>(items: readonly T[], few = 3): { shown: T[]; more: number } {
  return { shown: items.slice(0, few), more: Math.max(0, items.length - few) }
}
