/**
 * One run of the retention rule (`src/domain/retention.ts`): the responses of every round whose
 * time has come are deleted with their free text, a few hundred to a transaction, giving way to
 * submissions before each; then free text stored before the current masking rules is masked the
 * same way. A dry run only says what would go. A real run, even one that finds nothing, leaves one
 * audit entry with its counts.
 *
 * The tallies are never touched, so every figure (results pages, exports, the API, open data)
 * stays as it was, and a finalised figure cannot change through this. Batches are written
 * without an fsync of their own; the audit entry's commit at the end makes them all durable.
 */
import { isDatabaseOpen, type Db } from '../db/client.js'
import { recordAudit } from '../db/queries/audit.js'
import { createRetentionWriter, roundClosings, storedCounts, uncountedOf } from '../db/queries/retention.js'
import { createWalSync } from '../db/wal-sync.js'
import { roundRetention } from '../domain/retention.js'

export type RetentionTrigger = 'daily' | 'command'

export type RetentionOptions = {
  fiscalYears: number
  now: number
  dryRun?: boolean
  trigger: RetentionTrigger
  /** Responses per transaction. */
  batchSize?: number
  /** Waits before each transaction, so submissions go first; resolves to false when the run should stop. */
  pause?: () => Promise<boolean>
}

export type RoundToDelete = {
  roundId: number
  nameTh: string
  nameEn: string
  closingFiscalYear: number
  deletableFrom: number
  /** Stored and counted: what goes (in a dry run) or went. */
  responses: number
  answerRows: number
  /** Stored but not yet counted into the tallies: kept until they are. */
  notYetCounted: number
}

export type RetentionReport = {
  dryRun: boolean
  fiscalYears: number
  /** The rounds past their retention period that held (or hold, in a dry run) responses. */
  rounds: RoundToDelete[]
  deleted: { responses: number; answerRows: number }
  masked: { read: number; changed: number }
  /** False when the run was stopped before the end (the server shutting down); the next run goes on. */
  complete: boolean
}

const nextTurn = () => new Promise<boolean>((resolve) => setImmediate(() => resolve(true)))

/** The rounds whose answers may go at `now`, nothing counted yet. */
function dueRounds(db: Db, now: number, fiscalYears: number): RoundToDelete[] {
  const closings = roundClosings(db)
  const rules = roundRetention(closings, now, fiscalYears)
  return closings
    .map((round, i) => ({ round, rule: rules[i]! }))
    .filter(({ rule }) => rule.due)
    .map(({ round, rule }) => ({
      roundId: round.id,
      nameTh: round.nameTh,
      nameEn: round.nameEn,
      closingFiscalYear: rule.closingFiscalYear,
      deletableFrom: rule.deletableFrom,
      responses: 0,
      answerRows: 0,
      notYetCounted: 0,
    }))
}

const holdsAny = (r: RoundToDelete) => r.responses + r.notYetCounted > 0

/** What a run at `now` would delete, round by round (reads every due round's responses once). */
export function roundsToDelete(db: Db, now: number, fiscalYears: number): RoundToDelete[] {
  const due = dueRounds(db, now, fiscalYears)
  const counts = storedCounts(
    db,
    due.map((r) => r.roundId),
  )
  return due
    .map((r, i) => ({
      ...r,
      responses: counts[i]!.counted,
      answerRows: counts[i]!.answerRows,
      notYetCounted: counts[i]!.uncounted,
    }))
    .filter(holdsAny)
}

export async function runRetention(db: Db, options: RetentionOptions): Promise<RetentionReport> {
  const { fiscalYears, now, trigger, batchSize = 200, pause = nextTurn } = options
  const dryRun = options.dryRun ?? false
  const report: RetentionReport = {
    dryRun,
    fiscalYears,
    rounds: dryRun ? roundsToDelete(db, now, fiscalYears) : [],
    deleted: { responses: 0, answerRows: 0 },
    masked: { read: 0, changed: 0 },
    complete: true,
  }
  if (dryRun) return report

  const due = dueRounds(db, now, fiscalYears)
  const writer = createRetentionWriter(db)
  const wal = createWalSync(db)
  const goOn = async () => (await pause()) && isDatabaseOpen(db)
  report.complete = await (async () => {
    for (const round of due) {
      for (;;) {
        if (!(await goOn())) return false
        const done = wal.withoutFsync(() => writer.deleteCounted(round.roundId, batchSize))
        round.responses += done.responses
        round.answerRows += done.answerRows
        if (done.responses < batchSize) break
      }
      round.notYetCounted = uncountedOf(db, round.roundId)
    }
    for (;;) {
      if (!(await goOn())) return false
      const done = wal.withoutFsync(() => writer.maskStored(batchSize))
      report.masked.read += done.read
      report.masked.changed += done.changed
      if (done.read < batchSize) return true
    }
  })()
  report.rounds = due.filter(holdsAny)
  for (const r of report.rounds) {
    report.deleted.responses += r.responses
    report.deleted.answerRows += r.answerRows
  }
  // Closed under the run (the server stopping): what was done stays done, and the next run goes on.
  if (!isDatabaseOpen(db)) return report
  recordAudit(
    db,
    {
      action: 'responses_deleted',
      detail: {
        trigger,
        fiscalYears,
        rounds: report.rounds.filter((r) => r.responses > 0).map((r) => r.roundId),
        responses: report.deleted.responses,
        answerRows: report.deleted.answerRows,
        textMasked: report.masked.changed,
        ...(report.complete ? {} : { stopped: true }),
      },
    },
    new Date(now),
  )
  return report
}
