/**
 * A DLA officer's questionnaires: upload a JSON definition, see every error with
 * its path (nothing saved), preview it as residents will see it in Thai and
 * English, publish it as version 1, then 2.
 */
import { describe, expect, it } from 'vitest'
import { thaiLguStandard } from '../../../../src/domain/questionnaire/builtins/index.js'
import { arrangeSurvey } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn, type StaffAgent } from '../../../helpers/staff.js'
import { readPage } from '../../html.js'

type App = ReturnType<typeof arrangeSurvey>['app']

async function arrange() {
  const s = arrangeSurvey({ round: false })
  await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
  const agent = await signIn(s.app, 'dla-officer')
  const count = (sql: string) => (s.db.$client.prepare(sql).get() as { n: number }).n
  return { ...s, agent, count }
}

/** A multipart POST, as the browser sends the upload form. */
function upload(app: App, agent: StaffAgent, fields: Record<string, string | File>) {
  const body = new FormData()
  body.append('_csrf', agent.csrf)
  for (const [name, value] of Object.entries(fields)) body.append(name, value)
  return app.request('/staff/questionnaires/new', { method: 'POST', headers: { cookie: agent.cookie }, body })
}

/** A modified copy of the built-in Thai standard, under a new slug and title. */
function pilotDefinition() {
  const copy = structuredClone(thaiLguStandard) as unknown as Record<string, any>
  copy.slug = 'krabi-pilot'
  copy.title = { th: 'แบบประเมินนำร่องจังหวัดกระบี่', en: 'Krabi pilot satisfaction survey' }
  return copy
}

const jsonFile = (value: unknown, name = 'questionnaire.json') =>
  new File([JSON.stringify(value, null, 2)], name, { type: 'application/json' })

describe('questionnaire upload: checked before anything is saved', () => {
  it('names the path of an error deep inside the definition, with 422, and saves nothing', async () => {
    const { app, agent, count } = await arrange()
    const broken = pilotDefinition()
    broken.sections[1].items[0].scale = 'no_such_scale'
    const res = await upload(app, agent, { file: jsonFile(broken) })
    expect(res.status).toBe(422)
    const page = readPage(await res.text())
    expect(page.title).toMatch(/^ข้อผิดพลาด: /)
    expect(page.text(page.getByRole('alert'))).toContain('sections.1.items.0.scale: no scale named "no_such_scale"')
    // The file's text comes back in the textarea, to be corrected there.
    expect(page.byId('definition')?.children.join('')).toContain('"no_such_scale"')
    expect(count('select count(*) as n from questionnaire_uploads')).toBe(0)
  })

  it('says plainly when the pasted text is not JSON (422, not a 500)', async () => {
    const { app, agent, count } = await arrange()
    const res = await upload(app, agent, { definition: '{"slug": "x", ' })
    expect(res.status).toBe(422)
    expect(readPage(await res.text()).text()).toContain('ข้อความนี้ไม่ใช่ JSON ที่ถูกต้อง')
    expect(count('select count(*) as n from questionnaire_uploads')).toBe(0)
  })

  it('refuses a file over 1 MB, and an empty form', async () => {
    const { app, agent, count } = await arrange()
    const big = await upload(app, agent, { file: new File(['x'.repeat(1024 * 1024 + 1)], 'big.json') })
    expect(big.status).toBe(413)
    expect(readPage(await big.text()).text()).toContain('แบบประเมินต้องไม่เกิน 1 MB')
    expect((await upload(app, agent, { definition: '' })).status).toBe(422)
    expect(count('select count(*) as n from questionnaire_uploads')).toBe(0)
  })
})

describe('questionnaire preview and publishing', () => {
  it('previews in Thai and English as residents see it, then publishes version 1 and version 2', async () => {
    const { app, agent, count, db } = await arrange()
    const res = await upload(app, agent, { file: jsonFile(pilotDefinition()) })
    expect(res.status).toBe(303)
    const preview = res.headers.get('location')!
    expect(preview).toMatch(/^\/staff\/questionnaires\/uploads\/\d+\/preview$/)

    const th = readPage(await (await agent.get(`${preview}?lang=th`)).text())
    expect(th.getByRole('heading', { level: 1 }).children.join('')).toBe('แบบประเมินนำร่องจังหวัดกระบี่')
    expect(th.lang).toBe('th')
    expect(th.text()).toContain('“krabi-pilot” จะเผยแพร่เป็นฉบับที่ 1')
    // The resident form, but it sends nowhere: no /s/ action and the send button is off.
    const forms = th.allByRole('form')
    expect(forms.length).toBe(2) // the survey, and the staff banner's "publish"
    for (const form of forms) expect(form.attrs.action).not.toMatch(/^\/s\//)
    expect(th.getByRole('button', { name: 'ส่งแบบประเมิน' }).attrs).toHaveProperty('disabled')
    expect(th.allByRole('radio', { name: /มากที่สุด/ }).length).toBeGreaterThan(0)

    const en = readPage(await (await agent.get(`${preview}?lang=en`)).text())
    expect(en.getByRole('heading', { level: 1 }).children.join('')).toBe('Krabi pilot satisfaction survey')
    expect(en.getByRole('link', { name: 'ดูภาษาไทย' }).attrs.href).toBe(`${preview}?lang=th`)

    const published = await agent.post(preview.replace('/preview', '/publish'))
    expect(published.status).toBe(303)
    expect(published.headers.get('location')).toMatch(/^\/staff\/questionnaires\?published=\d+$/)
    const version = (slug: string) =>
      db.$client.prepare('select max(version) as v from questionnaires where slug = ?').get(slug) as { v: number | null }
    expect(version('krabi-pilot').v).toBe(1)
    expect((await agent.post(preview.replace('/preview', '/publish'))).status).toBe(409)

    const again = await upload(app, agent, { definition: JSON.stringify(pilotDefinition()) })
    expect(again.status).toBe(303)
    expect((await agent.post(again.headers.get('location')!.replace('/preview', '/publish'))).status).toBe(303)
    expect(version('krabi-pilot').v).toBe(2)
    expect(count("select count(*) as n from audit_log where action = 'questionnaire_published'")).toBe(2)

    const list = readPage(await (await agent.get('/staff/questionnaires?lang=th')).text())
    const versions = list.allByRole('link', { name: 'แบบประเมินนำร่องจังหวัดกระบี่' })
    expect(versions.length).toBe(2)
    expect(list.allByRole('link', { name: /แก้ไข|edit/i })).toHaveLength(0)
  })
})
