/**
 * A poster bundle with one PDF per district, for a province that passes posters on through
 * its district offices. The data are arrange-posters.ts's: in กระบี่ 81, 4810102 (district
 * 8101 เมืองกระบี่, two open points) and 5810401 (8104 คลองท่อม, one); in เชียงใหม่ 50,
 * 3500102 (5001 เมืองเชียงใหม่, one).
 */
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { arrangeBundle, BASE_URL } from '../../../posters/arrange-posters.js'
import { pageObjectCount, pdfText } from '../../../posters/pdf-image.js'

const arrange = arrangeBundle

describe('posters, one PDF per district', () => {
  it('puts each district’s posters in one PDF named by its DOPA code and name', async () => {
    const s = await arrange()
    const dla = await s.as('dla')
    const form = await (await dla.get('/staff/posters/bundle')).text()
    expect(form).toContain('อำเภอละหนึ่งไฟล์ (ส่งต่อให้อำเภอ)')
    const started = await dla.post('/staff/posters/bundle', { province: 'all', size: 'a4', per: 'district' })
    expect(started.status).toBe(303)
    const jobPath = started.headers.get('location')!
    await s.app.jobs.runUntilIdle()
    expect(await (await dla.get(jobPath)).text()).toContain('3 จาก 3 อปท.')
    const zip = new Uint8Array(await (await dla.get(`${jobPath}/file`)).arrayBuffer())
    const entries = Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, Buffer.from(bytes)] as const)
    expect(entries.map(([name, pdf]) => [name, pageObjectCount(pdf)])).toEqual([
      ['50 เชียงใหม่/5001 อำเภอเมืองเชียงใหม่.pdf', 1],
      ['81 กระบี่/8101 อำเภอเมืองกระบี่.pdf', 2],
      ['81 กระบี่/8104 อำเภอคลองท่อม.pdf', 1],
    ])
    expect(pdfText(entries[2]![1])).toContain('KRB2001')
    expect(s.db.$client.prepare('select options from jobs').get()).toEqual({
      options: JSON.stringify({ baseUrl: BASE_URL, size: 'a4', per: 'district' }),
    })
  })

  it('refuses any other way of splitting, with a message, and queues nothing', async () => {
    const s = await arrange()
    const province = await s.as('province')
    const res = await province.post('/staff/posters/bundle', { province: '81', size: 'a4', per: 'village' })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('เลือกวิธีแยกไฟล์')
    expect((s.db.$client.prepare('select count(*) as n from jobs').get() as { n: number }).n).toBe(0)
  })
})
