/**
 * The review of flagged responses: a group's answers (the groups themselves are `review-groups.ts`),
 * and the decisions, each moving the response's counts between the flagged and official tallies, and
 * its group's counts, in the same transaction, so the tallies stay exactly what a recount of the
 * responses with their decisions gives.
 *
 * @example
 * flagGroupAnswers(db, roundId, 7, group, { limit: 50, offset: 0 })
 * decideFlags(db, { roundId, organisationId: 7, group, decision: 'count', reason: 'ครอบครัวใช้โทรศัพท์ร่วมกัน', userId, at })
 */
import type { Db } from '../client.js'
import type { FlagDecision, FlagGroupKey } from '../../domain/flag-review.js'
import type { FlagReason } from '../../domain/responses.js'
import { reviewGroupWriterFor } from './review-groups.js'
import { tallyCounterFor } from './tally-counter.js'

export type FlaggedAnswer = {
  id: number
  submittedHour: Date
  channel: string
  answerValues: Record<string, string[]>
  decision: FlagDecision | null
  decisionReason: string | null
  decidedAt: Date | null
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
  reviewGroupWriterFor(sqlite).decided(
    request.roundId,
    request.organisationId,
    group,
    targets.map(([, before]) => before),
    request.decision,
  )
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
