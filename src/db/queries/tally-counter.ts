/**
 * Counting stored responses into the tallies. A submission waits only for its
 * own row to reach the disk; the forty-odd tally rows it adds are written
 * afterwards, many responses to a transaction, from the rows themselves.
 * `tally_progress` moves in the same transaction as the tallies it covers, so
 * whatever stops the process, the next start counts exactly the responses
 * stored and not yet counted: none twice, none left out.
 */
import type { Db } from '../client.js'
import { NOT_APPLICABLE, tallyValue } from '../../domain/questionnaire/answers.js'
import { createArrivalMinutes } from './arrival-minutes.js'
import { createItemKinds } from './item-kinds.js'
import { reviewGroupWriterFor } from './review-groups.js'
import { createTallyWriter, type ResponseIncrement } from './tally-increments.js'

/** A response counts as flagged while it has a flag reason and no review decision to count it (`flag-decisions.ts`). */
const EFFECTIVELY_FLAGGED = `(flag_reason is not null and not exists
  (select 1 from flag_decisions d where d.response_id = responses.id and d.decision = 'count'))`

type StoredRow = [
  id: number,
  round: number,
  organisation: number,
  point: number,
  service: number | null,
  flagged: 0 | 1,
  day: string,
  hour: number,
  answerValues: string,
]

export type TallyCounter = ReturnType<typeof createTallyCounter>

const counters = new WeakMap<object, TallyCounter>()

/** The one counter of a connection: every store writing through it shares what is waiting to be counted. */
export function tallyCounterFor(db: Db): TallyCounter {
  let counter = counters.get(db.$client)
  if (!counter) counters.set(db.$client, (counter = createTallyCounter(db)))
  return counter
}

function createTallyCounter(db: Db) {
  const sqlite = db.$client
  const itemKinds = createItemKinds(db)
  const startBatch = createTallyWriter(sqlite)
  const countedTo = sqlite.prepare('select counted_to from tally_progress where id = 1').pluck()
  const saveProgress = sqlite.prepare('update tally_progress set counted_to = ? where id = 1')
  const uncounted = sqlite
    .prepare('select exists (select 1 from responses where id > (select counted_to from tally_progress where id = 1))')
    .pluck()
  const storedRows = (where: string) =>
    sqlite
      .prepare(
        `select id, round_id, organisation_id, service_point_id, service_id, ${EFFECTIVELY_FLAGGED}, day, submitted_hour, answer_values
         from responses where ${where}`,
      )
      .raw()
  const nextRows = storedRows('id > ? order by id limit ?')
  // The review queue's copy of the flag and its groups' counts, written with the tallies (see `responses.review_reason`).
  const queueForReview = sqlite.prepare(
    'update responses set review_reason = flag_reason where id > ? and id <= ? and flag_reason is not null',
  )
  const reviewGroups = reviewGroupWriterFor(sqlite)
  // Each organisation's counted responses by day (see `organisation_responses`), also written here rather than by the
  // submission: an index of them would be written at a random place by every resident's own commit.
  const listByOrganisation = sqlite.prepare(
    `insert into organisation_responses (round_id, organisation_id, day, response_id)
     select round_id, organisation_id, day, id from responses where id > ? and id <= ?`,
  )
  const oneRow = storedRows('id = ?')
  // The minute of each response not yet counted, for the "last response" times; a row keeps only its hour, for
  // privacy, so a response counted after a restart shows its hour there.
  const minutes = createArrivalMinutes()

  function incrementOf([
    id,
    round,
    organisation,
    point,
    service,
    flagged,
    day,
    hour,
    answerValues,
  ]: StoredRow): ResponseIncrement {
    const { items, ratings, scored, overall } = itemKinds(round)
    const increment: ResponseIncrement = {
      key: [round, organisation, point, service ?? 0, flagged ? 1 : 0],
      day,
      month: day.slice(0, 7),
      minute: minutes.get(id) ?? hour,
      counted: [],
      ratings: [],
      overall: null,
    }
    const values = JSON.parse(answerValues) as Record<string, string[]>
    const overallValue = overall && values[overall.itemId]?.[0]
    if (overall && overallValue !== undefined && overallValue !== NOT_APPLICABLE)
      increment.overall = { low: overall.lowValues.has(overallValue) ? 1 : 0 }
    for (const itemId in values) {
      for (const value of values[itemId]!) {
        increment.counted.push([itemId, tallyValue(items.get(itemId), { itemId, value })])
        if (ratings.has(itemId))
          increment.ratings.push([itemId, value === NOT_APPLICABLE ? null : Number(value), scored.has(itemId)])
      }
    }
    return increment
  }

  /** Counts up to `limit` responses, oldest first, in one transaction; returns how many it counted. */
  const countNext = sqlite.transaction((limit: number): number => {
    const from = countedTo.get() as number
    const rows = nextRows.all(from, limit) as StoredRow[]
    if (rows.length === 0) return 0
    const batch = startBatch()
    for (const row of rows) batch.add(incrementOf(row))
    batch.write()
    const last = rows[rows.length - 1]![0]
    queueForReview.run(from, last)
    reviewGroups.addCounted(from, last)
    listByOrganisation.run(from, last)
    saveProgress.run(last)
    minutes.forgetThrough(last)
    return rows.length
  })

  return {
    /** Called as a response is stored: the minute it came in, until it is counted. */
    stored(id: number, minute: number) {
      minutes.set(id, minute)
    },
    countNext,
    /** Counts everything stored so far (for writers that want their tallies at once: seeding, the benchmark's load, tests). */
    countAll() {
      while (countNext(10_000) > 0);
    },
    hasUncounted: () => uncounted.get() === 1,
    /**
     * Moves a counted response's counts to the side of the flag it has now, in every tally: called, inside the
     * caller's transaction, after its review decision changed. A response not yet counted is left to `countNext`,
     * which reads the decision itself; one whose flag did not change moves nothing.
     */
    recountFlag(id: number, flaggedBefore: boolean) {
      if (id > (countedTo.get() as number)) return
      const row = oneRow.get(id) as StoredRow | undefined
      if (!row || Boolean(row[5]) === flaggedBefore) return
      const now = incrementOf(row)
      const before = startBatch()
      before.add({ ...now, key: [now.key[0], now.key[1], now.key[2], now.key[3], flaggedBefore ? 1 : 0] })
      before.write(-1)
      const after = startBatch()
      after.add(now)
      after.write()
    },
  }
}
