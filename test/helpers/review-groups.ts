/**
 * The review queue's groups counted afresh from the queued responses and their decisions, against
 * `review_groups` as the writers keep it, and each organisation's totals against its groups.
 */
import type Database from 'better-sqlite3'

/**
 * Rows in `review_groups` and not in the groups counted afresh, or the other way round, and the same
 * between `review_totals` and its organisations' groups summed: 0 when they all agree.
 */
export function misgrouped(sqlite: Database.Database): number {
  return sqlite
    .prepare(
      `with afresh as (
         select r.round_id, r.organisation_id, r.service_point_id, r.review_reason as reason, r.day, o.province_code,
           count(*) as total, sum(d.decision is 'count') as counted, sum(d.decision is 'keep_out') as kept_out
         from responses r join organisations o on o.id = r.organisation_id left join flag_decisions d on d.response_id = r.id
         where r.review_reason is not null group by 1, 2, 3, 4, 5),
       kept as (select round_id, organisation_id, service_point_id, reason, day, province_code, total, counted, kept_out
         from review_groups),
       summed as (select round_id, organisation_id, province_code, count(*) as groups,
           sum(total - counted - kept_out) as waiting from afresh group by 1, 2),
       totals as (select round_id, organisation_id, province_code, groups, waiting from review_totals)
       select (select count(*) from (select * from afresh except select * from kept))
         + (select count(*) from (select * from kept except select * from afresh))
         + (select count(*) from (select * from summed except select * from totals))
         + (select count(*) from (select * from totals except select * from summed))`,
    )
    .pluck()
    .get() as number
}
