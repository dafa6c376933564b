/**
 * The short form on a phone: a one-sentence privacy notice with the full notice one tap away,
 * and the optional questions about the respondent folded behind one tap, unfolded again when
 * the form comes back with one of them answered or wrong. What is posted and stored is the same.
 */
import { describe, expect, it } from 'vitest'
import { arrangeSurvey, getForm, post, storedCounts, validAnswers, type ArrangedSurvey } from '../../helpers/survey-fixture.js'
import { readPage, type Page } from '../html.js'

const ABOUT_YOU = ['sex', 'age', 'occupation']
const ALWAYS_SHOWN = ['service', 'overall', 'facility_2', 'suggestion']
const SHORT_NOTICE = 'เทศบาลเมืองกระบี่ และกรมส่งเสริมการปกครองท้องถิ่นเก็บคำตอบนี้โดยไม่ระบุตัวตน เพื่อนำไปปรับปรุงการให้บริการ'
/** The start of the questionnaire's own short notice, which now opens the privacy page. */
const QUESTIONNAIRE_SUMMARY = 'เทศบาลเมืองกระบี่ และกรมส่งเสริมการปกครองท้องถิ่น (สถ.) เก็บคำตอบนี้เพื่อนำไปปรับปรุงการให้บริการ'

const answersAtMain = (s: ArrangedSurvey) => validAnswers(s.definition, s.points.main.services)

const SWITCH = 'ตอบคำถามส่วนนี้ (3 ข้อ)'

/** Whether a question's first input waits behind the switch (in the part a checked switch shows). */
function folded(view: Page, id: string): boolean {
  for (let node = view.byId(id); node; node = node.parent)
    if ((node.attrs.class ?? '').split(' ').includes('fold__body')) return true
  return false
}

describe('the privacy notice on the form', () => {
  it('is one sentence naming who collects the answers and why, with a link to the full notice', async () => {
    const s = arrangeSurvey()
    const view = readPage((await getForm(s.app, 'KRB1001')).html)

    expect(view.text()).toContain(SHORT_NOTICE)
    expect(view.text()).not.toContain(QUESTIONNAIRE_SUMMARY)
    expect(view.getByRole('link', { name: 'อ่านประกาศความเป็นส่วนตัวฉบับเต็ม' }).attrs.href).toBe('/s/KRB1001/privacy')
  })

  it('leaves nothing out: the privacy page opens with the questionnaire’s own short notice, then the full one', async () => {
    const s = arrangeSurvey()
    const text = readPage(await (await s.app.request('/s/KRB1001/privacy')).text()).text()

    const summaryAt = text.indexOf(QUESTIONNAIRE_SUMMARY)
    expect(summaryAt).toBeGreaterThan(-1)
    expect(summaryAt).toBeLessThan(text.indexOf('ผู้ควบคุมข้อมูลส่วนบุคคล: เทศบาลเมืองกระบี่'))
  })

  it('is in English on the English form', async () => {
    const s = arrangeSurvey()
    const view = readPage((await getForm(s.app, 'KRB1001', { query: '?lang=en' })).html)
    expect(view.text()).toContain(
      'and the Department of Local Administration collect these answers anonymously, to improve services.',
    )
    expect(view.getByRole('link', { name: 'Read the full privacy notice' }).attrs.href).toBe('/s/KRB1001/privacy')
  })
})

describe('the optional questions about the respondent', () => {
  it('wait folded behind one tap on a fresh form; every other question is shown', async () => {
    const s = arrangeSurvey()
    const view = readPage((await getForm(s.app, 'KRB1001')).html)

    const show = view.getByRole('checkbox', { name: SWITCH })
    expect(show.attrs.name, 'the switch is never posted').toBeUndefined()
    expect('checked' in show.attrs).toBe(false)
    for (const id of ABOUT_YOU) expect(folded(view, id), id).toBe(true)
    for (const id of ALWAYS_SHOWN) expect(folded(view, id), id).toBe(false)
  })

  it('come back unfolded when the resident answered one of them and missed a required question', async () => {
    const s = arrangeSurvey()
    const { token } = await getForm(s.app, 'KRB1001')
    const { overall: _missed, ...answers } = answersAtMain(s)

    const res = await post(s.app, 'KRB1001', { _token: token, ...answers })
    const view = readPage(await res.text())

    expect(res.status).toBe(422)
    expect(folded(view, 'sex')).toBe(false)
    expect(view.allByRole('checkbox', { name: SWITCH })).toEqual([])
    expect(view.checkedValues().sex).toEqual([answers.sex])
  })

  it('come back unfolded when one of them is wrong, and nothing is stored', async () => {
    const s = arrangeSurvey()
    const { token } = await getForm(s.app, 'KRB1001')
    const before = storedCounts(s.db)
    const answers = answersAtMain(s)
    delete answers.sex
    delete answers.age
    delete answers.occupation

    const res = await post(s.app, 'KRB1001', { _token: token, ...answers, age: 'x' })
    const view = readPage(await res.text())

    expect(res.status).toBe(422)
    expect(folded(view, 'age')).toBe(false)
    expect(storedCounts(s.db)).toEqual(before)
  })

  it('stay folded when the form comes back without any of them given', async () => {
    const s = arrangeSurvey()
    const { token } = await getForm(s.app, 'KRB1001')

    const res = await post(s.app, 'KRB1001', { _token: token })
    const view = readPage(await res.text())

    expect(res.status).toBe(422)
    expect(folded(view, 'sex')).toBe(true)
  })
})
