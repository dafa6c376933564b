/**
 * The nightly run as the server starts it: soon after start when the last run is over a day old,
 * otherwise at 03:00 in Bangkok; never while the survey's writer is busy, and not at all once stopped.
 */
import { describe, expect, it } from 'vitest'
import { recordAudit } from '../../src/db/queries/audit.js'
import { nextDailyRun } from '../../src/domain/retention.js'
import { startDailyRetention } from '../../src/retention/daily-retention.js'
import type { RetentionReport } from '../../src/retention/run-retention.js'
import { answer, arrangeSurvey, countedInBackground, HOUR, validAnswers } from '../helpers/survey-fixture.js'

const bkk = (local: string) => Date.parse(`${local}+07:00`)

async function arrange() {
  const s = arrangeSurvey({
    now: bkk('2022-06-10T10:00:00'),
    round: { opensAt: bkk('2021-10-01T00:00:00'), closesAt: bkk('2022-10-01T00:00:00') },
  })
  for (let n = 0; n < 3; n++) {
    expect((await answer(s.app, s.points.main.code, validAnswers(s.definition, s.points.main.services))).status).toBe(303)
    s.clock.advance(HOUR)
  }
  await countedInBackground(s.db)
  s.clock.now = bkk('2025-06-10T10:00:00')
  return s
}

const stored = (s: Awaited<ReturnType<typeof arrange>>) =>
  s.db.$client.prepare('select count(*) from responses').pluck().get() as number
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the daily retention run', () => {
  it('runs soon after start when the last run is over a day old, waits while the writer is busy, and records the run', async () => {
    const s = await arrange()
    recordAudit(s.db, { action: 'responses_deleted', detail: {} }, new Date(s.clock.now - 25 * HOUR))
    let busy = true
    const reports: RetentionReport[] = []
    const job = startDailyRetention({
      db: s.db,
      fiscalYears: 2,
      busy: () => busy,
      now: () => s.clock.now,
      catchUpAfterMs: 1,
      log: (r) => reports.push(r),
    })
    try {
      await sleep(50)
      expect(stored(s)).toBe(3)
      busy = false
      for (let i = 0; i < 100 && reports.length === 0; i++) await sleep(5)
      expect(reports.map((r) => r.deleted.responses)).toEqual([3])
      expect(stored(s)).toBe(0)
      const detail = s.db.$client
        .prepare(`select detail from audit_log where action = 'responses_deleted' order by id`)
        .pluck()
        .all()
      expect(detail.map((d) => JSON.parse(d as string))).toEqual([
        {},
        { trigger: 'daily', fiscalYears: 2, rounds: [s.roundId], responses: 3, answerRows: 3, textMasked: 0 },
      ])
    } finally {
      job.stop()
    }
  })

  it.each([
    ['no run was ever recorded (a new database)', undefined],
    ['a run is recorded in the last day', 2 * HOUR],
  ])('waits for 03:00 when %s', async (_, lastRunAgo) => {
    const s = await arrange()
    if (lastRunAgo !== undefined)
      recordAudit(s.db, { action: 'responses_deleted', detail: {} }, new Date(s.clock.now - lastRunAgo))
    const reports: RetentionReport[] = []
    const job = startDailyRetention({
      db: s.db,
      fiscalYears: 2,
      busy: () => false,
      now: () => s.clock.now,
      catchUpAfterMs: 1,
      log: (r) => reports.push(r),
    })
    await sleep(30)
    job.stop()
    expect(reports).toEqual([])
    expect(stored(s)).toBe(3)
    expect(nextDailyRun(s.clock.now)).toBe(bkk('2025-06-11T03:00:00'))
  })

  it('starts nothing once stopped', async () => {
    const s = await arrange()
    recordAudit(s.db, { action: 'responses_deleted', detail: {} }, new Date(s.clock.now - 25 * HOUR))
    const job = startDailyRetention({ db: s.db, fiscalYears: 2, busy: () => false, now: () => s.clock.now, catchUpAfterMs: 1 })
    job.stop()
    await sleep(30)
    expect(stored(s)).toBe(3)
    expect(s.db.$client.prepare(`select count(*) from audit_log where action = 'responses_deleted'`).pluck().get()).toBe(1)
  })
})
