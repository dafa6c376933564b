/**
 * Free text is masked before it is stored, through the real HTTP path, and free text stored
 * before that (or before the rules learnt LINE ids) is masked by the next retention run, once.
 */
import { describe, expect, it } from 'vitest'
import { runRetention } from '../../src/retention/run-retention.js'
import { createStaff, signIn } from '../helpers/staff.js'
import { answer, arrangeSurvey, countedInBackground, validAnswers } from '../helpers/survey-fixture.js'
import { readPage } from '../http/html.js'

const TYPED = 'ช่วยติดต่อกลับ ไลน์ id: somchai99 หรือ โทร 081-234-5678 ต่อแถวเป็นไลน์ยาวมาก'
const MASKED = 'ช่วยติดต่อกลับ ไลน์ id: [ไอดีไลน์] หรือ โทร [เบอร์โทรศัพท์] ต่อแถวเป็นไลน์ยาวมาก'

async function arrangeAnswered(texts: string[]) {
  const s = arrangeSurvey()
  for (const text of texts) {
    const fields = { ...validAnswers(s.definition, s.points.main.services), suggestion: text }
    expect((await answer(s.app, s.points.main.code, fields)).status).toBe(303)
  }
  await countedInBackground(s.db)
  return s
}

type Arranged = Awaited<ReturnType<typeof arrangeAnswered>>

const storedTexts = (s: Arranged) => ({
  answers: s.db.$client.prepare(`select value from answers where item_id = 'suggestion' order by id`).pluck().all(),
  answerValues: (s.db.$client.prepare('select answer_values from responses order by id').pluck().all() as string[]).map(
    (json) => (JSON.parse(json) as Record<string, string[]>).suggestion,
  ),
})

describe('free text masked at storage', () => {
  it('stores a comment with its LINE id and phone number masked, in both places it is kept, and shows it so', async () => {
    const s = await arrangeAnswered([TYPED])
    expect(storedTexts(s)).toEqual({ answers: [MASKED], answerValues: [[MASKED]] })
    const tallies = s.db.$client.prepare(`select value, count from answer_tallies where item_id = 'suggestion'`).all()
    expect(tallies).toEqual([{ value: '*', count: 1 }])

    await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
    const agent = await signIn(s.app, 'krabi-town')
    const html = await (await agent.get(`/staff/organisations/${s.organisationIds['4810102']}/comments`)).text()
    expect(readPage(html).text()).toContain(MASKED)
    for (const secret of ['somchai99', '081-234-5678']) expect(html).not.toContain(secret)
  })

  it('masks text stored unmasked before, once, on the next run, and leaves the tallies alone', async () => {
    const s = await arrangeAnswered(['ขอบคุณครับ', TYPED, 'line: @krabi.shop'])
    // As a row written before masking at storage: the text as the resident typed it.
    const sqlite = s.db.$client
    for (const [id, text] of [
      [2, TYPED],
      [3, 'line: @krabi.shop'],
    ] as const) {
      sqlite.prepare(`update answers set value = ? where response_id = ? and item_id = 'suggestion'`).run(text, id)
      const values = JSON.parse(sqlite.prepare('select answer_values from responses where id = ?').pluck().get(id) as string)
      sqlite
        .prepare('update responses set answer_values = ? where id = ?')
        .run(JSON.stringify({ ...values, suggestion: [text] }), id)
    }
    sqlite.prepare(`delete from app_settings where key = 'stored-text-masked-to'`).run()
    const tallies = sqlite.prepare('select * from answer_tallies order by 1, 2, 3, 4, 5, 6, 7').all()

    const first = await runRetention(s.db, { fiscalYears: 2, now: s.clock.now, trigger: 'daily', batchSize: 2 })
    expect(first.masked).toEqual({ read: 3, changed: 2 })
    expect(storedTexts(s)).toEqual({
      answers: ['ขอบคุณครับ', MASKED, 'line: [ไอดีไลน์]'],
      answerValues: [['ขอบคุณครับ'], [MASKED], ['line: [ไอดีไลน์]']],
    })
    expect(sqlite.prepare('select * from answer_tallies order by 1, 2, 3, 4, 5, 6, 7').all()).toEqual(tallies)
    const detail = sqlite.prepare(`select detail from audit_log where action = 'responses_deleted'`).pluck().get() as string
    expect(JSON.parse(detail)).toMatchObject({ responses: 0, textMasked: 2 })

    // The pass remembers where it got to: the next run reads only what came after.
    const second = await runRetention(s.db, { fiscalYears: 2, now: s.clock.now, trigger: 'daily' })
    expect(second.masked).toEqual({ read: 0, changed: 0 })
  })
})
