/**
 * How long the survey form is on a phone, read from the page's layout boxes (no page script,
 * so it works with JavaScript off): where question 1 starts and where the send button ends,
 * in CSS pixels from the top of the page, and that bottom edge in screens of the viewport's height.
 */
import type { CDPSession, Locator, Page } from 'playwright-core'
import { questions } from './survey.js'

export type FormLength = {
  /** The top edge of question 1 (its group), from the top of the page. */
  questionOneTop: number
  /** The bottom of question 1's legend: under the screen's height, the question is readable without scrolling. */
  questionOneLegendBottom: number
  /** The bottom edge of the send button, from the top of the page. */
  submitBottom: number
  /** `submitBottom` over the viewport's height: how many screens of scrolling to reach send. */
  screens: number
}

async function box(page: Page, what: Locator) {
  const found = await what.boundingBox()
  if (!found) throw new Error(`nothing laid out for ${what.toString()} on ${page.url()}`)
  return found
}

export async function measureFormLength(page: Page): Promise<FormLength> {
  // Boxes are relative to the viewport; the page's own box says how far it is scrolled.
  const top = (await box(page, page.locator('html'))).y
  const questionOne = questions(page).first()
  const group = await box(page, questionOne)
  const legend = await box(page, questionOne.locator('legend'))
  const submit = await box(page, page.locator('form button[type=submit]'))
  const submitBottom = submit.y + submit.height - top
  return {
    questionOneTop: group.y - top,
    questionOneLegendBottom: legend.y + legend.height - top,
    submitBottom,
    screens: submitBottom / page.viewportSize()!.height,
  }
}

/**
 * The phone's text size at `percent`: Chromium's own font-size setting (what "Font size" in its
 * settings changes), so every size the stylesheet gives in rem or em, and its rem media
 * queries, follow it, while the viewport stays 360 CSS px wide. Set before the page loads.
 */
export async function setTextSize(cdp: CDPSession, percent: number) {
  const scale = percent / 100
  await cdp.send('Page.enable')
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: Math.round(16 * scale), fixed: Math.round(13 * scale) } })
}

/** Emulated slow 3G as the issue measures it: 400 kbit/s each way and 400 ms round trips. */
export async function useSlow3G(cdp: CDPSession) {
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 400_000 / 8,
    uploadThroughput: 400_000 / 8,
  })
}
