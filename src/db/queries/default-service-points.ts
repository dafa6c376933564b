/**
 * The default service point for every organisation of a round that has no open
 * point: counted for the round's summary, then created by one INSERT … SELECT
 * over all of them. Codes come from the one code rule (`generateServicePointCode`),
 * handed in as a JSON array; a code already taken is skipped by the unique
 * index and the statement runs again for whoever was skipped.
 *
 * @example
 * countDefaultPoints(db, { scope: 'all', provinceCodes: [], organisationIds: [] }) // { covered: 7849, withoutPoint: 7844 }
 * createDefaultServicePoints(db, round, DEFAULT_SERVICE_POINT, at)                  // 7844
 */
import { sql, type SQL } from 'drizzle-orm'
import { generateServicePointCode } from '../../domain/service-point-code.js'
import type { RoundScope } from '../../domain/round-scopes.js'
import type { Db } from '../client.js'

/** Which organisations a round reaches, as the "create a round" form gives it. */
export type Participation = { scope: RoundScope; provinceCodes: readonly string[]; organisationIds: readonly number[] }

const MAX_ATTEMPTS = 5

function takingPart(p: Participation): SQL {
  if (p.scope === 'provinces') return sql`o.province_code in (select value from json_each(${JSON.stringify(p.provinceCodes)}))`
  if (p.scope === 'organisations') return sql`o.id in (select value from json_each(${JSON.stringify(p.organisationIds)}))`
  return sql`1 = 1`
}

const withoutActivePoint = sql`not exists (select 1 from service_points sp where sp.organisation_id = o.id and sp.active = 1)`

export function countDefaultPoints(db: Db, p: Participation): { covered: number; withoutPoint: number } {
  return db.get<{ covered: number; withoutPoint: number }>(sql`
    select count(*) as covered, coalesce(sum(${withoutActivePoint}), 0) as withoutPoint
    from organisations o where ${takingPart(p)}`)
}

function freshCodes(n: number, generate: () => string): string[] {
  const codes = new Set<string>()
  while (codes.size < n) codes.add(generate())
  return [...codes]
}

/**
 * Gives each organisation taking part with no open point one point; returns how
 * many were created. All of them or, should free codes run out, none.
 */
export function createDefaultServicePoints(
  db: Db,
  p: Participation,
  names: { nameTh: string; nameEn: string },
  now: Date,
  generate: () => string = generateServicePointCode,
): number {
  return db.$client.transaction(() => {
    let created = 0
    for (let attempt = 1; ; attempt++) {
      const needed = db.get<{ n: number }>(sql`
        select count(*) as n from organisations o where ${takingPart(p)} and ${withoutActivePoint}`).n
      if (needed === 0) return created
      if (attempt > MAX_ATTEMPTS) throw new Error(`could not find free service point codes for ${needed} organisations`)
      const at = now.getTime()
      created += db.run(sql`
        with needing as materialized (
            select o.id, row_number() over (order by o.id) - 1 as n
            from organisations o where ${takingPart(p)} and ${withoutActivePoint}),
          codes as materialized (select key as n, value as code from json_each(${JSON.stringify(freshCodes(needed, generate))}))
        insert into service_points (organisation_id, code, name_th, name_en, department, active, created_at, updated_at)
        select needing.id, codes.code, ${names.nameTh}, ${names.nameEn}, null, 1, ${at}, ${at}
        from needing join codes on codes.n = needing.n
        where true
        on conflict (code) do nothing`).changes
    }
  })()
}
