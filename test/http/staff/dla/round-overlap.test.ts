/**
 * One organisation, one round at a time: creating a round, opening one early
 * or extending one is refused when its window would overlap another round
 * that takes in any of the same organisations, with a message (Thai and
 * English) naming the round and the organisations, and nothing stored.
 * Rounds that share no organisation may overlap freely.
 */
import { describe, expect, it } from 'vitest'
import { latestPublishedQuestionnaire } from '../../../../src/db/queries/questionnaires.js'
import { arrangeSurvey, DAY, getForm } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { readPage } from '../../html.js'

/** The Bangkok wall time of an instant, as a datetime-local field holds it. */
const local = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 16)

/** The arranged round "ปีงบประมาณ 2568" takes in กระบี่ only, from 30 days ago to 30 days ahead. */
async function arrange() {
  const s = arrangeSurvey({ round: { scope: 'provinces', provinces: ['81'] } })
  await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
  const agent = await signIn(s.app, 'dla-officer')
  const questionnaireId = String(latestPublishedQuestionnaire(s.db, 'thai-lgu-standard')!.id)
  const count = (sql: string) => (s.db.$client.prepare(sql).get() as { n: number }).n
  const create = (fields: Record<string, string | string[]>, headers?: Record<string, string>) =>
    agent.post(
      '/staff/rounds/new',
      { nameTh: 'รอบใหม่', nameEn: 'New round', questionnaireId, scope: 'all', ...fields },
      headers && { headers },
    )
  return { ...s, agent, count, create }
}

const alertOf = async (res: Response) => {
  const page = readPage(await res.text())
  return page.text(page.getByRole('alert'))
}

describe('overlapping rounds', () => {
  it('refuses a national round over a provincial one, naming the round and the organisations, and stores nothing', async () => {
    const s = await arrange()
    const res = await s.create({ opensAt: local(s.clock.now), closesAt: local(s.clock.now + 60 * DAY) })
    expect(res.status).toBe(422)
    const alert = await alertOf(res)
    expect(alert).toContain('ทับซ้อนกับรอบอื่นที่มี อปท. เดียวกัน')
    expect(alert).toContain('“ปีงบประมาณ 2568”')
    expect(alert).toContain('มี อปท. ร่วมกัน 1 แห่ง ได้แก่ เทศบาลเมืองกระบี่ (4810102)')
    expect(alert).not.toContain('เชียงใหม่')
    expect(s.count('select count(*) as n from rounds')).toBe(1)
    expect(s.count("select count(*) as n from audit_log where action = 'round_created'")).toBe(0)
  })

  it('says so in English too', async () => {
    const s = await arrange()
    const res = await s.create(
      {
        scope: 'organisations',
        organisations: '4810102\n3500102',
        opensAt: local(s.clock.now),
        closesAt: local(s.clock.now + DAY),
      },
      { cookie: `${s.agent.cookie}; lang=en` },
    )
    expect(res.status).toBe(422)
    const alert = await alertOf(res)
    expect(alert).toContain('overlaps another round that takes in the same LGUs')
    expect(alert).toContain('“Fiscal year 2568 (BE)”')
    expect(alert).toContain('shares 1 LGUs: Town Municipality กระบี่ (4810102)')
  })

  it('accepts a round for another province at the same time, and one for กระบี่ once the other has closed', async () => {
    const s = await arrange()
    const chiangMai = await s.create({
      scope: 'provinces',
      provinces: ['50'],
      opensAt: local(s.clock.now - DAY),
      closesAt: local(s.clock.now + 10 * DAY),
    })
    expect(chiangMai.status).toBe(303)
    expect((await getForm(s.app, s.points.bare.code)).status).toBe(200) // เชียงใหม่, in the new round
    const after = await s.create({
      scope: 'organisations',
      organisations: '4810102',
      opensAt: local(s.clock.now + 30 * DAY),
      closesAt: local(s.clock.now + 90 * DAY),
    })
    expect(after.status).toBe(303)
    expect(s.count('select count(*) as n from rounds')).toBe(3)
  })

  it('refuses to extend a round into another for the same organisations, and to open one early over another', async () => {
    const s = await arrange()
    const next = await s.create({
      scope: 'organisations',
      organisations: '4810102',
      opensAt: local(s.clock.now + 40 * DAY),
      closesAt: local(s.clock.now + 90 * DAY),
    })
    expect(next.status).toBe(303)
    const nextPath = next.headers.get('location')!.split('?')[0]!

    const extend = await s.agent.post(`/staff/rounds/${s.roundId}/extend`, { closesAt: local(s.clock.now + 45 * DAY) })
    expect(extend.status).toBe(422)
    expect(await alertOf(extend)).toContain('“รอบใหม่”')
    // Up to the day the next one opens is fine.
    expect((await s.agent.post(`/staff/rounds/${s.roundId}/extend`, { closesAt: local(s.clock.now + 40 * DAY) })).status).toBe(
      303,
    )

    const early = await s.agent.post(`${nextPath}/open`)
    expect(early.status).toBe(409)
    expect(await alertOf(early)).toContain('“ปีงบประมาณ 2568”')
    expect(s.count("select count(*) as n from audit_log where action = 'round_updated'")).toBe(1)
  })
})
