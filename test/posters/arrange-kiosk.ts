/**
 * Kiosks for the journeys: created by the LGU officer through the staff page
 * (the only place the device link is ever shown), opened like a tablet would.
 *
 * @example
 * const kiosk = await createKiosk(s, s.points.main.id, 'แท็บเล็ตเคาน์เตอร์ 1')
 * const cookie = await openKiosk(s, kiosk.token) // "kiosk=…"
 */
import { expect } from 'vitest'
import { cookiesFrom } from '../helpers/survey-fixture.js'
import type { ArrangedPosters } from './arrange-posters.js'

export async function createKiosk(s: ArrangedPosters, pointId: number, label = 'แท็บเล็ตเคาน์เตอร์ 1') {
  const res = await (await s.as('lgu')).post(`/staff/service-points/${pointId}/kiosks`, { label })
  const html = await res.text()
  expect(res.status, html.slice(0, 300)).toBe(200)
  const link = /(https?:\/\/[^\s<>"]+)\/k\/([A-Za-z0-9_-]+)/.exec(html)
  if (!link) throw new Error('no /k/<token> link on the created page')
  const id = (s.db.$client.prepare('select max(id) as id from kiosks').get() as { id: number }).id
  return { id, html, link: link[0], origin: link[1]!, token: link[2]! }
}

/** Opens the device link and returns the cookies it set, ready for a Cookie header. */
export async function openKiosk(s: ArrangedPosters, token: string) {
  const res = await s.app.request(`/k/${token}`)
  expect(res.status).toBe(303)
  return cookiesFrom(res)
}

export type KioskRow = {
  label: string
  service_point_id: number
  token_hash: string
  last_seen_at: number | null
  revoked_at: number | null
}

export const kioskRows = (s: ArrangedPosters) =>
  s.db.$client
    .prepare('select label, service_point_id, token_hash, last_seen_at, revoked_at from kiosks order by id')
    .all() as KioskRow[]

export type StoredResponse = { code: string; channel: string; flag_reason: string | null }

export const storedResponses = (s: ArrangedPosters) =>
  s.db.$client
    .prepare(
      'select p.code, r.channel, r.flag_reason from responses r join service_points p on p.id = r.service_point_id order by r.id',
    )
    .all() as StoredResponse[]
