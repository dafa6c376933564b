/**
 * Rounds, questionnaires and the registry are the DLA officer's alone: a
 * provincial officer and an LGU officer get 404 on every page and action (real
 * ids included), and nothing changes.
 */
import { describe, expect, it } from 'vitest'
import { latestPublishedQuestionnaire } from '../../../../src/db/queries/questionnaires.js'
import { thaiLguStandard } from '../../../../src/domain/questionnaire/builtins/index.js'
import { arrangeSurvey } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn, type StaffAgent } from '../../../helpers/staff.js'

const REGISTRY = `จังหวัด,อำเภอ,ตำบล,รหัส อปท.,ประเภท อปท.,อปท.,ที่ตั้งสำนักงานเลขที่,หมู่ที่,รหัสไปรษณีย์,ขนาดพื้นที่,LAT,LONG,เว็ปไซต์ของอปท
กระบี่,เมืองกระบี่,ไสไทย,6810106,อบต.,ไสไทย,,,,,,,
`

/** A DLA officer makes one of everything, so the foreign roles can try real ids. */
async function arrange() {
  const s = arrangeSurvey({ round: false })
  await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
  await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  const dla = await signIn(s.app, 'dla-officer')
  const multipart = (agent: StaffAgent, path: string, name: string, file: File) => {
    const body = new FormData()
    body.append('_csrf', agent.csrf)
    body.append(name, file)
    return s.app.request(path, { method: 'POST', headers: { cookie: agent.cookie }, body })
  }
  const questionnaireId = latestPublishedQuestionnaire(s.db, 'thai-lgu-standard')!.id
  const round = await dla.post('/staff/rounds/new', {
    nameTh: 'รอบทดสอบ',
    nameEn: 'Test round',
    questionnaireId: String(questionnaireId),
    opensAt: '2025-07-01T00:00',
    closesAt: '2025-08-01T00:00',
    scope: 'all',
  })
  const definition = new File([JSON.stringify({ ...thaiLguStandard, slug: 'pilot' })], 'pilot.json')
  const upload = await multipart(dla, '/staff/questionnaires/new', 'file', definition)
  const registry = await multipart(dla, '/staff/registry', 'file', new File([REGISTRY], 'registry.csv'))
  const ids = {
    round: round.headers.get('location')!.split('?')[0]!,
    upload: upload.headers.get('location')!.replace('/preview', ''),
    registry: registry.headers.get('location')!,
    questionnaire: `/staff/questionnaires/${questionnaireId}`,
  }
  const snapshot = () =>
    [
      'rounds',
      'round_provinces',
      'round_organisations',
      'questionnaires',
      'questionnaire_uploads',
      'registry_uploads',
      'organisations',
    ]
      .map((table) => `${table}=${JSON.stringify(s.db.$client.prepare(`select * from ${table}`).all())}`)
      .join('\n') +
    `\naudit=${(s.db.$client.prepare("select count(*) as n from audit_log where action not like 'sign_in%'").get() as { n: number }).n}`
  return { ...s, ids, snapshot, multipart, questionnaireId }
}

describe('DLA areas: other roles find nothing there', () => {
  it.each(['krabi-province', 'krabi-town'])('%s gets 404 on every GET and POST, and nothing changes', async (username) => {
    const { app, ids, snapshot, multipart, questionnaireId } = await arrange()
    const agent = await signIn(app, username)
    const before = snapshot()
    const gets = [
      '/staff/rounds',
      '/staff/rounds?page=2',
      '/staff/rounds/new',
      ids.round,
      '/staff/questionnaires',
      '/staff/questionnaires/new',
      `${ids.upload}/preview`,
      `${ids.upload}/preview?lang=en`,
      `${ids.upload}/privacy`,
      `${ids.questionnaire}/preview`,
      `${ids.questionnaire}/privacy`,
      '/staff/registry',
      ids.registry,
    ]
    for (const path of gets) expect([path, (await agent.get(path)).status]).toEqual([path, 404])

    const posts: [string, Record<string, string | string[]>][] = [
      [
        '/staff/rounds/new',
        {
          nameTh: 'x',
          nameEn: 'x',
          questionnaireId: String(questionnaireId),
          opensAt: '2025-06-01T00:00',
          closesAt: '2025-07-01T00:00',
          scope: 'all',
        },
      ],
      [`${ids.round}/open`, {}],
      [`${ids.round}/close`, {}],
      [`${ids.round}/extend`, { closesAt: '2026-01-01T00:00' }],
      [`${ids.upload}/publish`, {}],
      [`${ids.registry}/import`, {}],
    ]
    for (const [path, fields] of posts) expect([path, (await agent.post(path, fields)).status]).toEqual([path, 404])
    const definition = new File([JSON.stringify({ ...thaiLguStandard, slug: 'sneaky' })], 'q.json')
    expect((await multipart(agent, '/staff/questionnaires/new', 'file', definition)).status).toBe(404)
    expect((await multipart(agent, '/staff/registry', 'file', new File([REGISTRY], 'r.csv'))).status).toBe(404)

    expect(snapshot()).toBe(before)
  })
})
