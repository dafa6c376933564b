/**
 * Posters and QR codes only for active service points in the caller's scope:
 * an LGU officer's own organisation, a provincial officer's province, all for
 * DLA. Anything else is simply not there (404) and writes no audit row; every
 * download is audited.
 */
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { StaffAgent } from '../../../helpers/staff.js'
import {
  arrangePosters,
  auditRows,
  BASE_URL,
  organisationRoutes,
  pointRoutes,
  type ArrangedPosters,
} from '../../../posters/arrange-posters.js'
import { decodeQr } from '../../../posters/pdf-image.js'

async function statuses(agent: StaffAgent, paths: string[]) {
  const out: Record<string, number> = {}
  for (const path of paths) {
    const res = await agent.get(path)
    await res.arrayBuffer()
    out[path] = res.status
  }
  return out
}
const all = (paths: string[], status: number) => Object.fromEntries(paths.map((p) => [p, status]))

async function qrUrl(agent: StaffAgent, pointId: number) {
  const res = await agent.get(`/staff/service-points/${pointId}/qr.png`)
  return decodeQr(PNG.sync.read(Buffer.from(await res.arrayBuffer())))?.data
}

const routesOf = (s: ArrangedPosters, which: 'krabiTown' | 'khlongThom' | 'chiangMai') => {
  const point = { krabiTown: s.points.main.id, khlongThom: s.khlongThom.id, chiangMai: s.points.bare.id }[which]
  const org = { krabiTown: s.organisations.krabi, khlongThom: s.organisations.khlongThom, chiangMai: s.organisations.chiangMai }[
    which
  ]
  return [...pointRoutes(point), ...organisationRoutes(org)]
}

describe('poster scope', () => {
  it('an LGU officer gets its own points and 404 for another organisation, in its province or not', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const own = routesOf(s, 'krabiTown')
    const others = [...routesOf(s, 'khlongThom'), ...routesOf(s, 'chiangMai')]
    expect(await statuses(await s.as('lgu'), own)).toEqual(all(own, 200))
    const before = auditRows(s, 'poster_downloaded').length
    expect(await statuses(await s.as('lgu'), others)).toEqual(all(others, 404))
    expect(auditRows(s, 'poster_downloaded')).toHaveLength(before)
  })

  it('a provincial officer of 81 gets any กระบี่ organisation and 404 for เชียงใหม่', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const krabi = [...routesOf(s, 'krabiTown'), ...routesOf(s, 'khlongThom')]
    const chiangMai = routesOf(s, 'chiangMai')
    expect(await statuses(await s.as('province'), krabi)).toEqual(all(krabi, 200))
    expect(await statuses(await s.as('province'), chiangMai)).toEqual(all(chiangMai, 404))
    expect(await qrUrl(await s.as('province'), s.khlongThom.id)).toBe('https://survey.example.go.th/s/KRB2001')
  })

  it('DLA gets both provinces', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const paths = [...routesOf(s, 'krabiTown'), ...routesOf(s, 'chiangMai')]
    expect(await statuses(await s.as('dla'), paths)).toEqual(all(paths, 200))
    expect(await qrUrl(await s.as('dla'), s.points.bare.id)).toBe('https://survey.example.go.th/s/CNX1001')
  })

  it('an inactive point gets no poster, PDF or QR, even in scope', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const retired = pointRoutes(s.points.retired.id)
    expect(await statuses(await s.as('lgu'), retired)).toEqual(all(retired, 404))
    const chiangMaiInactive = pointRoutes(s.points.inactive.id)
    expect(await statuses(await s.as('dla'), chiangMaiInactive)).toEqual(all(chiangMaiInactive, 404))
    expect(auditRows(s, 'poster_downloaded')).toEqual([])
  })

  it('an organisation with no active point has no bulk poster', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    s.db.$client.prepare('update service_points set active = 0 where id = ?').run(s.khlongThom.id)
    const paths = organisationRoutes(s.organisations.khlongThom)
    expect(await statuses(await s.as('otherLgu'), paths)).toEqual(all(paths, 404))
  })

  it('ids that are not ids are 404', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const paths = [
      ...pointRoutes(99999),
      '/staff/service-points/1e3/qr.png',
      '/staff/service-points/abc/poster',
      ...organisationRoutes(99999),
    ]
    expect(await statuses(await s.as('dla'), paths)).toEqual(all(paths, 404))
  })
})

describe('the audit log', () => {
  it('records every download with who, which point or organisation, and the format', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const point = s.points.main.id
    const org = s.organisations.krabi
    for (const suffix of ['qr.png', 'qr.svg', 'poster.pdf', 'poster.pdf?size=a5'])
      await (await lgu.get(`/staff/service-points/${point}/${suffix}`)).arrayBuffer()
    await (await (await s.as('province')).get(`/staff/organisations/${org}/posters.pdf`)).arrayBuffer()

    const rows = auditRows(s, 'poster_downloaded').map((r) => ({ ...r, detail: JSON.parse(r.detail) }))
    const onePoint = {
      action: 'poster_downloaded',
      actor_username: 'krabi-town',
      target_type: 'service_point',
      target_id: String(point),
      province_code: '81',
      organisation_id: org,
    }
    expect(rows).toEqual([
      { ...onePoint, detail: { format: 'qr-png', posters: 1 } },
      { ...onePoint, detail: { format: 'qr-svg', posters: 1 } },
      { ...onePoint, detail: { format: 'pdf-a4', posters: 1 } },
      { ...onePoint, detail: { format: 'pdf-a5', posters: 1 } },
      // Two active points (KRB1001, KRB1002); the inactive KRB1009 is left out.
      {
        action: 'poster_downloaded',
        actor_username: 'krabi-province',
        target_type: 'organisation',
        target_id: String(org),
        province_code: '81',
        organisation_id: org,
        detail: { format: 'pdf-a4', posters: 2 },
      },
    ])
  })
})
