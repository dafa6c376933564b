/**
 * Creating a round can give each taking-part organisation without an open
 * service point one default point: the summary before it says how many, and
 * exactly those get one, nobody else.
 *
 * The arranged registry (worked out by hand):
 *   กระบี่ 81:   4810102 (two open points), 6810106 (none), 6810107 (one closed point)
 *   เชียงใหม่ 50: 3500102 (one open, one closed), 6500101 (none), 6500102 (none)
 * Five points before: four of the survey fixture and 6810107's closed one.
 */
import { describe, expect, it } from 'vitest'
import { latestPublishedQuestionnaire } from '../../../../src/db/queries/questionnaires.js'
import { DEFAULT_SERVICE_POINT } from '../../../../src/domain/default-service-point.js'
import { canonicalServicePointCode } from '../../../../src/domain/service-point-code.js'
import { importRegistry } from '../../../../src/registry/import-registry.js'
import { arrangeSurvey, DAY, getForm, SURVEY_REGISTRY_CSV } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { readPage } from '../../html.js'

const HEADER = SURVEY_REGISTRY_CSV.split('\n')[0]!
const krabi = (code: string, name: string) => `กระบี่,เมืองกระบี่,,${code},อบต.,${name},,,,,,,`
const chiangMai = (code: string, name: string) => `เชียงใหม่,เมืองเชียงใหม่,,${code},อบต.,${name},,,,,,,`

/** The Bangkok wall time of an instant, as a datetime-local field holds it. */
const local = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 16)

async function arrange(extraRows: string[]) {
  const s = arrangeSurvey({ round: false })
  importRegistry(s.db, `${HEADER}\n${extraRows.join('\n')}\n`, new Date(s.clock.now))
  await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
  const agent = await signIn(s.app, 'dla-officer')
  const sqlite = s.db.$client
  const count = (sql: string, ...params: unknown[]) => (sqlite.prepare(sql).get(...params) as { n: number }).n
  const pointsOf = (dlaCode: string) =>
    sqlite
      .prepare(
        `select sp.code, sp.name_th as nameTh, sp.name_en as nameEn, sp.active from service_points sp
         join organisations o on o.id = sp.organisation_id where o.dla_code = ? order by sp.id`,
      )
      .all(dlaCode) as { code: string; nameTh: string; nameEn: string | null; active: number }[]
  const fields = {
    nameTh: 'ปีงบประมาณ 2568',
    nameEn: 'Fiscal year 2568',
    questionnaireId: String(latestPublishedQuestionnaire(s.db, 'thai-lgu-standard')!.id),
    opensAt: local(s.clock.now - DAY),
    closesAt: local(s.clock.now + 30 * DAY),
  }
  return { ...s, agent, count, pointsOf, fields }
}

const SIX = [krabi('6810106', 'ไสไทย'), krabi('6810107', 'หนองทะเล'), chiangMai('6500101', 'ป่าแดด'), chiangMai('6500102', 'สุเทพ')]

/** Numbers in the summary table, by the start of their row's heading. */
function summaryOf(html: string) {
  const page = readPage(html)
  const table = page.byId('round-summary')!
  return page.text(table)
}

describe('default service points when a round is created', () => {
  it('a province round: the summary counts 3 taking part and 2 without a point; exactly those 2 get one', async () => {
    const { app, agent, db, clock, count, pointsOf, fields } = await arrange(SIX)
    const closedPoint = db.$client.prepare(
      `insert into service_points (organisation_id, code, name_th, active, created_at, updated_at)
       select id, 'HNT0001', 'จุดเก่าที่ปิดแล้ว', 0, 0, 0 from organisations where dla_code = '6810107'`,
    )
    closedPoint.run()
    expect(count('select count(*) as n from service_points')).toBe(5)

    // Six organisations: not more than 10, so the box starts unticked.
    const form = readPage(await (await agent.get('/staff/rounds/new')).text())
    expect(form.getByRole('checkbox', { name: 'ให้ อปท. ที่ยังไม่มีจุดบริการ ได้จุดบริการเริ่มต้น' }).attrs.checked).toBeUndefined()

    const round = { ...fields, scope: 'provinces', provinces: ['81'], defaultPoints: 'on' }
    const summary = await agent.post('/staff/rounds/new', round)
    expect(summary.status).toBe(200)
    const html = await summary.text()
    expect(summaryOf(html)).toMatch(/อปท\. ที่ร่วมประเมิน\s*3/)
    expect(summaryOf(html)).toMatch(/อปท\. ที่จะได้จุดบริการเริ่มต้น \(ยังไม่มีจุดบริการที่เปิดรับ\)\s*2/)
    expect(summaryOf(html)).toContain(DEFAULT_SERVICE_POINT.nameTh)
    expect(count('select count(*) as n from rounds')).toBe(0)
    expect(count('select count(*) as n from service_points')).toBe(5)

    // "Go back and change" shows the form with every answer kept, the box still ticked.
    const back = readPage(await (await agent.post('/staff/rounds/new', { ...round, step: 'edit' })).text())
    expect(back.byId('nameTh')?.attrs.value).toBe('ปีงบประมาณ 2568')
    expect(back.checkedValues()).toMatchObject({ scope: ['provinces'], provinces: ['81'], defaultPoints: ['on'] })
    expect(count('select count(*) as n from rounds')).toBe(0)

    const created = await agent.post('/staff/rounds/new', { ...round, step: 'confirm' })
    expect(created.status).toBe(303)
    expect(created.headers.get('location')).toMatch(/^\/staff\/rounds\/\d+\?done=created$/)
    expect(count('select count(*) as n from rounds')).toBe(1)
    expect(count('select count(*) as n from service_points')).toBe(7)

    const [sai] = pointsOf('6810106')
    expect(pointsOf('6810106')).toHaveLength(1)
    expect(sai).toMatchObject({ nameTh: DEFAULT_SERVICE_POINT.nameTh, nameEn: DEFAULT_SERVICE_POINT.nameEn, active: 1 })
    expect(canonicalServicePointCode(sai!.code)).toBe(sai!.code)
    expect(pointsOf('6810107').map((p) => [p.nameTh, p.active])).toEqual([
      ['จุดเก่าที่ปิดแล้ว', 0],
      [DEFAULT_SERVICE_POINT.nameTh, 1],
    ])
    expect(pointsOf('4810102')).toHaveLength(2)
    expect(pointsOf('6500101')).toEqual([])
    expect(pointsOf('6500102')).toEqual([])
    // The new point takes answers at once: the round is open.
    expect((await getForm(app, sai!.code)).status).toBe(200)

    const audit = db.$client
      .prepare("select target_id as roundId, detail from audit_log where action = 'default_service_points_created'")
      .all() as { roundId: string; detail: string }[]
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ organisations: 2 })

    // A national round after it (rounds of the same organisations may not overlap): 6 take part,
    // only the 2 of เชียงใหม่ still have no open point.
    const later = { opensAt: local(clock.now + 31 * DAY), closesAt: local(clock.now + 60 * DAY) }
    const national = { ...fields, ...later, nameTh: 'รอบทั้งประเทศ', scope: 'all', defaultPoints: 'on' }
    const second = await (await agent.post('/staff/rounds/new', national)).text()
    expect(summaryOf(second)).toMatch(/อปท\. ที่ร่วมประเมิน\s*6/)
    expect(summaryOf(second)).toMatch(/\(ยังไม่มีจุดบริการที่เปิดรับ\)\s*2/)
    expect((await agent.post('/staff/rounds/new', { ...national, step: 'confirm' })).status).toBe(303)
    expect(count('select count(*) as n from service_points')).toBe(9)
    for (const code of ['4810102', '3500102', '6810106', '6810107', '6500101', '6500102'])
      expect(
        pointsOf(code).filter((p) => p.nameTh === DEFAULT_SERVICE_POINT.nameTh),
        code,
      ).toHaveLength(['6810106', '6810107', '6500101', '6500102'].includes(code) ? 1 : 0)
  })

  it('without the box, a round is created at once and gives nobody a point', async () => {
    const { agent, count, fields } = await arrange(SIX)
    const res = await agent.post('/staff/rounds/new', { ...fields, scope: 'all' })
    expect(res.status).toBe(303)
    expect(count('select count(*) as n from rounds')).toBe(1)
    expect(count('select count(*) as n from service_points')).toBe(4)
  })

  it('a round of listed organisations gives a point only to the listed one without any', async () => {
    const { agent, count, pointsOf, fields } = await arrange(SIX)
    const round = { ...fields, scope: 'organisations', organisations: '6500101\n3500102', defaultPoints: 'on' }
    expect(summaryOf(await (await agent.post('/staff/rounds/new', round)).text())).toMatch(/ร่วมประเมิน\s*2[\s\S]*รับ\)\s*1/)
    expect((await agent.post('/staff/rounds/new', { ...round, step: 'confirm' })).status).toBe(303)
    expect(count('select count(*) as n from service_points')).toBe(5)
    expect(pointsOf('6500101')).toHaveLength(1)
    expect(pointsOf('6500102')).toEqual([])
  })

  it('a national round of 7,849 organisations: ticked to begin with, and 7,847 default points in one statement', async () => {
    // 7,847 made-up อบต. in the two districts, beside the two organisations of the fixture (each with an open point).
    const rows = Array.from({ length: 7_847 }, (_, i) => (i % 2 ? krabi : chiangMai)(String(7_000_000 + i), `ทดสอบ ${i}`))
    const { agent, count, fields } = await arrange(rows)
    expect(count('select count(*) as n from organisations')).toBe(7_849)

    const form = readPage(await (await agent.get('/staff/rounds/new')).text())
    expect(form.checkedValues().defaultPoints).toEqual(['on'])

    const round = { ...fields, scope: 'all', defaultPoints: 'on' }
    expect(summaryOf(await (await agent.post('/staff/rounds/new', round)).text())).toMatch(/ร่วมประเมิน\s*7,849[\s\S]*รับ\)\s*7,847/)
    const started = performance.now()
    expect((await agent.post('/staff/rounds/new', { ...round, step: 'confirm' })).status).toBe(303)
    const ms = performance.now() - started
    console.info(`round with 7,847 default service points created in ${ms.toFixed(0)} ms`)
    expect(count('select count(*) as n from service_points')).toBe(4 + 7_847)
    expect(count('select count(distinct code) as n from service_points')).toBe(4 + 7_847)
    expect(
      count(`select count(*) as n from organisations o
             where not exists (select 1 from service_points sp where sp.organisation_id = o.id and sp.active = 1)`),
    ).toBe(0)
    // Well under the few seconds the national onboarding allows; generous for a shared machine.
    expect(ms).toBeLessThan(5_000)
  }, 60_000)
})
