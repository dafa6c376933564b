/**
 * 8. The public results of an organisation, on a resident's 360×740 phone: after answering
 * the survey at KRB1001 the thank-you page links to the results of เทศบาลเมืองกระบี่ (4810102);
 * the page names the organisation, shows only aggregate figures (no suggestion residents typed,
 * neither the demo's nor the one just sent, though both are stored), and switches to English
 * and back. Then the open-data index and the current round's open-data page.
 */
import { describe, expect, it } from 'vitest'
import { countAnswersWithText } from './support/database.js'
import { usePhones } from './support/phone.js'
import { follow, path } from './support/staff.js'
import { EN, TH, answerAll, documentLang, expectHeading, heading1, submit, suggestionBox } from './support/survey.js'

const phones = usePhones()

const ORG = { dlaCode: '4810102', name: 'เทศบาลเมืองกระบี่' }
/** One of the suggestions src/demo/generate-responses.ts gives the demo's responses. */
const DEMO_SUGGESTION = 'อยากให้มีที่จอดรถเพิ่ม'
const OWN_SUGGESTION = 'ทดสอบ e2e: ข้อเสนอแนะนี้ต้องไม่ปรากฏบนหน้าผลสาธารณะ'
const PERCENT_2DP = /ร้อยละ \d{1,3}\.\d{2}\b/

describe('8. the public results page of an organisation', () => {
  it('is reached from the thank-you page, shows figures but no suggestion, in Thai and English', async () => {
    const phone = await phones.open('8a-public-results')
    const { page } = phone
    const langLink = (visibleText: string) => page.getByRole('link').filter({ hasText: new RegExp(`^${visibleText}$`) })

    await phone.goto('/s/KRB1001')
    await expectHeading(page, TH.surveyHeading)
    await phone.look('survey')
    await answerAll(page)
    await suggestionBox(page).fill(OWN_SUGGESTION)
    const response = await submit(page)
    expect(response.status()).toBe(303)
    await expectHeading(page, TH.thanksHeading)
    await phone.look('thank-you')

    await follow(page, page.getByRole('link', { name: 'ดูผลการประเมินของหน่วยงานนี้' }))
    expect(path(page)).toBe(`/o/${ORG.dlaCode}`)
    await expectHeading(page, ORG.name)
    expect(await documentLang(page)).toBe('th')
    const main = await page.locator('main').innerText()
    expect(main).toContain(`รหัส อปท. ${ORG.dlaCode}`)
    expect(main, 'the overall satisfaction, two decimals').toMatch(PERCENT_2DP)
    // Both suggestions are in the database, and neither is on the public page.
    expect(
      countAnswersWithText(ORG.dlaCode, DEMO_SUGGESTION),
      'the demo stored this suggestion for the organisation',
    ).toBeGreaterThan(0)
    expect(countAnswersWithText(ORG.dlaCode, OWN_SUGGESTION), 'the suggestion just sent is stored').toBe(1)
    const html = await page.content()
    expect(html, 'no suggestion text on the public page').not.toContain(DEMO_SUGGESTION)
    expect(html, 'no suggestion text on the public page').not.toContain(OWN_SUGGESTION)
    await phone.look('results-thai', { viewportToo: true })

    await follow(page, langLink(TH.english))
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en')
    expect(path(page)).toBe(`/o/${ORG.dlaCode}`)
    expect(await documentLang(page)).toBe('en')
    expect((await heading1(page).innerText()).trim()).toMatch(/Town Municipality/)
    expect(await page.locator('main').innerText()).toMatch(/\d{1,3}\.\d{2}/)
    expect(await page.content()).not.toContain(DEMO_SUGGESTION)
    await phone.look('results-english')

    await follow(page, langLink(EN.thai))
    expect(new URL(page.url()).searchParams.get('lang')).toBe('th')
    await expectHeading(page, ORG.name)
    expect(await documentLang(page)).toBe('th')
    await phone.look('results-thai-again')
    await phone.done()
  })

  it('the open-data index lists the current round, and its page offers the files', async () => {
    const phone = await phones.open('8b-open-data')
    const { page } = phone

    await phone.goto('/open-data')
    expect(path(page)).toBe('/open-data')
    expect(await heading1(page).innerText()).toMatch(/^ข้อมูลเปิด/)
    const round = page
      .locator('main')
      .getByRole('link', { name: /^ปีงบประมาณ \d{4}$/ })
      .first()
    const roundName = (await round.innerText()).trim()
    await phone.look('open-data')

    await follow(page, round)
    expect(path(page)).toMatch(/^\/open-data\/rounds\/\d+$/)
    await expectHeading(page, roundName)
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(
      hrefs.some((href) => /\/organisations\.csv$/.test(href)),
      'the organisations CSV',
    ).toBe(true)
    expect(
      hrefs.some((href) => /\/organisations\.json$/.test(href)),
      'the organisations JSON',
    ).toBe(true)
    expect(await page.content()).not.toContain(DEMO_SUGGESTION)
    await phone.look('open-data-round')
    await phone.done()
  })
})
