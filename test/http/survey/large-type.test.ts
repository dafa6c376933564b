/**
 * Large-type mode without JavaScript: one question a screen, each screen a plain POST to the
 * survey's address carrying every answer so far, the last one the ordinary submission with the
 * token the first screen was given. The default questionnaire at KRB1001 (three services) has
 * 13 screens: service, overall, 9 aspect ratings, "about you" (one screen), suggestion.
 */
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createKiosk } from '../../posters/arrange-kiosk.js'
import { arrangePosters, BASE_URL, type ArrangedPosters } from '../../posters/arrange-posters.js'
import {
  arrangeSurvey,
  cookiesFrom,
  getForm,
  post,
  storedCounts,
  type App,
  type ArrangedSurvey,
  type Fields,
} from '../../helpers/survey-fixture.js'
import { readPage, type Page } from '../html.js'
import { rows } from './expect.js'

const CODE = 'KRB1001'
const SCREENS = 13

/** What the screen's form posts: its hidden fields (answers carried, step, token) and the button pressed. */
function hiddenFields(page: Page): Fields {
  const out: Record<string, string[]> = {}
  for (const el of page.elements)
    if (el.tag === 'input' && el.attrs.type === 'hidden') (out[el.attrs.name!] ??= []).push(el.attrs.value ?? '')
  return out
}

type Screen = { res: Response; page: Page; html: string }

async function screenOf(res: Response): Promise<Screen> {
  const html = await res.text()
  return { res, page: readPage(html), html }
}

const start = async (app: App, query = '') => screenOf(await app.request(`/s/${CODE}?large=1${query}`))

/** Presses a button of the screen as a browser does: hidden fields, what is checked, and `answers` chosen now. */
const press = async (app: App, screen: Screen, go: 'next' | 'back' | 'send' | 'lang', answers: Fields = {}) =>
  screenOf(await post(app, CODE, { ...hiddenFields(screen.page), ...screen.page.checkedValues(), ...answers, _go: go }))

const progressOf = (screen: Screen) => screen.page.text(screen.page.elements.find((el) => el.attrs.class === 'large__progress'))
const questionOf = (screen: Screen) => screen.page.text(screen.page.elements.find((el) => el.tag === 'h1'))

describe('large type, one question a screen', () => {
  it('is one tap from the top of the survey form, in both languages', async () => {
    const s = arrangeSurvey()
    const th = readPage((await getForm(s.app, CODE)).html)
    expect(th.getByRole('link', { name: 'ตัวอักษรใหญ่' }).attrs.href).toBe('/s/KRB1001?large=1')
    const en = readPage((await getForm(s.app, CODE, { query: '?lang=en' })).html)
    expect(en.getByRole('link', { name: 'Large text' }).attrs.href).toBe('/s/KRB1001?large=1')
  })

  it('asks the first question alone, says "ข้อ 1 จาก 13" and shows each face with its words', async () => {
    const s = arrangeSurvey()
    const first = await start(s.app)
    expect(first.res.status).toBe(200)
    expect(progressOf(first)).toBe('ข้อ 1 จาก 13')
    expect(questionOf(first)).toBe('วันนี้ท่านมาใช้บริการเรื่องใด')
    expect(first.page.allByRole('radio').map((r) => first.page.nameOf(r))).toEqual([
      'ชำระภาษีที่ดินและสิ่งปลูกสร้าง',
      'ชำระภาษีป้าย',
      'ขอใบอนุญาตประกอบกิจการ',
    ])
    // No Back on the first screen; the language switch is a button of the screen's form.
    expect(first.page.allByRole('button').map((b) => first.page.nameOf(b))).toEqual(['English', 'ถัดไป'])

    const second = await press(s.app, first, 'next', { service: String(s.points.main.services[0]!.id) })
    expect(progressOf(second)).toBe('ข้อ 2 จาก 13')
    // Each radio is named by its words, its face shown beside them: never a face alone.
    expect(second.page.allByRole('radio').map((r) => second.page.nameOf(r))).toEqual([
      'มากที่สุด',
      'มาก',
      'ปานกลาง',
      'น้อย',
      'น้อยที่สุด',
    ])
    const labels = second.page.elements.filter((el) => el.tag === 'label' && el.attrs.class === 'choice__label')
    expect(labels.map((l) => second.page.text(l))).toEqual(['😄มากที่สุด', '🙂มาก', '😐ปานกลาง', '🙁น้อย', '😞น้อยที่สุด'])
  })

  it('speaks English when asked: "Question 1 of 12" at a point without services', async () => {
    const s = arrangeSurvey()
    const res = await s.app.request('/s/CNX1001?large=1&lang=en')
    const screen = await screenOf(res)
    expect(progressOf(screen)).toBe('Question 1 of 12')
    expect(questionOf(screen)).toBe('Overall, how satisfied are you with the service you received?')
    expect(screen.page.getByRole('link', { name: 'Standard text' }).attrs.href).toBe('/s/CNX1001')
  })

  it('completes without JavaScript and stores exactly one response with the answers given', async () => {
    const s = arrangeSurvey()
    const service = String(s.points.main.services[1]!.id)
    const chosen: [string, Fields][] = [
      ['service', { service }],
      ['overall', { overall: '5' }],
      ['process_1', { process_1: '4' }],
      ['process_2', { process_2: '3' }],
      ['channel_1', { channel_1: '2' }],
      ['channel_2', { channel_2: '1' }],
      ['staff_1', { staff_1: '5' }],
      ['staff_2', { staff_2: '4' }],
      ['staff_3', { staff_3: '3' }],
      ['facility_1', { facility_1: '4' }],
      ['facility_2', { facility_2: 'na' }],
      ['about you', { age: '30_39' }],
      ['suggestion', { suggestion: 'ป้ายบอกทางเล็กไป' }],
    ]
    let screen = await start(s.app)
    const token = hiddenFields(screen.page)._token
    for (const [n, [, answers]] of chosen.entries()) {
      expect(progressOf(screen)).toBe(`ข้อ ${n + 1} จาก ${SCREENS}`)
      // The token of the first screen goes all the way: one journey, one submission id.
      expect(hiddenFields(screen.page)._token).toEqual(token)
      expect(storedCounts(s.db).responses).toBe(0)
      if (n < SCREENS - 1) {
        screen = await press(s.app, screen, 'next', answers)
        expect(screen.res.status).toBe(200)
      } else {
        expect(screen.page.getByRole('button', { name: 'ส่งแบบประเมิน' }).attrs.value).toBe('send')
        screen = await press(s.app, screen, 'send', answers)
      }
    }
    expect(screen.res.status).toBe(303)
    expect(screen.res.headers.get('location')).toBe('/s/KRB1001/thanks')
    expect(storedCounts(s.db).responses).toBe(1)
    expect(rows(s.db, 'select service_id as service, channel from responses')).toEqual([
      { service: s.points.main.services[1]!.id, channel: 'web' },
    ])
    const [stored] = rows<{ answers: string }>(s.db, 'select answer_values as answers from responses')
    expect(JSON.parse(stored!.answers)).toEqual({
      service: [service],
      overall: ['5'],
      process_1: ['4'],
      process_2: ['3'],
      channel_1: ['2'],
      channel_2: ['1'],
      staff_1: ['5'],
      staff_2: ['4'],
      staff_3: ['3'],
      facility_1: ['4'],
      facility_2: ['na'],
      age: ['30_39'],
      suggestion: ['ป้ายบอกทางเล็กไป'],
    })
  })

  it('goes Back with every answer kept, the one on the screen left too', async () => {
    const s = arrangeSurvey()
    const service = String(s.points.main.services[2]!.id)
    const one = await start(s.app)
    const two = await press(s.app, one, 'next', { service })
    const three = await press(s.app, two, 'next', { overall: '2' })
    expect(progressOf(three)).toBe('ข้อ 3 จาก 13')
    // Back from 3 with process_1 chosen but not yet confirmed: 2 again, its answer checked, process_1 carried.
    const backToTwo = await press(s.app, three, 'back', { process_1: '5' })
    expect(backToTwo.res.status).toBe(200)
    expect(progressOf(backToTwo)).toBe('ข้อ 2 จาก 13')
    expect(backToTwo.page.checkedValues()).toEqual({ overall: ['2'] })
    expect(hiddenFields(backToTwo.page)).toMatchObject({ service: [service], process_1: ['5'] })
    const backToOne = await press(s.app, backToTwo, 'back')
    expect(backToOne.page.checkedValues()).toEqual({ service: [service] })
    const onAgain = await press(s.app, await press(s.app, backToOne, 'next'), 'next')
    expect(progressOf(onAgain)).toBe('ข้อ 3 จาก 13')
    expect(onAgain.page.checkedValues()).toEqual({ process_1: ['5'] })
    expect(storedCounts(s.db).responses).toBe(0)
  })

  it('switches language on the same screen with every answer kept, the one on the screen too', async () => {
    const s = arrangeSurvey()
    const service = String(s.points.main.services[0]!.id)
    const two = await press(s.app, await start(s.app), 'next', { service })
    const three = await press(s.app, two, 'next', { overall: '4' })
    // English chosen on screen 3 with process_1 picked but not yet confirmed.
    const english = await press(s.app, three, 'lang', { process_1: '2' })
    expect(english.res.status).toBe(200)
    expect(english.page.lang).toBe('en')
    expect(progressOf(english)).toBe('Question 3 of 13')
    expect(english.page.checkedValues()).toEqual({ process_1: ['2'] })
    expect(hiddenFields(english.page)).toMatchObject({ service: [service], overall: ['4'], _lang: ['en'] })
    // Nothing is checked on a switch: an unanswered screen switches without an error.
    const thai = await press(s.app, await press(s.app, english, 'next'), 'lang')
    expect(thai.res.status).toBe(200)
    expect(progressOf(thai)).toBe('ข้อ 4 จาก 13')
    expect(thai.page.getByRole('button', { name: 'English' }).attrs.value).toBe('lang')
    expect(storedCounts(s.db).responses).toBe(0)
  })

  it('shows the same screen with an error summary when a required answer is missing, and stores nothing', async () => {
    const s = arrangeSurvey()
    const one = await start(s.app)
    const two = await press(s.app, one, 'next', { service: String(s.points.main.services[0]!.id) })
    const before = storedCounts(s.db)
    const again = await press(s.app, two, 'next')
    expect(again.res.status).toBe(422)
    expect(progressOf(again)).toBe('ข้อ 2 จาก 13')
    expect(again.page.title.startsWith('ข้อผิดพลาด')).toBe(true)
    const summary = again.page.getByRole('alert')
    expect(again.page.text(summary)).toContain('กรุณาเลือกคำตอบ')
    expect(again.page.getByRole('link', { name: 'กรุณาเลือกคำตอบ' }).attrs.href).toBe('#overall')
    expect(again.page.byId('overall-error')).toBeDefined()
    expect(storedCounts(s.db)).toEqual(before)
  })

  it('lets "about you" pass unanswered: one screen for the optional group', async () => {
    const s = arrangeSurvey()
    let screen = await start(s.app, '&lang=en')
    const ratings = ['overall', 'process_1', 'process_2', 'channel_1', 'channel_2', 'staff_1', 'staff_2', 'staff_3']
    screen = await press(s.app, screen, 'next', { service: String(s.points.main.services[0]!.id) })
    for (const id of [...ratings, 'facility_1', 'facility_2']) screen = await press(s.app, screen, 'next', { [id]: '3' })
    expect(progressOf(screen)).toBe('Question 12 of 13')
    expect(screen.page.allByRole('group').map((g) => screen.page.nameOf(g))).toEqual([
      'Gender (optional)',
      'Age (optional)',
      'Occupation (optional)',
    ])
    const last = await press(s.app, screen, 'next')
    expect(last.res.status).toBe(200)
    expect(progressOf(last)).toBe('Question 13 of 13')
    const sent = await press(s.app, last, 'send')
    expect(sent.res.status).toBe(303)
    expect(rows(s.db, 'select locale from responses')).toEqual([{ locale: 'en' }])
  })

  it('stores nothing new when the last screen is posted twice', async () => {
    const s = arrangeSurvey()
    const last = await lastScreen(s)
    const first = await press(s.app, last, 'send')
    expect(first.res.status).toBe(303)
    const counts = storedCounts(s.db)
    expect(counts.responses).toBe(1)
    const replay = await press(s.app, last, 'send')
    expect(replay.res.status).toBe(303)
    expect(storedCounts(s.db)).toEqual(counts)
  })

  it('refuses a tampered token on a screen as the form does: 400, the same screen, answers kept, nothing stored', async () => {
    const s = arrangeSurvey()
    const one = await start(s.app)
    const two = await press(s.app, one, 'next', { service: String(s.points.main.services[0]!.id) })
    const token = String(hiddenFields(two.page)._token)
    const tampered = `${token.slice(0, -2)}${token.endsWith('A') ? 'BB' : 'AA'}`
    const refused = await screenOf(
      await post(s.app, CODE, { ...hiddenFields(two.page), _token: tampered, overall: '4', _go: 'next' }),
    )
    expect(refused.res.status).toBe(400)
    expect(progressOf(refused)).toBe('ข้อ 2 จาก 13')
    expect(refused.page.text(refused.page.getByRole('alert'))).toContain(INVALID)
    expect(refused.page.checkedValues()).toEqual({ overall: ['4'] })
    expect(hiddenFields(refused.page)._token).not.toEqual([tampered])
    expect(storedCounts(s.db).responses).toBe(0)
  })

  it('refuses the last screen with another point’s token as the form does, and stores nothing', async () => {
    const s = arrangeSurvey()
    const last = await lastScreen(s)
    const elsewhere = (await getForm(s.app, 'CNX1001', { query: '?large=1' })).token
    const before = storedCounts(s.db)
    const refused = await screenOf(await post(s.app, CODE, { ...hiddenFields(last.page), _token: elsewhere, _go: 'send' }))
    expect(refused.res.status).toBe(400)
    expect(progressOf(refused)).toBe('ข้อ 13 จาก 13')
    expect(refused.page.text(refused.page.getByRole('alert'))).toContain(INVALID)
    expect(storedCounts(s.db)).toEqual(before)
    // The screen shown again carries KRB1001's own token: sending it stores the one response.
    expect((await press(s.app, refused, 'send')).res.status).toBe(303)
    expect(storedCounts(s.db).responses).toBe(1)
  })

  it('sends a whole form that is wrong back to the first screen with a wrong answer', async () => {
    const s = arrangeSurvey()
    const last = await lastScreen(s)
    const fields = hiddenFields(last.page)
    delete fields.channel_1
    const back = await screenOf(await post(s.app, CODE, { ...fields, _go: 'send' }))
    expect(back.res.status).toBe(422)
    // channel_1 is the 5th screen: service, overall, process_1, process_2 come before it.
    expect(progressOf(back)).toBe('ข้อ 5 จาก 13')
    expect(back.page.getByRole('link', { name: 'กรุณาเลือกคำตอบ' }).attrs.href).toBe('#channel_1')
    expect(storedCounts(s.db).responses).toBe(0)
  })

  it('keeps every screen within 14 KiB gzipped with site.css and large.js', async () => {
    const s = arrangeSurvey()
    const assets = await Promise.all(['/static/site.css', '/static/large.js'].map(async (p) => (await s.app.request(p)).text()))
    const assetBytes = assets.map((a) => gzipSync(Buffer.from(a)).length).reduce((a, b) => a + b, 0)
    let screen = await start(s.app)
    for (let n = 1; n <= SCREENS; n++) {
      expect(screen.html).toContain('/static/large.js')
      expect(gzipSync(Buffer.from(screen.html)).length + assetBytes).toBeLessThanOrEqual(14 * 1024)
      if (n < SCREENS) screen = await press(s.app, screen, 'next', answerFor(s, n))
    }
  })
})

const INVALID = 'ไม่สามารถรับแบบประเมินนี้ได้ คำตอบของท่านยังอยู่ กรุณาตรวจสอบแล้วกดส่งอีกครั้ง'

/** Screen n's answer on the way through: the first service, then 4 on every rating, nothing optional. */
function answerFor(s: Pick<ArrangedSurvey, 'points'>, n: number): Fields {
  const ratings = [
    'overall',
    'process_1',
    'process_2',
    'channel_1',
    'channel_2',
    'staff_1',
    'staff_2',
    'staff_3',
    'facility_1',
    'facility_2',
  ]
  if (n === 1) return { service: String(s.points.main.services[0]!.id) }
  const rating = ratings[n - 2]
  return rating ? { [rating]: '4' } : {}
}

/** Every screen answered up to the last one, not yet sent. */
async function lastScreen(s: ArrangedSurvey): Promise<Screen> {
  let screen = await start(s.app)
  for (let n = 1; n < SCREENS; n++) screen = await press(s.app, screen, 'next', answerFor(s, n))
  expect(progressOf(screen)).toBe(`ข้อ ${SCREENS} จาก ${SCREENS}`)
  return screen
}

describe('a kiosk set to large type', () => {
  const startNew = async (s: ArrangedPosters, cookie: string) => {
    const html = await (await s.app.request('/s/KRB1001/thanks', { headers: { Cookie: cookie } })).text()
    return readPage(html).getByRole('link', { name: 'เริ่มแบบประเมินใหม่' }).attrs.href
  }

  it('opens its device link with ?large=1 into large type, and returns there after every resident', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const { token } = await createKiosk(s, s.points.main.id)
    const opened = await s.app.request(`/k/${token}?large=1`)
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toBe('/s/KRB1001?lang=th&large=1')
    expect(opened.headers.getSetCookie().find((c) => c.startsWith('kiosk_large='))).toMatch(/^kiosk_large=1;.*HttpOnly/)
    const cookie = cookiesFrom(opened)
    expect(await startNew(s, cookie)).toBe('/s/KRB1001?lang=th&large=1')

    // Its residents' answers are kiosk answers, sent from the last large-type screen.
    let screen = await screenOf(await s.app.request('/s/KRB1001?large=1', { headers: { Cookie: cookie } }))
    for (let n = 1; n < SCREENS; n++)
      screen = await screenOf(
        await post(s.app, CODE, { ...hiddenFields(screen.page), ...answerFor(s, n), _go: 'next' }, { Cookie: cookie }),
      )
    const sent = await post(s.app, CODE, { ...hiddenFields(screen.page), _go: 'send' }, { Cookie: cookie })
    expect(sent.status).toBe(303)
    expect(rows(s.db, 'select channel from responses')).toEqual([{ channel: 'kiosk' }])

    // Opened again without it, the tablet goes back to the full form.
    const plain = await s.app.request(`/k/${token}`)
    expect(plain.headers.get('location')).toBe('/s/KRB1001?lang=th')
    expect(plain.headers.getSetCookie().find((c) => c.startsWith('kiosk_large='))).toMatch(/^kiosk_large=;.*Max-Age=0/)
    expect(await startNew(s, cookiesFrom(plain))).toBe('/s/KRB1001?lang=th')
  })

  it('is offered once, with the device link, when staff create a kiosk', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const res = await (await s.as('lgu')).post(`/staff/service-points/${s.points.main.id}/kiosks`, { label: 'แท็บเล็ต 2' })
    const links = [...(await res.text()).matchAll(/<code class="kiosk-link">([^<]+)<\/code>/g)].map((m) => m[1]!)
    expect(links).toHaveLength(2)
    expect(links[1]).toBe(`${links[0]}?large=1`)
    expect(links[0]).toMatch(new RegExp(`^${BASE_URL}/k/[A-Za-z0-9_-]+$`))
  })
})
