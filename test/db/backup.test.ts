/**
 * Online backups on real SQLite files: a backup taken while residents submit
 * through the real path (HTTP, group commit, fsync of the WAL) holds exactly what
 * the source held at the moment it was copied; restored, the server counts on
 * from there and the tallies equal a recount. A restore refuses a database that
 * is open, and a damaged backup.
 */
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp } from '../../src/app.js'
import { backupFileName, copyTurnMs, listBackups, takeBackup } from '../../src/db/backup.js'
import { startBackupSchedule } from '../../src/db/backup-schedule.js'
import { checkDatabaseFile } from '../../src/db/check-database-file.js'
import { closeDatabase, migrateDatabase, openDatabase, type Db } from '../../src/db/client.js'
import { DatabaseInUseError, restoreDatabase, UnusableBackupError } from '../../src/db/restore.js'
import { allItems } from '../../src/domain/questionnaire/definition.js'
import { ANSWER_ROWS } from '../helpers/database.js'
import { answer, arrangeSurvey, countedInBackground, getForm, post, validAnswers } from '../helpers/survey-fixture.js'
import { TALLY_TABLES } from './fixture.js'

const dirs: string[] = []
const open: Db[] = []
afterEach(() => {
  vi.useRealTimers()
  open.splice(0).forEach((db) => db.$client.open && closeDatabase(db))
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }))
})

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'survey-backup-'))
  dirs.push(dir)
  return dir
}

/** Every row of a table in a stable order. */
function rows(db: Db, table: string): unknown[] {
  const n = db.$client.prepare(`select * from ${table}`).columns().length
  const order = Array.from({ length: n }, (_, i) => i + 1).join(', ')
  return db.$client.prepare(`select * from ${table} order by ${order}`).all()
}

const STATE_TABLES = ['responses', 'answers', ...TALLY_TABLES, 'tally_progress'] as const
const stateOf = (db: Db) => Object.fromEntries(STATE_TABLES.map((t) => [t, rows(db, t)]))

/** The survey arranged on a real database file, served by the real app. */
async function surveyOnFile(dir: string) {
  const s = arrangeSurvey({ config: { RATE_LIMIT_SUBMISSIONS: 1_000_000 } })
  const path = join(dir, 'app.db')
  await s.db.$client.backup(path)
  const db = openDatabase(path)
  open.push(db)
  const app = createApp({ db, config: s.config, now: () => s.clock.now })
  return { ...s, db, app, path }
}

/** Residents answering one after another on `lanes` phones until stopped; notes the submission id of each acknowledged (303) answer. */
function residents(s: Awaited<ReturnType<typeof surveyOnFile>>, lanes: number, acknowledged: string[]) {
  let running = true
  const answers = validAnswers(s.definition, s.points.main.services)
  const lane = async () => {
    while (running) {
      const form = await getForm(s.app, s.points.main.code)
      const res = await post(s.app, s.points.main.code, { _token: form.token, ...answers })
      if (res.status !== 303) throw new Error(`submission answered ${res.status}`)
      acknowledged.push(form.token.split('.')[2]!)
    }
  }
  const all = Promise.all(Array.from({ length: lanes }, lane))
  return {
    async stop() {
      running = false
      await all
    },
  }
}

/** The tallies worked out again from the stored rows with GROUP BY, as the counter should have them. */
function recount(db: Db, textItems: string[]) {
  const key = `r.round_id, r.organisation_id, r.service_point_id, coalesce(r.service_id, 0) as service_id,
    (r.flag_reason is not null) as flagged`
  const value = `case when a.item_id in (${textItems.map(() => '?').join(', ')}) then '*' else a.value end`
  return {
    answer_tallies: db.$client
      .prepare(
        `select ${key}, a.item_id, ${value} as value, count(*) as count from responses r join ${ANSWER_ROWS} a on a.response_id = r.id
         group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7`,
      )
      .all(...textItems),
    organisation_response_tallies: db.$client
      .prepare(
        `select r.round_id, r.organisation_id, r.flag_reason is not null as flagged, count(*) as count
         from responses r group by 1, 2, 3 order by 1, 2, 3`,
      )
      .all(),
  }
}

describe('a backup under submission load', () => {
  it(
    'restores to the responses and tallies the source held when it was copied, and counting goes on from there',
    { timeout: 180_000 },
    async () => {
      const dir = tempDir()
      const s = await surveyOnFile(dir)
      // Some answers stored and counted before the backup, so it copies tallies as well as rows.
      const acknowledged: string[] = []
      const warmUp = residents(s, 4, acknowledged)
      while (acknowledged.length < 40) await new Promise((done) => setTimeout(done, 5))
      await warmUp.stop()
      await countedInBackground(s.db)

      const load = residents(s, 8, acknowledged)
      while (acknowledged.length < 60) await new Promise((done) => setTimeout(done, 5))
      // Pages no submission touches, so the copy takes enough turns for answers to be acknowledged during it
      // even when the machine is busy and each fsync slow.
      s.db.$client.exec('create table filler (data blob)')
      s.db.$client
        .prepare(
          'with recursive n(i) as (select 1 union all select i + 1 from n where i < 2048) insert into filler select randomblob(4096) from n',
        )
        .run()
      const ackedAtStart = acknowledged.length
      let atCopy: { state: ReturnType<typeof stateOf>; acknowledged: string[] } | undefined
      // Four pages a turn: the copy takes many turns of the event loop, with submissions between them.
      const backup = await takeBackup(s.db, {
        dir,
        keep: 3,
        stepPages: 4,
        onCopied: () => (atCopy = { state: stateOf(s.db), acknowledged: [...acknowledged] }),
      })
      while (acknowledged.length < atCopy!.acknowledged.length + 20) await new Promise((done) => setTimeout(done, 5))
      await load.stop()
      await countedInBackground(s.db)

      // The load really ran through the copy, and the source moved on after it.
      expect(atCopy!.acknowledged.length - ackedAtStart).toBeGreaterThan(5)
      const copied = atCopy!.state
      // Every answer acknowledged by the moment of the copy is in it.
      const inCopy = new Set((copied.responses as { submission_id: string }[]).map((r) => r.submission_id))
      expect(atCopy!.acknowledged.filter((id) => !inCopy.has(id))).toEqual([])
      expect(rows(s.db, 'responses').length).toBeGreaterThan((copied.responses as unknown[]).length)
      expect((copied.answer_tallies as unknown[]).length).toBeGreaterThan(0)
      expect(backup.file).toMatch(/app-\d{8}T\d{6}Z\.db$/)

      const restoredPath = join(dir, 'standby', 'app.db')
      await restoreDatabase(backup.file, restoredPath)
      const restored = openDatabase(restoredPath)
      open.push(restored)
      migrateDatabase(restored)
      expect(stateOf(restored)).toEqual(copied)

      // A server started on the restored database counts what the backup held uncounted.
      createApp({ db: restored, config: s.config, now: () => s.clock.now })
      await countedInBackground(restored)
      const textItems = allItems(s.definition)
        .filter((item) => item.kind === 'text')
        .map((item) => item.id)
      const expected = recount(restored, textItems)
      expect(expected.answer_tallies.length).toBeGreaterThan(10)
      expect(rows(restored, 'answer_tallies')).toEqual(expected.answer_tallies)
      expect(
        (rows(restored, 'organisation_response_tallies') as Record<string, unknown>[]).map(({ last_response_at: _, ...r }) => r),
      ).toEqual(expected.organisation_response_tallies)
      const lastId = restored.$client.prepare('select max(id) from responses').pluck().get()
      expect(restored.$client.prepare('select counted_to from tally_progress').pluck().get()).toBe(lastId)
    },
  )
})

describe('takeBackup', () => {
  it('names each backup by UTC time and keeps the newest `keep`', async () => {
    const dir = tempDir()
    const s = await surveyOnFile(dir)
    const backups = join(dir, 'backups')
    mkdirSync(backups)
    for (const minute of [0, 15, 30, 45])
      await takeBackup(s.db, { dir: backups, keep: 3, now: () => new Date(Date.UTC(2026, 11, 5, 18, minute, 0)) })
    expect(await listBackups(backups, s.path)).toEqual([
      'app-20261205T184500Z.db',
      'app-20261205T183000Z.db',
      'app-20261205T181500Z.db',
    ])
    expect(readdirSync(backups).sort()).toEqual(['app-20261205T181500Z.db', 'app-20261205T183000Z.db', 'app-20261205T184500Z.db'])
    expect(backupFileName('/var/lib/survey/survey.db', new Date('2026-01-02T03:04:05.678Z'))).toBe('survey-20260102T030405Z.db')
  })

  it('stops when aborted and leaves no partial file', async () => {
    const dir = tempDir()
    const s = await surveyOnFile(dir)
    const controller = new AbortController()
    const taking = takeBackup(s.db, { dir, keep: 2, stepPages: 1, signal: controller.signal })
    controller.abort()
    await expect(taking).rejects.toThrow()
    expect(readdirSync(dir).filter((name) => name.includes('partial') || /^app-\d/.test(name))).toEqual([])
  })
})

/** Turns of the event loop until `done()` (or `ms` of real time: the fake clock does not move here). */
const settled = async (done: () => boolean, ms = 60_000) => {
  const until = performance.now() + ms
  while (!done() && performance.now() < until) await new Promise((next) => setImmediate(next))
}

describe('startBackupSchedule', () => {
  it(
    'takes a backup every interval and on demand, and logs one that fails with its context without throwing',
    { timeout: 180_000 },
    async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
      const dir = tempDir()
      const s = await surveyOnFile(dir)
      const lines: string[] = []
      const errors: string[] = []
      const options = {
        intervalMinutes: 15,
        keep: 5,
        log: (line: string) => lines.push(line),
        logError: (line: string, error: unknown) => errors.push(`${line} ${(error as Error).message}`),
      }
      const schedule = startBackupSchedule(s.db, { ...options, dir: join(dir, 'backups') })
      vi.advanceTimersByTime(15 * 60_000 - 1)
      await settled(() => false, 200)
      expect(lines).toEqual([])
      vi.advanceTimersByTime(1)
      await settled(() => lines.length === 2)
      vi.advanceTimersByTime(15 * 60_000)
      await settled(() => lines.length === 4)
      await schedule.now()
      await schedule.stop()
      const written = lines.filter((line) => line.startsWith('backup written'))
      expect(written).toHaveLength(3)
      expect(lines.filter((line) => /^backup copied in [\d.]+ s, checking it/.test(line))).toHaveLength(3)
      for (const line of written) expect(line).toMatch(/^backup written: .*app-\d{8}T\d{6}Z\.db \([\d.]+ MB; copied in/)

      const notAFolder = join(dir, 'plain-file')
      writeFileSync(notAFolder, '')
      const failing = startBackupSchedule(s.db, { ...options, dir: join(notAFolder, 'backups') })
      await expect(failing.now()).resolves.toBeUndefined()
      await failing.stop()
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(
        /^backup failed \(the next is due in 15 min\): database .*app\.db, folder .*plain-file\/backups: /,
      )
    },
  )
})

describe('restoreDatabase', () => {
  it('refuses a database another connection has open, changes nothing, and restores once it is closed', async () => {
    const dir = tempDir()
    const s = await surveyOnFile(dir)
    const { file } = await takeBackup(s.db, { dir, keep: 2 })
    await answer(s.app, s.points.main.code, validAnswers(s.definition, s.points.main.services))
    const before = rows(s.db, 'responses').length

    await expect(restoreDatabase(file, s.path)).rejects.toThrow(DatabaseInUseError)
    expect(rows(s.db, 'responses')).toHaveLength(before)
    expect(existsSync(`${s.path}.restoring`)).toBe(false)

    closeDatabase(s.db)
    const result = await restoreDatabase(file, s.path)
    expect(result.keptAs).toMatch(/app\.db\.replaced-\d{8}T\d{6}Z$/)
    const restored = openDatabase(s.path)
    open.push(restored)
    expect(rows(restored, 'responses')).toHaveLength(before - 1)
    const kept = openDatabase(result.keptAs!)
    open.push(kept)
    expect(rows(kept, 'responses')).toHaveLength(before)
  })

  it('refuses a damaged or foreign file and leaves the database alone', async () => {
    const dir = tempDir()
    const s = await surveyOnFile(dir)
    closeDatabase(s.db)
    const garbage = join(dir, 'garbage.db')
    writeFileSync(garbage, 'not a database at all'.repeat(500))
    await expect(restoreDatabase(garbage, s.path)).rejects.toThrow(UnusableBackupError)
    const foreign = openDatabase(join(dir, 'foreign.db'))
    foreign.$client.exec('create table notes (id integer primary key)')
    closeDatabase(foreign)
    await expect(restoreDatabase(join(dir, 'foreign.db'), s.path)).rejects.toThrow(/not a survey database/)
    await expect(restoreDatabase(join(dir, 'missing.db'), s.path)).rejects.toThrow(UnusableBackupError)
    expect(readdirSync(dir).sort()).toEqual(['app.db', 'foreign.db', 'garbage.db'])
  })
})

describe('checkDatabaseFile', () => {
  it('finds a page overwritten in the middle of a table', async () => {
    const dir = tempDir()
    const s = await surveyOnFile(dir)
    const { file } = await takeBackup(s.db, { dir, keep: 2 })
    expect(await checkDatabaseFile(file)).toEqual([])

    const damaged = openDatabase(file)
    const root = damaged.$client.prepare("select rootpage from sqlite_master where name = 'provinces'").pluck().get() as number
    const pageSize = damaged.$client.pragma('page_size', { simple: true }) as number
    damaged.$client.pragma('wal_checkpoint(TRUNCATE)')
    closeDatabase(damaged)
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize)
    closeSync(fd)
    const found = await checkDatabaseFile(file).catch((error: Error) => [error.message])
    expect(found.length).toBeGreaterThan(0)
  })
})

describe('the share of the event loop a copy takes', () => {
  it('takes whole 0.5 ms turns when the loop has nothing else to do', () => {
    expect(copyTurnMs(0)).toBe(0.5)
    expect(copyTurnMs(0.19)).toBe(0.5)
  })

  it('takes a tenth of a busy loop: a turn of x after 9x of other work', () => {
    // 0.2 ms of copying after 1.8 ms of submissions: 0.2 / (1.8 + 0.2) = 10 %.
    expect(copyTurnMs(1.8)).toBeCloseTo(0.2, 10)
    expect(copyTurnMs(0.9)).toBeCloseTo(0.1, 10)
  })

  it('never takes a turn longer than an idle one', () => {
    expect(copyTurnMs(4.5)).toBeCloseTo(0.5, 10)
    expect(copyTurnMs(50)).toBe(0.5)
  })
})
