/**
 * Large-type mode on a 360×740 phone with JavaScript off: from the link at the top of the form,
 * one question a screen to the end, each screen axe-clean, none scrolling sideways, no text under
 * 24 px; Back and the language switch keep the answer; the journey stores exactly one response. The figures are printed.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { countResponses } from './support/database.js'
import { measureFormLength, setTextSize } from './support/form-length.js'
import { usePhones, type Phone } from './support/phone.js'
import { TH } from './support/survey.js'

const phones = usePhones()
const MIN_TEXT_PX = 24

type Measure = { step: string; smallestText: number; scrollWidth: number; height: number }
const measured: Measure[] = []

afterAll(() => {
  const lines = [
    'Large-type mode at 360×740, KRB1001, JavaScript off',
    '| screen | smallest visible text (px) | scroll width (px) | page height (px) |',
    '|---|---|---|---|',
    ...measured.map((m) => `| ${m.step} | ${m.smallestText} | ${m.scrollWidth} | ${m.height} |`),
  ]
  console.log(lines.join('\n'))
})

/** The smallest computed font size of any element with visible text of its own, the page's widths and height. */
async function measure(phone: Phone, step: string): Promise<Measure> {
  const figures = await phone.page.locator('html').evaluate((html) => {
    const win = html.ownerDocument.defaultView!
    let smallest = Infinity
    for (const el of html.ownerDocument.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')
      if (!own) continue
      const box = el.getBoundingClientRect()
      // Out of sight on purpose: the honeypot (1 px) and text only screen readers get.
      if (box.width <= 1 || box.height <= 1 || el.closest('[aria-hidden="true"], .visually-hidden')) continue
      smallest = Math.min(smallest, parseFloat(win.getComputedStyle(el).fontSize))
    }
    return { smallestText: smallest, scrollWidth: html.scrollWidth, clientWidth: html.clientWidth, height: html.scrollHeight }
  })
  const m = { step, smallestText: figures.smallestText, scrollWidth: figures.scrollWidth, height: figures.height }
  measured.push(m)
  expect(figures.scrollWidth, `${step}: scrolls sideways`).toBeLessThanOrEqual(figures.clientWidth)
  expect(figures.smallestText, `${step}: text smaller than ${MIN_TEXT_PX} px`).toBeGreaterThanOrEqual(MIN_TEXT_PX)
  return m
}

const progress = (phone: Phone) => phone.page.locator('.large__progress').innerText()

describe('large type, one question a screen, JavaScript off', () => {
  it('goes from the form’s link through every screen to one stored response', async () => {
    const phone = await phones.open('large-type-js-off', { javaScript: false })
    const { page } = phone
    const before = countResponses()

    await phone.goto('/s/KRB1001')
    await phone.look('form')
    await Promise.all([page.waitForURL(/large=1/), page.getByRole('link', { name: 'ตัวอักษรใหญ่' }).click()])
    await phone.look('step-01', { viewportToo: true })
    const total = Number(/จาก (\d+)/.exec(await progress(phone))![1])
    expect(total).toBe(13)
    await measure(phone, 'ข้อ 1')

    let step = 1
    let backTried = false
    while (step <= total) {
      expect(await progress(phone)).toBe(`ข้อ ${step} จาก ${total}`)
      // The Listen button needs a voice, so script: with JavaScript off it never shows.
      expect(await page.locator('[data-listen]').isVisible()).toBe(false)
      const radios = page.locator('form').getByRole('radio')
      if ((await radios.count()) > 0 && step < 12) await radios.nth(1).check()
      if (step === 13) await page.getByRole('textbox').fill('ตัวอักษรใหญ่อ่านง่ายดี')
      if (step === 3 && !backTried) {
        // Back from 3 with an answer chosen: 2 comes back with its answer, then 3 with this one.
        backTried = true
        await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'ย้อนกลับ' }).click()])
        await phone.look('back-to-02')
        expect(await progress(phone)).toBe(`ข้อ 2 จาก ${total}`)
        expect(await page.locator('form').getByRole('radio').nth(1).isChecked()).toBe(true)
        await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'ถัดไป' }).click()])
        await phone.look('step-03-again')
        expect(await page.locator('form').getByRole('radio').nth(1).isChecked()).toBe(true)
        continue
      }
      if (step === 5) {
        // English and back with the answer chosen but not yet sent: the same screen, the answer still checked.
        await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'English' }).click()])
        await phone.look('step-05-english')
        expect(await progress(phone)).toBe(`Question 5 of ${total}`)
        expect(await page.locator('form').getByRole('radio').nth(1).isChecked()).toBe(true)
        await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'ภาษาไทย' }).click()])
        await phone.look('step-05-thai-again')
        expect(await progress(phone)).toBe(`ข้อ 5 จาก ${total}`)
        expect(await page.locator('form').getByRole('radio').nth(1).isChecked()).toBe(true)
      }
      const name = step === total ? TH.submit : 'ถัดไป'
      await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name }).click()])
      step += 1
      if (step <= total) {
        await phone.look(`step-${String(step).padStart(2, '0')}`, { viewportToo: step === 2 || step === 12 })
        await measure(phone, `ข้อ ${step}`)
      }
    }
    await phone.look('thanks')
    expect(page.url()).toMatch(/\/s\/KRB1001\/thanks$/)
    expect(countResponses()).toBe(before + 1)
    await phone.done()
  })

  it('shows the same screen with an error summary when the question is skipped, axe-clean, nothing stored', async () => {
    const phone = await phones.open('large-type-error-js-off', { javaScript: false })
    const { page } = phone
    const before = countResponses()
    await phone.goto('/s/KRB1001?large=1&lang=en')
    await phone.look('step-01')
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Next' }).click()])
    await phone.look('step-01-error', { viewportToo: true })
    expect(await progress(phone)).toBe('Question 1 of 13')
    await expect(page.getByRole('alert')).toBeDefined()
    expect(await page.getByRole('alert').innerText()).toContain('Select an answer')
    await measure(phone, 'Question 1 with error')
    expect(countResponses()).toBe(before)
    await phone.done()
  })
})

describe('large type with JavaScript on', () => {
  it('offers Listen only where the browser has a voice for the page language, under the strict CSP', async () => {
    const phone = await phones.open('large-type-js-on', { bypassCSP: false })
    const { page } = phone
    await phone.goto('/s/KRB1001?large=1')
    await phone.look('step-01')
    // Voices may arrive a moment after load; large.js listens for them.
    await page.waitForTimeout(500)
    const thaiVoice = await page
      .locator('html')
      .evaluate((html) =>
        html.ownerDocument
          .defaultView!.speechSynthesis.getVoices()
          .some((v: { lang: string }) => v.lang.toLowerCase().startsWith('th')),
      )
    console.log(`Thai voice in this Chromium: ${thaiVoice ? 'yes' : 'no'}`)
    expect(await page.getByRole('button', { name: 'ฟังคำถาม' }).isVisible()).toBe(thaiVoice)
    // The error summary takes the focus, as on the full form.
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'ถัดไป' }).click()])
    await phone.look('step-01-error')
    expect(await page.getByRole('alert').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    await phone.done()
  })
})

describe('Listen, where the phone has a Thai voice', () => {
  it('shows the button and reads the question and its answers aloud', async () => {
    const phone = await phones.open('large-type-listen', { bypassCSP: false })
    const { page } = phone
    // A phone with a Thai voice, recorded instead of heard.
    await page.addInitScript(() => {
      const win = globalThis as unknown as Record<string, unknown>
      const spoken: string[] = []
      win.__spoken = spoken
      win.SpeechSynthesisUtterance = function (this: Record<string, unknown>, text: string) {
        this.text = text
      }
      Object.defineProperty(win, 'speechSynthesis', {
        value: {
          getVoices: () => [{ lang: 'th-TH', name: 'Thai' }],
          addEventListener: () => undefined,
          cancel: () => undefined,
          speak: (u: { text: string; lang: string }) => spoken.push(`${u.lang}: ${u.text}`),
        },
      })
    })
    await phone.goto('/s/KRB1001?large=1')
    await phone.look('step-01-listen')
    const listen = page.getByRole('button', { name: 'ฟังคำถาม' })
    expect(await listen.isVisible()).toBe(true)
    await listen.click()
    const spoken = await page
      .locator('html')
      .evaluate((html) => (html.ownerDocument.defaultView as unknown as { __spoken: string[] }).__spoken)
    expect(spoken).toEqual(['th-TH: วันนี้ท่านมาใช้บริการเรื่องใด. ชำระภาษีที่ดินและสิ่งปลูกสร้าง. ชำระภาษีป้าย. ขอใบอนุญาตประกอบกิจการ'])
    await phone.done()
  })
})

describe('reflow of large type', () => {
  for (const lang of ['th', 'en'] as const)
    it(`${lang}: no sideways scroll at 320 px, nor at 360 px with the text at 200 %`, async () => {
      const phone = await phones.open(`large-type-reflow-${lang}`, { javaScript: false })
      const { page } = phone
      await page.setViewportSize({ width: 320, height: 640 })
      await phone.goto(`/s/KRB1001?large=1&lang=${lang}`)
      await phone.look('320')
      const width = () => page.locator('html').evaluate((html) => [html.scrollWidth, html.clientWidth])
      const [at320, of320] = await width()
      expect(at320).toBeLessThanOrEqual(of320!)
      await page.setViewportSize({ width: 360, height: 740 })
      await setTextSize(await phone.context.newCDPSession(page), 200)
      await page.reload()
      const [at200, of200] = await width()
      await phone.look('text-200')
      expect(at200).toBeLessThanOrEqual(of200!)
      await phone.done()
    })
})

/** The link to large type sits in the full form's header: the form must stay as short as issue 19 asks. */
describe('the full form with the large-type link in its header', () => {
  for (const lang of ['th', 'en'] as const)
    for (const percent of [100, 200]) {
      const limit = percent === 100 ? 4 : 10
      it(`${lang}, text ${percent} %: question 1 on the first screen at default text, send within ${limit} screens`, async () => {
        const phone = await phones.open(`large-type-link-${lang}-${percent}`, { javaScript: false })
        if (percent !== 100) await setTextSize(await phone.context.newCDPSession(phone.page), percent)
        await phone.goto(`/s/KRB1001?lang=${lang}`)
        const length = await measureFormLength(phone.page)
        await phone.look('form')
        await phone.done()
        console.log(
          `full form ${lang} ${percent} %: question 1 legend bottom ${Math.round(length.questionOneLegendBottom)} px, ` +
            `send bottom ${Math.round(length.submitBottom)} px, ${length.screens.toFixed(2)} screens`,
        )
        if (percent === 100) expect(length.questionOneLegendBottom).toBeLessThanOrEqual(740)
        expect(length.screens).toBeLessThanOrEqual(limit)
      })
    }
})
