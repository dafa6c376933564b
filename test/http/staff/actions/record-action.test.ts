/**
 * Recording "you said, we did" actions through the real HTTP path: with and without a photo, the
 * photo re-encoded without its metadata, and every refusal storing nothing.
 */
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { arrangeActions, cameraJpeg, DONE_ACTION } from './arrange-actions.js'

describe('recording an action', () => {
  it('stores an action without a photo, with its point, audit row and masked summary', async () => {
    const s = await arrangeActions()
    const res = await s.record({
      ...DONE_ACTION(s.points.main.id),
      residentsSaid: 'โทรมาที่ 081-234-5678 แล้วไม่มีคนรับ',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/staff/organisations/${s.orgId}/actions?done=created`)
    expect(s.stored()).toEqual({ actions: 1, points: 1, photos: 0, audit: 1 })
    const row = s.db.$client.prepare('select * from service_actions').get() as Record<string, unknown>
    expect(row.residents_said).toBe('โทรมาที่ [เบอร์โทรศัพท์] แล้วไม่มีคนรับ')
    expect(row).toMatchObject({
      status: 'done',
      planned_on: '2025-05-20',
      started_on: '2025-05-25',
      done_on: '2025-06-01',
      topic: 'aspect:facilities',
    })
    const list = await (await s.officer.get(`/staff/organisations/${s.orgId}/actions?done=created`)).text()
    expect(list).toContain('เพิ่มเก้าอี้รอรับบริการ 20 ที่')
    expect(list).toContain('ด้านสิ่งอำนวยความสะดวก')
  })

  it('stores a photo as a JPEG of at most 1600 px with no EXIF, served with its content type', async () => {
    const s = await arrangeActions()
    const camera = await cameraJpeg()
    expect((await sharp(Buffer.from(await camera.arrayBuffer())).metadata()).exif).toBeDefined()
    const res = await s.record(DONE_ACTION(s.points.main.id), camera)
    expect(res.status).toBe(303)
    expect(s.stored()).toMatchObject({ actions: 1, photos: 1 })
    const id = s.lastActionId()
    const served = await s.app.request(`/o/4810102/actions/${id}/photo.jpg`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    expect(served.headers.get('cache-control')).toContain('public')
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.exif).toBeUndefined()
    expect(meta.icc).toBeUndefined()
    expect(meta.xmp).toBeUndefined()
    expect([meta.width, meta.height]).toEqual([1600, 1200])
    const thumb = await sharp(
      Buffer.from(await (await s.app.request(`/o/4810102/actions/${id}/thumb.jpg`)).arrayBuffer()),
    ).metadata()
    expect([thumb.width, thumb.height, thumb.exif]).toEqual([320, 240, undefined])
  })

  it('refuses a text file named .jpg, keeps what was typed and stores nothing', async () => {
    const s = await arrangeActions()
    const fake = new File(['this is not a photo'], 'after.jpg', { type: 'image/jpeg' })
    const res = await s.record(DONE_ACTION(s.points.main.id), fake)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('ไฟล์ที่เลือกไม่ใช่ภาพ JPEG, PNG, WebP หรือ HEIC ที่อ่านได้')
    expect(html).toContain('เพิ่มเก้าอี้รอรับบริการ 20 ที่ และพัดลม 4 ตัว')
    expect(html).toContain('value="2025-06-01"')
    expect(s.stored()).toEqual({ actions: 0, points: 0, photos: 0, audit: 0 })
  })

  it('says so in English too', async () => {
    const s = await arrangeActions()
    const body = new FormData()
    body.append('_csrf', s.officer.csrf)
    for (const [k, v] of Object.entries(DONE_ACTION(s.points.main.id))) body.append(k, String(v))
    body.append('photo', new File(['%PDF-1.4 not an image'], 'x.png'))
    const res = await s.app.request(`/staff/organisations/${s.orgId}/actions/new?lang=en`, {
      method: 'POST',
      headers: { cookie: s.officer.cookie },
      body,
    })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('The file chosen is not a JPEG, PNG, WebP or HEIC image that can be read.')
  })

  it('refuses a photo over 5 MB in words, keeping what was typed', async () => {
    const s = await arrangeActions()
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 10)], 'big.jpg', { type: 'image/jpeg' })
    const res = await s.record(DONE_ACTION(s.points.main.id), big)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('ภาพใหญ่เกิน 5 MB')
    expect(html).toContain('เพิ่มเก้าอี้รอรับบริการ 20 ที่')
    expect(s.stored()).toEqual({ actions: 0, points: 0, photos: 0, audit: 0 })
  })

  it('refuses a body over the limit from its Content-Length, before reading it', async () => {
    const s = await arrangeActions()
    let pulled = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(1024 * 1024))
        if (pulled > 20) controller.close()
      },
    })
    const res = await s.app.request(`/staff/organisations/${s.orgId}/actions/new`, {
      method: 'POST',
      headers: {
        cookie: s.officer.cookie,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(50 * 1024 * 1024),
      },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('ภาพต้องมีขนาดไม่เกิน 5 MB')
    expect(pulled).toBeLessThan(3)
    expect(s.stored()).toEqual({ actions: 0, points: 0, photos: 0, audit: 0 })
  })

  it.each([
    [{ startedOn: '2025-05-10' }, 'startedOn', 'วันที่เริ่มดำเนินการต้องไม่ก่อนวันที่วางแผนไว้'],
    [{ doneOn: '2025-05-24' }, 'doneOn', 'วันที่แล้วเสร็จต้องไม่ก่อนวันที่เริ่มดำเนินการ'],
    [{ doneOn: '2025-06-11' }, 'doneOn', 'วันที่แล้วเสร็จต้องไม่เกินวันนี้'],
    [{ doneOn: '' }, 'doneOn', 'กรอกวันที่แล้วเสร็จ'],
    [{ plannedOn: '2025-02-30' }, 'plannedOn', 'กรอกวันที่ให้ถูกต้อง'],
  ])('refuses dates out of order or impossible (%o)', async (change, field, message) => {
    const s = await arrangeActions()
    const res = await s.record({ ...DONE_ACTION(s.points.main.id), ...change })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain(message)
    expect(html).toContain(`href="#${field}"`)
    expect(s.stored()).toEqual({ actions: 0, points: 0, photos: 0, audit: 0 })
  })

  it("refuses another organisation's point, and another organisation's action is not found", async () => {
    const s = await arrangeActions()
    const res = await s.record({ ...DONE_ACTION(s.points.main.id), points: [String(s.points.main.id), String(s.points.bare.id)] })
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('เลือกได้เฉพาะจุดให้บริการของหน่วยงานนี้')
    expect(s.stored()).toEqual({ actions: 0, points: 0, photos: 0, audit: 0 })

    expect((await s.record(DONE_ACTION(s.points.main.id))).status).toBe(303)
    const id = s.lastActionId()
    const other = await s.other()
    expect((await other.get(`/staff/actions/${id}/edit`)).status).toBe(404)
    expect((await other.get(`/staff/organisations/${s.orgId}/actions`)).status).toBe(404)
    const res2 = await s.record(DONE_ACTION(s.points.bare.id), undefined, other)
    expect(res2.status).toBe(404)
    expect(s.stored()).toEqual({ actions: 1, points: 1, photos: 0, audit: 1 })
  })

  it('edits an action and moves its status on, each change in the audit log', async () => {
    const s = await arrangeActions()
    const planned = {
      points: String(s.points.main.id),
      residentsSaid: 'รอคิวนาน',
      changed: 'เพิ่มช่องบริการ',
      status: 'planned',
      plannedOn: '2025-06-15',
    }
    expect((await s.record(planned)).status).toBe(303)
    const id = s.lastActionId()
    const form = await (await s.officer.get(`/staff/actions/${id}/edit`)).text()
    expect(form).toContain('value="2025-06-15"')
    // Started early: before the planned date is out of order.
    expect((await s.edit(id, { ...planned, status: 'in_progress', startedOn: '2025-06-05' })).status).toBe(422)
    const res = await s.edit(
      id,
      { ...planned, plannedOn: '2025-06-01', status: 'in_progress', startedOn: '2025-06-05' },
      await cameraJpeg(),
    )
    expect(res.status).toBe(303)
    const row = s.db.$client.prepare('select status, planned_on, started_on, done_on from service_actions').get()
    expect(row).toEqual({ status: 'in_progress', planned_on: '2025-06-01', started_on: '2025-06-05', done_on: null })
    expect(s.stored()).toEqual({ actions: 1, points: 1, photos: 1, audit: 2 })
    expect(
      (
        await s.edit(id, {
          ...planned,
          plannedOn: '2025-06-01',
          status: 'in_progress',
          startedOn: '2025-06-05',
          removePhoto: 'on',
        })
      ).status,
    ).toBe(303)
    expect(s.stored().photos).toBe(0)
  })
})
