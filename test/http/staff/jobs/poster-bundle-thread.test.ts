/**
 * The bundle's PDFs are drawn in a worker thread (src/posters/poster-pdf-worker.ts): what comes
 * back is a real poster, and a thread that dies fails the job with its reason instead of leaving
 * it running. The arranged data (arrange-posters.ts): กระบี่ 81 → 4810102 เทศบาลเมืองกระบี่ has
 * the active points KRB1001 and KRB1002, 5810401 เทศบาลตำบลคลองท่อมใต้ has KRB2001.
 */
import { readdirSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createJobRunner } from '../../../../src/jobs/job-runner.js'
import { annualReportJob } from '../../../../src/jobs/annual-report-job.js'
import { lettersPdfJob } from '../../../../src/jobs/letters-pdf-job.js'
import { createLetterBatches } from '../../../../src/letters/letter-batches.js'
import { posterBundleJob } from '../../../../src/jobs/poster-bundle-job.js'
import { startPosterPdfThread } from '../../../../src/posters/poster-pdf-thread.js'
import { arrangeBundle, BASE_URL } from '../../../posters/arrange-posters.js'
import { decodeQr, pdfText, renderPdfPages } from '../../../posters/pdf-image.js'

const arrange = arrangeBundle

const jobRow = (s: Awaited<ReturnType<typeof arrange>>, id: string) =>
  s.db.$client.prepare('select status, error, result_file as resultFile from jobs where id = ?').get(id) as {
    status: string
    error: string | null
    resultFile: string | null
  }

describe('the poster bundle’s drawing thread', () => {
  it('draws posters that read as typed and whose codes scan to each point', async () => {
    const s = await arrange()
    const province = await s.as('province')
    const jobPath = (await province.post('/staff/posters/bundle', { province: '81', size: 'a4' })).headers.get('location')!
    await s.app.jobs.runUntilIdle()
    const res = await province.get(`${jobPath}/file`)
    expect(res.status).toBe(200)
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()))
    const krabi = Buffer.from(files['81 กระบี่/4810102 เทศบาลเมืองกระบี่.pdf']!)
    const scanned = renderPdfPages(krabi, 1, 2).map((page) => decodeQr(page)?.data)
    expect(scanned.sort()).toEqual([`${BASE_URL}/s/KRB1001`, `${BASE_URL}/s/KRB1002`])
    const text = pdfText(krabi)
    expect(text).toContain('ร่วมประเมินความพึงพอใจการให้บริการ')
    expect(text).toContain('เทศบาลเมืองกระบี่')
    expect(text).toContain('รหัสจุดให้บริการ / Code: KRB1001')
    const khlongThom = Buffer.from(files['81 กระบี่/5810401 เทศบาลตำบลคลองท่อมใต้.pdf']!)
    expect(decodeQr(renderPdfPages(khlongThom)[0]!)?.data).toBe(`${BASE_URL}/s/KRB2001`)
  })

  it.each([
    ['throws', "parentPort.on('message', () => { throw new Error('out of paper') })", 'out of paper'],
    ['exits', "parentPort.on('message', () => process.exit(3))", 'exit code 3'],
  ])('fails the job, with the reason, when it %s, and leaves no file', async (_how, body, reason) => {
    const s = await arrange()
    const dla = await s.as('dla')
    const jobPath = (await dla.post('/staff/posters/bundle', { province: 'all', size: 'a4' })).headers.get('location')!
    const dying = () => new Worker(`const { parentPort } = require('node:worker_threads'); ${body}`, { eval: true })
    const logged: string[] = []
    const runner = createJobRunner({
      db: s.db,
      dir: s.dir,
      kinds: {
        poster_bundle: posterBundleJob(
          s.db,
          () => s.clock.now,
          () => startPosterPdfThread(dying),
        ),
        annual_report: annualReportJob(s.db, s.config, () => s.clock.now),
        letters_pdf: lettersPdfJob(
          createLetterBatches(() => s.clock.now),
          s.config,
        ),
      },
      busy: () => false,
      keepDays: 7,
      now: () => s.clock.now,
      logError: (line) => logged.push(line),
    })
    await runner.runUntilIdle()

    const job = jobRow(s, jobPath.split('/').pop()!)
    expect(job.status).toBe('failed')
    expect(job.error).toContain('the poster drawing thread stopped')
    expect(job.error).toContain(reason)
    expect(job.resultFile).toBeNull()
    expect(readdirSync(s.dir)).toEqual([])
    expect(logged).toHaveLength(1)
    expect(await (await dla.get(jobPath)).text()).toContain(reason)
  })
})
