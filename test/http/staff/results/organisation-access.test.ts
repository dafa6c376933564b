/**
 * Who may see an organisation's results and set its population, and the population form:
 * GOV.UK validation (422, the answer re-shown, nothing saved), Post/Redirect/Get, the audit
 * row, and the Yamane target it gives. Another scope's organisation is simply not there (404)
 * and nothing changes.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { arrangeSurvey } from '../../../helpers/survey-fixture.js'
import { readPage, textOf, type El } from '../../html.js'

async function arrange() {
  const s = arrangeSurvey()
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  await createStaff(s.db, { role: 'lgu', username: 'chiang-mai-city', dlaCode: '3500102' })
  await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
  await createStaff(s.db, { role: 'province', username: 'chiang-mai-province', provinceCode: '50' })
  await createStaff(s.db, { role: 'dla', username: 'dla' })
  const krabi = s.organisationIds['4810102']
  const chiangMai = s.organisationIds['3500102']
  const population = (id: number) =>
    (s.db.$client.prepare('select population from organisations where id = ?').get(id) as { population: number | null })
      .population
  const audit = () =>
    s.db.$client
      .prepare(
        "select actor_username as actor, target_type as targetType, target_id as targetId, province_code as province, organisation_id as organisationId, detail from audit_log where action = 'organisation_updated' order by id",
      )
      .all()
  const snapshot = () => ({
    organisations: s.db.$client.prepare('select id, population, updated_at from organisations order by id').all(),
    audit: audit(),
  })
  const store = createResponseStore(s.db)
  const respond = (n: number) => {
    for (let i = 0; i < n; i++)
      store.writeOne({
        submissionId: randomUUID(),
        roundId: s.roundId!,
        organisationId: krabi,
        servicePointId: s.points.main.id,
        serviceId: null,
        submittedAt: s.clock.now,
        locale: 'th',
        channel: 'web',
        flagReason: null,
        answers: [{ itemId: 'overall', value: '5' }],
      })
  }
  return { ...s, krabi, chiangMai, population, audit, snapshot, respond }
}

const resultsOf = (id: number) => `/staff/organisations/${id}/results`
const populationOf = (id: number) => `/staff/organisations/${id}/population`

describe('who sees the results page', () => {
  it.each([
    ['krabi-town', 200],
    ['krabi-province', 200],
    ['dla', 200],
    ['chiang-mai-city', 404],
    ['chiang-mai-province', 404],
  ] as const)('%s → %i on Krabi town’s results', async (username, status) => {
    const s = await arrange()
    const agent = await signIn(s.app, username)
    expect((await agent.get(resultsOf(s.krabi))).status).toBe(status)
  })

  it('answers 404 for ids that are not organisations, and asks the signed-out to sign in', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'dla')
    for (const id of ['99999', 'abc', '0', '1e3'])
      expect((await agent.get(`/staff/organisations/${id}/results`)).status).toBe(404)
    const signedOut = await s.app.request(resultsOf(s.krabi))
    expect(signedOut.status).toBe(303)
    expect(signedOut.headers.get('location')).toBe(`/staff/sign-in?next=${encodeURIComponent(resultsOf(s.krabi))}`)
  })
})

describe('setting the population', () => {
  it('saves a whole number, records it in the audit log, and shows the Yamane target and progress', async () => {
    const s = await arrange()
    s.respond(5)
    const agent = await signIn(s.app, 'krabi-town')
    const res = await agent.post(populationOf(s.krabi), { population: '5,000', round: String(s.roundId) })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${resultsOf(s.krabi)}?round=${s.roundId}&done=population#sample-size`)
    expect(s.population(s.krabi)).toBe(5000)
    expect(s.audit()).toEqual([
      {
        actor: 'krabi-town',
        targetType: 'organisation',
        targetId: String(s.krabi),
        province: '81',
        organisationId: s.krabi,
        detail: JSON.stringify({ population: { from: null, to: 5000 } }),
      },
    ])

    const page = readPage(await (await agent.get(res.headers.get('location')!)).text())
    expect(textOf(page.getByRole('status'))).toBe('บันทึกจำนวนประชากรแล้ว')
    const figure = (name: string) =>
      textOf(
        page.elements
          .find((el) => el.attrs['data-figure'] === name && el.parent && page.byId('sample-size-figures') === el.parent.parent)!
          .children.find((c) => typeof c !== 'string' && c.tag === 'td') as El,
      )
    // Yamane: 5,000 ÷ (1 + 5,000 × 0.05²) = 5,000 ÷ 13.5 = 370.37 → 371; progress 5 ÷ 371 = 1.35 %.
    expect(figure('population')).toBe('5,000')
    expect(figure('target')).toBe('371 คน')
    expect(figure('progress')).toBe('ผู้ตอบ 5 จาก 371 คน (ร้อยละ 1.35)')
    expect(page.controls('population')[0]?.attrs.value).toBe('5000')
  })

  it('reads Thai digits, and clears the population when the field is left empty', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-province')
    expect((await agent.post(populationOf(s.krabi), { population: '๑๒ ๕๐๐' })).status).toBe(303)
    expect(s.population(s.krabi)).toBe(12500)
    const cleared = await agent.post(populationOf(s.krabi), { population: '  ' })
    expect(cleared.status).toBe(303)
    expect(cleared.headers.get('location')).toBe(`${resultsOf(s.krabi)}?done=populationCleared#sample-size`)
    expect(s.population(s.krabi)).toBeNull()
    expect(s.audit().map((a) => (a as { detail: string }).detail)).toEqual([
      JSON.stringify({ population: { from: null, to: 12500 } }),
      JSON.stringify({ population: { from: 12500, to: null } }),
    ])
    const page = readPage(await (await agent.get(resultsOf(s.krabi))).text())
    expect(textOf(page.byId('sample-size')!)).toContain('ยังไม่ได้ระบุจำนวนประชากรของ อปท. นี้')
  })

  it.each([
    ['abc', 'จำนวนประชากรต้องเป็นจำนวนเต็ม เช่น 12500'],
    ['12.5', 'จำนวนประชากรต้องเป็นจำนวนเต็ม เช่น 12500'],
    ['0', 'จำนวนประชากรต้องมีอย่างน้อย 1 คน'],
    ['-40', 'จำนวนประชากรต้องมีอย่างน้อย 1 คน'],
    ['10000001', 'จำนวนประชากรต้องไม่เกิน 10,000,000 คน'],
  ])('refuses %j with 422, the answer re-shown and nothing saved', async (typed, message) => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-town')
    await agent.post(populationOf(s.krabi), { population: '5000' })
    const before = s.snapshot()
    const res = await agent.post(populationOf(s.krabi), { population: typed, round: String(s.roundId) })
    expect(res.status).toBe(422)
    const page = readPage(await res.text())
    expect(page.title.startsWith('ข้อผิดพลาด: ')).toBe(true)
    const summary = page.getByRole('alert')
    expect(page.getByRole('link', { name: message }, summary).attrs.href).toBe('#population')
    const input = page.getByRole('textbox', { name: 'จำนวนประชากรของ อปท. (คน)' })
    expect(input.attrs.id).toBe('population')
    expect(input.attrs.value).toBe(typed)
    expect(input.attrs['aria-invalid']).toBe('true')
    expect(textOf(page.byId('population-error')!)).toBe(`ข้อผิดพลาด: ${message}`)
    expect(s.snapshot()).toEqual(before)
  })

  it.each(['1', '10000000'])('accepts the limit %s', async (typed) => {
    const s = await arrange()
    const agent = await signIn(s.app, 'dla')
    expect((await agent.post(populationOf(s.krabi), { population: typed })).status).toBe(303)
    expect(s.population(s.krabi)).toBe(Number(typed))
  })

  it.each(['chiang-mai-city', 'chiang-mai-province'])(
    '%s cannot set Krabi town’s population: 404, nothing changed',
    async (username) => {
      const s = await arrange()
      const agent = await signIn(s.app, username)
      const before = s.snapshot()
      expect((await agent.post(populationOf(s.krabi), { population: '5000' })).status).toBe(404)
      expect((await agent.post(populationOf(99999), { population: '5000' })).status).toBe(404)
      expect(s.snapshot()).toEqual(before)
    },
  )

  it('refuses a change without the CSRF token', async () => {
    const s = await arrange()
    const agent = await signIn(s.app, 'krabi-town')
    const before = s.snapshot()
    expect((await agent.post(populationOf(s.krabi), { population: '5000' }, { csrf: false })).status).toBe(403)
    expect(s.snapshot()).toEqual(before)
  })
})
