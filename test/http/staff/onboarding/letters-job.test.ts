/**
 * A big batch's letters PDF as a background job (LETTERS_PDF_DIRECT_MAX set to 1 here, so
 * กระบี่'s two letters are "big"): started from the batch page, run with the runner, one page per
 * letter, a file only its owner can read that goes with its batch; a batch gone before the job
 * runs fails it in the reader's language. A batch within the limit still downloads at once.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { signIn } from '../../../helpers/staff.js'
import { pageObjectCount, pdfText } from '../../../posters/pdf-image.js'
import { arrangeOnboarding, csvRows } from './arrange.js'

const HOUR = 3_600_000
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function arrange(direct = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'letters-job-'))
  dirs.push(dir)
  const world = await arrangeOnboarding({ JOB_FILES_DIR: dir, LETTERS_PDF_DIRECT_MAX: direct })
  const krabi = await signIn(world.app, 'krabi')
  const made = await krabi.post('/staff/onboarding')
  expect(made.status).toBe(303)
  const batchPath = made.headers.get('location')!
  const batch = new URL(batchPath, 'http://localhost').searchParams.get('batch')!
  const jobRows = () =>
    world.sql<{ id: number; kind: string; status: string; options: string; error: string | null; result_file: string | null }>(
      'select * from jobs order by id',
    )
  return { ...world, dir, krabi, batchPath, batch, jobRows }
}

type Arranged = Awaited<ReturnType<typeof arrange>>

async function startJob(s: Arranged) {
  const res = await s.krabi.post('/staff/onboarding/letters/job', { batch: s.batch })
  expect(res.status).toBe(303)
  const jobPath = res.headers.get('location')!
  expect(jobPath).toMatch(/^\/staff\/jobs\/\d+$/)
  return jobPath
}

describe('a batch over LETTERS_PDF_DIRECT_MAX', () => {
  it('offers the PDF as a job, never draws it in the request, and starts one job per batch', async () => {
    const s = await arrange()
    const page = await (await s.krabi.get(s.batchPath)).text()
    expect(page).not.toContain('/staff/onboarding/letters.pdf')
    expect(page).toContain('action="/staff/onboarding/letters/job"')
    expect(page).toContain(`name="batch" value="${s.batch}"`)
    expect(page).toContain('data-working="กำลังดำเนินการ…"')
    expect(page).toContain('หนังสือแจ้ง 2 ฉบับ')
    expect(page).toContain('/staff/onboarding/letters.csv')

    const direct = await s.krabi.get(`/staff/onboarding/letters.pdf?batch=${s.batch}`)
    expect(direct.status).toBe(303)
    expect(direct.headers.get('location')).toBe(s.batchPath)

    const jobPath = await startJob(s)
    expect(await startJob(s)).toBe(jobPath)
    expect(s.jobRows()).toHaveLength(1)
    // The job knows its batch by id only: no code reaches the database.
    expect(JSON.parse(s.jobRows()[0]!.options)).toEqual({ batch: s.batch })

    const queued = await (await s.krabi.get(jobPath)).text()
    expect(queued).toContain('หนังสือแจ้งการเปิดใช้งานบัญชี (จังหวัดกระบี่)')
    expect(queued).toContain('รอคิว')
    expect(queued).toContain(`href="${jobPath}"`) // the refresh link, without JavaScript
    expect(queued).toContain(`hx-get="${jobPath}/progress"`)
  })

  it('makes one A4 page per letter in a file only its owner can read, and the job is no one else’s', async () => {
    const s = await arrange()
    const jobPath = await startJob(s)
    const csv = csvRows(
      Buffer.from(await (await s.krabi.get(`/staff/onboarding/letters.csv?batch=${s.batch}`)).arrayBuffer()).toString('utf8'),
    )

    for (const other of ['chiangmai', 'dla']) {
      const agent = await signIn(s.app, other)
      const start = await agent.post('/staff/onboarding/letters/job', { batch: s.batch })
      expect(start.status).toBe(303)
      expect(start.headers.get('location')).toBe(s.batchPath)
      expect((await agent.get(jobPath)).status).toBe(404)
      expect((await agent.get(`${jobPath}/progress`)).status).toBe(404)
    }
    expect(s.jobRows()).toHaveLength(1)

    await s.app.jobs.runUntilIdle()
    const done = await (await s.krabi.get(jobPath)).text()
    expect(done).toContain('เสร็จแล้ว')
    expect(done).toContain('2 จาก 2 ฉบับ')
    expect(done).toContain('ดาวน์โหลดไฟล์ PDF')
    expect(done).not.toContain('hx-trigger')

    const [job] = s.jobRows()
    expect(job!.result_file).toBe(`job-${job!.id}.pdf`)
    expect(readdirSync(s.dir)).toEqual([job!.result_file])
    expect(statSync(join(s.dir, job!.result_file!)).mode & 0o777).toBe(0o600)

    const other = await signIn(s.app, 'dla')
    expect((await other.get(`${jobPath}/file`)).status).toBe(404)

    const res = await s.krabi.get(`${jobPath}/file`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain('filename="activation-letters-2026-11-21.pdf"')
    const pdf = Buffer.from(await res.arrayBuffer())
    expect(pageObjectCount(pdf)).toBe(2)
    const file = join(s.dir, 'downloaded.pdf')
    writeFileSync(file, pdf)
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m)
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m)
    // The same letters as the CSV, in its order (by district): each code once, in that order.
    const text = pdfText(pdf)
    const codes = csv.slice(1).map((row) => row[6]!)
    expect(codes).toHaveLength(2)
    expect(codes.map((code) => text.indexOf(code))).toEqual([...codes.map((code) => text.indexOf(code))].sort((a, b) => a - b))
    for (const code of codes) expect(text).toContain(code)

    const audit = s.sql<{ action: string; detail: string }>(
      "select action, detail from audit_log where action in ('job_started', 'activation_letters_downloaded') order by id",
    )
    expect(audit.map((a) => [a.action, JSON.parse(a.detail).count])).toEqual([
      ['job_started', 2],
      ['activation_letters_downloaded', 2], // the CSV
      ['activation_letters_downloaded', 2], // the job's PDF
    ])
  })

  it('deletes the file when the batch expires, and the job page says so and offers new letters', async () => {
    const s = await arrange()
    const jobPath = await startJob(s)
    await s.app.jobs.runUntilIdle()
    const file = join(s.dir, s.jobRows()[0]!.result_file!)
    await s.app.jobs.clean()
    expect(existsSync(file)).toBe(true)

    s.clock.now += HOUR + 1
    // An hour on, the session has idled out too.
    const krabi = await signIn(s.app, 'krabi')
    // Gone for the reader at once, whether or not the cleaning has run yet.
    expect((await krabi.get(`${jobPath}/file`)).status).toBe(404)
    const page = await (await krabi.get(jobPath)).text()
    expect(page).toContain('ไฟล์นี้ถูกลบแล้วเมื่อหนังสือชุดนี้หมดอายุ')
    expect(page).toContain('<a href="/staff/onboarding">ออกหนังสือใหม่</a>')
    expect(page).not.toContain(`${jobPath}/file`)

    await s.app.jobs.clean()
    expect(existsSync(file)).toBe(false)
    expect(readdirSync(s.dir)).toEqual([])
    expect(s.jobRows()[0]!.result_file).toBeNull()

    const list = await (await krabi.get('/staff/jobs')).text()
    expect(list).toContain('ไฟล์ผลลัพธ์เก็บไว้ 7 วัน ยกเว้นไฟล์หนังสือแจ้งการเปิดใช้งานบัญชี ซึ่งถูกลบเมื่อหนังสือชุดนั้นหมดอายุ')
  })

  it('fails the job with a message in Thai (English in the English pages) when the batch expired before it ran', async () => {
    const s = await arrange()
    const jobPath = await startJob(s)
    s.clock.now += HOUR + 1
    await s.app.jobs.runUntilIdle()
    expect(s.jobRows().map((j) => [j.status, j.error, j.result_file])).toEqual([['failed', 'letters_expired', null]])
    expect(readdirSync(s.dir)).toEqual([])

    const krabi = await signIn(s.app, 'krabi')
    const th = await (await krabi.get(jobPath)).text()
    expect(th).toContain('ไม่สำเร็จ')
    expect(th).toContain('จัดทำไฟล์ไม่ได้ เพราะหนังสือชุดนี้หมดอายุแล้ว')
    expect(th).toContain('<a href="/staff/onboarding">ออกหนังสือใหม่</a>')
    expect(th).not.toContain('letters_expired')
    const en = await (await krabi.get(`${jobPath}?lang=en`)).text()
    expect(en).toContain('The file could not be made: these letters had expired')
    expect(en).toContain('<a href="/staff/onboarding">Issue new letters</a>')
  })
})

describe('a batch within LETTERS_PDF_DIRECT_MAX', () => {
  it('downloads its PDF at once, and starts no job', async () => {
    const s = await arrange(2)
    const page = await (await s.krabi.get(s.batchPath)).text()
    expect(page).toContain(`href="/staff/onboarding/letters.pdf?batch=${s.batch}"`)
    expect(page).not.toContain('/staff/onboarding/letters/job')
    const res = await s.krabi.get(`/staff/onboarding/letters.pdf?batch=${s.batch}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(pageObjectCount(Buffer.from(await res.arrayBuffer()))).toBe(2)

    const start = await s.krabi.post('/staff/onboarding/letters/job', { batch: s.batch })
    expect(start.headers.get('location')).toBe(s.batchPath)
    expect(s.jobRows()).toEqual([])
  })

  it("names the files by Bangkok's day, which is UTC's next day from 17:00 UTC", async () => {
    const s = await arrange(2)
    s.clock.now = Date.parse('2026-11-21T17:30:00Z')
    // Hours later: a new sign-in and a new batch.
    const krabi = await signIn(s.app, 'krabi')
    const reissued = await krabi.post('/staff/onboarding/reissue')
    const batch = new URL(reissued.headers.get('location')!, 'http://localhost').searchParams.get('batch')!
    for (const format of ['pdf', 'csv']) {
      const res = await krabi.get(`/staff/onboarding/letters.${format}?batch=${batch}`)
      expect(res.headers.get('content-disposition')).toContain(`filename="activation-letters-2026-11-22.${format}"`)
      await res.arrayBuffer()
    }
  })
})
