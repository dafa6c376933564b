/**
 * The resident's journeys in a real browser on a phone-sized screen: answering with and
 * without JavaScript, correcting a missed answer, and switching language.
 */
import { describe, expect, it } from 'vitest'
import { usePhones } from './support/phone.js'
import {
  EN,
  TH,
  answerAll,
  choose,
  documentLang,
  expectHeading,
  shownCount,
  submit,
  submitButton,
  suggestionBox,
} from './support/survey.js'

const phones = usePhones()

describe('1. a resident answers the survey', () => {
  it('with JavaScript on at KRB1001, and the count on the thank-you page goes up by one', async () => {
    const phone = await phones.open('1a-answer-js-on')
    const { page } = phone

    await phone.goto('/s/KRB1001/thanks')
    await phone.look('count-before')
    const before = await shownCount(page)

    await phone.goto('/s/KRB1001')
    await expectHeading(page, TH.surveyHeading)
    expect(await documentLang(page)).toBe('th')
    await phone.look('survey')

    const { answers } = await answerAll(page)
    expect(answers.length).toBeGreaterThan(5)
    await suggestionBox(page).fill('เจ้าหน้าที่บริการดีมาก อยากให้มีที่นั่งรอเพิ่มอีก')
    await phone.look('answered')

    const response = await submit(page)
    expect(response.status(), 'the POST redirects (303) to the thank-you page').toBe(303)
    expect(new URL(page.url()).pathname).toBe('/s/KRB1001/thanks')
    await expectHeading(page, TH.thanksHeading)
    await phone.look('thank-you')
    expect(await shownCount(page)).toBe(before + 1)
    await phone.done()
  })

  it('with JavaScript off at KRB2001, where the only service is already chosen', async () => {
    const phone = await phones.open('1b-answer-js-off', { javaScript: false })
    const { page } = phone

    await phone.goto('/s/KRB2001/thanks')
    await phone.look('count-before')
    const before = await shownCount(page)

    await phone.goto('/s/KRB2001')
    await expectHeading(page, TH.surveyHeading)
    await phone.look('survey')
    const service = page.getByRole('radio', { name: 'ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ' })
    expect(await service.isChecked(), 'one service: preselected').toBe(true)

    await answerAll(page)
    await suggestionBox(page).fill('ขั้นตอนชัดเจน ขอบคุณครับ')
    await phone.look('answered')

    const response = await submit(page)
    expect(response.status()).toBe(303)
    expect(new URL(page.url()).pathname).toBe('/s/KRB2001/thanks')
    await expectHeading(page, TH.thanksHeading)
    await phone.look('thank-you')
    expect(await shownCount(page)).toBe(before + 1)
    await phone.done()
  })
})

describe('2. a resident misses a question', () => {
  it('sees the error summary, follows its link to the question, fixes it and sends; nothing typed is lost', async () => {
    const phone = await phones.open('2-missed-answer')
    const { page } = phone
    const suggestion = 'ห้องน้ำควรทำความสะอาดบ่อยกว่านี้'

    await phone.goto('/s/KRB1001')
    await phone.look('survey')
    const { answers, skipped } = await answerAll(page, { skip: 2 })
    if (!skipped) throw new Error('question 2 was not left out')
    await suggestionBox(page).fill(suggestion)
    await phone.look('answered-but-one')

    const response = await submit(page)
    expect(response.status(), 'a missing answer is shown again, not stored').toBe(422)
    expect(await page.title()).toMatch(new RegExp(`^${TH.errorTitlePrefix}`))
    const summary = page.getByRole('alert')
    await summary.waitFor()
    expect(await summary.getByRole('heading').innerText()).toBe(TH.errorSummary)
    expect(await summary.evaluate((el) => el === el.ownerDocument.activeElement), 'the summary has the focus').toBe(true)
    await phone.look('error-summary')

    // Everything given before is still there.
    for (const answer of answers)
      expect(
        await page.locator(`[id="${answer.optionId}"]`).isChecked(),
        `question ${answer.question} is still "${answer.label}"`,
      ).toBe(true)
    expect(await suggestionBox(page).inputValue()).toBe(suggestion)

    const link = summary.getByRole('link', { name: new RegExp(`ข้อ ${skipped.question}\\b.*${TH.required}`) })
    expect(await link.getAttribute('href')).toBe(`#${skipped.firstOptionId}`)
    await link.click()
    await page.waitForURL((url) => url.hash === `#${skipped.firstOptionId}`)
    const target = page.locator(`[id="${skipped.firstOptionId}"]`)
    expect(
      await target.evaluate((el) => el === el.ownerDocument.activeElement),
      'focus is on the first option of the question',
    ).toBe(true)
    const box = await target.boundingBox()
    expect(box, 'the first option is on screen').not.toBeNull()
    // Scrolling to a fragment puts the element at the top edge, give or take a sub-pixel.
    expect(box!.y).toBeGreaterThanOrEqual(-1)
    expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1)
    await phone.look('followed-error-link', { viewportToo: true })

    const question = page.locator('form').getByRole('group').filter({ has: target })
    expect(await question.innerText()).toContain(TH.required)
    await choose(page, question.getByRole('radio').nth(1))
    await phone.look('fixed')

    const fixed = await submit(page)
    expect(fixed.status()).toBe(303)
    await expectHeading(page, TH.thanksHeading)
    await phone.look('thank-you')
    await phone.done()
  })
})

describe('3. a resident switches language', () => {
  it('to English and back to Thai, and the choice is remembered on the next page load', async () => {
    const phone = await phones.open('3-language')
    const { page } = phone
    const link = (visibleText: string) => page.getByRole('link').filter({ hasText: new RegExp(`^${visibleText}$`) })

    await phone.goto('/s/KRB1001')
    expect(await documentLang(page)).toBe('th')
    await phone.look('thai')

    await link(TH.english).click()
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en')
    await expectHeading(page, EN.surveyHeading)
    expect(await documentLang(page)).toBe('en')
    expect(await submitButton(page, EN.submit).isVisible()).toBe(true)
    await phone.look('english')

    await phone.goto('/s/KRB1001')
    await expectHeading(page, EN.surveyHeading)
    await phone.look('english-remembered')

    await link(EN.thai).click()
    await page.waitForURL((url) => url.searchParams.get('lang') === 'th')
    await expectHeading(page, TH.surveyHeading)
    expect(await documentLang(page)).toBe('th')
    await phone.look('thai-again')

    await phone.goto('/s/KRB1001')
    await expectHeading(page, TH.surveyHeading)
    expect(await submitButton(page).isVisible()).toBe(true)
    await phone.look('thai-remembered')
    await phone.done()
  })
})
