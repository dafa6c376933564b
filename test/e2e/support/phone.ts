/**
 * A resident's phone: one Chromium for the test file, a fresh browser context (cookies, storage)
 * per journey, 360×740 like a low-end Android phone. Staff tasks open the same kind of watched
 * context on a 1280×800 laptop screen (`screen: 'laptop'`, see support/staff.ts).
 *
 * Every page the journey lands on goes through `look(step)`: a full-page screenshot in
 * test-results/screenshots/ and an axe check. At the end `done()` fails the test on any axe
 * violation, any request to another host, any page that loaded without being looked at, any
 * page script error, and any document served without the strict Content-Security-Policy.
 *
 * @example
 * const phones = usePhones()
 * it('answers', async () => {
 *   const phone = await phones.open('1-answer-js-on')
 *   await phone.goto('/s/KRB1001')
 *   await phone.look('survey')
 *   await phone.done()
 * })
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'
import { formatViolations, runAxe, withScriptsBriefly, type Violation } from './axe.js'
import { CHROMIUM_PATH, MISSING_CHROMIUM, SCREENSHOT_DIR } from './paths.js'

export const PHONE_VIEWPORT = { width: 360, height: 740 }

/** A staff member's laptop, for the staff tasks (`screen: 'laptop'`). */
export const LAPTOP_VIEWPORT = { width: 1280, height: 800 }

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(MISSING_CHROMIUM)
  // launch() gives a fresh temporary user-data dir and removes it on close.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
}

export type PhoneOptions = {
  /** Off gives a `javaScriptEnabled: false` context: the survey must work as plain HTML. */
  javaScript?: boolean
  /**
   * On (the default) lets axe be injected as a script tag despite the app's CSP; the guard below
   * still checks every document carries the strict policy. Off keeps the CSP enforced, as a
   * resident's phone does, for the test that proves the pages need nothing the CSP refuses.
   */
  bypassCSP?: boolean
  /** `phone` (the default): 360×740, touch. `laptop`: 1280×800 with a mouse, for staff tasks. */
  screen?: 'phone' | 'laptop'
  /** A server of the test's own (support/server.ts) instead of the suite's demo server. */
  baseURL?: string
}

/** The policy src/app.tsx sets; a document without it (or with 'unsafe-inline') fails the journey. */
function cspProblem(header: string | undefined): string | null {
  if (!header) return 'no Content-Security-Policy header'
  if (!/script-src 'self'(;|$)/.test(header)) return `script-src is not just 'self': ${header}`
  if (header.includes('unsafe-inline') || header.includes('unsafe-eval')) return `unsafe source allowed: ${header}`
  return null
}

export class Phone {
  readonly problems: string[] = []
  private step = 0
  private loads = 0
  private looked = 0
  private lastLoadedUrl = ''
  private finished = false
  private cdp?: CDPSession

  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
    readonly options: Required<PhoneOptions>,
    readonly baseURL: string,
  ) {}

  static async open(browser: Browser, name: string, options: PhoneOptions = {}): Promise<Phone> {
    const resolved = {
      javaScript: options.javaScript ?? true,
      bypassCSP: options.bypassCSP ?? true,
      screen: options.screen ?? 'phone',
      baseURL: options.baseURL ?? inject('baseURL'),
    }
    const onPhone = resolved.screen === 'phone'
    const context = await browser.newContext({
      viewport: onPhone ? PHONE_VIEWPORT : LAPTOP_VIEWPORT,
      isMobile: onPhone,
      hasTouch: onPhone,
      locale: 'th-TH',
      timezoneId: 'Asia/Bangkok',
      javaScriptEnabled: resolved.javaScript,
      bypassCSP: resolved.bypassCSP,
    })
    const page = await context.newPage()
    const phone = new Phone(name, context, page, resolved, resolved.baseURL)
    phone.watch()
    if (!resolved.javaScript) phone.cdp = await context.newCDPSession(page)
    return phone
  }

  private watch() {
    const origin = new URL(this.baseURL).origin
    this.context.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:')) return
      if (new URL(url).origin !== origin) this.problems.push(`request to another host: ${request.method()} ${url}`)
    })
    this.context.on('response', (response) => {
      if (response.request().resourceType() !== 'document') return
      const problem = cspProblem(response.headers()['content-security-policy'])
      if (problem) this.problems.push(`${response.url()}: ${problem}`)
    })
    this.page.on('pageerror', (error) => this.problems.push(`script error on ${this.page.url()}: ${error.message}`))
    this.page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()))
        this.problems.push(`CSP violation on ${this.page.url()}: ${message.text()}`)
    })
    this.page.on('load', () => {
      this.loads += 1
      this.lastLoadedUrl = this.page.url()
    })
  }

  /** A path on the test server. */
  url(path: string): string {
    return new URL(path, this.baseURL).toString()
  }

  async goto(path: string) {
    return this.page.goto(this.url(path))
  }

  /** Screenshot and axe check of the page as the resident sees it now. */
  async look(step: string, { viewportToo = false } = {}) {
    const { page } = this
    await page.waitForLoadState('load')
    this.step += 1
    const base = join(SCREENSHOT_DIR, `${this.name}--${String(this.step).padStart(2, '0')}-${step}`)
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    // Chromium's full-page capture can leave the page scrolled elsewhere until the next focus
    // change moves it back, which would shift the next click's target between mousedown and mouseup.
    type Scrolling = { scrollX: number; scrollY: number; scrollTo(x: number, y: number): void }
    const scrolled = await page.evaluate(() => {
      const view = globalThis as unknown as Scrolling
      return [view.scrollX, view.scrollY] as const
    })
    await page.screenshot({ path: `${base}.png`, fullPage: true })
    await page.evaluate(([x, y]) => (globalThis as unknown as Scrolling).scrollTo(x, y), scrolled)
    if (viewportToo) await page.screenshot({ path: `${base}-viewport.png` })

    if (this.loads - this.looked > 1) this.problems.push(`a page loaded before step ${step} without a look() of its own`)
    this.looked = this.loads
    const violations = await this.axe()
    if (violations.length > 0) this.problems.push(formatViolations(`${this.name} step ${step} (${page.url()})`, violations))
  }

  private async axe(): Promise<Violation[]> {
    const { page } = this
    const injection = this.options.bypassCSP ? 'script-tag' : 'devtools'
    if (this.options.javaScript) return runAxe(page, injection)
    const violations = await withScriptsBriefly(this.cdp!, () => runAxe(page, injection))
    // The resident's JavaScript really is off again: a script tag does not run.
    await page.addScriptTag({ content: 'window.__e2eScriptRan = true' })
    if (await page.evaluate(() => '__e2eScriptRan' in globalThis)) throw new Error('JavaScript was left on after the axe check')
    return violations
  }

  /** Takes back one problem the test caused on purpose (it must have been collected). */
  forgive(problem: string) {
    const at = this.problems.indexOf(problem)
    if (at < 0) throw new Error(`nothing to forgive: ${problem}\ncollected: ${this.problems.join('\n')}`)
    this.problems.splice(at, 1)
  }

  /** Fails the test on everything the journey collected; closes the context. */
  async done() {
    if (this.looked !== this.loads) this.problems.push(`the last page loaded was never looked at: ${this.lastLoadedUrl}`)
    await this.close()
    if (this.problems.length > 0) throw new Error(`${this.name}:\n${this.problems.join('\n')}`)
  }

  async close() {
    if (this.finished) return
    this.finished = true
    await this.context.close()
  }

  get closed() {
    return this.finished
  }
}

/**
 * Hooks for a test file: one Chromium launched before its tests, closed after; a journey left
 * open by a failing test gets a last screenshot ("at-failure") and its collected problems printed.
 */
export function usePhones() {
  let browser: Browser | undefined
  const open: Phone[] = []

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async () => {
    for (const phone of open.splice(0)) {
      if (phone.closed) continue
      await phone.page
        .screenshot({ path: join(SCREENSHOT_DIR, `${phone.name}--at-failure.png`), fullPage: true })
        .catch(() => undefined)
      if (phone.problems.length > 0) console.error(`${phone.name} had also collected:\n${phone.problems.join('\n')}`)
      await phone.close()
    }
  })

  return {
    async open(name: string, options?: PhoneOptions): Promise<Phone> {
      if (!browser) throw new Error('usePhones(): the browser is not running')
      const phone = await Phone.open(browser, name, options)
      open.push(phone)
      return phone
    },
  }
}
