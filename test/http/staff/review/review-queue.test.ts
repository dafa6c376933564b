/**
 * The review queue through the real HTTP path: an LGU officer reinstates a group of repeats,
 * keeps one answer out, reverses it; every decision moves the official and flagged counts
 * exactly and is in the audit log. Another organisation's officer neither sees nor decides,
 * a finalised round refuses, and bad input stores nothing.
 */
import { describe, expect, it } from 'vitest'
import { finaliseRound } from '../../../../src/db/queries/round-lifecycle.js'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import type { FlagReason } from '../../../../src/domain/responses.js'
import { arrangeSurvey, DAY, DEFAULT_NOW, HOUR, type ArrangedPoint } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { readPage } from '../../html.js'

// 9 June 2025, 10:00 in Bangkok.
const YESTERDAY = DEFAULT_NOW - DAY

async function arrange(round?: { closesAt: number }) {
  const s = arrangeSurvey({ round: round ?? {} })
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  await createStaff(s.db, { role: 'lgu', username: 'chiang-mai', dlaCode: '3500102' })
  await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
  await createStaff(s.db, { role: 'province', username: 'cm-province', provinceCode: '50' })
  const store = createResponseStore(s.db)
  let n = 0
  const respond = (point: ArrangedPoint, flagReason: FlagReason | null, comment = 'ดี') =>
    store.writeOne({
      submissionId: `r-${++n}`,
      roundId: s.roundId!,
      organisationId: point.organisationId,
      servicePointId: point.id,
      serviceId: null,
      submittedAt: YESTERDAY,
      locale: 'th',
      channel: 'web',
      flagReason,
      answers: [
        { itemId: 'overall', value: '5' },
        { itemId: 'suggestion', value: comment },
      ],
    })
  // กองคลัง: 5 official, 3 repeats (one with a phone number typed in), 1 too fast; Chiang Mai: 2 repeats.
  for (let i = 0; i < 5; i++) respond(s.points.main, null)
  respond(s.points.main, 'repeat', 'โทร 081-234-5678 นะ')
  respond(s.points.main, 'repeat')
  respond(s.points.main, 'repeat')
  respond(s.points.main, 'too_fast')
  respond(s.points.bare, 'repeat')
  respond(s.points.bare, 'repeat')
  const krabi = s.organisationIds['4810102']
  const group = `/staff/organisations/${krabi}/review/${s.points.main.id}/repeat/2025-06-09`
  const counts = (organisationId: number) =>
    s.db.$client
      .prepare('select flagged, count from organisation_response_tallies where organisation_id = ? order by flagged')
      .all(organisationId)
      .map((r) => (r as { count: number }).count)
  const stored = (table: string) => s.db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number
  const audit = () =>
    s.db.$client
      .prepare(
        `select actor_username as actor, target_type as type, detail from audit_log where action = 'flags_decided' order by id`,
      )
      .all()
      .map((r) => {
        const row = r as { actor: string; type: string; detail: string }
        return { ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }
      })
  return { ...s, krabi, group, counts, stored, audit }
}

const responseIds = (html: string) => [...html.matchAll(/name="response" value="(\d+)"/g)].map((m) => Number(m[1]))

describe('review queue: an LGU officer decides', () => {
  it('lists the groups with what waits, linked from the organisation page with the number waiting', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-town')
    const home = await (await agent.get(`/staff/organisations/${s.krabi}`)).text()
    // 3 repeats + 1 too fast wait.
    expect(readPage(home).getByRole('link', { name: 'คำตอบที่ถูกตั้งข้อสังเกต: รอพิจารณา 4' }).attrs.href).toBe(
      `/staff/organisations/${s.krabi}/review?round=${s.roundId}`,
    )
    const res = await agent.get(`/staff/organisations/${s.krabi}/review`)
    expect(res.status).toBe(200)
    const page = readPage(await res.text())
    expect(page.text(page.root)).toContain('2 กลุ่ม · รอพิจารณา 4 คำตอบ')
    const link = page.getByRole('link', { name: '3 คำตอบ “ตอบซ้ำจากเครื่องเดิม” ที่กองคลัง – งานจัดเก็บภาษี วันที่ 9 มิ.ย. 2568' })
    expect(link.attrs.href).toBe(`${s.group}?round=${s.roundId}`)
    page.getByRole('link', { name: '1 คำตอบ “ตอบเร็วผิดปกติ” ที่กองคลัง – งานจัดเก็บภาษี วันที่ 9 มิ.ย. 2568' })
    // Chiang Mai's repeats are not Krabi's.
    expect(page.text(page.root)).not.toContain('ศูนย์บริการประชาชน')
  })

  it('reinstates a group, keeps one out, reverses it: the counts move exactly and each decision is audited', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-town')
    expect(s.counts(s.krabi)).toEqual([5, 4])

    const groupPage = await (await agent.get(`${s.group}?round=${s.roundId}`)).text()
    expect(groupPage).not.toContain('081-234-5678')
    expect(groupPage).toContain('[เบอร์โทรศัพท์]')
    const [first, second, third] = responseIds(groupPage)
    expect([first, second, third].every(Number.isInteger)).toBe(true)

    const all = await agent.post(s.group, { round: String(s.roundId), decision: 'count', reason: 'ครอบครัวใช้โทรศัพท์ร่วมกัน' })
    expect(all.status).toBe(303)
    expect(all.headers.get('location')).toBe(`${s.group}?round=${s.roundId}&done=count&count=3`)
    expect(s.counts(s.krabi)).toEqual([8, 1])
    const after = await (await agent.get(all.headers.get('location')!)).text()
    expect(after).toContain('บันทึกการพิจารณาแล้ว: นับในผล 3 คำตอบ')
    expect(after.split('นับในผล: ครอบครัวใช้โทรศัพท์ร่วมกัน').length - 1).toBe(3)

    const one = await agent.post(s.group, {
      round: String(s.roundId),
      response: String(second),
      decision: 'keep_out',
      reason: 'ตอบซ้ำจริง',
    })
    expect(one.status).toBe(303)
    expect(s.counts(s.krabi)).toEqual([7, 2])

    const back = await agent.post(s.group, {
      round: String(s.roundId),
      response: String(second),
      decision: 'count',
      reason: 'ตรวจอีกครั้ง',
    })
    expect(back.status).toBe(303)
    expect(s.counts(s.krabi)).toEqual([8, 1])
    // The answer tallies moved with the counts: the official "overall" count is 8.
    const official = s.db.$client
      .prepare(`select sum(count) from answer_tallies where organisation_id = ? and item_id = 'overall' and flagged = 0`)
      .pluck()
      .get(s.krabi)
    expect(official).toBe(8)

    expect(s.audit()).toEqual([
      expect.objectContaining({
        actor: 'krabi-town',
        type: 'flag_group',
        detail: expect.objectContaining({ decision: 'count', responses: 3, moved: 3 }),
      }),
      expect.objectContaining({
        type: 'response',
        detail: expect.objectContaining({ decision: 'keep_out', responses: 1, moved: 1, reason: 'ตอบซ้ำจริง' }),
      }),
      expect.objectContaining({
        type: 'response',
        detail: expect.objectContaining({ decision: 'count', responses: 1, moved: 1 }),
      }),
    ])
    // Queue: nothing waits in the repeats group now.
    const queue = await (await agent.get(`/staff/organisations/${s.krabi}/review`)).text()
    expect(queue).toContain('รอพิจารณา 0 · นับ 3 · คัดออก 0')
  })

  it('works in English', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-town')
    const page = await (await agent.get(`/staff/organisations/${s.krabi}/review?lang=en`)).text()
    expect(page).toContain('3 × “Repeat from one device” at Finance Division – Local Taxes on 9 Jun 2568 BE')
  })
})

describe('kept-out share: shown where figures are read', () => {
  it('on the public page, even when the figures are withheld, and it moves with a decision', async () => {
    const s = await arrange()
    // Krabi: 5 counted, 4 kept out of 9: 44.44 %; fewer than 10 counted, so the figures are withheld.
    const before = await (await s.app.request('/o/4810102')).text()
    expect(before).toContain('ส่วนที่ถูกคัดออก 44.44 %')
    const agent = await signIn(s.app, 'krabi-town')
    await agent.post(s.group, { round: String(s.roundId), decision: 'count', reason: 'ครอบครัวใช้โทรศัพท์ร่วมกัน' })
    // 1 of 9 now: 11.11 %.
    expect(await (await s.app.request('/o/4810102')).text()).toContain('ส่วนที่ถูกคัดออก 11.11 %')
    expect(await (await s.app.request('/o/4810102?lang=en')).text()).toContain('Excluded as suspicious 11.11 %')
  })

  it('per organisation on the province page', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-province')
    const page = readPage(await (await agent.get('/staff/provinces/81')).text())
    expect(page.elements.filter((el) => el.tag === 'th' && page.text(el) === 'ส่วนที่ถูกคัดออก')).toHaveLength(1)
    const cell = page.elements.find((el) => el.tag === 'td' && el.attrs['data-col'] === 'kept-out')!
    expect(page.text(cell)).toBe('44.44 %')
  })
})

describe('kept-out share on the national page', () => {
  it('per province, with the organisations mostly kept out (a suspicious 100 % among them)', async () => {
    const s = await arrange()
    await createStaff(s.db, { role: 'dla', username: 'dla' })
    const agent = await signIn(s.app, 'dla')
    const page = readPage(await (await agent.get('/staff/national')).text())
    const cell = (province: string, col: string) => {
      const row = page.elements.find((el) => el.tag === 'tr' && el.attrs['data-province'] === province)!
      return page.text(page.elements.find((el) => el.parent === row && el.attrs['data-col'] === col)!)
    }
    // Krabi 4 of 9; Chiang Mai 2 of 2, all kept out; the country 6 of 11 = 54.545… %.
    expect([cell('81', 'kept-out'), cell('81', 'mostly-kept-out')]).toEqual(['44.44 %', '0'])
    expect([cell('50', 'kept-out'), cell('50', 'mostly-kept-out')]).toEqual(['100.00 %', '1'])
    expect([cell('total', 'kept-out'), cell('total', 'mostly-kept-out')]).toEqual(['54.55 %', '1'])
  })
})

describe('review queue: who may see and decide', () => {
  it('another organisation’s officer neither sees nor decides (404), and nothing is stored', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'chiang-mai')
    expect((await agent.get(`/staff/organisations/${s.krabi}/review`)).status).toBe(404)
    expect((await agent.get(`${s.group}?round=${s.roundId}`)).status).toBe(404)
    const res = await agent.post(s.group, { round: String(s.roundId), decision: 'count', reason: 'ลองดู' })
    expect(res.status).toBe(404)
    expect(s.stored('flag_decisions')).toBe(0)
    expect(s.audit()).toEqual([])
    expect(s.counts(s.krabi)).toEqual([5, 4])
  })

  it('a province officer sees the province’s queue with each group’s organisation, not another province’s', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-province')
    const home = readPage(await (await agent.get('/staff/provinces/81')).text())
    expect(home.getByRole('link', { name: 'คำตอบที่ถูกตั้งข้อสังเกต: รอพิจารณา 4' }).attrs.href).toBe(
      `/staff/provinces/81/review?round=${s.roundId}`,
    )
    const page = readPage(await (await agent.get('/staff/provinces/81/review')).text())
    expect(page.text(page.root)).toContain('เทศบาลเมืองกระบี่')
    expect(page.text(page.root)).toContain('2 กลุ่ม · รอพิจารณา 4 คำตอบ')
    expect((await agent.get(`${s.group}?round=${s.roundId}`)).status).toBe(200)
    const other = await signIn(s.app, 'cm-province')
    expect((await other.get('/staff/provinces/81/review')).status).toBe(404)
    expect((await other.post(s.group, { round: String(s.roundId), decision: 'count', reason: 'x' })).status).toBe(404)
    const lgu = await signIn(s.app, 'krabi-town')
    expect((await lgu.get('/staff/provinces/81/review')).status).toBe(404)
  })
})

describe('review queue: refused', () => {
  it('a finalised round: a clear message, nothing stored, no forms', async () => {
    const s = await arrange({ closesAt: DEFAULT_NOW - HOUR })
    expect(finaliseRound(s.db, s.roundId!, new Date(DEFAULT_NOW))).toBe(true)
    const agent = await signIn(s.app, 'krabi-town')
    const page = await (await agent.get(`${s.group}?round=${s.roundId}`)).text()
    expect(page).toContain('รอบนี้ประกาศผลสุดท้ายแล้ว')
    expect(responseIds(page)).toEqual([])
    const res = await agent.post(s.group, { round: String(s.roundId), decision: 'count', reason: 'ครอบครัว' })
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('รอบนี้ประกาศผลสุดท้ายแล้ว ตัวเลขจะไม่เปลี่ยนอีก จึงเปลี่ยนการพิจารณาไม่ได้ ไม่ได้บันทึกสิ่งใด')
    expect(s.stored('flag_decisions')).toBe(0)
    expect(s.counts(s.krabi)).toEqual([5, 4])
  })

  it('a missing reason, a wrong decision, an unknown group or answer: a clear message, nothing stored', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-town')
    const round = String(s.roundId)
    const noReason = await agent.post(s.group, { round, decision: 'count', reason: '   ' })
    expect(noReason.status).toBe(422)
    const page = readPage(await noReason.text())
    expect(page.getByRole('link', { name: 'กรุณาระบุเหตุผล' }).attrs.href).toBe('#reason')

    const badDecision = await agent.post(s.group, { round, decision: 'delete', reason: 'x' })
    expect(badDecision.status).toBe(422)
    expect(await badDecision.text()).toContain('กรุณาเลือกว่าจะนับหรือคัดออก')

    const tooLong = await agent.post(s.group, { round, decision: 'count', reason: 'ก'.repeat(301) })
    expect(tooLong.status).toBe(422)
    expect(await tooLong.text()).toContain('เหตุผลยาวเกินไป (ไม่เกิน 300 ตัวอักษร)')

    for (const path of [
      `/staff/organisations/${s.krabi}/review/${s.points.main.id}/repeat/2025-06-08`,
      `/staff/organisations/${s.krabi}/review/${s.points.main.id}/deleted/2025-06-09`,
      `/staff/organisations/${s.krabi}/review/${s.points.bare.id}/repeat/2025-06-09`,
    ]) {
      const res = await agent.post(path, { round, decision: 'count', reason: 'x' })
      expect(res.status).toBe(404)
      expect(await res.text()).toContain('ไม่พบกลุ่มคำตอบนี้')
    }
    const otherAnswer = await agent.post(s.group, { round, decision: 'count', reason: 'x', response: '999999' })
    expect(otherAnswer.status).toBe(404)
    expect(await otherAnswer.text()).toContain('ไม่พบคำตอบนี้ในกลุ่ม')

    expect(s.stored('flag_decisions')).toBe(0)
    expect(s.audit()).toEqual([])
    expect(s.counts(s.krabi)).toEqual([5, 4])
  })
})
