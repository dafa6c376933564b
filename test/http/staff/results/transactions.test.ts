/**
 * People served and response rates: officers enter a month's numbers per
 * service point; the page shows them beside the month's official responses
 * (from the tallies) and the rate worked out by hand here. Bad numbers are
 * refused with the form as typed; another organisation's point is not found;
 * each save that changes something leaves one audit row.
 */
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import type { FlagReason } from '../../../../src/domain/responses.js'
import { arrangeSurvey, DEFAULT_POINTS, type ArrangedPoint, type PointSpec } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn, type StaffAgent } from '../../../helpers/staff.js'
import { readPage } from '../../html.js'

/** Midday in Bangkok on a day of 2025 (05:00 UTC). */
const noon = (month: number, day: number) => Date.UTC(2025, month - 1, day, 5)
/** Midnight in Bangkok at the start of a day of 2025. */
const bangkokMidnight = (month: number, day: number) => Date.UTC(2025, month - 1, day) - 7 * 3600_000

const POINTS = {
  ...DEFAULT_POINTS,
  closed: { code: 'KRB1009', dlaCode: '4810102', nameTh: 'จุดบริการที่ปิดแล้ว', active: false, services: [] } satisfies PointSpec,
}

async function arrange(config: { EXCLUDE_FLAGGED?: boolean } = {}) {
  // A round from 1 April to 1 October 2025 (Bangkok); the clock is 10 June, so April, May and June have begun.
  const s = arrangeSurvey({ config, points: POINTS, round: { opensAt: bangkokMidnight(4, 1), closesAt: bangkokMidnight(10, 1) } })
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  const agent = await signIn(s.app, 'krabi-town')
  const store = createResponseStore(s.db)
  let n = 0
  const respond = (point: ArrangedPoint, at: number, flagReason: FlagReason | null = null) =>
    store.writeOne({
      submissionId: `served-${++n}`,
      roundId: s.roundId!,
      organisationId: point.organisationId,
      servicePointId: point.id,
      serviceId: null,
      submittedAt: at,
      locale: 'th',
      channel: 'web',
      flagReason,
      answers: [],
    })
  const path = `/staff/organisations/${s.organisationIds['4810102']}/transactions`
  const field = (point: ArrangedPoint, month: string) => `count-${point.id}-${month}`
  const stored = () =>
    s.db.$client
      .prepare(
        'select service_point_id as pointId, month, count, updated_by as by from service_point_transactions order by month, service_point_id',
      )
      .all()
  const audits = () =>
    (
      s.db.$client
        .prepare(
          "select action, target_type as targetType, target_id as targetId, organisation_id as organisationId, detail from audit_log where action = 'service_point_updated'",
        )
        .all() as { detail: string }[]
    ).map((r) => ({ ...r, detail: JSON.parse(r.detail) }))
  return { ...s, agent, respond, path, field, stored, audits }
}

/** A point's month as the table shows it: the box's value, the responses and the rate. */
function cells(html: string, point: ArrangedPoint, month: string) {
  const page = readPage(html)
  const tr = page.elements.find(
    (el) => el.tag === 'tr' && el.attrs['data-point'] === String(point.id) && el.attrs['data-month'] === month,
  )
  if (!tr) return undefined
  const within = (pred: (el: (typeof page.elements)[number]) => boolean) =>
    page.elements.find((el) => pred(el) && isInside(el, tr))
  const input = within((el) => el.tag === 'input')
  const col = (name: string) => page.text(within((el) => el.attrs['data-col'] === name)!)
  return { served: input?.attrs.value ?? '', responses: col('responses'), rate: col('rate') }
}
const isInside = (el: { parent?: unknown }, ancestor: unknown) => {
  for (let node = el.parent as { parent?: unknown } | undefined; node; node = node.parent as never)
    if (node === ancestor) return true
  return false
}

async function page(agent: StaffAgent, path: string) {
  const res = await agent.get(path)
  expect(res.status).toBe(200)
  return res.text()
}

describe('transactions: entering people served and reading the response rate', () => {
  it('shows each month of the round so far, newest first, in Buddhist-Era Thai, for the open points only', async () => {
    const { agent, path } = await arrange()
    const html = await page(agent, path)
    const p = readPage(html)
    expect(p.text(p.getByRole('heading', { level: 1 }))).toBe('จำนวนผู้รับบริการและอัตราการตอบแบบประเมิน')
    expect(p.allByRole('heading', { level: 2 }).map((h) => p.text(h))).toEqual(['มิถุนายน 2568', 'พฤษภาคม 2568', 'เมษายน 2568'])
    expect(html).toContain('กองคลัง – งานจัดเก็บภาษี')
    expect(html).toContain('งานทะเบียนราษฎร')
    expect(html).not.toContain('จุดบริการที่ปิดแล้ว')
    expect(html).not.toContain('ศูนย์บริการประชาชน') // Chiang Mai's
    expect(p.getByRole('textbox', { name: 'ผู้รับบริการที่กองคลัง – งานจัดเก็บภาษี เดือนพฤษภาคม 2568' })).toBeDefined()
  })

  it('stores two months and shows them with the response rates', async () => {
    const { agent, respond, points, path, field, stored, db } = await arrange()
    const { main, single } = points
    // May: 3 official responses at main (and 1 flagged, not counted), 1 at single; June: 2 at main.
    for (const day of [2, 15, 31]) respond(main, noon(5, day))
    respond(main, noon(5, 20), 'repeat')
    respond(single, noon(5, 9))
    respond(main, bangkokMidnight(6, 1) + 60_000) // 00:01 on 1 June in Bangkok: a June response
    respond(main, noon(6, 10))

    const may = await agent.post(path, { round: '', [field(main, '2025-05')]: '200', [field(single, '2025-05')]: '40' })
    expect(may.status).toBe(303)
    expect(may.headers.get('location')).toBe(`${path}?done=saved`)
    const june = await agent.post(path, { [field(main, '2025-06')]: '1,200', [field(single, '2025-06')]: '' })
    expect(june.status).toBe(303)

    const userId = (db.$client.prepare("select id from users where username = 'krabi-town'").get() as { id: number }).id
    expect(stored()).toEqual([
      { pointId: main.id, month: '2025-05', count: 200, by: userId },
      { pointId: single.id, month: '2025-05', count: 40, by: userId },
      { pointId: main.id, month: '2025-06', count: 1200, by: userId },
    ])
    const html = await page(agent, `${path}?done=saved`)
    expect(html).toContain('บันทึกจำนวนผู้รับบริการแล้ว')
    // 3 ÷ 200 = 1.50 %; 1 ÷ 40 = 2.50 %; 2 ÷ 1,200 = 0.1666… → 0.17 %; single in June: not known.
    expect(cells(html, main, '2025-05')).toEqual({ served: '200', responses: '3', rate: '1.50' })
    expect(cells(html, single, '2025-05')).toEqual({ served: '40', responses: '1', rate: '2.50' })
    expect(cells(html, main, '2025-06')).toEqual({ served: '1200', responses: '2', rate: '0.17' })
    expect(cells(html, single, '2025-06')).toEqual({ served: '', responses: '0', rate: '–' })
    expect(cells(html, main, '2025-04')).toEqual({ served: '', responses: '0', rate: '–' })
  })

  it('shows no rate for 0 people served, and counts flagged responses when configured to', async () => {
    const { agent, respond, points, path, field } = await arrange({ EXCLUDE_FLAGGED: false })
    respond(points.main, noon(4, 3))
    respond(points.main, noon(4, 4), 'too_fast')
    respond(points.single, noon(4, 5))
    await agent.post(path, { [field(points.main, '2025-04')]: '๘', [field(points.single, '2025-04')]: '0' })
    const html = await page(agent, path)
    expect(cells(html, points.main, '2025-04')).toEqual({ served: '8', responses: '2', rate: '25.00' })
    expect(cells(html, points.single, '2025-04')).toEqual({ served: '0', responses: '1', rate: '–' })
  })

  it('clears a month when its box is left empty', async () => {
    const { agent, points, path, field, stored, audits } = await arrange()
    await agent.post(path, { [field(points.main, '2025-05')]: '200' })
    expect(stored()).toHaveLength(1)
    expect((await agent.post(path, { [field(points.main, '2025-05')]: '  ' })).status).toBe(303)
    expect(stored()).toEqual([])
    expect(cells(await page(agent, path), points.main, '2025-05')).toEqual({ served: '', responses: '0', rate: '–' })
    expect(audits().at(-1)!.detail).toEqual({
      transactions: [{ month: '2025-05', pointId: points.main.id, from: 200, to: null }],
    })
  })

  it('audits each save that changes something once, with every change in it', async () => {
    const { agent, points, path, field, audits, organisationIds } = await arrange()
    const { main, single } = points
    await agent.post(path, { [field(main, '2025-05')]: '200', [field(single, '2025-05')]: '40' })
    await agent.post(path, { [field(main, '2025-05')]: '250', [field(single, '2025-05')]: '40' })
    await agent.post(path, { [field(main, '2025-05')]: '250', [field(single, '2025-05')]: '40' }) // no change: no row
    expect(audits()).toEqual([
      {
        action: 'service_point_updated',
        targetType: 'organisation',
        targetId: String(organisationIds['4810102']),
        organisationId: organisationIds['4810102'],
        detail: {
          transactions: [
            { month: '2025-05', pointId: main.id, from: null, to: 200 },
            { month: '2025-05', pointId: single.id, from: null, to: 40 },
          ],
        },
      },
      {
        action: 'service_point_updated',
        targetType: 'organisation',
        targetId: String(organisationIds['4810102']),
        organisationId: organisationIds['4810102'],
        detail: { transactions: [{ month: '2025-05', pointId: main.id, from: 200, to: 250 }] },
      },
    ])
  })
})

describe('transactions: nothing to enter yet', () => {
  it.each([
    ['no round at all', false as const, 'ยังไม่มีรอบการประเมินที่ อปท. นี้เข้าร่วม'],
    ['a round that has not opened', { opensAt: bangkokMidnight(7, 1), closesAt: bangkokMidnight(10, 1) }, 'รอบการประเมินนี้ยังไม่เปิด'],
  ])('says so when there is %s', async (_, round, words) => {
    const s = arrangeSurvey({ round })
    await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
    const html = await page(
      await signIn(s.app, 'krabi-town'),
      `/staff/organisations/${s.organisationIds['4810102']}/transactions`,
    )
    expect(html).toContain(words)
    expect(html).not.toContain('name="count-')
  })
})

describe('transactions: what is refused', () => {
  it('answers bad numbers with 422, a summary linking to each box, the boxes as typed, and writes nothing', async () => {
    const { agent, points, path, field, stored, audits } = await arrange()
    const { main, single } = points
    const bad = {
      [field(main, '2025-06')]: '-3',
      [field(single, '2025-06')]: 'abc',
      [field(main, '2025-05')]: '1.5',
      [field(single, '2025-05')]: '1000001',
      [field(main, '2025-04')]: '75', // valid, but not written while others are wrong
    }
    const res = await agent.post(path, bad)
    expect(res.status).toBe(422)
    const html = await res.text()
    const p = readPage(html)
    expect(p.title).toMatch(/^ข้อผิดพลาด: จำนวนผู้รับบริการและอัตราการตอบแบบประเมิน/)
    const summary = p.getByRole('alert')
    expect(p.allByRole('link', {}, summary).map((a) => [a.attrs.href, p.text(a)])).toEqual([
      [`#${field(main, '2025-06')}`, 'จำนวนผู้รับบริการที่กองคลัง – งานจัดเก็บภาษี เดือนมิถุนายน 2568 ต้องเป็น 0 หรือมากกว่า'],
      [`#${field(single, '2025-06')}`, 'จำนวนผู้รับบริการที่งานทะเบียนราษฎร เดือนมิถุนายน 2568 ต้องเป็นตัวเลข เช่น 125'],
      [`#${field(main, '2025-05')}`, 'จำนวนผู้รับบริการที่กองคลัง – งานจัดเก็บภาษี เดือนพฤษภาคม 2568 ต้องเป็นจำนวนเต็ม ไม่มีทศนิยม'],
      [`#${field(single, '2025-05')}`, 'จำนวนผู้รับบริการที่งานทะเบียนราษฎร เดือนพฤษภาคม 2568 ต้องไม่เกิน 1,000,000'],
    ])
    // Each box keeps what was typed and says what is wrong next to it.
    for (const [name, value] of Object.entries(bad)) expect(p.controls(name)[0]!.attrs.value, name).toBe(value)
    const box = p.byId(field(main, '2025-06'))!
    expect(box.attrs).toMatchObject({ 'aria-invalid': 'true', 'aria-describedby': `${field(main, '2025-06')}-error` })
    expect(p.text(p.byId(`${field(main, '2025-06')}-error`)!)).toBe(
      'ข้อผิดพลาด: จำนวนผู้รับบริการที่กองคลัง – งานจัดเก็บภาษี เดือนมิถุนายน 2568 ต้องเป็น 0 หรือมากกว่า',
    )
    expect(stored()).toEqual([])
    expect(audits()).toEqual([])
  })

  it('answers a point of another organisation with 404 and writes nothing, not even this organisation’s boxes', async () => {
    const { agent, points, path, field, stored, audits } = await arrange()
    const res = await agent.post(path, { [field(points.main, '2025-05')]: '10', [field(points.bare, '2025-05')]: '20' })
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain(points.bare.nameTh)
    expect(stored()).toEqual([])
    expect(audits()).toEqual([])
  })

  it.each([
    ['a point that does not exist', 'count-999999-2025-05'],
    ['a month that has not begun', 'count-{main}-2025-07'],
    ['a name the form never makes', 'count-{main}-2025-13'],
  ])('answers %s with 404 and writes nothing', async (_, name) => {
    const { agent, points, path, field, stored } = await arrange()
    const res = await agent.post(path, {
      [field(points.main, '2025-05')]: '10',
      [name.replace('{main}', String(points.main.id))]: '20',
    })
    expect(res.status).toBe(404)
    expect(stored()).toEqual([])
  })

  it.each([['abc'], ['1.5'], ['-1'], ['1e3'], [' 7'], ['1234567890123456']])(
    'answers a malformed round %j with 400 and writes nothing',
    async (round) => {
      const { agent, points, path, field, stored, audits } = await arrange()
      const res = await agent.post(path, { round, [field(points.main, '2025-05')]: '10' })
      expect(res.status).toBe(400)
      expect(await res.text()).toContain('ข้อมูลที่ส่งมาไม่ตรงกับแบบฟอร์มของหน้านี้')
      expect(stored()).toEqual([])
      expect(audits()).toEqual([])
    },
  )

  it('takes the round the page sends, and no round at all, and goes back to it', async () => {
    const { agent, points, path, field, roundId } = await arrange()
    const withRound = await agent.post(path, { round: String(roundId), [field(points.main, '2025-05')]: '10' })
    expect(withRound.headers.get('location')).toBe(`${path}?round=${roundId}&done=saved`)
    const without = await agent.post(path, { [field(points.main, '2025-05')]: '11' })
    expect(without.headers.get('location')).toBe(`${path}?done=saved`)
  })

  it('lets a closed point of this organisation be written (its old months still count)', async () => {
    const { agent, points, path, field, stored } = await arrange()
    expect((await agent.post(path, { [field(points.closed, '2025-04')]: '12' })).status).toBe(303)
    expect(stored()).toMatchObject([{ pointId: points.closed.id, month: '2025-04', count: 12 }])
  })

  it('refuses a save without the session’s CSRF token', async () => {
    const { agent, points, path, field, stored } = await arrange()
    const res = await agent.post(path, { [field(points.main, '2025-05')]: '10' }, { csrf: false })
    expect(res.status).toBe(403)
    expect(stored()).toEqual([])
  })

  it('is the organisation’s, its province’s and DLA’s only', async () => {
    const s = await arrange()
    await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
    await createStaff(s.db, { role: 'province', username: 'cnx-province', provinceCode: '50' })
    await createStaff(s.db, { role: 'lgu', username: 'cnx-city', dlaCode: '3500102' })
    await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
    const box = { [s.field(s.points.main, '2025-05')]: '10' }
    for (const who of ['cnx-province', 'cnx-city']) {
      const agent = await signIn(s.app, who)
      expect((await agent.get(s.path)).status, who).toBe(404)
      expect((await agent.post(s.path, box)).status, who).toBe(404)
    }
    expect(s.stored()).toEqual([])
    for (const [who, count] of [
      ['krabi-province', '11'],
      ['dla-officer', '12'],
    ] as const) {
      const agent = await signIn(s.app, who)
      expect((await agent.get(s.path)).status, who).toBe(200)
      expect((await agent.post(s.path, { [s.field(s.points.main, '2025-05')]: count })).status, who).toBe(303)
    }
    expect(s.stored()).toMatchObject([{ month: '2025-05', count: 12 }])
  })
})
