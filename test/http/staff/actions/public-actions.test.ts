/**
 * What residents see of "you said, we did": changes in progress or done on the organisation's
 * public results page and on the thank-you page of their point; planned ones nowhere public.
 */
import { describe, expect, it } from 'vitest'
import { answer, validAnswers } from '../../../helpers/survey-fixture.js'
import { arrangeActions, cameraJpeg } from './arrange-actions.js'

async function arrangeThree() {
  const s = await arrangeActions()
  const main = String(s.points.main.id)
  const single = String(s.points.single.id)
  const base = { residentsSaid: '', topic: 'aspect:staff' }
  expect(
    (
      await s.record(
        { ...base, points: main, changed: 'DONE-ป้ายบอกทางใหม่', status: 'done', doneOn: '2025-06-02' },
        await cameraJpeg(),
      )
    ).status,
  ).toBe(303)
  expect(
    (
      await s.record({
        ...base,
        points: [main, single],
        changed: 'PROGRESS-อบรมเจ้าหน้าที่',
        status: 'in_progress',
        startedOn: '2025-06-05',
      })
    ).status,
  ).toBe(303)
  expect(
    (await s.record({ ...base, points: main, changed: 'PLANNED-ห้องน้ำใหม่', status: 'planned', plannedOn: '2025-07-01' })).status,
  ).toBe(303)
  return s
}

describe('public "you said, we did"', () => {
  it('lists done and in-progress changes on the public results page, never planned ones', async () => {
    const s = await arrangeThree()
    const html = await (await s.app.request('/o/4810102')).text()
    expect(html).toContain('คุณบอก เราทำ')
    expect(html).toContain('DONE-ป้ายบอกทางใหม่')
    expect(html).toContain('PROGRESS-อบรมเจ้าหน้าที่')
    expect(html).not.toContain('PLANNED-ห้องน้ำใหม่')
    // The most recent news first: started 5 June comes before done 2 June.
    expect(html.indexOf('PROGRESS-')).toBeLessThan(html.indexOf('DONE-'))
    expect(html).toContain('ดำเนินการแล้ว เมื่อ')
    expect(html).toContain('เรื่องด้านเจ้าหน้าที่')
    const en = await (await s.app.request('/o/4810102?lang=en')).text()
    expect(en).toContain('You said, we did')
    expect(en).toContain('Done on')
    // The other organisation shows none of it.
    expect(await (await s.app.request('/o/3500102')).text()).not.toContain('DONE-')
  })

  it("shows the point's changes on the thank-you page after an answer, with a small lazy thumbnail", async () => {
    const s = await arrangeThree()
    const sent = await answer(s.app, s.points.main.code, validAnswers(s.definition, s.points.main.services))
    expect(sent.status).toBe(303)
    const thanks = await s.app.request(sent.headers.get('location')!)
    const html = await thanks.text()
    expect(html).toContain('DONE-ป้ายบอกทางใหม่')
    expect(html).toContain('PROGRESS-อบรมเจ้าหน้าที่')
    expect(html).not.toContain('PLANNED-ห้องน้ำใหม่')
    const img = /<img [^>]*>/.exec(html)?.[0] ?? ''
    expect(img).toContain('loading="lazy"')
    expect(img).toMatch(/src="\/o\/4810102\/actions\/\d+\/thumb\.jpg\?v=\d+"/)
    expect(img).toContain('width="96"')
    const thumb = await s.app.request(/src="([^"]+)"/.exec(img)![1]!.replace(/&amp;/g, '&'))
    expect(thumb.headers.get('content-type')).toBe('image/jpeg')
    expect((await thumb.arrayBuffer()).byteLength).toBeLessThan(30_000)

    // The single point shares only the in-progress change.
    const other = await (await s.app.request(`/s/${s.points.single.code}/thanks`)).text()
    expect(other).toContain('PROGRESS-อบรมเจ้าหน้าที่')
    expect(other).not.toContain('DONE-ป้ายบอกทางใหม่')
  })

  it('keeps the thank-you page to the latest three', async () => {
    const s = await arrangeActions()
    for (let i = 1; i <= 5; i++)
      await s.record({
        points: String(s.points.main.id),
        residentsSaid: 'x',
        changed: `CHANGE-${i}`,
        status: 'done',
        doneOn: `2025-06-0${i}`,
      })
    const html = await (await s.app.request(`/s/${s.points.main.code}/thanks`)).text()
    expect(['CHANGE-5', 'CHANGE-4', 'CHANGE-3'].every((c) => html.includes(c))).toBe(true)
    expect(html).not.toContain('CHANGE-2')
  })

  it("serves no photo of a planned change, nor one under another organisation's address", async () => {
    const s = await arrangeActions()
    await s.record(
      { points: String(s.points.main.id), residentsSaid: 'x', changed: 'y', status: 'planned', plannedOn: '2025-07-01' },
      await cameraJpeg(),
    )
    const id = s.lastActionId()
    expect((await s.app.request(`/o/4810102/actions/${id}/photo.jpg`)).status).toBe(404)
    expect((await s.officer.get(`/staff/actions/${id}/photo.jpg`)).status).toBe(200)
    await s.edit(id, {
      points: String(s.points.main.id),
      residentsSaid: 'x',
      changed: 'y',
      status: 'done',
      plannedOn: '2025-06-01',
      doneOn: '2025-06-09',
    })
    expect((await s.app.request(`/o/4810102/actions/${id}/photo.jpg`)).status).toBe(200)
    expect((await s.app.request(`/o/3500102/actions/${id}/photo.jpg`)).status).toBe(404)
  })
})
