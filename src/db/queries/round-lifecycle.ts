/**
 * A round's life after it is created: which other rounds would take answers
 * from the same organisations at the same time (src/domain/round-overlap.ts
 * decides), and finalising, after which its figures never move.
 *
 * @example
 * const clashes = roundClashes(proposed, roundsOverlapping(db, proposed), registryOrganisations(db))
 * finaliseRound(db, roundId, new Date())   // false: not closed yet, or already final
 */
import { and, asc, eq, gt, isNull, lt, lte, ne } from 'drizzle-orm'
import type { OrganisationType } from '../../domain/organisation-types.js'
import type { RoundScope } from '../../domain/round-scopes.js'
import type { Db } from '../client.js'
import { organisations, roundOrganisations, roundProvinces, rounds } from '../schema.js'
import { tallyCounterFor } from './tally-counter.js'

/**
 * Finalises a closed round: in one transaction, every response stored so far is
 * counted into the tallies, then the round is marked. From then on the database
 * refuses new responses for it and changes to their flags (drizzle/0016), so
 * nothing can add to its tallies again and its figures stay as they are now.
 * False when the round does not exist, has not closed at `at`, or is already final.
 */
export function finaliseRound(db: Db, id: number, at: Date): boolean {
  return db.transaction((tx) => {
    tallyCounterFor(db).countAll()
    const done = tx
      .update(rounds)
      .set({ finalisedAt: at })
      .where(and(eq(rounds.id, id), isNull(rounds.finalisedAt), lte(rounds.closesAt, at)))
      .returning({ id: rounds.id })
      .all()
    return done.length === 1
  })
}

export type ClashCandidate = {
  id: number
  nameTh: string
  nameEn: string
  opensAt: Date
  closesAt: Date
  scope: RoundScope
  provinceCodes: string[]
  organisations: { id: number; provinceCode: string }[]
}

/** Rounds (other than `exceptId`) whose window overlaps the one given, each with what its scope names. */
export function roundsOverlapping(db: Db, window: { opensAt: Date; closesAt: Date }, exceptId = 0): ClashCandidate[] {
  const found = db
    .select({
      id: rounds.id,
      nameTh: rounds.nameTh,
      nameEn: rounds.nameEn,
      opensAt: rounds.opensAt,
      closesAt: rounds.closesAt,
      scope: rounds.scope,
    })
    .from(rounds)
    .where(and(lt(rounds.opensAt, window.closesAt), gt(rounds.closesAt, window.opensAt), ne(rounds.id, exceptId)))
    .orderBy(asc(rounds.opensAt), asc(rounds.id))
    .all()
  return found.map((r) => ({
    ...r,
    provinceCodes: db
      .select({ code: roundProvinces.provinceCode })
      .from(roundProvinces)
      .where(eq(roundProvinces.roundId, r.id))
      .all()
      .map((p) => p.code),
    organisations: db
      .select({ id: organisations.id, provinceCode: organisations.provinceCode })
      .from(roundOrganisations)
      .innerJoin(organisations, eq(organisations.id, roundOrganisations.organisationId))
      .where(eq(roundOrganisations.roundId, r.id))
      .all(),
  }))
}

export type RegistryEntry = { id: number; provinceCode: string; dlaCode: string; type: OrganisationType; nameTh: string }

/** Every organisation of the registry, by DLA code: what overlapping rounds are checked against. */
export function registryOrganisations(db: Db): RegistryEntry[] {
  return db
    .select({
      id: organisations.id,
      provinceCode: organisations.provinceCode,
      dlaCode: organisations.dlaCode,
      type: organisations.type,
      nameTh: organisations.nameTh,
    })
    .from(organisations)
    .orderBy(asc(organisations.dlaCode))
    .all()
}
