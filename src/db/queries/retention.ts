/**
 * What deleting old answers (`src/retention/`) reads and writes. Only the stored responses and
 * their free text go: the tallies, which every results page, export, API answer and open dataset
 * is read from, are never touched, so those figures stay what they were. A response is deleted
 * only once `tally_progress` says it is counted; one stored but not yet counted waits for the
 * next run. Response ids come from AUTOINCREMENT and are never given again, so deleting the
 * newest counted response cannot make a later one look counted already.
 *
 * Nothing rebuilds the tallies from the responses (the recount tests do, on data they made), so a
 * deleted round keeps its figures. A future migration that recounts tallies from `responses` would
 * lose the deleted rounds' figures and must leave those rounds' tallies alone.
 */
import type { Db } from '../client.js'
import { maskPersonalData, MASK_RULES_VERSION } from '../../domain/mask-personal-data.js'
import type { AuditAction } from '../../domain/audit-actions.js'
import { createItemKinds } from './item-kinds.js'
import { reviewGroupWriterFor } from './review-groups.js'

export type RoundClosing = { id: number; nameTh: string; nameEn: string; closesAt: number }

/** Every round with its closing instant, first closed first. */
export function roundClosings(db: Db): RoundClosing[] {
  return db.$client
    .prepare('select id, name_th as nameTh, name_en as nameEn, closes_at as closesAt from rounds order by closes_at, id')
    .all() as RoundClosing[]
}

export type StoredCounts = { roundId: number; counted: number; uncounted: number; answerRows: number }

/** Per round: responses stored and counted (which may go), stored but not yet counted (which wait), and their `answers` rows. */
export function storedCounts(db: Db, roundIds: readonly number[]): StoredCounts[] {
  const sqlite = db.$client
  // The counted ones are listed by organisation (`organisation_responses`); the others are the few stored since.
  const counted = sqlite.prepare('select count(*) from organisation_responses where round_id = ?').pluck()
  const answers = sqlite
    .prepare('select count(*) from organisation_responses o join answers a on a.response_id = o.response_id where o.round_id = ?')
    .pluck()
  return roundIds.map((roundId) => ({
    roundId,
    counted: counted.get(roundId) as number,
    uncounted: uncountedOf(db, roundId),
    answerRows: answers.get(roundId) as number,
  }))
}

/** A round's responses stored but not yet counted; reads only the few stored since the tallies last counted. */
export function uncountedOf(db: Db, roundId: number): number {
  return db.$client
    .prepare('select count(*) from responses where id > (select counted_to from tally_progress where id = 1) and +round_id = ?')
    .pluck()
    .get(roundId) as number
}

const MASKED_TO = 'stored-text-masked-to'

/** The writes of a run, prepared once per connection. */
export function createRetentionWriter(db: Db) {
  const sqlite = db.$client
  const itemKinds = createItemKinds(db)
  // Every response listed by organisation is counted; its key is what deleting the listing needs.
  const countedOf = sqlite
    .prepare('select organisation_id, day, response_id from organisation_responses where round_id = ? limit ?')
    .raw()
  const unlist = sqlite.prepare(
    'delete from organisation_responses where round_id = ? and organisation_id = ? and day = ? and response_id = ?',
  )
  const deleteAnswers = sqlite.prepare('delete from answers where response_id in (select value from json_each(?))')
  const deleteDecisions = sqlite.prepare('delete from flag_decisions where response_id in (select value from json_each(?))')
  const deleteResponses = sqlite.prepare('delete from responses where id in (select value from json_each(?))')
  const reviewGroups = reviewGroupWriterFor(sqlite)

  const maskedTo = sqlite.prepare('select value from app_settings where key = ?').pluck()
  const nextRows = sqlite.prepare(
    'select id, round_id as roundId, answer_values as answerValues from responses where id > ? order by id limit ?',
  )
  const saveValues = sqlite.prepare('update responses set answer_values = ? where id = ?')
  const textRows = sqlite.prepare('select id, item_id as itemId, value from answers where response_id = ?')
  const saveText = sqlite.prepare('update answers set value = ? where id = ?')
  const saveProgress = sqlite.prepare(
    'insert into app_settings (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
  )

  /** Masks one response's free text in both places it is kept; whether anything changed. */
  const maskResponse = (row: { id: number; roundId: number; answerValues: string }): boolean => {
    const { texts } = itemKinds(row.roundId)
    const values = JSON.parse(row.answerValues) as Record<string, string[]>
    let masked = false
    for (const itemId of texts) {
      const given = values[itemId]
      if (!given) continue
      const shown = given.map(maskPersonalData)
      if (shown.some((v, i) => v !== given[i])) masked = true
      values[itemId] = shown
    }
    if (!masked) return false
    saveValues.run(JSON.stringify(values), row.id)
    for (const a of textRows.all(row.id) as { id: number; itemId: string; value: string }[]) {
      const text = texts.has(a.itemId) ? maskPersonalData(a.value) : a.value
      if (text !== a.value) saveText.run(text, a.id)
    }
    return true
  }

  return {
    /**
     * Deletes up to `limit` counted responses of a round, their `answers` rows, review decisions and places in the
     * review queue and the organisation's list, in one transaction.
     */
    deleteCounted: sqlite.transaction((roundId: number, limit: number): { responses: number; answerRows: number } => {
      const listed = countedOf.all(roundId, limit) as [number, string, number][]
      for (const [organisationId, day, id] of listed) unlist.run(roundId, organisationId, day, id)
      const ids = JSON.stringify(listed.map(([, , id]) => id))
      const answerRows = deleteAnswers.run(ids).changes
      reviewGroups.deleting(ids)
      deleteDecisions.run(ids)
      return { responses: deleteResponses.run(ids).changes, answerRows }
    }),

    /**
     * Masks the free text of up to `limit` responses stored before the current masking rules, oldest
     * first, in one transaction; returns how many it read (0 once none is left) and how many it
     * changed. Where it got to is kept with the rules' version, so a new rule starts the pass again.
     */
    maskStored: sqlite.transaction((limit: number): { read: number; changed: number } => {
      const [version, after] = String(maskedTo.get(MASKED_TO) ?? '0:0')
        .split(':')
        .map(Number) as [number, number]
      const rows = nextRows.all(version === MASK_RULES_VERSION ? after : 0, limit) as Parameters<typeof maskResponse>[0][]
      if (rows.length === 0) return { read: 0, changed: 0 }
      const changed = rows.filter(maskResponse).length
      saveProgress.run(MASKED_TO, `${MASK_RULES_VERSION}:${rows[rows.length - 1]!.id}`)
      return { read: rows.length, changed }
    }),
  }
}

export type RetentionWriter = ReturnType<typeof createRetentionWriter>

/** When answers were last deleted by the rule (the last run's audit entry), or undefined if never. */
export function lastRetentionRun(db: Db): number | undefined {
  const action: AuditAction = 'responses_deleted'
  const at = db.$client.prepare('select max(at) from audit_log where action = ?').pluck().get(action) as number | null
  return at ?? undefined
}
