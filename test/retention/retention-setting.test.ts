/** The retention setting, and the privacy notice that states it to residents in Thai and English. */
import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { noticeText } from '../../src/domain/questionnaire/notice.js'
import { arrangeSurvey } from '../helpers/survey-fixture.js'
import { readPage } from '../http/html.js'

describe('RESPONSE_RETENTION_FISCAL_YEARS', () => {
  it('is 2 when unset or empty, as the notice has always said', () => {
    expect(loadConfig({}).RESPONSE_RETENTION_FISCAL_YEARS).toBe(2)
    expect(loadConfig({ RESPONSE_RETENTION_FISCAL_YEARS: ' ' }).RESPONSE_RETENTION_FISCAL_YEARS).toBe(2)
    expect(loadConfig({ RESPONSE_RETENTION_FISCAL_YEARS: '5' }).RESPONSE_RETENTION_FISCAL_YEARS).toBe(5)
  })

  it.each(['0', '-1', '1.5', 'two', '21'])('stops the server on %j, naming the setting', (value) => {
    expect(() => loadConfig({ RESPONSE_RETENTION_FISCAL_YEARS: value })).toThrow(/RESPONSE_RETENTION_FISCAL_YEARS/)
  })
})

describe('noticeText', () => {
  const values = { organisation: 'เทศบาลเมืองกระบี่', retentionFiscalYears: 3 }
  it.each([
    ['{organisation} เก็บไว้ 2 ปีงบประมาณนับจากวันปิดรอบ', 'เทศบาลเมืองกระบี่ เก็บไว้ 3 ปีงบประมาณนับจากวันปิดรอบ'],
    ['เก็บไว้ ๒ ปีงบประมาณ', 'เก็บไว้ 3 ปีงบประมาณ'],
    ['kept for 2 fiscal years after the survey round closes', 'kept for 3 fiscal years after the survey round closes'],
    ['kept for 1 fiscal year', 'kept for 3 fiscal years'],
    // A fiscal year named by its number is not a period.
    ['ใช้ในการประเมินประจำปีงบประมาณ 2568', 'ใช้ในการประเมินประจำปีงบประมาณ 2568'],
    ['the 2568 fiscal year assessment', 'the 2568 fiscal year assessment'],
  ])('%s → %s', (text, shown) => {
    expect(noticeText(text, values)).toBe(shown)
  })

  it('says "1 fiscal year" in the singular', () => {
    expect(noticeText('kept for 2 fiscal years', { ...values, retentionFiscalYears: 1 })).toBe('kept for 1 fiscal year')
  })
})

describe('the privacy notice states the setting', () => {
  it.each([
    [undefined, 'th', 'คำตอบรายบุคคลจะเก็บไว้ 2 ปีงบประมาณนับจากวันปิดรอบการประเมิน แล้วจึงลบทิ้ง'],
    [undefined, 'en', 'individual answers are kept for 2 fiscal years after the survey round closes and then deleted'],
    [4, 'th', 'คำตอบรายบุคคลจะเก็บไว้ 4 ปีงบประมาณนับจากวันปิดรอบการประเมิน แล้วจึงลบทิ้ง'],
    [4, 'en', 'individual answers are kept for 4 fiscal years after the survey round closes and then deleted'],
  ])('set to %s, in %s', async (years, lang, sentence) => {
    const s = arrangeSurvey({ config: years === undefined ? {} : { RESPONSE_RETENTION_FISCAL_YEARS: years } })
    const res = await s.app.request(`/s/KRB1001/privacy?lang=${lang}`)
    expect(res.status).toBe(200)
    expect(readPage(await res.text()).text()).toContain(sentence)
  })
})
