/**
 * 9. Reflow and the kiosk. No page a resident or the public can reach scrolls sideways (WCAG
 * 1.4.10), in Thai or English: on a 320×640 screen, and on a 360 px phone with its text at 200 %.
 * The kiosk's thank-you page goes back to a fresh form after a countdown that can be paused or
 * skipped, with no meta refresh, and with JavaScript off offers the link alone; axe finds nothing
 * on any of its states.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, type Phone } from './support/phone.js'
import { DEMO, follow, path, post, signIn, useStaffBrowsers } from './support/staff.js'
import { TH, answerAll, expectHeading, submit } from './support/survey.js'

/** Every kind of page a resident or the public can open; `{round}` is the newest open-data round. */
const PUBLIC_PAGES = [
  '/',
  '/s/KRB1001',
  '/s/KRB1001/thanks',
  '/s/KRB1001/privacy',
  '/s/CNX1009',
  '/s/XYZ2345',
  '/k/not-a-kiosk-link',
  '/o',
  '/o?q=%E0%B8%81%E0%B8%A3%E0%B8%B0%E0%B8%9A%E0%B8%B5%E0%B9%88',
  '/o/4810102',
  '/o/0000000',
  '/open-data',
  '/open-data/rounds/{round}',
  '/open-data/rounds/{round}/organisations/dictionary',
  '/open-data/rounds/{round}/provinces/dictionary',
  '/no-such-page',
  '/staff/sign-in',
]
const LANGUAGES = ['th', 'en'] as const

type Screen = { name: string; width: number; height: number; largeText: boolean }
const SCREENS: Screen[] = [
  { name: '320 px', width: 320, height: 640, largeText: false },
  { name: '360 px, text 200 %', width: 360, height: 740, largeText: true },
]

/** Chromium's default sizes: 16 px for text, 13 px for monospace. */
const DEFAULT_FONT_SIZES = { standard: 16, fixed: 13 }

/**
 * A phone's "text size 200 %" doubles the browser's default font size: Chrome's text scaling,
 * Firefox's and Samsung Internet's font size all scale text from it, without zooming, so the page
 * keeps its 360 CSS px. Doubling Chromium's own default (what its font-size setting changes) does
 * the same here: everything sized in rem or em, and media queries in em, follow it, as they
 * follow the phone's setting; only what a page pins in px stays put. (Zooming the page instead
 * narrows its CSS width, which the 320 px run covers.)
 */
async function openScreen(browser: Browser, screen: Screen): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    isMobile: true,
    hasTouch: true,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  })
  const page = await context.newPage()
  if (screen.largeText) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Page.setFontSizes', {
      fontSizes: { standard: 2 * DEFAULT_FONT_SIZES.standard, fixed: 2 * DEFAULT_FONT_SIZES.fixed },
    })
  }
  return { context, page }
}

type Overflow = { scrollWidth: number; innerWidth: number; wide: string[] }

/** How wide the document is, and the elements reaching past the screen's right edge (to say why). */
const measure = (page: Page): Promise<Overflow> =>
  page.locator('html').evaluate((html) => {
    const win = html.ownerDocument.defaultView!
    const wide = [...html.ownerDocument.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > win.innerWidth + 0.5)
      .slice(0, 4)
      .map(
        (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`,
      )
    return { scrollWidth: html.scrollWidth, innerWidth: win.innerWidth, wide }
  })

const at = (url: string) => new URL(url, inject('baseURL')).toString()
const withLang = (url: string, lang: string) => `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`

/** The device link a kiosk test made, for the reflow check of the kiosk's own thank-you page. */
let kioskLink: string | undefined

describe('9a. the kiosk’s thank-you page', () => {
  const browsers = useStaffBrowsers()

  it('an LGU officer makes a kiosk link for KRB1001', async () => {
    const laptop = await browsers.laptop('9a-kiosk-link')
    const { page } = laptop
    await signIn(laptop, DEMO.krabiTown, /^\/staff\/organisations\/\d+$/)
    await laptop.look('organisation')
    await follow(page, page.locator('tr[data-point="KRB1001"] a[href$="/kiosks"]'))
    await laptop.look('kiosks')
    await page.getByRole('textbox', { name: 'ชื่อเครื่อง' }).fill('แท็บเล็ตทดสอบการนับถอยหลัง')
    expect((await post(page, page.getByRole('button', { name: 'สร้างลิงก์สำหรับเครื่อง' }))).status()).toBe(200)
    await laptop.look('kiosk-created')
    kioskLink = (await page.locator('code.kiosk-link').first().innerText()).trim()
    expect(kioskLink).toMatch(/\/k\/[A-Za-z0-9_-]{20,}$/)
    await laptop.done()
  })

  /** Opens the kiosk link on a tablet, answers, and lands on the thank-you page. */
  async function thankYouOnKiosk(tablet: Phone) {
    if (!kioskLink) throw new Error('no kiosk link: the first test of 9a did not make one')
    const { page } = tablet
    await page.goto(kioskLink)
    expect(path(page) + new URL(page.url()).search).toBe('/s/KRB1001?lang=th')
    await tablet.look('kiosk-form')
    await answerAll(page)
    expect((await submit(page)).status()).toBe(303)
    await expectHeading(page, TH.thanksHeading)
    expect(await page.locator('meta[http-equiv="refresh" i]').count(), 'no meta refresh').toBe(0)
  }

  const secondsLeft = (page: Page) => page.locator('[data-countdown-seconds]').innerText().then(Number)
  const height = async (page: Page, role: 'link' | 'button', name: string) =>
    (await page.getByRole(role, { name }).boundingBox())?.height ?? 0

  it('counts down in view, pauses and resumes from a button, then opens a fresh Thai form by itself', async () => {
    const tablet = await browsers.phone('9a-kiosk-countdown')
    const { page } = tablet
    // The page's clock is the test's: the countdown moves only when told, however slow the machine.
    // It flows while axe runs (axe waits on timers), and only while the countdown has seconds to spare.
    await page.clock.install()
    const pageNow = () => page.evaluate(() => Date.now())
    const stopClock = async () => page.clock.pauseAt((await pageNow()) + 10)
    await thankYouOnKiosk(tablet)
    await stopClock()
    const countdown = page.locator('[data-countdown]')
    const status = page.locator('[data-countdown-status]')
    expect(await countdown.isVisible()).toBe(true)
    expect(await countdown.innerText()).toMatch(/^หน้าจอจะกลับไปที่แบบประเมินสำหรับท่านถัดไปใน [5-8] วินาที$/)
    expect(await height(page, 'button', 'หยุดนับถอยหลัง')).toBeGreaterThanOrEqual(44)
    expect(await height(page, 'link', 'เริ่มแบบประเมินใหม่')).toBeGreaterThanOrEqual(44)
    await page.clock.resume()
    await tablet.look('thank-you-counting')
    await stopClock()
    const counted = await secondsLeft(page)
    expect(counted, 'axe was done with time to spare').toBeGreaterThanOrEqual(3)
    await page.clock.runFor(1_000)
    expect(await secondsLeft(page), 'one second later').toBe(counted - 1)
    await page.getByRole('button', { name: 'หยุดนับถอยหลัง' }).click()
    expect(path(page), 'paused before the time ran out').toBe('/s/KRB1001/thanks')

    const left = await secondsLeft(page)
    expect(await status.textContent(), 'the pause is announced').toMatch(/^หยุดนับถอยหลังแล้ว/)
    expect(await countdown.innerText()).toMatch(/^หยุดนับถอยหลังแล้ว/)
    await page.clock.resume()
    await page.clock.fastForward(60_000)
    await tablet.look('thank-you-paused')
    expect(path(page), 'a paused page stays').toBe('/s/KRB1001/thanks')
    expect(await secondsLeft(page)).toBe(left)

    await page.getByRole('button', { name: 'นับถอยหลังต่อ' }).click()
    await stopClock()
    expect(await status.textContent(), 'resuming is announced with the time left').toBe(
      `หน้าจอจะกลับไปที่แบบประเมินสำหรับท่านถัดไปใน ${left} วินาที`,
    )
    await page.clock.runFor((left - 1) * 1_000)
    expect(await secondsLeft(page)).toBe(1)
    const fresh = page.waitForURL((url) => url.pathname === '/s/KRB1001' && url.search === '?lang=th')
    await page.clock.runFor(1_000)
    await fresh
    await page.clock.resume()
    await expectHeading(page, TH.surveyHeading)
    await tablet.look('fresh-form')
    await tablet.done()
  })

  it('is skipped by its link, which alone is there with JavaScript off', async () => {
    const tablet = await browsers.phone('9a-kiosk-no-js', { javaScript: false })
    const { page } = tablet
    await thankYouOnKiosk(tablet)
    expect(await page.locator('[data-countdown]').isVisible(), 'no countdown without the script').toBe(false)
    expect(await page.getByRole('button').count()).toBe(0)
    await tablet.look('thank-you-no-js')
    await follow(page, page.getByRole('link', { name: 'เริ่มแบบประเมินใหม่' }))
    expect(path(page) + new URL(page.url()).search).toBe('/s/KRB1001?lang=th')
    await expectHeading(page, TH.surveyHeading)
    await tablet.look('fresh-form')
    await tablet.done()
  })
})

describe('9b. no public page scrolls sideways', () => {
  let browser: Browser
  let round: string

  beforeAll(async () => {
    browser = await launchChromium()
    const { context, page } = await openScreen(browser, SCREENS[0]!)
    await page.goto(at('/open-data'))
    const href = await page.locator('a[href^="/open-data/rounds/"]').first().getAttribute('href')
    round = /^\/open-data\/rounds\/(\d+)$/.exec(href ?? '')?.[1] ?? ''
    await context.close()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('the survey’s privacy link and a closed point’s links are 44 px targets, at 320 px', async () => {
    const { context, page } = await openScreen(browser, SCREENS[0]!)
    const heights = async (links: ReturnType<Page['getByRole']>) =>
      Promise.all((await links.all()).map(async (link) => (await link.boundingBox())?.height ?? 0))
    try {
      await page.goto(at('/s/KRB1001?lang=th'))
      const privacy = await heights(page.getByRole('link', { name: 'อ่านประกาศความเป็นส่วนตัวฉบับเต็ม' }))
      expect(privacy).toHaveLength(1)
      expect(privacy[0]).toBeGreaterThanOrEqual(44)
      await page.goto(at('/s/CNX1009?lang=th'))
      const others = page.getByRole('navigation', { name: /^จุดให้บริการอื่นของ เทศบาลนครเชียงใหม่/ }).getByRole('link')
      const closedPage = [...(await heights(others)), ...(await heights(page.getByRole('link', { name: 'English' })))]
      expect(closedPage.length, 'the other open points and the language switch').toBeGreaterThanOrEqual(3)
      expect(Math.min(...closedPage)).toBeGreaterThanOrEqual(44)
    } finally {
      await context.close()
    }
  })

  it.each(SCREENS)('at $name, in Thai and English', async (screen) => {
    expect(round, 'the open-data index links to a round').toMatch(/^\d+$/)
    const { context, page } = await openScreen(browser, screen)
    const problems: string[] = []
    const check = async (what: string) => {
      const { scrollWidth, innerWidth, wide } = await measure(page)
      if (scrollWidth > innerWidth || scrollWidth > screen.width)
        problems.push(`${what}: ${scrollWidth} px wide on a ${innerWidth} px screen; past the edge: ${wide.join(', ')}`)
    }
    try {
      for (const lang of LANGUAGES) {
        for (const pagePath of PUBLIC_PAGES) {
          const url = withLang(pagePath.replace('{round}', round), lang)
          await page.goto(at(url))
          await check(url)
        }
        // The form again with what is missing, and the kiosk's thank-you page.
        await page.goto(at(withLang('/s/KRB1002', lang)))
        await submit(page, lang === 'th' ? TH.submit : 'Send my answers')
        await check(`${lang}: the form with its error summary`)
        if (!kioskLink) throw new Error('no kiosk link: 9a did not make one')
        await page.goto(kioskLink)
        await page.goto(at(withLang('/s/KRB1001/thanks', lang)))
        expect(await page.locator('[data-kiosk-return]').count(), 'the kiosk’s own thank-you page').toBe(1)
        await check(`${lang}: the kiosk's thank-you page`)
        await context.clearCookies()
      }
    } finally {
      await context.close()
    }
    expect(problems, problems.join('\n')).toEqual([])
  })
})
