/**
 * The officer's side of kiosks: create one for a service point (the device
 * link shown once, never stored), see the list, revoke. Another
 * organisation's officer finds nothing there (404) and changes nothing.
 */
import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { createKiosk, kioskRows } from '../../../posters/arrange-kiosk.js'
import { arrangePosters, auditRows, BASE_URL, type ArrangedPosters } from '../../../posters/arrange-posters.js'
import { readPage, textOf } from '../../html.js'

const kiosksPath = (pointId: number) => `/staff/service-points/${pointId}/kiosks`

/** The kiosk table's rows as text, read from the page. */
async function listed(s: ArrangedPosters, pointId: number) {
  const res = await (await s.as('lgu')).get(kiosksPath(pointId))
  expect(res.status).toBe(200)
  const html = await res.text()
  const page = readPage(html)
  return { html, rows: page.elements.filter((el) => el.tag === 'tr' && el.parent?.tag === 'tbody').map((tr) => textOf(tr)) }
}

describe('creating a kiosk', () => {
  it('shows the device link once, on PUBLIC_BASE_URL, and stores only a hash of its token', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const kiosk = await createKiosk(s, s.points.main.id, 'แท็บเล็ตเคาน์เตอร์ 1')

    expect(kiosk.origin).toBe('https://survey.example.go.th')
    expect(kiosk.token.length).toBeGreaterThanOrEqual(20)
    expect(readPage(kiosk.html).getByRole('status').tag).toBe('div')
    const [row] = kioskRows(s)
    expect(row).toMatchObject({
      label: 'แท็บเล็ตเคาน์เตอร์ 1',
      service_point_id: s.points.main.id,
      last_seen_at: null,
      revoked_at: null,
    })
    expect(row!.token_hash).toBe(createHash('sha256').update(kiosk.token).digest('base64url'))

    // Not shown again, not in the audit log.
    const { html, rows } = await listed(s, s.points.main.id)
    expect(html).not.toContain(kiosk.token)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('แท็บเล็ตเคาน์เตอร์ 1')
    expect(rows[0]).toContain('ใช้งานอยู่')
    const audit = auditRows(s, 'kiosk_created')
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      actor_username: 'krabi-town',
      target_type: 'kiosk',
      province_code: '81',
      organisation_id: s.organisations.krabi,
    })
    expect(JSON.stringify(audit)).not.toContain(kiosk.token)
  })

  it('builds the link from the request origin when PUBLIC_BASE_URL is not set', async () => {
    const s = await arrangePosters()
    const kiosk = await createKiosk(s, s.points.main.id)
    expect(kiosk.link).toBe(`http://localhost/k/${kiosk.token}`)
  })

  it('builds a link that opens when PUBLIC_BASE_URL ends with a slash, as the poster URLs do', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: 'https://survey.example.go.th/' })
    const kiosk = await createKiosk(s, s.points.main.id)
    expect(kiosk.link).toBe(`https://survey.example.go.th/k/${kiosk.token}`)
    expect((await s.app.request(kiosk.link)).status).toBe(303)
  })

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['over 100 characters', 'ก'.repeat(101)],
  ])('refuses a label that is %s with 422 and an error summary, creating nothing', async (_, label) => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const res = await (await s.as('lgu')).post(kiosksPath(s.points.main.id), { label })
    expect(res.status).toBe(422)
    const page = readPage(await res.text())
    expect(page.title).toMatch(/^ข้อผิดพลาด:/)
    const summary = page.getByRole('alert')
    expect(page.text(summary)).toContain('มีข้อผิดพลาด')
    expect(page.getByRole('link', { name: 'กรุณากรอกชื่อเครื่อง (ไม่เกิน 100 ตัวอักษร)' }, summary).attrs.href).toBe('#label')
    expect(page.getByRole('textbox', { name: /ชื่อเครื่อง/ }).attrs['aria-describedby']).toContain('label-error')
    expect(page.text()).not.toMatch(/\/k\/[A-Za-z0-9_-]{20,}/)
    expect(kioskRows(s)).toEqual([])
  })

  it('creates no kiosk for an inactive point, but still lists its kiosks so they can be revoked', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const page = await lgu.get(kiosksPath(s.points.retired.id))
    expect(page.status).toBe(200)
    expect(await page.text()).not.toContain('name="label"')
    expect((await lgu.post(kiosksPath(s.points.retired.id), { label: 'แท็บเล็ต' })).status).toBe(404)
    expect(kioskRows(s)).toEqual([])
  })
})

describe('another organisation', () => {
  it('gets 404 listing, creating or revoking, and nothing changes', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const kiosk = await createKiosk(s, s.points.main.id)
    const before = kioskRows(s)
    for (const who of ['otherLgu', 'chiangMai'] as const) {
      const other = await s.as(who)
      expect((await other.get(kiosksPath(s.points.main.id))).status).toBe(404)
      expect((await other.post(kiosksPath(s.points.main.id), { label: 'แท็บเล็ตแปลกปลอม' })).status).toBe(404)
      expect((await other.post(`${kiosksPath(s.points.main.id)}/${kiosk.id}/revoke`)).status).toBe(404)
    }
    expect(kioskRows(s)).toEqual(before)
    expect(auditRows(s, 'kiosk_revoked')).toEqual([])
    expect((await s.app.request(`/k/${kiosk.token}`)).status).toBe(303)
  })

  it('cannot revoke a kiosk through another point of the same organisation', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const kiosk = await createKiosk(s, s.points.main.id)
    const res = await (await s.as('lgu')).post(`${kiosksPath(s.points.single.id)}/${kiosk.id}/revoke`)
    expect(res.status).toBe(404)
    expect(kioskRows(s)[0]!.revoked_at).toBeNull()
  })
})

describe('revoking a kiosk', () => {
  it('redirects to the list, which shows it revoked with no revoke button, and is audited', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const kept = await createKiosk(s, s.points.main.id, 'เคาน์เตอร์ 2')
    const revoked = await createKiosk(s, s.points.main.id, 'เคาน์เตอร์ 1')
    s.clock.advance(60_000)

    const res = await (await s.as('lgu')).post(`${kiosksPath(s.points.main.id)}/${revoked.id}/revoke`)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(kiosksPath(s.points.main.id))
    expect(kioskRows(s).map((k) => [k.label, k.revoked_at])).toEqual([
      ['เคาน์เตอร์ 2', null],
      ['เคาน์เตอร์ 1', s.clock.now],
    ])

    const { html, rows } = await listed(s, s.points.main.id)
    const row = (label: string) => rows.find((r) => r.includes(label))!
    expect(row('เคาน์เตอร์ 1')).toContain('ยกเลิกแล้ว')
    expect(row('เคาน์เตอร์ 1')).not.toContain('ยกเลิกเครื่องนี้')
    expect(row('เคาน์เตอร์ 2')).toContain('ใช้งานอยู่')
    expect(row('เคาน์เตอร์ 2')).toContain('ยกเลิกเครื่องนี้')
    expect(html).toContain(`action="${kiosksPath(s.points.main.id)}/${kept.id}/revoke"`)
    expect(html).not.toContain(`action="${kiosksPath(s.points.main.id)}/${revoked.id}/revoke"`)
    expect(auditRows(s, 'kiosk_revoked')).toMatchObject([
      { actor_username: 'krabi-town', target_type: 'kiosk', target_id: String(revoked.id) },
    ])
  })
})
