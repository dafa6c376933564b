/**
 * The demo as the server loads it shows a newcomer an alert: the bad few days at the falling
 * point open a low-share alert at the first check, on the LGU officer's home page and the
 * province's. The figure is worked out here from the stored answers, not from the tallies.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { FALLING_POINT } from '../../src/demo/seed-demo.js'
import { shiftDay } from '../../src/domain/alerts/days.js'
import { bangkokDay } from '../../src/domain/thai-time.js'
import { ANSWER_ROWS } from '../helpers/database.js'
import { demoApp } from '../http/guide/demo-app.js'
import { readPage } from '../http/html.js'

let world: Awaited<ReturnType<typeof demoApp>>
beforeAll(async () => {
  world = await demoApp()
})

const rows = <T>(sql: string, ...params: unknown[]) => world.db.$client.prepare(sql).all(...params) as T[]

/** The low-share rule's window by default: 14 days, today included; counted answers only. */
function lowShareByHand() {
  const from = shiftDay(bangkokDay(Date.now()), -13)
  const [counts] = rows<{ rated: number; low: number }>(
    `select count(*) as rated, coalesce(sum(a.value in ('1', '2')), 0) as low
     from responses r join service_points sp on sp.id = r.service_point_id
       join ${ANSWER_ROWS} a on a.response_id = r.id and a.item_id = 'overall'
     where sp.code = ? and r.day >= ? and r.flag_reason is null and a.value <> 'na'`,
    FALLING_POINT.code,
    from,
  )
  return counts!
}

describe('the demo’s alert', () => {
  it('is one open low-share alert, at the falling point, with the share of its counted answers', () => {
    const alerts = rows<{ code: string; rule: string; status: string; figure: number; basis: number }>(
      `select sp.code, a.rule, a.status, a.figure, a.basis from alerts a join service_points sp on sp.id = a.service_point_id`,
    )
    const { rated, low } = lowShareByHand()
    expect(rated).toBeGreaterThanOrEqual(FALLING_POINT.answers)
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ code: FALLING_POINT.code, rule: 'low_share', status: 'open', basis: rated })
    // Stored to one decimal.
    expect(alerts[0]!.figure).toBeCloseTo((low / rated) * 100, 1)
    expect(low / rated).toBeGreaterThan(0.2)
  })

  it('shows on the LGU officer’s home page and the province’s, waiting for someone to acknowledge it', async () => {
    const [org] = rows<{ id: number }>(`select id from organisations where dla_code = '4810102'`)
    const heading = `ความพึงพอใจโดยรวมต่ำ: งานทะเบียนราษฎร (${FALLING_POINT.code})`
    const home = readPage(await (await world.staff.lgu.get(`/staff/organisations/${org!.id}`)).text())
    const section = home.text(home.getByRole('region', { name: 'การแจ้งเตือน' }))
    expect(section).toContain(heading)
    expect(section).toContain('ยังไม่มีผู้รับทราบ')
    const province = readPage(await (await world.staff.province.get('/staff/provinces/81')).text())
    expect(province.text(province.getByRole('region', { name: 'การแจ้งเตือนของ อปท. ในจังหวัด' }))).toContain(heading)
  })
})
