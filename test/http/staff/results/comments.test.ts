/**
 * The comments page: residents' free-text answers, masked, by day only, newest
 * first, searched and paged on the server, and only ever those of the
 * organisation asked for, inside the reader's scope.
 */
import { describe, expect, it } from 'vitest'
import { commentsQueryPlan } from '../../../../src/db/queries/comments.js'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import type { FlagReason } from '../../../../src/domain/responses.js'
import { arrangeSurvey, DAY, DEFAULT_NOW, HOUR, type ArrangedPoint } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'
import { readPage } from '../../html.js'

const MINUTE = 60_000

async function arrange() {
  const s = arrangeSurvey()
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  const agent = await signIn(s.app, 'krabi-town')
  const store = createResponseStore(s.db)
  let n = 0
  /** One resident's response at `point`, with `text` as the suggestion. */
  const comment = (point: ArrangedPoint, text: string, at: number, flagReason: FlagReason | null = null) =>
    store.writeOne({
      submissionId: `comment-${++n}`,
      roundId: s.roundId!,
      organisationId: point.organisationId,
      servicePointId: point.id,
      serviceId: null,
      submittedAt: at,
      locale: 'th',
      channel: 'web',
      flagReason,
      answers: [{ itemId: 'suggestion', value: text }],
    })
  const krabi = `/staff/organisations/${s.organisationIds['4810102']}/comments`
  const chiangMai = `/staff/organisations/${s.organisationIds['3500102']}/comments`
  return { ...s, agent, comment, krabi, chiangMai }
}

/** The comment rows of a page: day, point and text cells, as a reader sees them. */
async function rowsOf(res: Response) {
  expect(res.status).toBe(200)
  const page = readPage(await res.text())
  return page.elements
    .filter((el) => el.tag === 'tr' && 'data-comment' in el.attrs)
    .map((tr) => {
      const [day, point, text] = tr.children.filter((c) => typeof c !== 'string').map((td) => page.text(td as never))
      return { day: day!, point: point!, text: text! }
    })
}

describe('comments: what an officer reads', () => {
  it('masks an ID number, a phone number and an e-mail address typed into a comment', async () => {
    const { agent, comment, points, krabi } = await arrange()
    comment(points.main, 'เลขบัตร 1-2345-67890-12-3 โทร 081-234-5678 หรือ somchai.k@example.com ขอบคุณครับ', DEFAULT_NOW - HOUR)
    const res = await agent.get(krabi)
    const html = await res.clone().text()
    expect(await rowsOf(res)).toEqual([
      {
        day: '10 มิ.ย. 2568',
        point: 'กองคลัง – งานจัดเก็บภาษี',
        text: 'เลขบัตร [เลขประจำตัวประชาชน] โทร [เบอร์โทรศัพท์] หรือ [อีเมล] ขอบคุณครับ',
      },
    ])
    for (const secret of ['1-2345-67890-12-3', '081-234-5678', '0812345678', 'somchai', 'example.com'])
      expect(html).not.toContain(secret)
  })

  it('shows the Bangkok day only, never the time of day', async () => {
    const { agent, comment, points, krabi } = await arrange()
    // 23:40 on 7 June in Bangkok is still 7 June; 00:20 on 8 June in Bangkok is 7 June in UTC.
    comment(points.main, 'ดึกแล้ว', Date.UTC(2025, 5, 7, 16, 40))
    comment(points.main, 'หลังเที่ยงคืน', Date.UTC(2025, 5, 7, 17, 20))
    const res = await agent.get(krabi)
    const html = await res.clone().text()
    expect((await rowsOf(res)).map((r) => [r.day, r.text])).toEqual([
      ['8 มิ.ย. 2568', 'หลังเที่ยงคืน'],
      ['7 มิ.ย. 2568', 'ดึกแล้ว'],
    ])
    const rows = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'))
    expect(rows).not.toMatch(/\d{1,2}[:.]\d{2}/)
    expect(rows).toContain('datetime="2025-06-08"')
  })

  it('marks the comments of flagged responses', async () => {
    const { agent, comment, points, krabi } = await arrange()
    comment(points.main, 'ตอบครั้งแรก', DEFAULT_NOW - 2 * HOUR)
    comment(points.main, 'ตอบซ้ำอีกครั้ง', DEFAULT_NOW - HOUR, 'repeat')
    comment(points.single, 'กดเร็วมาก', DEFAULT_NOW - 30 * MINUTE, 'too_fast')
    expect((await rowsOf(await agent.get(krabi))).map((r) => r.text)).toEqual([
      'ถูกตั้งข้อสังเกต: ตอบเร็วผิดปกติ กดเร็วมาก',
      'ถูกตั้งข้อสังเกต: ตอบซ้ำ ตอบซ้ำอีกครั้ง',
      'ตอบครั้งแรก',
    ])
  })

  it('says so when there are no comments yet, with the way back to the results', async () => {
    const { agent, krabi, organisationIds, roundId } = await arrange()
    const res = await agent.get(krabi)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('ยังไม่มีความคิดเห็นในรอบนี้')
    expect(html).not.toContain('<table')
    const back = readPage(html).getByRole('link', { name: 'กลับไปที่ผลการประเมินของเทศบาลเมืองกระบี่' })
    expect(back.attrs.href).toBe(`/staff/organisations/${organisationIds['4810102']}/results?round=${roundId}`)
  })

  it('says so when the organisation is in no round yet, and offers no search', async () => {
    const s = arrangeSurvey({ round: false })
    await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
    const res = await (await signIn(s.app, 'krabi-town')).get(`/staff/organisations/${s.organisationIds['4810102']}/comments`)
    expect(res.status).toBe(200)
    const page = readPage(await res.text())
    expect(page.text()).toContain('ยังไม่มีรอบการประเมินที่ อปท. นี้เข้าร่วม')
    expect(page.allByRole('search')).toEqual([])
  })
})

describe('comments: searching and filtering', () => {
  async function arrangeWords() {
    const s = await arrange()
    const { comment, points } = s
    comment(points.main, 'ที่จอดรถไม่พอ', DEFAULT_NOW - 5 * HOUR)
    comment(points.main, 'ลดค่าธรรมเนียม 50% ได้ไหม', DEFAULT_NOW - 4 * HOUR)
    comment(points.single, 'ลด 50 บาทก็ดี', DEFAULT_NOW - 3 * HOUR)
    comment(points.single, 'โทรหาฉันที่ 0812345678 เรื่องรถจอดขวาง', DEFAULT_NOW - 2 * HOUR)
    return s
  }
  const texts = async (res: Response) => (await rowsOf(res)).map((r) => r.text)

  it('finds a word', async () => {
    const { agent, krabi } = await arrangeWords()
    expect(await texts(await agent.get(`${krabi}?q=${encodeURIComponent('จอดรถ')}`))).toEqual(['ที่จอดรถไม่พอ'])
  })

  it('takes % and _ literally', async () => {
    const { agent, krabi } = await arrangeWords()
    expect(await texts(await agent.get(`${krabi}?q=${encodeURIComponent('50%')}`))).toEqual(['ลดค่าธรรมเนียม 50% ได้ไหม'])
    expect(await texts(await agent.get(`${krabi}?q=${encodeURIComponent('50')}`))).toHaveLength(2)
    expect(await texts(await agent.get(`${krabi}?q=_`))).toEqual([])
  })

  it('searches the text as shown: a masked phone number finds nothing', async () => {
    const { agent, krabi } = await arrangeWords()
    for (const q of ['0812345678', '081', '12345']) {
      const res = await agent.get(`${krabi}?q=${q}`)
      expect(await texts(res.clone()), q).toEqual([])
      expect(await res.text()).toContain('ไม่พบความคิดเห็นที่ตรงกับการค้นหา')
    }
    expect(await texts(await agent.get(`${krabi}?q=${encodeURIComponent('เบอร์โทรศัพท์')}`))).toEqual([
      'โทรหาฉันที่ [เบอร์โทรศัพท์] เรื่องรถจอดขวาง',
    ])
  })

  it('filters by service point, and keeps the filters in a plain GET form that htmx only enhances', async () => {
    const { agent, krabi, points } = await arrangeWords()
    const res = await agent.get(`${krabi}?point=${points.single.id}&q=${encodeURIComponent('ลด')}`)
    const html = await res.clone().text()
    expect(await rowsOf(res)).toEqual([{ day: '10 มิ.ย. 2568', point: 'งานทะเบียนราษฎร', text: 'ลด 50 บาทก็ดี' }])
    const page = readPage(html)
    const form = page.getByRole('search', { name: 'ค้นหาความคิดเห็น' })
    expect(form.attrs).toMatchObject({
      method: 'get',
      action: krabi,
      'hx-get': krabi,
      'hx-target': '#comment-results',
      'hx-push-url': 'true',
    })
    expect(page.getByRole('textbox', { name: 'ค้นหาคำ' }).attrs.value).toBe('ลด')
    expect(html).toMatch(new RegExp(`<option value="${points.single.id}" selected="">งานทะเบียนราษฎร</option>`))
  })
})

describe('comments: paging', () => {
  it('shows 20 a page, newest first, across 3 pages for 45 comments', async () => {
    const { agent, comment, points, krabi } = await arrange()
    const label = (i: number) => `ความเห็นที่ ${String(i).padStart(2, '0')}`
    // Forty-four residents over five days as they arrive, then one stored late for a day before them all.
    for (let i = 1; i <= 44; i++) comment(points.main, label(i), DEFAULT_NOW - 5 * DAY + i * 2 * HOUR)
    comment(points.main, label(0), DEFAULT_NOW - 6 * DAY)
    const expected = [...Array.from({ length: 44 }, (_, k) => label(44 - k)), label(0)]

    const pages = []
    for (const n of [1, 2, 3]) {
      const res = await agent.get(n === 1 ? krabi : `${krabi}?page=${n}`)
      const html = await res.clone().text()
      pages.push({ texts: (await rowsOf(res)).map((r) => r.text), html })
    }
    expect(pages.map((p) => p.texts.length)).toEqual([20, 20, 5])
    expect(pages.flatMap((p) => p.texts)).toEqual(expected)
    expect(pages[0]!.html).toContain('แสดง 1–20 จาก 45 รายการ')
    expect(pages[2]!.html).toContain('แสดง 41–45 จาก 45 รายการ')
    // Plain links that work without JavaScript, upgraded by htmx.
    const first = readPage(pages[0]!.html)
    expect(first.getByRole('link', { name: 'ถัดไป' }).attrs).toMatchObject({
      href: `${krabi}?page=2`,
      'hx-get': `${krabi}?page=2`,
    })
    expect(first.allByRole('link', { name: 'ก่อนหน้า' })).toEqual([])
    const last = readPage(pages[2]!.html)
    expect(last.getByRole('link', { name: 'ก่อนหน้า' }).attrs.href).toBe(`${krabi}?page=2`)
    expect(last.allByRole('link', { name: 'ถัดไป' })).toEqual([])
    // A page past the end shows the last one.
    expect((await rowsOf(await agent.get(`${krabi}?page=9`))).map((r) => r.text)).toEqual(pages[2]!.texts)
  })

  it('pages with the search kept in the links', async () => {
    const { agent, comment, points, krabi } = await arrange()
    for (let i = 0; i < 25; i++) comment(points.main, `ที่จอดรถ ${i}`, DEFAULT_NOW - i * MINUTE)
    const page = readPage(await (await agent.get(`${krabi}?q=${encodeURIComponent('จอดรถ')}`)).text())
    expect(page.getByRole('link', { name: 'ถัดไป' }).attrs.href).toBe(`${krabi}?q=${encodeURIComponent('จอดรถ')}&page=2`)
  })
})

describe('comments: scope', () => {
  async function arrangeBoth() {
    const s = await arrange()
    s.comment(s.points.main, 'ความเห็นของกระบี่', DEFAULT_NOW - HOUR)
    s.comment(s.points.bare, 'ความเห็นของเชียงใหม่', DEFAULT_NOW - HOUR)
    await createStaff(s.db, { role: 'province', username: 'krabi-province', provinceCode: '81' })
    await createStaff(s.db, { role: 'province', username: 'cnx-province', provinceCode: '50' })
    await createStaff(s.db, { role: 'dla', username: 'dla-officer' })
    return s
  }

  it('lets the organisation’s officers, its province and DLA read it, and no one else', async () => {
    const s = await arrangeBoth()
    const [province81, province50, dla] = await Promise.all(
      ['krabi-province', 'cnx-province', 'dla-officer'].map((u) => signIn(s.app, u)),
    )
    for (const [who, agent] of [
      ['LGU', s.agent],
      ['province 81', province81!],
      ['DLA', dla!],
    ] as const)
      expect(
        (await rowsOf(await agent.get(s.krabi))).map((r) => r.text),
        who,
      ).toEqual(['ความเห็นของกระบี่'])
    for (const [who, agent, path] of [
      ['LGU of another province', s.agent, s.chiangMai],
      ['province 50', province50!, s.krabi],
    ] as const) {
      const res = await agent.get(path)
      const html = await res.text()
      expect(res.status, who).toBe(404)
      expect(html, who).not.toContain('ความเห็นของ')
    }
    expect((await s.agent.get('/staff/organisations/999999/comments')).status).toBe(404)
  })

  it('never shows another organisation’s comment, even when asked for its service point', async () => {
    const s = await arrangeBoth()
    const res = await s.agent.get(`${s.krabi}?point=${s.points.bare.id}`)
    const html = await res.clone().text()
    expect((await rowsOf(res)).map((r) => r.text)).toEqual(['ความเห็นของกระบี่'])
    expect(html).not.toContain('ความเห็นของเชียงใหม่')
    expect(html).not.toContain(s.points.bare.nameTh)
  })
})

describe('comments: cost', () => {
  it('reads one organisation’s responses in order from its list and their answers through the response index', async () => {
    const { db, organisationIds, roundId, points } = await arrange()
    for (const filter of [{}, { pointId: points.main.id }, { q: 'จอดรถ' }]) {
      const plan = commentsQueryPlan(
        db,
        { kind: 'national' },
        {
          organisationId: organisationIds['4810102'],
          roundId: roundId!,
          itemIds: ['suggestion'],
          page: 3,
          pageSize: 20,
          ...filter,
        },
      )
      const text = plan.join('\n')
      expect(text, text).toMatch(/SEARCH organisation_responses USING PRIMARY KEY \(round_id=\? AND organisation_id=\?\)/)
      // Newest first is the key's own order, read backwards: no sort of the organisation's responses.
      expect(text, text).not.toMatch(/TEMP B-TREE/)
      expect(text, text).toMatch(/SEARCH answers USING INDEX answers_response_idx \(response_id=\?\)/)
      expect(text, text).not.toMatch(/SCAN (responses|answers)\b/)
      // The text is read (and masked) only for the page's rows, after the keys are sorted and cut to the page.
      expect(text, text).toMatch(/CO-ROUTINE page[\s\S]*SEARCH answers USING INTEGER PRIMARY KEY/)
    }
  })
})
