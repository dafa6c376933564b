/**
 * Writing responses: each response row (its answers as JSON, free text also in
 * `answers` for the comments page, masked before it is stored), many to a transaction. The tallies are
 * counted from the stored rows (`tally-counter.ts`): later, for the survey,
 * whose residents wait only for their own row; at once, in the same
 * transaction, for `writeBatch`. Statements are prepared once per database
 * because this is the hottest path in the system.
 */
import type { Db } from '../client.js'
import { maskPersonalData } from '../../domain/mask-personal-data.js'
import type { FlagReason } from '../../domain/responses.js'
import type { BatchWriter } from '../group-commit.js'
import { bangkokDay, truncateToHour, truncateToMinute } from '../../domain/thai-time.js'
import { createItemKinds } from './item-kinds.js'
import { tallyCounterFor } from './tally-counter.js'

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
  answers: { itemId: string; value: string }[]
}

export type WriteOutcome = 'stored' | 'duplicate'

export function createResponseStore(db: Db) {
  const sqlite = db.$client
  const itemKinds = createItemKinds(db)
  const counter = tallyCounterFor(db)
  const insertResponse = sqlite.prepare(
    `insert into responses (submission_id, round_id, organisation_id, service_point_id, service_id,
       submitted_hour, day, locale, channel, flag_reason, answer_values)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (submission_id) do nothing`,
  )
  const insertAnswer = sqlite.prepare('insert into answers (response_id, item_id, value) values (?, ?, ?)')

  /** The response's own rows, in a savepoint of the batch; false for a repeat of one already stored. */
  const storeRows = sqlite.transaction((r: NewResponse): boolean => {
    const { texts } = itemKinds(r.roundId)
    const values: Record<string, string[]> = {}
    for (const a of r.answers) {
      if (typeof a.itemId !== 'string' || typeof a.value !== 'string')
        throw new TypeError(`answer to ${String(a.itemId)} is incomplete`)
    }
    const answers = r.answers.map((a) => (texts.has(a.itemId) ? { itemId: a.itemId, value: maskPersonalData(a.value) } : a))
    for (const a of answers) (values[a.itemId] ??= []).push(a.value)
    const inserted = insertResponse.run(
      r.submissionId,
      r.roundId,
      r.organisationId,
      r.servicePointId,
      r.serviceId,
      truncateToHour(r.submittedAt),
      bangkokDay(r.submittedAt),
      r.locale,
      r.channel,
      r.flagReason,
      JSON.stringify(values),
    )
    if (inserted.changes === 0) return false
    for (const a of answers) if (texts.has(a.itemId)) insertAnswer.run(inserted.lastInsertRowid, a.itemId, a.value)
    counter.stored(Number(inserted.lastInsertRowid), truncateToMinute(r.submittedAt))
    return true
  })

  /**
   * One transaction for the batch, each response in its own savepoint so one
   * bad response fails alone. The tallies are left to the counter.
   */
  const storeBatch: BatchWriter<NewResponse, WriteOutcome> = sqlite.transaction((batch: NewResponse[]) =>
    batch.map((r) => {
      try {
        return { ok: true as const, value: storeRows(r) ? ('stored' as const) : ('duplicate' as const) }
      } catch (error) {
        return { ok: false as const, error }
      }
    }),
  )

  /** Stores the batch and counts it into the tallies, in one transaction. */
  const writeBatch: BatchWriter<NewResponse, WriteOutcome> = sqlite.transaction((batch: NewResponse[]) => {
    const results = storeBatch(batch)
    counter.countAll()
    return results
  })

  const writeOne = (r: NewResponse): WriteOutcome => {
    const [result] = writeBatch([r])
    if (!result!.ok) throw result!.error
    return result!.value
  }

  return { storeBatch, writeBatch, writeOne, counter }
}

export type ResponseStore = ReturnType<typeof createResponseStore>
