/**
 * Runs the retention rule every night at 03:00 in Bangkok, and soon after start when the last
 * recorded run is more than a day old (a server that was down at 03:00). Between its transactions it waits
 * while the survey's writer has submissions in hand, as background counting does, so residents
 * are never kept waiting for it.
 */
import { untilWriterIdle } from '../db/writer-idle.js'
import type { Db } from '../db/client.js'
import { lastRetentionRun } from '../db/queries/retention.js'
import { nextDailyRun } from '../domain/retention.js'
import { runRetention, type RetentionReport } from './run-retention.js'

export type DailyRetentionOptions = {
  db: Db
  fiscalYears: number
  /** Whether the survey's writer has submissions waiting, being written or being made durable. */
  busy: () => boolean
  now?: () => number
  /** How long after start a missed run begins. */
  catchUpAfterMs?: number
  log?: (report: RetentionReport) => void
}

const DAY_MS = 24 * 3600_000

export function describeRun(report: RetentionReport): string {
  const masked = report.masked.changed > 0 ? `, ${report.masked.changed} stored comments masked` : ''
  const stopped = report.complete ? '' : ' (stopped before the end; the next run goes on)'
  return `retention: ${report.deleted.responses} responses and ${report.deleted.answerRows} free-text rows deleted from ${report.rounds.length === 1 ? '1 round' : `${report.rounds.length} rounds`}${masked}${stopped}`
}

export function startDailyRetention({
  db,
  fiscalYears,
  busy,
  now = Date.now,
  catchUpAfterMs = 60_000,
  log = (report) => console.log(describeRun(report)),
}: DailyRetentionOptions) {
  let stopped = false
  let timer: NodeJS.Timeout | undefined

  const pause = () => untilWriterIdle(busy, () => stopped)

  const run = async () => {
    try {
      log(await runRetention(db, { fiscalYears, now: now(), trigger: 'daily', pause }))
    } catch (error) {
      console.error('retention run failed (the next one tries again):', error)
    }
    schedule(nextDailyRun(now()) - now())
  }

  function schedule(ms: number) {
    if (stopped) return
    timer = setTimeout(() => void run(), ms)
    timer.unref()
  }

  // A new database waits for 03:00, so a fresh start (the demo, the benchmark) is never busy with it.
  const last = lastRetentionRun(db)
  schedule(last !== undefined && now() - last > DAY_MS ? catchUpAfterMs : nextDailyRun(now()) - now())

  return {
    /** No new run starts, and one under way stops after its current transaction. */
    stop() {
      stopped = true
      clearTimeout(timer)
    },
  }
}
