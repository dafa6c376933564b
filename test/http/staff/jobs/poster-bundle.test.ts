/**
 * Every LGU's posters as one ZIP, made as a background job: started from the staff pages,
 * run to its end by the runner, downloaded and opened here with fflate. The arranged data
 * (arrange-posters.ts) has, with active points: กระบี่ 81 → 4810102 เทศบาลเมืองกระบี่
 * (KRB1001, KRB1002; KRB1009 is closed) and 5810401 เทศบาลตำบลคลองท่อมใต้ (KRB2001);
 * เชียงใหม่ 50 → 3500102 เทศบาลนครเชียงใหม่ (CNX1001; CNX1009 is closed).
 */
import { readdirSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { arrangeBundle, auditRows, BASE_URL, type ArrangedPosters } from '../../../posters/arrange-posters.js'
import { mediaBoxes, pageObjectCount } from '../../../posters/pdf-image.js'
import type { StaffAgent } from '../../../helpers/staff.js'

const arrange = arrangeBundle

const jobCount = (s: ArrangedPosters) => (s.db.$client.prepare('select count(*) as n from jobs').get() as { n: number }).n

async function startBundle(agent: StaffAgent, province: string, size = 'a4') {
  const res = await agent.post('/staff/posters/bundle', { province, size })
  expect(res.status).toBe(303)
  const location = res.headers.get('location') ?? ''
  expect(location).toMatch(/^\/staff\/jobs\/\d+$/)
  return location
}

async function download(agent: StaffAgent, jobPath: string) {
  const res = await agent.get(`${jobPath}/file`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/zip')
  return { res, zip: new Uint8Array(await res.arrayBuffer()) }
}

const pagesByEntry = (zip: Uint8Array) =>
  Object.fromEntries(
    Object.entries(unzipSync(zip)).map(([name, bytes]) => {
      const pdf = Buffer.from(bytes)
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      return [name, pageObjectCount(pdf)]
    }),
  )

describe('a province’s poster bundle', () => {
  it('is queued, shows its progress without JavaScript, runs, and downloads as one PDF per LGU named by code and name', async () => {
    const s = await arrange()
    const province = await s.as('province')
    const jobPath = await startBundle(province, '81')

    const queued = await (await province.get(jobPath)).text()
    expect(queued).toContain('รอคิว')
    expect(queued).not.toMatch(/http-equiv="refresh"/i)
    expect(queued).toContain(`href="${jobPath}"`) // the refresh link, for browsers without JavaScript
    expect(queued).toContain('รีเฟรชความคืบหน้า')
    expect(queued).toContain(`hx-get="${jobPath}/progress"`)
    expect(queued).toContain('hx-trigger="every 2s"')

    await s.app.jobs.runUntilIdle()

    const done = await (await province.get(jobPath)).text()
    expect(done).toContain('เสร็จแล้ว')
    expect(done).toContain('2 จาก 2 อปท.')
    expect(done).toContain(`href="${jobPath}/file"`)
    expect(done).not.toContain('hx-trigger')

    const { res, zip } = await download(province, jobPath)
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="posters_province-81.zip"; filename*=UTF-8''${encodeURIComponent('โปสเตอร์_81 กระบี่.zip')}`,
    )
    expect(pagesByEntry(zip)).toEqual({
      '81 กระบี่/4810102 เทศบาลเมืองกระบี่.pdf': 2,
      '81 กระบี่/5810401 เทศบาลตำบลคลองท่อมใต้.pdf': 1,
    })
    // Bit 11 of the first local header's flags: the names are UTF-8, so unzip tools show the Thai.
    expect(Buffer.from(zip).readUInt16LE(6) & 0x0800).toBe(0x0800)
    // And the Unicode path field (id 0x7075, version 1) that Info-ZIP's unzip reads instead.
    const name = Buffer.from('81 กระบี่/4810102 เทศบาลเมืองกระบี่.pdf')
    const head = Buffer.alloc(5)
    head.writeUInt16LE(0x7075, 0)
    head.writeUInt16LE(5 + name.length, 2)
    head[4] = 1
    const at = Buffer.from(zip).indexOf(head)
    expect(at).toBeGreaterThan(0)
    expect(
      Buffer.from(zip)
        .subarray(at + 9, at + 9 + name.length)
        .toString(),
    ).toBe(name.toString())
    // Only the finished file is left in the folder: the temporary name was renamed.
    expect(readdirSync(s.dir)).toEqual([`job-${jobPath.split('/').pop()}.zip`])

    expect(auditRows(s, 'job_started').map((r) => ({ ...r, detail: JSON.parse(r.detail) }))).toEqual([
      {
        action: 'job_started',
        actor_username: 'krabi-province',
        target_type: 'job',
        target_id: jobPath.split('/').pop(),
        province_code: '81',
        organisation_id: null,
        detail: { kind: 'poster_bundle', scope: 'province:81', size: 'a4' },
      },
    ])
  })

  it('gives DLA the whole country, a folder per province, on the paper chosen, for PUBLIC_BASE_URL', async () => {
    const s = await arrange()
    const dla = await s.as('dla')
    const jobPath = await startBundle(dla, 'all', 'a5')
    await s.app.jobs.runUntilIdle()
    const { zip } = await download(dla, jobPath)
    expect(pagesByEntry(zip)).toEqual({
      '50 เชียงใหม่/3500102 เทศบาลนครเชียงใหม่.pdf': 1,
      '81 กระบี่/4810102 เทศบาลเมืองกระบี่.pdf': 2,
      '81 กระบี่/5810401 เทศบาลตำบลคลองท่อมใต้.pdf': 1,
    })
    // A5 is 148 × 210 mm: 419.53 × 595.28 points.
    for (const bytes of Object.values(unzipSync(zip)))
      for (const box of mediaBoxes(Buffer.from(bytes))) expect([box.width, box.height]).toEqual([419.53, 595.28])
    expect(s.db.$client.prepare('select options from jobs').get()).toEqual({
      options: JSON.stringify({ baseUrl: BASE_URL, size: 'a5' }),
    })
    const list = await (await dla.get('/staff/jobs')).text()
    expect(list).toContain('โปสเตอร์ทุก อปท. (ทั่วประเทศ)')
    expect(list).toContain('3 จาก 3 อปท.')
  })

  it('serves the progress fragment htmx polls, which stops polling once the job is done', async () => {
    const s = await arrange()
    const dla = await s.as('dla')
    const jobPath = await startBundle(dla, '50')
    const polling = await (await dla.get(`${jobPath}/progress`)).text()
    expect(polling).not.toContain('<html')
    expect(polling).toContain('hx-trigger="every 2s"')
    await s.app.jobs.runUntilIdle()
    const finished = await (await dla.get(`${jobPath}/progress`)).text()
    expect(finished).not.toContain('hx-trigger')
    expect(finished).toContain('1 จาก 1 อปท.')
    expect(finished).toContain(`${jobPath}/file`)
  })

  it('speaks English when asked', async () => {
    const s = await arrange()
    const dla = await s.as('dla')
    const jobPath = await startBundle(dla, '81')
    await s.app.jobs.runUntilIdle()
    const page = await (await dla.get(`${jobPath}?lang=en`)).text()
    expect(page).toContain('Posters for every LGU (Krabi province)')
    expect(page).toContain('2 of 2 LGUs')
    expect(page).toContain('Download the ZIP file')
  })
})

describe('who may start a bundle, and bad input', () => {
  it('refuses LGU officers (404) and queues nothing', async () => {
    const s = await arrange()
    const lgu = await s.as('lgu')
    expect((await lgu.get('/staff/posters/bundle')).status).toBe(404)
    expect((await lgu.post('/staff/posters/bundle', { province: '81', size: 'a4' })).status).toBe(404)
    expect(jobCount(s)).toBe(0)
  })

  it('tells a provincial officer asking for another province or the country that only their own is theirs', async () => {
    const s = await arrange()
    const province = await s.as('province')
    for (const other of ['50', 'all']) {
      const res = await province.post('/staff/posters/bundle', { province: other, size: 'a4' })
      expect(res.status).toBe(422)
      expect(await res.text()).toContain('ท่านสั่งโปสเตอร์ได้เฉพาะจังหวัดของท่านเท่านั้น')
    }
    expect(jobCount(s)).toBe(0)
    expect(auditRows(s, 'job_started')).toEqual([])
  })

  it('names an unknown province or a wrong paper size, in Thai and English, and queues nothing', async () => {
    const s = await arrange()
    const dla = await s.as('dla')
    const unknown = await dla.post('/staff/posters/bundle', { province: '99', size: 'a4' })
    expect(unknown.status).toBe(422)
    expect(await unknown.text()).toContain('ไม่พบจังหวัดที่เลือก')
    const garbage = await dla.post('/staff/posters/bundle?lang=en', { province: 'กระบี่', size: 'a4' })
    expect(garbage.status).toBe(422)
    expect(await garbage.text()).toContain('The chosen province was not found')
    const size = await dla.post('/staff/posters/bundle', { province: '81', size: 'a3' })
    expect(size.status).toBe(422)
    expect(await size.text()).toContain('กรุณาเลือกขนาดกระดาษ A4 หรือ A5')
    expect(jobCount(s)).toBe(0)
  })

  it('shows a job only to the person who started it', async () => {
    const s = await arrange()
    const jobPath = await startBundle(await s.as('dla'), '81')
    await s.app.jobs.runUntilIdle()
    const province = await s.as('province')
    for (const path of [jobPath, `${jobPath}/progress`, `${jobPath}/file`]) expect((await province.get(path)).status).toBe(404)
    expect(await (await province.get('/staff/jobs')).text()).toContain('ยังไม่มีงานที่ท่านสั่ง')
  })
})
