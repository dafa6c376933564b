/**
 * Publishing the annual report: a DLA officer's public edition of a finalised round becomes the
 * report the open-data page and the province's public results pages link, a fixed address serving
 * the same bytes, until the next one replaces it. The staff edition, a round not yet final, a
 * provincial officer and another officer's job publish nothing.
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import { rounds } from '../../../../src/db/schema.js'
import { createStaff, signIn, type StaffAgent } from '../../../helpers/staff.js'
import { arrangeSurvey, DAY } from '../../../helpers/survey-fixture.js'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), name))
  dirs.push(dir)
  return dir
}

const ITEMS = [
  'overall',
  'process_1',
  'process_2',
  'channel_1',
  'channel_2',
  'staff_1',
  'staff_2',
  'staff_3',
  'facility_1',
  'facility_2',
]

async function arrange({ finalised = true } = {}) {
  const jobsDir = tempDir('publish-jobs-')
  const publishedDir = tempDir('publish-reports-')
  // A round that closed ten days ago, with ten answers at the tax counter of เทศบาลเมืองกระบี่.
  const s = arrangeSurvey({
    config: { JOB_FILES_DIR: jobsDir, PUBLISHED_REPORTS_DIR: publishedDir },
    round: { opensAt: Date.parse('2026-10-01T00:00:00Z') - 60 * DAY, closesAt: Date.parse('2026-10-01T00:00:00Z') },
    now: Date.parse('2026-10-11T00:00:00Z'),
  })
  const store = createResponseStore(s.db)
  for (let i = 0; i < 10; i++)
    store.writeOne({
      submissionId: randomUUID(),
      roundId: s.roundId!,
      organisationId: s.points.main.organisationId,
      servicePointId: s.points.main.id,
      serviceId: null,
      submittedAt: s.clock.now - 20 * DAY,
      locale: 'th',
      channel: 'web',
      flagReason: null,
      answers: ITEMS.map((itemId) => ({ itemId, value: '4' })),
    })
  if (finalised)
    s.db
      .update(rounds)
      .set({ finalisedAt: new Date(s.clock.now - DAY) })
      .where(eq(rounds.id, s.roundId!))
      .run()
  await createStaff(s.db, { role: 'dla', username: 'dla' })
  await createStaff(s.db, { role: 'province', username: 'krabi', provinceCode: '81' })
  const dla = await signIn(s.app, 'dla')
  const krabi = await signIn(s.app, 'krabi')
  const makeReport = async (agent: StaffAgent, province: string, edition: 'staff' | 'public') => {
    const res = await agent.post('/staff/reports/annual', { round: String(s.roundId), province, edition })
    expect(res.status).toBe(303)
    await s.app.jobs.runUntilIdle()
    return res.headers.get('location')!
  }
  const text = async (res: Response | Promise<Response>) => (await res).text()
  return { ...s, jobsDir, publishedDir, dla, krabi, makeReport, text }
}

const OFFER = 'เผยแพร่รายงานนี้'
const PROVINCE_PDF = '/open-data/reports/province-81.pdf'

describe('publishing a public annual report', () => {
  it('serves the same PDF at a fixed address, linked from open data and the province’s public pages', async () => {
    const s = await arrange()
    const job = await s.makeReport(s.dla, '81', 'public')
    expect(await s.text(s.dla.get(job))).toContain(OFFER)
    expect((await s.app.request(PROVINCE_PDF)).status).toBe(404)
    expect(await s.text(s.app.request('/open-data'))).not.toContain('data-published-reports')

    const res = await s.dla.post(`${job}/publish`, {})
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(job)
    const page = await s.text(s.dla.get(job))
    expect(page).toContain('เผยแพร่แล้วเมื่อ')
    expect(page).not.toContain(OFFER)
    expect(page).toContain(`href="${PROVINCE_PDF}"`)

    const pdf = await s.app.request(PROVINCE_PDF)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('content-disposition')).toContain('annual-report_province-81_public.pdf')
    const jobFile = Buffer.from(await (await s.dla.get(`${job}/file`)).arrayBuffer())
    expect(jobFile.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(Buffer.from(await pdf.arrayBuffer()).equals(jobFile)).toBe(true)

    const openData = await s.text(s.app.request('/open-data'))
    expect(openData).toContain(`<a href="${PROVINCE_PDF}">จังหวัดกระบี่ – `)
    // A กระบี่ organisation's public page links its province's report; a เชียงใหม่ one does not.
    expect(await s.text(s.app.request('/o/4810102'))).toContain(`href="${PROVINCE_PDF}"`)
    expect(await s.text(s.app.request('/o/3500102'))).not.toContain(PROVINCE_PDF)
    expect(s.db.$client.prepare(`select count(*) from audit_log where action = 'report_published'`).pluck().get()).toBe(1)
  })

  it('replaces the earlier report of the same scope; the country’s sits beside it', async () => {
    const s = await arrange()
    const first = await s.makeReport(s.dla, '81', 'public')
    await s.dla.post(`${first}/publish`, {})
    const second = await s.makeReport(s.dla, '81', 'public')
    expect(await s.text(s.dla.get(second))).toContain('การเผยแพร่ฉบับนี้จะแทนที่ฉบับเดิม')
    expect((await s.dla.post(`${second}/publish`, {})).status).toBe(303)
    const national = await s.makeReport(s.dla, 'all', 'public')
    expect((await s.dla.post(`${national}/publish`, {})).status).toBe(303)

    // The first job's page no longer calls it the published one.
    expect(await s.text(s.dla.get(first))).not.toContain('เผยแพร่แล้วเมื่อ')
    expect(s.db.$client.prepare('select scope, job_id as job from published_reports order by scope').all()).toEqual([
      { scope: 'national', job: Number(national.split('/').at(-1)) },
      { scope: 'province:81', job: Number(second.split('/').at(-1)) },
    ])
    const links = [...(await s.text(s.app.request('/o/4810102'))).matchAll(/href="(\/open-data\/reports\/[^"]+)"/g)].map(
      (m) => m[1],
    )
    expect(links).toEqual(['/open-data/reports/national.pdf', PROVINCE_PDF])
    expect((await s.app.request('/open-data/reports/national.pdf')).status).toBe(200)
  })
})

describe('what cannot be published', () => {
  const nothingPublished = async (s: Awaited<ReturnType<typeof arrange>>) => {
    expect(s.db.$client.prepare('select count(*) from published_reports').pluck().get()).toBe(0)
    expect((await s.app.request(PROVINCE_PDF)).status).toBe(404)
  }

  it('the staff edition: no offer, and a 409 that says why', async () => {
    const s = await arrange()
    const job = await s.makeReport(s.dla, '81', 'staff')
    expect(await s.text(s.dla.get(job))).not.toContain(OFFER)
    const res = await s.dla.post(`${job}/publish`, {})
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('เผยแพร่ได้เฉพาะรายงานประจำปีฉบับเผยแพร่ของรอบที่ปิดผลแล้ว')
    await nothingPublished(s)
  })

  it('a round not yet finalised', async () => {
    const s = await arrange({ finalised: false })
    const job = await s.makeReport(s.dla, '81', 'public')
    expect(await s.text(s.dla.get(job))).not.toContain(OFFER)
    expect((await s.dla.post(`${job}/publish`, {})).status).toBe(409)
    await nothingPublished(s)
  })

  it('a provincial officer’s own report, and another officer’s job (404)', async () => {
    const s = await arrange()
    const own = await s.makeReport(s.krabi, '81', 'public')
    expect(await s.text(s.krabi.get(own))).not.toContain(OFFER)
    expect((await s.krabi.post(`${own}/publish`, {})).status).toBe(404)
    expect((await s.dla.post(`${own}/publish`, {})).status).toBe(404)
    await nothingPublished(s)
  })

  it('a public address for a scope nothing was published for, or any other name', async () => {
    const s = await arrange()
    for (const path of ['/open-data/reports/national.pdf', '/open-data/reports/province-8.pdf', '/open-data/reports/..%2Fapp.db'])
      expect((await s.app.request(path)).status).toBe(404)
  })
})
