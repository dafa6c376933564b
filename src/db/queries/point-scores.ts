/**
 * Each service point's pooled scored answers in a round, read from the answer tallies (never the
 * responses), so a national page costs one grouped pass over the tallies whatever the volume.
 */
import { inArray, sql } from 'drizzle-orm'
import type { PointScore } from '../../domain/service-actions.js'
import type { Db } from '../client.js'
import { answerTallies } from '../schema.js'

export function pointScores(
  db: Db,
  q: { roundId: number; itemIds: string[]; includeFlagged: boolean; organisationIds?: number[] },
): PointScore[] {
  if (q.itemIds.length === 0 || q.organisationIds?.length === 0) return []
  const which = q.organisationIds ? inArray(answerTallies.organisationId, q.organisationIds) : sql`1 = 1`
  const rows = db.all<{ organisationId: number; servicePointId: number; sum: number; n: number }>(sql`
    select organisation_id as organisationId, service_point_id as servicePointId,
      sum(count * cast(value as integer)) as sum, sum(count) as n
    from answer_tallies
    where round_id = ${q.roundId} and flagged in (0, ${q.includeFlagged ? 1 : 0}) and ${which}
      and ${inArray(answerTallies.itemId, q.itemIds)} and value in ('1', '2', '3', '4', '5')
    group by organisation_id, service_point_id, item_id`)
  const byPoint = new Map<number, PointScore>()
  for (const r of rows) {
    const p = byPoint.get(r.servicePointId) ?? {
      organisationId: r.organisationId,
      servicePointId: r.servicePointId,
      sum: 0,
      n: 0,
      respondents: 0,
    }
    p.sum += r.sum
    p.n += r.n
    p.respondents = Math.max(p.respondents, r.n)
    byPoint.set(r.servicePointId, p)
  }
  return [...byPoint.values()]
}
