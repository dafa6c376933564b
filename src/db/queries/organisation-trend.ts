/** An organisation's answers a day in a round, from the daily tallies: what the late-surge rule weighs a day against. */
import { and, eq, gte, lte, sql } from 'drizzle-orm'
import type { DailyCount } from '../../domain/anomaly/late-surge.js'
import type { Db } from '../client.js'
import { responseTallies } from '../schema.js'

/** Every Bangkok day in [fromDay, toDay] with answers, flagged or not, counted so far. */
export function organisationDailyCounts(
  db: Db,
  roundId: number,
  organisationId: number,
  fromDay: string,
  toDay: string,
): DailyCount[] {
  return db
    .select({ day: responseTallies.day, count: sql<number>`sum(${responseTallies.count})` })
    .from(responseTallies)
    .where(
      and(
        eq(responseTallies.roundId, roundId),
        eq(responseTallies.organisationId, organisationId),
        gte(responseTallies.day, fromDay),
        lte(responseTallies.day, toDay),
      ),
    )
    .groupBy(responseTallies.day)
    .all()
}
