/**
 * Who may reach which organisation, province and service point. Another
 * scope's ids are simply not there (404, never 403), and nothing changes.
 */
import { describe, expect, it } from 'vitest'
import { arrangeSurvey } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn, type StaffAgent } from '../../../helpers/staff.js'

async function arrange() {
  const s = arrangeSurvey()
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
  await createStaff(s.db, { role: 'dla', username: 'dla' })
  const krabi = s.organisationIds['4810102']
  const chiangMai = s.organisationIds['3500102']
  const snapshot = () => ({
    points: s.db.$client
      .prepare('select id, name_th, name_en, department, active, updated_at from service_points order by id')
      .all(),
    services: s.db.$client.prepare('select * from services order by id').all(),
    audit: s.db.$client.prepare("select count(*) as n from audit_log where action like 'service_point%'").get(),
  })
  return { ...s, krabi, chiangMai, snapshot }
}

type Arranged = Awaited<ReturnType<typeof arrange>>

/** Every organisation-scoped page and action of one organisation and one of its points. */
function routesFor(s: Arranged, org: number, pointId: number) {
  return {
    gets: [
      `/staff/organisations/${org}`,
      `/staff/organisations/${org}/service-points/new`,
      `/staff/service-points/${pointId}/edit`,
    ],
    posts: [
      [`/staff/organisations/${org}/service-points/new`, { nameTh: 'จุดแปลกปลอม' }],
      [`/staff/service-points/${pointId}/edit`, { nameTh: 'ถูกแก้โดยคนอื่น', services: 'บริการแปลกปลอม' }],
      [`/staff/service-points/${pointId}/deactivate`, {}],
      [`/staff/service-points/${pointId}/reactivate`, {}],
    ] as [string, Record<string, string>][],
  }
}

async function expectNotThere(agent: StaffAgent, s: Arranged, org: number, pointId: number) {
  const before = s.snapshot()
  const { gets, posts } = routesFor(s, org, pointId)
  for (const path of gets) expect([path, (await agent.get(path)).status]).toEqual([path, 404])
  for (const [path, fields] of posts) expect([path, (await agent.post(path, fields)).status]).toEqual([path, 404])
  expect(s.snapshot()).toEqual(before)
}

describe('organisation scope', () => {
  it('an LGU officer reaches only their own organisation and its points', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-town')
    await expectNotThere(agent, s, s.chiangMai, s.points.bare.id)
    // The inactive Chiang Mai point too, and ids that do not exist or are not ids.
    await expectNotThere(agent, s, 99999, s.points.inactive.id)
    for (const path of ['/staff/organisations/abc', '/staff/organisations/0', '/staff/service-points/1e3/edit'])
      expect((await agent.get(path)).status).toBe(404)
    // Their own: every page opens.
    for (const path of routesFor(s, s.krabi, s.points.main.id).gets) expect((await agent.get(path)).status).toBe(200)
  })

  it('an LGU officer cannot open the province or national pages', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-town')
    for (const path of ['/staff/provinces/81', '/staff/provinces/50', '/staff/national'])
      expect((await agent.get(path)).status).toBe(404)
  })

  it('a provincial officer reaches the organisations of their province only', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-province')
    await expectNotThere(agent, s, s.chiangMai, s.points.bare.id)
    expect((await agent.get('/staff/provinces/50')).status).toBe(404)
    expect((await agent.get('/staff/provinces/99')).status).toBe(404)
    expect((await agent.get('/staff/national')).status).toBe(404)
    expect((await agent.get('/staff/provinces/81')).status).toBe(200)
    for (const path of routesFor(s, s.krabi, s.points.main.id).gets) expect((await agent.get(path)).status).toBe(200)
    // …and may change a point there, recorded against the province.
    const res = await agent.post(`/staff/service-points/${s.points.single.id}/deactivate`)
    expect(res.status).toBe(303)
    expect(
      s.db.$client
        .prepare("select province_code as p, actor_username as a from audit_log where action = 'service_point_deactivated'")
        .get(),
    ).toEqual({
      p: '81',
      a: 'krabi-province',
    })
  })

  it('DLA opens both provinces, their organisations and the national page', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'dla')
    for (const path of [
      '/staff/national',
      '/staff/provinces/81',
      '/staff/provinces/50',
      `/staff/organisations/${s.krabi}`,
      `/staff/organisations/${s.chiangMai}`,
      `/staff/service-points/${s.points.bare.id}/edit`,
    ])
      expect([path, (await agent.get(path)).status]).toEqual([path, 200])
    expect((await agent.get('/staff/provinces/99')).status).toBe(404)
    const page = await (await agent.get(`/staff/organisations/${s.chiangMai}`)).text()
    expect(page).toContain('href="/staff/provinces/50"')
  })

  it('refuses a change without the CSRF token, and one from another site', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-town')
    const before = s.snapshot()
    const path = `/staff/service-points/${s.points.main.id}/deactivate`
    expect((await agent.post(path, {}, { csrf: false })).status).toBe(403)
    expect((await agent.post(path, {}, { headers: { origin: 'https://evil.example' } })).status).toBe(403)
    expect(s.snapshot()).toEqual(before)
  })
})
