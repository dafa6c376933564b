/**
 * Writing responses: each response row (its answers as JSON, free text also
 * in `answers` for the comments page) and every pre-aggregated tally they
 * touch, in one transaction per batch. Statements are prepared once per
 * database because this is the hottest path in the system.
 */
import type { Db } from '../client.js'
import type { FlagReason } from '../schema.js'
import type { BatchWriter } from '../group-commit.js'
import { bangkokDay, truncateToHour, truncateToMinute } from '../../domain/thai-time.js'
import { NOT_APPLICABLE } from '../../domain/questionnaire/answers.js'
import { allItems } from '../../domain/questionnaire/definition.js'
import { scoredItems } from '../../domain/scoring/definition-items.js'
import { createDefinitionCache } from './questionnaires.js'
import { createTallyWriter, type ResponseIncrement } from './tally-increments.js'

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

export function createResponseStore(db: Db) {
  const sqlite = db.$client
  // Which items of a round are ratings (only they have sums), which of those the headline pools, and which free text (only they get an
  // `answers` row, for the comments page), from its questionnaire: immutable once published.
  const definitions = createDefinitionCache(db)
  const questionnaireOf = sqlite.prepare('select questionnaire_id as id from rounds where id = ?')
  const itemKindsByRound = new Map<number, { ratings: Set<string>; texts: Set<string>; scored: Set<string> }>()
  const itemKinds = (roundId: number) => {
    let kinds = itemKindsByRound.get(roundId)
    if (!kinds) {
      const row = questionnaireOf.get(roundId) as { id: number } | undefined
      const definition = row && definitions.get(row.id)
      const items = definition ? allItems(definition) : []
      const ids = (kind: string) => new Set(items.filter((i) => i.kind === kind).map((i) => i.id))
      kinds = { ratings: ids('rating'), texts: ids('text'), scored: new Set(definition ? scoredItems(definition) : []) }
      itemKindsByRound.set(roundId, kinds)
    }
    return kinds
  }
  const insertResponse = sqlite.prepare(
    `insert into responses (submission_id, round_id, organisation_id, service_point_id, service_id,
       submitted_hour, day, locale, channel, flag_reason, answer_values)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (submission_id) do nothing`,
  )
  const insertAnswer = sqlite.prepare('insert into answers (response_id, item_id, value) values (?, ?, ?)')
  const startBatch = createTallyWriter(sqlite)

  /** The response's own rows, in a savepoint of the batch; what it adds to the tallies, or null for a repeat. */
  const storeRows = sqlite.transaction((r: NewResponse): ResponseIncrement | null => {
    const day = bangkokDay(r.submittedAt)
    const values: Record<string, string[]> = {}
    for (const a of r.answers) (values[a.itemId] ??= []).push(a.value)
    const inserted = insertResponse.run(
      r.submissionId, r.roundId, r.organisationId, r.servicePointId, r.serviceId,
      truncateToHour(r.submittedAt), day, r.locale, r.channel, r.flagReason, JSON.stringify(values),
    )
    if (inserted.changes === 0) return null
    const { ratings, texts, scored } = itemKinds(r.roundId)
    const increment: ResponseIncrement = {
      key: [r.roundId, r.organisationId, r.servicePointId, r.serviceId ?? 0, r.flagReason ? 1 : 0],
      day, month: day.slice(0, 7), minute: truncateToMinute(r.submittedAt), counted: [], ratings: [],
    }
    for (const a of r.answers) {
      // Tallies are written after the batch: a bad answer must fail here, inside this response's savepoint.
      if (typeof a.itemId !== 'string' || typeof a.value !== 'string' || typeof a.tally !== 'string')
        throw new TypeError(`answer to ${String(a.itemId)} is incomplete`)
      if (texts.has(a.itemId)) insertAnswer.run(inserted.lastInsertRowid, a.itemId, a.value)
      increment.counted.push([a.itemId, a.tally])
      if (ratings.has(a.itemId)) increment.ratings.push([a.itemId, a.value === NOT_APPLICABLE ? null : Number(a.value), scored.has(a.itemId)])
    }
    return increment
  })

  /**
   * One transaction for the batch: each response's rows in its own savepoint,
   * so one bad response fails alone, then the tallies of all that were stored,
   * one upsert per distinct tally row.
   */
  const writeBatch: BatchWriter<NewResponse, WriteOutcome> = sqlite.transaction((batch: NewResponse[]) => {
    const tallies = startBatch()
    const results = batch.map((r) => {
      try {
        const increment = storeRows(r)
        if (increment) tallies.add(increment)
        return { ok: true as const, value: increment ? ('stored' as const) : ('duplicate' as const) }
      } catch (error) {
        return { ok: false as const, error }
      }
    })
    tallies.write()
    return results
  })

  const writeOne = (r: NewResponse): WriteOutcome => {
    const [result] = writeBatch([r])
    if (!result!.ok) throw result!.error
    return result!.value
  }

  return { writeOne, writeBatch }
}

export type ResponseStore = ReturnType<typeof createResponseStore>
