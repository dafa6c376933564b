/**
 * Writing a response: the response row, its answers and every pre-aggregated
 * tally it touches, in one transaction. Statements are prepared once per
 * database because this is the hottest path in the system.
 */
import type { Db } from '../client.js'
import type { FlagReason } from '../schema.js'
import type { BatchWriter } from '../group-commit.js'
import { bangkokDay, truncateToHour, truncateToMinute } from '../../domain/thai-time.js'

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
  const countAnswerDaily = sqlite.prepare(
    `insert into answer_tallies_daily (${TALLY_KEY}, day, item_id, value, count) values (?, ?, ?, ?, ?, ?, ?, ?, 1)
     on conflict (${TALLY_KEY}, day, item_id, value) do update set count = count + 1`,
  )
  const countResponse = sqlite.prepare(
    `insert into response_tallies (${TALLY_KEY}, day, count, last_response_at) values (?, ?, ?, ?, ?, ?, 1, ?)
     on conflict (${TALLY_KEY}, day) do update
       set count = count + 1, last_response_at = max(last_response_at, excluded.last_response_at)`,
  )

  const writeOne = sqlite.transaction((r: NewResponse): WriteOutcome => {
    const day = bangkokDay(r.submittedAt)
    const inserted = insertResponse.run(
      r.submissionId, r.roundId, r.organisationId, r.servicePointId, r.serviceId,
      truncateToHour(r.submittedAt), day, r.locale, r.channel, r.flagReason,
    )
    if (inserted.changes === 0) return 'duplicate'
    const key = [r.roundId, r.organisationId, r.servicePointId, r.serviceId ?? 0, r.flagReason ? 1 : 0]
    for (const a of r.answers) {
      insertAnswer.run(inserted.lastInsertRowid, a.itemId, a.value)
      countAnswer.run(...key, a.itemId, a.tally)
      countAnswerDaily.run(...key, day, a.itemId, a.tally)
    }
    countResponse.run(...key, day, truncateToMinute(r.submittedAt))
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
