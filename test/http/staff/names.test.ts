/**
 * Every name staff type must show something: blanks around a zero-width
 * space, or a name with a NUL or a BEL in it, are refused with 422 and the
 * field's own message, in every form that takes a name, and nothing is saved.
 */
import { describe, expect, it } from 'vitest'
import { latestPublishedQuestionnaire } from '../../../src/db/queries/questionnaires.js'
import { arrangeSurvey, DAY } from '../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../helpers/staff.js'
import { readPage } from '../html.js'

const UNSHOWABLE = [
  ['blanks around a zero-width space', '  \u200B  '],
  ['a NUL inside', 'งาน\u0000ทะเบียน'],
  ['a BEL inside', 'งาน\u0007ทะเบียน'],
] as const

async function arrange() {
  const s = arrangeSurvey()
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  await createStaff(s.db, { role: 'dla', username: 'admin' })
  const lgu = await signIn(s.app, 'krabi-town')
  const dla = await signIn(s.app, 'admin')
  const count = (table: string) => (s.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n
  const counts = () => ({
    points: count('service_points'),
    services: count('services'),
    rounds: count('rounds'),
    users: count('users'),
    tokens: count('api_tokens'),
  })
  return { ...s, lgu, dla, counts }
}

/** The 422 page's error summary links, each with its words. */
async function refused(res: Response): Promise<Record<string, string>> {
  expect(res.status).toBe(422)
  const page = readPage(await res.text())
  const summary = page.getByRole('alert')
  return Object.fromEntries(page.allByRole('link', {}, summary).map((a) => [a.attrs.href!, page.text(a)]))
}

const local = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 16)

describe.each(UNSHOWABLE)('a name of %s', (_, name) => {
  it('is refused as a service point’s Thai name, English name, division or service', async () => {
    const s = await arrange()
    const before = s.counts()
    const path = `/staff/organisations/${s.organisationIds['4810102']}/service-points/new`
    expect(await refused(await s.lgu.post(path, { nameTh: name }))).toEqual({
      '#nameTh': 'ชื่อจุดให้บริการภาษาไทยต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม',
    })
    expect(await refused(await s.lgu.post(path, { nameTh: 'จุดใหม่', nameEn: name, department: name }))).toEqual({
      '#nameEn': 'ชื่อภาษาอังกฤษต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม',
      '#department': 'ชื่อกอง/สำนักต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม',
    })
    expect(await refused(await s.lgu.post(path, { nameTh: 'จุดใหม่', services: `บริการหนึ่ง\nบริการสอง | ${name}` }))).toEqual({
      '#services': 'ชื่อบริการแต่ละชื่อต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม',
    })
    // Editing an existing point is held to the same rule.
    expect(await refused(await s.lgu.post(`/staff/service-points/${s.points.main.id}/edit`, { nameTh: name }))).toEqual({
      '#nameTh': 'ชื่อจุดให้บริการภาษาไทยต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม',
    })
    expect(s.counts()).toEqual(before)
  })

  it('is refused as a round’s name in Thai or English', async () => {
    const s = await arrange()
    const before = s.counts()
    const res = await s.dla.post('/staff/rounds/new', {
      nameTh: name,
      nameEn: name,
      questionnaireId: String(latestPublishedQuestionnaire(s.db, 'thai-lgu-standard')!.id),
      opensAt: local(s.clock.now + DAY),
      closesAt: local(s.clock.now + 20 * DAY),
      scope: 'all',
    })
    expect(await refused(res)).toEqual({
      '#nameTh': 'ชื่อรอบต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม',
      '#nameEn': 'ชื่อรอบต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม',
    })
    expect(s.counts()).toEqual(before)
  })

  it('is refused as a new account’s display name, and as a changed one', async () => {
    const s = await arrange()
    const before = s.counts()
    const words = 'ชื่อที่แสดงต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม'
    const created = await s.dla.post('/staff/users/new', { username: 'somsri', displayName: name, role: 'dla', password: '' })
    expect(await refused(created)).toEqual({ '#displayName': words })
    const lguId = (s.db.$client.prepare("select id from users where username = 'krabi-town'").get() as { id: number }).id
    expect(await refused(await s.dla.post(`/staff/users/${lguId}`, { displayName: name, email: '' }))).toEqual({
      '#displayName': words,
    })
    expect(s.db.$client.prepare('select display_name as name from users where id = ?').get(lguId)).toEqual({ name: 'krabi-town' })
    expect(s.counts()).toEqual(before)
  })

  it('is refused as an API token’s name', async () => {
    const s = await arrange()
    const before = s.counts()
    const res = await s.dla.post('/staff/api-tokens/new', { username: 'krabi-town', name })
    expect(await refused(res)).toEqual({ '#name': 'ชื่อโทเคนต้องมีตัวอักษรที่มองเห็นได้ และไม่มีอักขระควบคุม' })
    expect(s.counts()).toEqual(before)
  })
})
