/**
 * The reach rule of src/domain/round-visibility.ts (`roundReaches`) as SQL, so
 * lists of rounds are filtered in the database, and the rounds a staff scope or
 * an API token sees. test/db/round-visibility.test.ts checks that this and the
 * domain function agree.
 *
 * @example
 * roundsInScope(db, staff.scope)                                  // every round the scope sees, newest first
 * db.all(sql`select id from rounds where ${roundReachesSql(viewer)}`)
 */
import { eq, sql, type SQL } from 'drizzle-orm'
import type { RoundViewer } from '../../domain/round-visibility.js'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import { organisations } from '../schema.js'

/** True for the rows of `rounds` (by that name) that reach the viewer. */
export function roundReachesSql(viewer: RoundViewer): SQL {
  if (viewer.kind === 'national') return sql`1 = 1`
  const listed =
    viewer.kind === 'province'
      ? sql`ro.organisation_id in (select id from organisations where province_code = ${viewer.provinceCode})`
      : sql`ro.organisation_id = ${viewer.organisationId}`
  return sql`(rounds.scope = 'all'
    or (rounds.scope = 'provinces' and exists (select 1 from round_provinces rp
          where rp.round_id = rounds.id and rp.province_code = ${viewer.provinceCode}))
    or (rounds.scope = 'organisations' and exists (select 1 from round_organisations ro
          where ro.round_id = rounds.id and ${listed})))`
}

/** The viewer a staff scope is; an organisation's province is looked up. Undefined: no such organisation. */
export function roundViewerOf(db: Db, scope: Scope): RoundViewer | undefined {
  if (scope.kind !== 'organisation') return scope
  const org = db
    .select({ provinceCode: organisations.provinceCode })
    .from(organisations)
    .where(eq(organisations.id, scope.organisationId))
    .get()
  return org && { kind: 'organisation', organisationId: scope.organisationId, provinceCode: org.provinceCode }
}

export type RoundOption = {
  id: number
  nameTh: string
  nameEn: string
  opensAt: number
  closesAt: number
  /** Set once the round is finalised: its figures are final, not provisional. */
  finalisedAt: number | null
}

/** The rounds a viewer sees, newest first, whatever their status. */
export function visibleRounds(db: Db, viewer: RoundViewer): RoundOption[] {
  return db.all<RoundOption>(sql`
    select rounds.id, rounds.name_th as nameTh, rounds.name_en as nameEn, rounds.opens_at as opensAt, rounds.closes_at as closesAt,
      rounds.finalised_at as finalisedAt
    from rounds where ${roundReachesSql(viewer)}
    order by rounds.opens_at desc, rounds.id desc`)
}

/** The rounds a staff scope (or an API token's) sees, newest first, whatever their status. */
export function roundsInScope(db: Db, scope: Scope): RoundOption[] {
  const viewer = roundViewerOf(db, scope)
  return viewer ? visibleRounds(db, viewer) : []
}
