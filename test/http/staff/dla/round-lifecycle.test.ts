/**
 * A round's life to the end: open → closed → finalised. Until DLA finalises it,
 * every place that shows its figures says they are provisional and a new answer
 * moves them; once finalised they say final, the database takes no new answer
 * and no flag change for the round, every figure (public page, staff page,
 * export, open data, API) stays exactly as it was, and the round cannot be
 * extended or finalised again.
 */
import { describe, expect, it } from 'vitest'
import { issueApiToken } from '../../../../src/db/queries/api-tokens.js'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { arrangeSurvey, HOUR } from '../../../helpers/survey-fixture.js'
import { readPage } from '../../html.js'

type Row = Record<string, string | number | null>
const MINUTE = 60_000

async function arrangeRound() {
  // Every group shown, however small, so each answer shows in the figures; a session that outlasts the clock's jumps.
  const s = arrangeSurvey({ config: { RESULTS_MIN_RESPONSES: 1, SESSION_IDLE_MINUTES: 600 } })
  const closesAt = s.clock.now + HOUR
  s.db.$client.prepare('update rounds set closes_at = ? where id = ?').run(closesAt, s.roundId)
  const dla = await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
  const agent = await signIn(s.app, 'dla-officer')
  const api = issueApiToken(s.db, { userId: dla.id, name: 'lifecycle', createdBy: dla.id }, s.clock.now).secret
  const krabi = s.organisationIds['4810102']
  const store = createResponseStore(s.db)
  let seq = 0
  /** A resident's answer at the main point, every rating `value`. */
  const respond = (value: string) =>
    store.writeOne({
      submissionId: `lifecycle-${seq++}`,
      roundId: s.roundId!,
      organisationId: krabi,
      servicePointId: s.points.main.id,
      serviceId: null,
      submittedAt: s.clock.now,
      locale: 'th',
      channel: 'web',
      flagReason: null,
      answers: [
        'process_1',
        'process_2',
        'channel_1',
        'channel_2',
        'staff_1',
        'staff_2',
        'staff_3',
        'facility_1',
        'facility_2',
        'overall',
      ].map((itemId) => ({ itemId, value })),
    })
  /** Another answer, as a writer that goes round the survey would store it. */
  const insertDirectly = () =>
    s.db.$client
      .prepare(
        `insert into responses (submission_id, round_id, organisation_id, service_point_id, service_id, submitted_hour, day,
           locale, channel, flag_reason, answer_values)
         select 'direct-' || (select count(*) from responses), round_id, organisation_id, service_point_id, service_id,
           submitted_hour, day, locale, channel, flag_reason, answer_values
         from responses where round_id = ? limit 1`,
      )
      .run(s.roundId)
  const flagEverything = () =>
    s.db.$client.prepare("update responses set flag_reason = 'repeat' where round_id = ?").run(s.roundId)
  const json = async (path: string, headers: Record<string, string> = {}) => {
    const res = await s.app.request(path, { headers })
    expect(res.status, path).toBe(200)
    return res.json() as Promise<{ round?: { results: string }; rows: Row[] }>
  }
  const id = s.roundId!
  const krabiRow = (rows: Row[]) => rows.find((r) => r.dla_code === '4810102')!

  /** Every place the round's figures are read, as they are now. */
  async function figures() {
    // Open data keeps its files for five minutes; reading later makes it count again.
    s.clock.advance(6 * MINUTE)
    const publicPage = readPage(await (await s.app.request(`/o/4810102?round=${id}`)).text())
    const staffHtml = await (await agent.get(`/staff/organisations/${krabi}/results?round=${id}`)).text()
    const staffPage = readPage(staffHtml)
    const exported = await json(`/staff/exports/results.json?round=${id}&scope=national`, { cookie: agent.cookie })
    const openData = await json(`/open-data/rounds/${id}/organisations.json`)
    const viaApi = await json(`/api/v1/rounds/${id}/results`, { authorization: `Bearer ${api}` })
    return {
      public: publicPage.text(publicPage.byId('results')),
      staff: staffPage.text(staffPage.byId('main') ?? staffPage.root),
      export: krabiRow(exported.rows),
      openData: krabiRow(openData.rows),
      api: krabiRow(viaApi.rows),
      standings: [exported.round?.results, openData.round?.results, viaApi.round?.results],
      staffStanding: /data-results-standing="(\w+)"/.exec(staffHtml)?.[1],
    }
  }
  return { ...s, agent, krabi, respond, insertDirectly, flagEverything, figures, closesAt, id }
}

describe('a round from open to final', () => {
  it('says provisional and moves with new answers until finalised; then says final and never moves', async () => {
    const s = await arrangeRound()
    for (const value of ['5', '5', '4']) s.respond(value)

    const open = await s.figures()
    expect(open.export.n).toBe(3)
    expect(open.standings).toEqual(['provisional', 'provisional', 'provisional'])
    expect([open.export.results_status, open.openData.results_status, open.api.results_status]).toEqual([
      'provisional',
      'provisional',
      'provisional',
    ])
    expect(open.public).toContain('ผลเบื้องต้น')
    expect(open.staffStanding).toBe('provisional')

    // Open: an answer stored any way at all moves every figure.
    s.insertDirectly()
    const moved = await s.figures()
    for (const where of ['export', 'openData', 'api'] as const) expect(moved[where].n, where).toBe(4)
    expect(moved.public).not.toBe(open.public)
    expect(moved.staff).not.toBe(open.staff)

    // Closed but not final: the survey refuses answers (test/http/survey), the figures are still provisional and can move.
    s.clock.advance(HOUR)
    s.insertDirectly()
    const closed = await s.figures()
    expect(closed.export.n).toBe(5)
    expect(closed.standings).toEqual(['provisional', 'provisional', 'provisional'])

    const roundPage = readPage(await (await s.agent.get(`/staff/rounds/${s.id}`)).text())
    expect(roundPage.getByRole('link', { name: 'ประกาศผลสุดท้าย' }).attrs.href).toBe(`/staff/rounds/${s.id}/finalise`)
    const confirm = await s.agent.get(`/staff/rounds/${s.id}/finalise`)
    expect(confirm.status).toBe(200)
    const confirmPage = readPage(await confirm.text())
    expect(confirmPage.text()).toContain('(5 คำตอบ)')
    expect(confirmPage.text()).toContain('ประกาศแล้วยกเลิกไม่ได้')
    expect((await s.agent.post(`/staff/rounds/${s.id}/finalise`, {}, { csrf: false })).status).toBe(403)
    const done = await s.agent.post(`/staff/rounds/${s.id}/finalise`)
    expect(done.status).toBe(303)
    expect(done.headers.get('location')).toBe(`/staff/rounds/${s.id}?done=finalised`)
    const audit = s.db.$client.prepare("select detail from audit_log where action = 'round_finalised'").all() as {
      detail: string
    }[]
    expect(audit.length).toBe(1)
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ responses: 5, officialResponses: 5 })

    const final = await s.figures()
    expect(final.export.n).toBe(5)
    expect(final.standings).toEqual(['final', 'final', 'final'])
    expect([final.export.results_status, final.openData.results_status, final.api.results_status]).toEqual([
      'final',
      'final',
      'final',
    ])
    expect(final.public).toContain('ผลสุดท้าย')
    expect(final.public).not.toContain('ผลเบื้องต้น')
    expect(final.staffStanding).toBe('final')
    expect(final.staff).toContain('ปีงบประมาณ 2568 (ผลสุดท้าย)')
    for (const where of ['export', 'openData', 'api'] as const)
      expect({ ...final[where], results_status: 'provisional' }, where).toEqual(closed[where])

    // Final: the database refuses another answer and a change of flag for the round, so nothing can move its figures.
    expect(() => s.insertDirectly()).toThrow(/finalised/)
    expect(() => s.flagEverything()).toThrow(/finalised/)
    expect(await s.figures()).toEqual(final)
  })

  it('refuses to extend a finalised round, or to finalise it again, saying why', async () => {
    const s = await arrangeRound()
    s.respond('5')
    s.clock.advance(HOUR)
    expect((await s.agent.post(`/staff/rounds/${s.id}/finalise`)).status).toBe(303)

    const extend = await s.agent.post(`/staff/rounds/${s.id}/extend`, { closesAt: '2025-12-01T00:00' })
    expect(extend.status).toBe(409)
    const refused = readPage(await extend.text())
    expect(refused.text(refused.getByRole('alert'))).toContain('รอบนี้ประกาศผลสุดท้ายแล้ว จึงขยายเวลาไม่ได้')
    const closesAt = () => (s.db.$client.prepare('select closes_at as t from rounds where id = ?').get(s.id) as { t: number }).t
    expect(closesAt()).toBe(s.closesAt)
    const again = await s.agent.post(`/staff/rounds/${s.id}/finalise`)
    expect(again.status).toBe(409)
    expect(readPage(await again.text()).text()).toContain('รอบนี้ประกาศผลสุดท้ายไปแล้ว')
    expect(readPage(await (await s.agent.get(`/staff/rounds/${s.id}`)).text()).text()).toContain(
      'รอบนี้ประกาศผลสุดท้ายแล้ว ตัวเลขจะไม่เปลี่ยนอีก',
    )
    const list = readPage(await (await s.agent.get('/staff/rounds')).text())
    expect(list.text(list.getByRole('link', { name: 'ปีงบประมาณ 2568' }).parent!.parent!)).toContain('ประกาศผลสุดท้ายแล้ว')
    expect(s.db.$client.prepare("select count(*) as n from audit_log where action = 'round_finalised'").get()).toEqual({ n: 1 })
  })

  it('refuses to finalise a round that is still open, changing nothing', async () => {
    const s = await arrangeRound()
    const page = await s.agent.get(`/staff/rounds/${s.id}/finalise`)
    expect(page.status).toBe(409)
    expect(readPage(await page.text()).text()).toContain('ประกาศผลสุดท้ายได้เมื่อรอบปิดรับคำตอบแล้วเท่านั้น')
    const post = await s.agent.post(`/staff/rounds/${s.id}/finalise`)
    expect(post.status).toBe(409)
    expect(s.db.$client.prepare('select finalised_at as f from rounds').get()).toEqual({ f: null })
    expect(s.db.$client.prepare("select count(*) as n from audit_log where action = 'round_finalised'").get()).toEqual({ n: 0 })
    // An open round has no "finalise" link.
    expect(readPage(await (await s.agent.get(`/staff/rounds/${s.id}`)).text()).text()).not.toContain('ประกาศผลสุดท้าย')
  })
})
