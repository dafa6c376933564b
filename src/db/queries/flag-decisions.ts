/**
 * The review of flagged responses: the queue an officer reads (flagged answers grouped by
 * service point × reason × Bangkok day, once counted), and the decisions, each moving the response's counts
 * between the flagged and official tallies in the same transaction, so the tallies stay
 * exactly what a recount of the responses with their decisions gives.
 *
 * @example
 * flagGroups(db, { roundId, organisationIds: [7] }, { limit: 20, offset: 0 })
 * decideFlags(db, { roundId, organisationId: 7, group, decision: 'count', reason: 'ครอบครัวใช้โทรศัพท์ร่วมกัน', userId, at })
 */
import type { Db } from '../client.js'
import type { FlagDecision, FlagGroupKey } from '../../domain/flag-review.js'
import type { FlagReason } from '../../domain/responses.js'
import type { OrganisationType } from '../../domain/organisation-types.js'
import { tallyCounterFor } from './tally-counter.js'

export type FlagGroup = FlagGroupKey & {
  organisationId: number
  organisationType: OrganisationType
  organisationTh: string
  pointTh: string
  pointEn: string | null
  total: number
  counted: number
  keptOut: number
  /** Not decided yet (left out meanwhile, like any flagged response). */
  waiting: number
}

export type FlaggedAnswer = {
  id: number
  submittedHour: Date
  channel: string
  answerValues: Record<string, string[]>
  decision: FlagDecision | null
  decisionReason: string | null
  decidedAt: Date | null
}

type Reach = { roundId: number; organisationIds: readonly number[] }

// Every read below names `review_reason`, so SQLite reads `responses_review_idx`: the flagged rows only. It is the
// flag of the responses counted so far (`tally-counter.ts`): staff pages count what is waiting before they read.
const inReach = `r.round_id = ? and r.organisation_id in (select value from json_each(?)) and r.review_reason is not null`
const reachArgs = (reach: Reach) => [reach.roundId, JSON.stringify(reach.organisationIds)]

/** One page of groups, newest day first, and how many groups there are. */
export function flagGroups(
  db: Db,
  reach: Reach,
  page: { limit: number; offset: number },
): { groups: FlagGroup[]; total: number } {
  const sqlite = db.$client
  const grouped = `from responses r left join flag_decisions d on d.response_id = r.id
    where ${inReach} group by r.organisation_id, r.service_point_id, r.review_reason, r.day`
  const total = sqlite
    .prepare(`select count(*) from (select 1 ${grouped})`)
    .pluck()
    .get(...reachArgs(reach)) as number
  const rows = sqlite
    .prepare(
      `select g.*, p.name_th as pointTh, p.name_en as pointEn, o.type as organisationType, o.name_th as organisationTh from (
         select r.organisation_id as organisationId, r.service_point_id as servicePointId, r.review_reason as reason, r.day,
           count(*) as total, count(d.decision = 'count' or null) as counted, count(d.decision = 'keep_out' or null) as keptOut
         ${grouped} order by r.day desc, r.service_point_id, r.review_reason limit ? offset ?
       ) g join service_points p on p.id = g.servicePointId join organisations o on o.id = g.organisationId
       order by g.day desc, p.name_th, g.reason`,
    )
    .all(...reachArgs(reach), page.limit, page.offset) as Omit<FlagGroup, 'waiting'>[]
  return { groups: rows.map((g) => ({ ...g, waiting: g.total - g.counted - g.keptOut })), total }
}

/** One group as the queue shows it, or undefined when it holds no flagged answer. */
export function findFlagGroup(db: Db, roundId: number, organisationId: number, key: FlagGroupKey): FlagGroup | undefined {
  const row = db.$client
    .prepare(
      `select r.organisation_id as organisationId, r.service_point_id as servicePointId, r.review_reason as reason, r.day,
         p.name_th as pointTh, p.name_en as pointEn, o.type as organisationType, o.name_th as organisationTh, count(*) as total,
         count(d.decision = 'count' or null) as counted, count(d.decision = 'keep_out' or null) as keptOut
       from responses r join service_points p on p.id = r.service_point_id join organisations o on o.id = r.organisation_id
         left join flag_decisions d on d.response_id = r.id
       where r.round_id = ? and r.organisation_id = ? and r.service_point_id = ? and r.review_reason = ? and r.day = ?
       group by r.organisation_id, r.service_point_id, r.review_reason, r.day`,
    )
    .get(roundId, organisationId, key.servicePointId, key.reason, key.day) as Omit<FlagGroup, 'waiting'> | undefined
  return row && { ...row, waiting: row.total - row.counted - row.keptOut }
}

/** A page of one group's answers, oldest first. */
export function flagGroupAnswers(
  db: Db,
  roundId: number,
  organisationId: number,
  key: FlagGroupKey,
  page: { limit: number; offset: number },
): FlaggedAnswer[] {
  const rows = db.$client
    .prepare(
      `select r.id, r.submitted_hour as submittedHour, r.channel, r.answer_values as answerValues,
         d.decision, d.reason as decisionReason, d.decided_at as decidedAt
       from responses r left join flag_decisions d on d.response_id = r.id
       where r.round_id = ? and r.organisation_id = ? and r.service_point_id = ? and r.review_reason = ? and r.day = ?
       order by r.id limit ? offset ?`,
    )
    .all(roundId, organisationId, key.servicePointId, key.reason, key.day, page.limit, page.offset) as {
    id: number
    submittedHour: number
    channel: string
    answerValues: string
    decision: FlagDecision | null
    decisionReason: string | null
    decidedAt: number | null
  }[]
  return rows.map((r) => ({
    ...r,
    submittedHour: new Date(r.submittedHour),
    answerValues: JSON.parse(r.answerValues) as Record<string, string[]>,
    decidedAt: r.decidedAt === null ? null : new Date(r.decidedAt),
  }))
}

/** Flagged answers not decided yet, per organisation of the reach (organisations with none are left out). */
export function waitingForReview(db: Db, reach: Reach): Map<number, number> {
  const rows = db.$client
    .prepare(
      `select r.organisation_id, count(*) from responses r
       where ${inReach} and not exists (select 1 from flag_decisions d where d.response_id = r.id)
       group by r.organisation_id`,
    )
    .raw()
    .all(...reachArgs(reach)) as [number, number][]
  return new Map(rows)
}

export type DecisionRequest = {
  roundId: number
  organisationId: number
  group: FlagGroupKey
  /** One answer of the group; the whole group when absent. */
  responseId?: number
  decision: FlagDecision
  reason: string
  userId: number
  at: Date
}

export type DecisionOutcome =
  { ok: true; responseIds: number[]; changed: number } | { ok: false; error: 'finalised' | 'not_found' }

/**
 * Records a decision on a group or one answer of it and moves the counts of every response
 * whose flag changed. Call inside a transaction (with its audit entry). Refused when the round
 * is finalised (its figures never move) and when the group or answer holds nothing.
 */
export function decideFlags(db: Db, request: DecisionRequest): DecisionOutcome {
  const sqlite = db.$client
  const finalised = sqlite.prepare('select finalised_at is not null from rounds where id = ?').pluck().get(request.roundId)
  if (finalised === undefined) return { ok: false, error: 'not_found' }
  if (finalised === 1) return { ok: false, error: 'finalised' }
  const { group } = request
  const targets = sqlite
    .prepare(
      `select r.id, d.decision from responses r left join flag_decisions d on d.response_id = r.id
       where r.round_id = ? and r.organisation_id = ? and r.service_point_id = ? and r.review_reason = ? and r.day = ?
         and (? is null or r.id = ?)`,
    )
    .raw()
    .all(
      request.roundId,
      request.organisationId,
      group.servicePointId,
      group.reason satisfies FlagReason,
      group.day,
      request.responseId ?? null,
      request.responseId ?? null,
    ) as [number, FlagDecision | null][]
  if (targets.length === 0) return { ok: false, error: 'not_found' }
  const save = sqlite.prepare(
    `insert into flag_decisions (response_id, decision, reason, decided_by, decided_at) values (?, ?, ?, ?, ?)
     on conflict (response_id) do update set decision = excluded.decision, reason = excluded.reason,
       decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  )
  const counter = tallyCounterFor(db)
  let changed = 0
  for (const [id, before] of targets) {
    save.run(id, request.decision, request.reason, request.userId, request.at.getTime())
    if ((before === 'count') !== (request.decision === 'count')) {
      changed++
      counter.recountFlag(id, before !== 'count')
    }
  }
  return { ok: true, responseIds: targets.map(([id]) => id), changed }
}

/** The organisations of a province, for its queue. */
export function provinceOrganisationIds(db: Db, provinceCode: string): number[] {
  return db.$client
    .prepare('select id from organisations where province_code = ? order by id')
    .pluck()
    .all(provinceCode) as number[]
}

/**
 * Per organisation of the list, responses counted and kept out as suspicious (flagged and not
 * reinstated) in a round: two tally rows each, whatever the number of responses.
 */
export function keptOutCounts(
  db: Db,
  roundId: number,
  organisationIds: readonly number[],
): Map<number, { counted: number; keptOut: number }> {
  const rows = db.$client
    .prepare(
      `select organisation_id, flagged, count from organisation_response_tallies
       where round_id = ? and organisation_id in (select value from json_each(?))`,
    )
    .raw()
    .all(roundId, JSON.stringify(organisationIds)) as [number, 0 | 1, number][]
  const counts = new Map<number, { counted: number; keptOut: number }>()
  for (const [id, flagged, count] of rows) {
    const c = counts.get(id) ?? { counted: 0, keptOut: 0 }
    if (flagged) c.keptOut += count
    else c.counted += count
    counts.set(id, c)
  }
  return counts
}

/** Per province, responses counted and kept out in a round, and each of its organisations' own counts. */
export function keptOutByProvince(
  db: Db,
  roundId: number,
): Map<string, { counted: number; keptOut: number; organisations: Map<number, { counted: number; keptOut: number }> }> {
  const rows = db.$client
    .prepare(
      `select o.province_code, t.organisation_id, t.flagged, t.count
       from organisation_response_tallies t join organisations o on o.id = t.organisation_id where t.round_id = ?`,
    )
    .raw()
    .all(roundId) as [string, number, 0 | 1, number][]
  const provinces = new Map<
    string,
    { counted: number; keptOut: number; organisations: Map<number, { counted: number; keptOut: number }> }
  >()
  for (const [code, id, flagged, count] of rows) {
    let p = provinces.get(code)
    if (!p) provinces.set(code, (p = { counted: 0, keptOut: 0, organisations: new Map() }))
    const o = p.organisations.get(id) ?? { counted: 0, keptOut: 0 }
    const side = flagged ? 'keptOut' : 'counted'
    o[side] += count
    p[side] += count
    p.organisations.set(id, o)
  }
  return provinces
}
