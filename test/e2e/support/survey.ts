/**
 * What a resident does on the survey page, read the way a person reads it: questions are the
 * form's groups (fieldsets named by their legend, "ข้อ 2 …"), options are radios named by their
 * words, and a choice is made by tapping its label, the big target, not the small circle.
 * Nothing here names a question id, so the journeys follow the questionnaire as it is published.
 */
import type { Locator, Page, Response } from 'playwright-core'
import { expect } from 'vitest'

export const TH = {
  surveyHeading: 'แบบประเมินความพึงพอใจต่อการให้บริการ',
  submit: 'ส่งแบบประเมิน',
  thanksHeading: 'ขอบคุณที่ร่วมประเมิน',
  errorSummary: 'มีข้อผิดพลาด',
  errorTitlePrefix: 'ข้อผิดพลาด: ',
  required: 'กรุณาเลือกคำตอบ',
  english: 'English',
} as const

export const EN = {
  surveyHeading: 'Service satisfaction survey',
  submit: 'Send my answers',
  thanksHeading: 'Thank you for your feedback',
  thai: 'ภาษาไทย',
} as const

export type Answer = { question: number; optionId: string; label: string }
export type Skipped = { question: number; firstOptionId: string }

export const questions = (page: Page) => page.locator('form').getByRole('group')

/** "ข้อ 3 …" or "Question 3 …": the number the form shows. */
async function questionNumber(group: Locator): Promise<number> {
  const legend = await group.locator('legend').innerText()
  const n = /(\d+)/.exec(legend)?.[1]
  if (!n) throw new Error(`a question without a number: ${legend}`)
  return Number(n)
}

/** Taps the option's label, as a person would, and checks the option took. */
export async function choose(page: Page, option: Locator): Promise<Answer> {
  const optionId = await option.getAttribute('id')
  if (!optionId) throw new Error('an option without an id cannot have a label')
  const label = page.locator(`label[for="${optionId}"]`)
  await label.click()
  expect(await option.isChecked(), `tapping "${await label.innerText()}" checks it`).toBe(true)
  return { question: 0, optionId, label: (await label.innerText()).trim() }
}

/**
 * Answers every question that has no answer yet (a preselected one is kept), choosing the second
 * option where there is one ("มาก" on the satisfaction scale), except the question numbered `skip`.
 */
export async function answerAll(page: Page, { skip }: { skip?: number } = {}) {
  const answers: Answer[] = []
  let skipped: Skipped | undefined
  for (const group of await questions(page).all()) {
    const question = await questionNumber(group)
    const options = group.locator('input[type=radio], input[type=checkbox]')
    if (question === skip) {
      skipped = { question, firstOptionId: (await options.first().getAttribute('id')) ?? '' }
      continue
    }
    const checked = group.locator('input:checked')
    if ((await checked.count()) > 0) {
      const optionId = (await checked.first().getAttribute('id')) ?? ''
      answers.push({ question, optionId, label: (await page.locator(`label[for="${optionId}"]`).innerText()).trim() })
      continue
    }
    const count = await options.count()
    answers.push({ ...(await choose(page, options.nth(Math.min(1, count - 1)))), question })
  }
  if (skip !== undefined && !skipped) throw new Error(`there is no question ${skip} to leave out`)
  return { answers, skipped }
}

/** The free-text suggestion box (the form's one visible text field). */
export const suggestionBox = (page: Page) => page.locator('form').getByRole('textbox').first()

export const submitButton = (page: Page, name: string = TH.submit) => page.getByRole('button', { name })

/** Taps send and waits for the page that answers it (the thank-you page, or the form again). */
export async function submit(page: Page, name: string = TH.submit): Promise<Response> {
  const posted = page.waitForResponse((r) => r.request().method() === 'POST')
  const loaded = page.waitForEvent('load')
  await submitButton(page, name).click()
  const response = await posted
  await loaded
  return response
}

/** The "so far N people have answered" figure on the thank-you page. */
export async function shownCount(page: Page): Promise<number> {
  const text = await page.locator('main').innerText()
  const found = /แล้ว\s*([\d,]+)\s*คน/.exec(text) ?? /So far ([\d,]+) people/.exec(text)
  if (!found?.[1]) throw new Error(`no response count on ${page.url()}:\n${text}`)
  return Number(found[1].replaceAll(',', ''))
}

export const heading1 = (page: Page) => page.getByRole('heading', { level: 1 })

export async function expectHeading(page: Page, text: string) {
  await heading1(page).waitFor()
  expect((await heading1(page).innerText()).trim(), `the page's h1 (${page.url()})`).toBe(text)
}

export const documentLang = (page: Page) => page.locator('html').getAttribute('lang')
