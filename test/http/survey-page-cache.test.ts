import { describe, expect, it } from 'vitest'
import { arrangeSurvey, getForm } from '../helpers/survey-fixture.js'

describe('the survey form rendered once per point', () => {
  it('gives every visitor a token of their own', async () => {
    const s = arrangeSurvey()
    const first = await getForm(s.app, 'KRB1001')
    const second = await getForm(s.app, 'KRB1001')
    expect(first.token).not.toBe(second.token)
    expect(first.html.replace(first.token, 'T')).toBe(second.html.replace(second.token, 'T'))
    expect(first.html).not.toContain('__FORM_TOKEN_SLOT__')
  })

  it('shows a renamed point, a new service and the other language at once', async () => {
    const s = arrangeSurvey()
    await getForm(s.app, 'KRB1001')
    s.clock.advance(1000)
    const sqlite = s.db.$client
    sqlite.prepare("update service_points set name_th = 'ชื่อใหม่ของจุดบริการ', updated_at = ? where code = 'KRB1001'").run(s.clock.now)
    expect((await getForm(s.app, 'KRB1001')).html).toContain('ชื่อใหม่ของจุดบริการ')

    const pointId = (sqlite.prepare("select id from service_points where code = 'KRB1001'").get() as { id: number }).id
    sqlite.prepare("insert into services (service_point_id, name_th, position) values (?, 'บริการที่เพิ่มใหม่', 9)").run(pointId)
    s.clock.advance(1000)
    sqlite.prepare('update service_points set updated_at = ? where id = ?').run(s.clock.now, pointId)
    expect((await getForm(s.app, 'KRB1001')).html).toContain('บริการที่เพิ่มใหม่')

    expect((await getForm(s.app, 'KRB1001', { query: '?lang=en' })).html).toContain('<html lang="en">')
  })
})
