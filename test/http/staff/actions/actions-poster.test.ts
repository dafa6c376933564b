/**
 * The "คุณบอก เราทำ" A4 poster of a point, reached from the action list: its latest done changes,
 * read back from the PDF by poppler's pdftotext (independent of PDFKit).
 */
import { describe, expect, it } from 'vitest'
import { mediaBoxes, pageObjectCount, pdfText } from '../../../posters/pdf-image.js'
import { arrangeActions } from './arrange-actions.js'

describe('the "you said, we did" poster', () => {
  it('prints the point’s done changes on one A4 page, and no planned or in-progress ones', async () => {
    const s = await arrangeActions()
    const main = String(s.points.main.id)
    await s.record({
      points: main,
      topic: 'aspect:facilities',
      residentsSaid: 'ที่นั่งรอไม่พอ',
      changed: 'เพิ่มเก้าอี้ 20 ที่',
      status: 'done',
      doneOn: '2025-06-02',
    })
    await s.record({
      points: main,
      residentsSaid: 'ป้ายเล็ก',
      changed: 'กำลังทำป้ายใหม่',
      status: 'in_progress',
      startedOn: '2025-06-03',
    })
    await s.record({ points: main, residentsSaid: 'ห้องน้ำ', changed: 'จะซ่อมห้องน้ำ', status: 'planned', plannedOn: '2025-07-01' })

    const list = await (await s.officer.get(`/staff/organisations/${s.orgId}/actions`)).text()
    const href = `/staff/service-points/${s.points.main.id}/actions-poster.pdf`
    expect(list).toContain(`href="${href}"`)

    const res = await s.officer.get(href)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = Buffer.from(await res.arrayBuffer())
    expect(pageObjectCount(pdf)).toBe(1)
    expect(mediaBoxes(pdf).map((b) => [Math.round(b.width), Math.round(b.height)])).toEqual([[595, 842]])
    const text = pdfText(pdf)
    expect(text).toContain('คุณบอก เราทำ')
    expect(text).toContain('เทศบาลเมืองกระบี่')
    expect(text).toContain('เรื่องด้านสิ่งอำนวยความสะดวก: ที่นั่งรอไม่พอ')
    expect(text).toContain('เพิ่มเก้าอี้ 20 ที่')
    expect(text).toContain('ดำเนินการแล้ว เมื่อ 2 มิ.ย. 2568')
    expect(text).toContain(`/s/${s.points.main.code}`)
    expect(text).not.toContain('กำลังทำป้ายใหม่')
    expect(text).not.toContain('จะซ่อมห้องน้ำ')
  })

  it("is not found for another organisation's point", async () => {
    const s = await arrangeActions()
    expect((await s.officer.get(`/staff/service-points/${s.points.bare.id}/actions-poster.pdf`)).status).toBe(404)
  })
})
