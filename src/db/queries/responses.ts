/**
 * Writing a response: the response row, its answers and every pre-aggregated
 * tally it touches, in one transaction. Statements are prepared once per
 * database because this is the hottest path in the system.
 */
import type { Db } from '../client.js'
import type { FlagReason } from '../schema.js'
import type { BatchWriter } from '../group-commit.js'
import { bangkokDay, truncateToHour, truncateToMinute } from '../../domain/thai-time.js'
import { NOT_APPLICABLE } from '../../domain/questionnaire/answers.js'
import { allItems } from '../../domain/questionnaire/definition.js'
import { createDefinitionCache } from './questionnaires.js'

export type NewResponse = {
  submissionId: string
  roundId: number
  organisationId: number
  servicePointId: number
  serviceId: number | null
  submittedAt: number
  locale: 'th' | 'en'
  channel: 'web' | 'kiosk'
  flagReason: FlagReason | null
  /** `tally` is what gets counted: the value itself, or "answered" for free text. */
  answers: { itemId: string; value: string; tally: string }[]
}

export type WriteOutcome = 'stored' | 'duplicate'

const TALLY_KEY = 'round_id, organisation_id, service_point_id, service_id, flagged'

export function createResponseStore(db: Db) {
  const sqlite = db.$client
  // Which items of a round are ratings, from its (immutable) questionnaire: only they have sums.
  const definitions = createDefinitionCache(db)
  const questionnaireOf = sqlite.prepare('select questionnaire_id as id from rounds where id = ?')
  const ratingItemsByRound = new Map<number, Set<string>>()
  const ratingItems = (roundId: number): Set<string> => {
    let items = ratingItemsByRound.get(roundId)
    if (!items) {
      const row = questionnaireOf.get(roundId) as { id: number } | undefined
      const definition = row && definitions.get(row.id)
      items = new Set(definition ? allItems(definition).filter((i) => i.kind === 'rating').map((i) => i.id) : [])
      ratingItemsByRound.set(roundId, items)
    }
    return items
  }
  const insertResponse = sqlite.prepare(
    `insert into responses (submission_id, round_id, organisation_id, service_point_id, service_id,
       submitted_hour, day, locale, channel, flag_reason)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (submission_id) do nothing`,
  )
  const insertAnswer = sqlite.prepare('insert into answers (response_id, item_id, value) values (?, ?, ?)')
  const countAnswer = sqlite.prepare(
    `insert into answer_tallies (${TALLY_KEY}, item_id, value, count) values (?, ?, ?, ?, ?, ?, ?, 1)
     on conflict (${TALLY_KEY}, item_id, value) do update set count = count + 1`,
  )
  const countAnswerMonthly = sqlite.prepare(
    `insert into answer_tallies_monthly (${TALLY_KEY}, month, item_id, value, count) values (?, ?, ?, ?, ?, ?, ?, ?, 1)
     on conflict (${TALLY_KEY}, month, item_id, value) do update set count = count + 1`,
  )
  const addMoments = sqlite.prepare(
    `insert into organisation_item_moments (round_id, organisation_id, item_id, flagged, n, not_applicable, sum, sum_squares, top_two)
     values (@round, @organisation, @item, @flagged, @n, @na, @x, @xx, @top)
     on conflict (round_id, organisation_id, item_id, flagged) do update set
       n = n + excluded.n, not_applicable = not_applicable + excluded.not_applicable, sum = sum + excluded.sum,
       sum_squares = sum_squares + excluded.sum_squares, top_two = top_two + excluded.top_two`,
  )
  const countResponse = sqlite.prepare(
    `insert into response_tallies (${TALLY_KEY}, day, count, last_response_at) values (?, ?, ?, ?, ?, ?, 1, ?)
     on conflict (${TALLY_KEY}, day) do update
       set count = count + 1, last_response_at = max(last_response_at, excluded.last_response_at)`,
  )
  const countOrganisationResponse = sqlite.prepare(
    `insert into organisation_response_tallies (round_id, organisation_id, flagged, count, last_response_at) values (?, ?, ?, 1, ?)
     on conflict (round_id, organisation_id, flagged) do update
       set count = count + 1, last_response_at = max(last_response_at, excluded.last_response_at)`,
  )

  const writeOne = sqlite.transaction((r: NewResponse): WriteOutcome => {
    const day = bangkokDay(r.submittedAt)
    const month = day.slice(0, 7)
    const inserted = insertResponse.run(
      r.submissionId, r.roundId, r.organisationId, r.servicePointId, r.serviceId,
      truncateToHour(r.submittedAt), day, r.locale, r.channel, r.flagReason,
    )
    if (inserted.changes === 0) return 'duplicate'
    const key = [r.roundId, r.organisationId, r.servicePointId, r.serviceId ?? 0, r.flagReason ? 1 : 0]
    for (const a of r.answers) {
      insertAnswer.run(inserted.lastInsertRowid, a.itemId, a.value)
      countAnswer.run(...key, a.itemId, a.tally)
      countAnswerMonthly.run(...key, month, a.itemId, a.tally)
      if (ratingItems(r.roundId).has(a.itemId)) {
        const na = a.value === NOT_APPLICABLE
        const x = na ? 0 : Number(a.value)
        addMoments.run({
          round: r.roundId, organisation: r.organisationId, item: a.itemId, flagged: key[4],
          n: na ? 0 : 1, na: na ? 1 : 0, x, xx: x * x, top: x >= 4 ? 1 : 0,
        })
      }
    }
    const minute = truncateToMinute(r.submittedAt)
    countResponse.run(...key, day, minute)
    countOrganisationResponse.run(r.roundId, r.organisationId, key[4], minute)
    return 'stored'
  })

  /** One transaction for the batch; each response in its own savepoint so one bad row fails alone. */
  const writeBatch: BatchWriter<NewResponse, WriteOutcome> = sqlite.transaction((batch: NewResponse[]) =>
    batch.map((r) => {
      try {
        return { ok: true as const, value: writeOne(r) }
      } catch (error) {
        return { ok: false as const, error }
      }
    }),
  )

  return { writeOne: (r: NewResponse) => writeOne(r), writeBatch }
}

export type ResponseStore = ReturnType<typeof createResponseStore>
