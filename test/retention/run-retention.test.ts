/**
 * The retention run on a real migrated database, with answers sent through the real HTTP path.
 *
 * Arranged: a round of FY 2565 (1 Oct 2021 – 30 Sep 2022) answered in June 2022, and a round of
 * FY 2568 answered in June 2025. On 10 June 2025 (FY 2568) the FY 2565 round's answers may go
 * (kept through FY 2566 and FY 2567, deletable from 1 October 2024); the FY 2568 round's may not.
 */
import { describe, expect, it } from 'vitest'
import { createApp } from '../../src/app.js'
import { createResponseStore } from '../../src/db/queries/responses.js'
import { createRound } from '../../src/db/queries/rounds.js'
import { latestPublishedQuestionnaire } from '../../src/db/queries/questionnaires.js'
import { finaliseRound } from '../../src/db/queries/round-lifecycle.js'
import { runRetention } from '../../src/retention/run-retention.js'
import { reached } from '../helpers/transport.js'
import { readPage } from '../http/html.js'
import { createStaff, signIn } from '../helpers/staff.js'
import { answer, arrangeSurvey, countedInBackground, DAY, HOUR, validAnswers } from '../helpers/survey-fixture.js'

const bkk = (local: string) => Date.parse(`${local}+07:00`)
const OLD_ROUND = { opensAt: bkk('2021-10-01T00:00:00'), closesAt: bkk('2022-10-01T00:00:00') }
const ANSWERED_OLD = bkk('2022-06-10T10:00:00')
const TODAY = bkk('2025-06-10T10:00:00')
const OLD_RESPONSES = 12

const TALLY_TABLES = ['answer_tallies', 'answer_tallies_monthly', 'response_tallies', 'organisation_response_tallies']

async function arrange() {
  const s = arrangeSurvey({ now: ANSWERED_OLD, round: OLD_ROUND, config: { RESULTS_MIN_RESPONSES: 1 } })
  const oldRound = s.roundId!
  const points = [s.points.main, s.points.single, s.points.bare]
  for (let n = 0; n < OLD_RESPONSES; n++) {
    const point = points[n % points.length]!
    const fields = validAnswers(s.definition, point.services)
    fields.suggestion = `ครั้งที่ ${n}: ไลน์ id: somchai${n} โทร 081-234-56${String(n).padStart(2, '0')}`
    expect((await answer(s.app, point.code, fields)).status).toBe(303)
    s.clock.advance(3 * HOUR)
  }
  await countedInBackground(s.db)

  s.clock.now = TODAY
  const questionnaire = latestPublishedQuestionnaire(s.db, 'thai-lgu-standard')!
  const currentRound = createRound(
    s.db,
    {
      nameTh: 'ปีงบประมาณ 2568',
      nameEn: 'Fiscal year 2568 (BE)',
      questionnaireId: questionnaire.id,
      opensAt: new Date(bkk('2024-10-01T00:00:00')),
      closesAt: new Date(bkk('2025-10-01T00:00:00')),
      scope: 'all',
      provinceCodes: [],
      organisationIds: [],
    },
    new Date(TODAY),
  )
  for (const point of points)
    expect((await answer(s.app, point.code, validAnswers(s.definition, point.services))).status).toBe(303)
  await countedInBackground(s.db)
  await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
  return { ...s, oldRound, currentRound }
}

type Arranged = Awaited<ReturnType<typeof arrange>>

const rows = (s: Arranged, sql: string, ...params: unknown[]) => s.db.$client.prepare(sql).all(...params)
const count = (s: Arranged, sql: string, ...params: unknown[]) =>
  s.db.$client
    .prepare(sql)
    .pluck()
    .get(...params) as number

/** Every published figure of both rounds, as their readers get them, from an app built afresh (nothing kept from before). */
async function figures(s: Arranged, cookie: string) {
  const app = reached(createApp({ db: s.db, config: s.config, now: () => s.clock.now }))
  const agent = { get: (path: string) => app.request(path, { headers: { cookie } }) }
  const krabi = s.organisationIds['4810102']
  const out: Record<string, string> = {}
  for (const round of [s.oldRound, s.currentRound]) {
    const pages: [string, () => Response | Promise<Response>][] = [
      ['staff results', () => agent.get(`/staff/organisations/${krabi}/results?round=${round}`)],
      ['export csv', () => agent.get(`/staff/exports/results.csv?round=${round}`)],
      ['export json', () => agent.get(`/staff/exports/results.json?round=${round}`)],
      ['public page', () => app.request(`/o/4810102?round=${round}`)],
      ['open data organisations', () => app.request(`/open-data/rounds/${round}/organisations.csv`)],
      ['open data provinces', () => app.request(`/open-data/rounds/${round}/provinces.json`)],
    ]
    for (const [name, get] of pages) {
      const res = await get()
      expect(res.status, `${name} of round ${round}`).toBe(200)
      out[`${name} ${round}`] = await res.text()
    }
  }
  for (const table of TALLY_TABLES)
    out[table] = JSON.stringify(
      rows(s, `select * from ${table}`)
        .map((r) => JSON.stringify(r))
        .sort(),
    )
  return out
}

describe('retention: deleting answers past their time', () => {
  it('deletes the old round’s responses and free text, leaves every figure as it was, and records the run', async () => {
    const s = await arrange()
    const { cookie } = await signIn(s.app, 'dla-officer')
    const before = await figures(s, cookie)
    expect(before[`public page ${s.oldRound}`]).toContain('ผู้ตอบ')

    const report = await runRetention(s.db, { fiscalYears: 2, now: s.clock.now, trigger: 'command', batchSize: 5 })

    expect(report.rounds.map((r) => [r.roundId, r.closingFiscalYear, r.responses, r.notYetCounted])).toEqual([
      [s.oldRound, 2565, OLD_RESPONSES, 0],
    ])
    expect(report.rounds[0]!.deletableFrom).toBe(bkk('2024-10-01T00:00:00'))
    expect(report.deleted).toEqual({ responses: OLD_RESPONSES, answerRows: OLD_RESPONSES })
    expect(report.complete).toBe(true)
    expect(count(s, 'select count(*) from responses where round_id = ?', s.oldRound)).toBe(0)
    expect(
      count(s, 'select count(*) from answers a join responses r on r.id = a.response_id where r.round_id = ?', s.oldRound),
    ).toBe(0)
    expect(count(s, 'select count(*) from answers')).toBe(3)
    expect(count(s, 'select count(*) from responses where round_id = ?', s.currentRound)).toBe(3)

    const after = await figures(s, cookie)
    for (const key of Object.keys(before)) expect(after[key], key).toBe(before[key])

    // The comments page says why the old round has none left; the current round's are still there.
    const agent = await signIn(s.app, 'dla-officer')
    const comments = (round: number) => agent.get(`/staff/organisations/${s.organisationIds['4810102']}/comments?round=${round}`)
    const oldPage = readPage(await (await comments(s.oldRound)).text()).text()
    expect(oldPage).toContain('ความคิดเห็นของรอบนี้ถูกลบแล้วพร้อมคำตอบรายบุคคล ตั้งแต่วันที่ 1 ต.ค. 2567 เมื่อครบ 2 ปีงบประมาณ')
    expect(readPage(await (await comments(s.currentRound)).text()).text()).toContain('พบ 2 ความคิดเห็น')

    const audit = rows(s, `select actor_user_id as actor, action, detail from audit_log where action = 'responses_deleted'`) as {
      actor: number | null
      detail: string
    }[]
    expect(audit).toHaveLength(1)
    expect(audit[0]!.actor).toBeNull()
    expect(JSON.parse(audit[0]!.detail)).toEqual({
      trigger: 'command',
      fiscalYears: 2,
      rounds: [s.oldRound],
      responses: OLD_RESPONSES,
      answerRows: OLD_RESPONSES,
      textMasked: 0,
    })
  })

  it('deletes a finalised round’s answers too, and its final figures stay exactly as they were', async () => {
    const s = await arrange()
    expect(finaliseRound(s.db, s.oldRound, new Date(s.clock.now))).toBe(true)
    const { cookie } = await signIn(s.app, 'dla-officer')
    const before = await figures(s, cookie)
    expect(before[`public page ${s.oldRound}`]).toContain('ผู้ตอบ')

    const report = await runRetention(s.db, { fiscalYears: 2, now: s.clock.now, trigger: 'daily' })

    expect(report.deleted).toEqual({ responses: OLD_RESPONSES, answerRows: OLD_RESPONSES })
    expect(count(s, 'select count(*) from responses where round_id = ?', s.oldRound)).toBe(0)
    expect(count(s, 'select finalised_at from rounds where id = ?', s.oldRound)).toBe(s.clock.now)
    const after = await figures(s, cookie)
    for (const key of Object.keys(before)) expect(after[key], key).toBe(before[key])
  })

  it('says in a dry run what would go, and deletes nothing and records nothing', async () => {
    const s = await arrange()
    const stored = count(s, 'select count(*) from responses')
    const report = await runRetention(s.db, { fiscalYears: 2, now: s.clock.now, trigger: 'command', dryRun: true })
    expect(report.dryRun).toBe(true)
    expect(report.rounds.map((r) => [r.roundId, r.responses, r.answerRows])).toEqual([[s.oldRound, OLD_RESPONSES, OLD_RESPONSES]])
    expect(report.deleted).toEqual({ responses: 0, answerRows: 0 })
    expect(count(s, 'select count(*) from responses')).toBe(stored)
    expect(count(s, `select count(*) from audit_log where action = 'responses_deleted'`)).toBe(0)
  })

  it('keeps everything until the first instant of the fiscal year it may go, and longer with a longer setting', async () => {
    const s = await arrange()
    const stored = count(s, 'select count(*) from responses')
    for (const [now, years] of [
      [bkk('2024-09-30T23:59:59'), 2],
      [TODAY, 3],
    ] as const) {
      const report = await runRetention(s.db, { fiscalYears: years, now, trigger: 'daily' })
      expect(report.rounds).toEqual([])
      expect(report.deleted.responses).toBe(0)
    }
    expect(count(s, 'select count(*) from responses')).toBe(stored)
    // A run that finds nothing is still recorded.
    expect(count(s, `select count(*) from audit_log where action = 'responses_deleted'`)).toBe(2)
  })

  it('never deletes a response not yet counted into the tallies; the next run does, once it is', async () => {
    const s = await arrange()
    const store = createResponseStore(s.db)
    // Stored without counting, as the survey's writer does; the background counting has not run yet.
    const [stored] = store.storeBatch([
      {
        submissionId: 'late-1',
        roundId: s.oldRound,
        organisationId: s.points.main.organisationId,
        servicePointId: s.points.main.id,
        serviceId: null,
        submittedAt: ANSWERED_OLD,
        locale: 'th',
        channel: 'web',
        flagReason: null,
        answers: [{ itemId: 'overall', value: '5' }],
      },
    ])
    expect(stored).toEqual({ ok: true, value: 'stored' })
    const first = await runRetention(s.db, { fiscalYears: 2, now: s.clock.now, trigger: 'daily' })
    expect(first.rounds[0]).toMatchObject({ responses: OLD_RESPONSES, notYetCounted: 1 })
    expect(first.deleted.responses).toBe(OLD_RESPONSES)
    expect(count(s, `select count(*) from responses where submission_id = 'late-1'`)).toBe(1)

    store.counter.countAll()
    const tallied = count(s, 'select sum(count) from organisation_response_tallies where round_id = ?', s.oldRound)
    expect(tallied).toBe(OLD_RESPONSES + 1)
    const second = await runRetention(s.db, { fiscalYears: 2, now: s.clock.now, trigger: 'daily' })
    expect(second.deleted.responses).toBe(1)
    expect(count(s, 'select count(*) from responses where round_id = ?', s.oldRound)).toBe(0)
    expect(count(s, 'select sum(count) from organisation_response_tallies where round_id = ?', s.oldRound)).toBe(tallied)
  })

  it('gives a response stored after the newest one was deleted a new id, so it is still counted', async () => {
    const s = await arrange()
    const store = createResponseStore(s.db)
    store.writeOne({
      submissionId: 'newest-old',
      roundId: s.oldRound,
      organisationId: s.points.main.organisationId,
      servicePointId: s.points.main.id,
      serviceId: null,
      submittedAt: ANSWERED_OLD,
      locale: 'th',
      channel: 'web',
      flagReason: null,
      answers: [{ itemId: 'overall', value: '4' }],
    })
    const newest = count(s, 'select max(id) from responses')
    await runRetention(s.db, { fiscalYears: 2, now: s.clock.now, trigger: 'daily' })
    expect(count(s, 'select count(*) from responses where id = ?', newest)).toBe(0)

    const before = count(s, 'select sum(count) from organisation_response_tallies where round_id = ?', s.currentRound)
    s.clock.advance(DAY)
    expect((await answer(s.app, s.points.main.code, validAnswers(s.definition, s.points.main.services))).status).toBe(303)
    await countedInBackground(s.db)
    expect(count(s, 'select max(id) from responses')).toBeGreaterThan(newest)
    expect(count(s, 'select sum(count) from organisation_response_tallies where round_id = ?', s.currentRound)).toBe(before + 1)
  })
})
