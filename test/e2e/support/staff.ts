/**
 * What a member of staff does, on a 1280×800 laptop: the same watched browser context as the
 * resident's phone (`Phone` with `screen: 'laptop'`: every page screenshotted and axe-checked
 * through `look()`, no request to another host, the strict CSP on every document), plus
 * signing in through the real form and posting forms the way a browser does, so the server's
 * Origin / Sec-Fetch-Site and CSRF checks see real browser requests.
 *
 * The demo accounts are src/demo/demo-accounts.ts; their password is the demo's.
 */
import jsQR from 'jsqr'
import type { Locator, Page, Response } from 'playwright-core'
import { PNG } from 'pngjs'
import { expect } from 'vitest'
import { usePhones, type Phone, type PhoneOptions } from './phone.js'

/** src/demo/demo-accounts.ts DEMO_PASSWORD. */
export const DEMO_PASSWORD = 'demo-password'

export const DEMO = {
  dla: 'demo-dla',
  /** Provincial officer of กระบี่ (province 81). */
  krabi: 'demo-krabi',
  /** LGU officer of เทศบาลเมืองกระบี่ (DLA code 4810102). */
  krabiTown: 'demo-krabi-town',
} as const

/** The staff pages' words (src/i18n/staff-messages.ts and the area tables beside it). */
export const STAFF = {
  signInHeading: 'เข้าสู่ระบบสำหรับเจ้าหน้าที่',
  username: 'ชื่อผู้ใช้หรืออีเมล',
  password: 'รหัสผ่าน',
  signIn: 'เข้าสู่ระบบ',
  signOut: 'ออกจากระบบ',
  signedOut: 'ออกจากระบบแล้ว',
  search: 'ค้นหา',
} as const

/** Hooks for a staff test file: one Chromium; `laptop()` for staff, `phone()` for a resident. */
export function useStaffBrowsers() {
  const devices = usePhones()
  return {
    laptop: (name: string, options: Omit<PhoneOptions, 'screen'> = {}) => devices.open(name, { ...options, screen: 'laptop' }),
    phone: (name: string, options: Omit<PhoneOptions, 'screen'> = {}) => devices.open(name, { ...options, screen: 'phone' }),
  }
}

/**
 * Clicks something that sends a form with POST (a submit button) and waits for the page the
 * server answers with, after its redirect. Returns the POST's own response (303 on success).
 */
export async function post(page: Page, button: Locator): Promise<Response> {
  const origin = new URL(page.url()).origin
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.request().resourceType() === 'document')
  const loaded = page.waitForEvent('load')
  await button.click()
  const response = await posted
  await loaded
  // What the server's same-site check reads: a real browser names this site as the form's origin.
  const headers = await response.request().allHeaders()
  expect(headers['origin'], `the POST to ${response.url()} carries the page's Origin`).toBe(origin)
  expect(headers['sec-fetch-site'], `the POST to ${response.url()} is same-origin`).toBe('same-origin')
  return response
}

/** Clicks a link (or a GET form's button) and waits for the new page to load. */
export async function follow(page: Page, target: Locator): Promise<void> {
  const loaded = page.waitForEvent('load')
  await target.click()
  await loaded
}

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

export async function expectH1(page: Page, text: string | RegExp) {
  await h1(page).waitFor()
  const shown = (await h1(page).innerText()).trim()
  if (typeof text === 'string') expect(shown, `the h1 of ${page.url()}`).toBe(text)
  else expect(shown, `the h1 of ${page.url()}`).toMatch(text)
}

/** The green "done" banner (role=status) at the top of a staff page. */
export const banner = (page: Page) => page.locator('main [role=status]').first()

export const path = (page: Page) => new URL(page.url()).pathname

/**
 * Signs in through the sign-in form as a person does: opens /staff, is sent to the form
 * (`?next=/staff`), types the username and password, presses the button. The POST must be
 * accepted (303, not the 403 of the cross-site check) and land on the account's home page.
 */
export async function signIn(device: Phone, username: string, home: RegExp, password = DEMO_PASSWORD): Promise<void> {
  const { page } = device
  await device.goto('/staff')
  expect(path(page), 'a signed-out visit to /staff goes to the sign-in form').toBe('/staff/sign-in')
  await expectH1(page, STAFF.signInHeading)
  await device.look('sign-in')

  await page.getByRole('textbox', { name: STAFF.username }).fill(username)
  await page.getByLabel(STAFF.password, { exact: true }).fill(password)
  const response = await post(page, page.getByRole('button', { name: STAFF.signIn }))
  expect(response.status(), `signing in as ${username} is accepted (303), not refused`).toBe(303)
  expect(path(page), `${username} lands on their home page`).toMatch(home)
  expect(await page.getByRole('button', { name: STAFF.signOut }).isVisible(), 'the header offers sign-out').toBe(true)
}

/** Presses "ออกจากระบบ" in the header; the sign-in page then says so. */
export async function signOut(device: Phone): Promise<void> {
  const { page } = device
  const response = await post(page, page.getByRole('button', { name: STAFF.signOut }))
  expect(response.status()).toBe(303)
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/staff/sign-in?signed-out')
  await expectH1(page, STAFF.signInHeading)
  expect((await banner(page).innerText()).trim()).toBe(STAFF.signedOut)
}

/** Runs `action` and checks the page was updated in place (htmx), not loaded again. */
export async function withoutReload(page: Page, action: () => Promise<void>): Promise<void> {
  await page.evaluate(() => Object.assign(globalThis, { __e2eSamePage: true }))
  await action()
  expect(
    await page.evaluate(() => '__e2eSamePage' in globalThis),
    `${page.url()} was updated in place, without a full reload`,
  ).toBe(true)
}

/** This session's CSRF token, as the header's sign-out form carries it. */
export const csrfToken = (page: Page) => page.locator('form[action="/staff/sign-out"] input[name=_csrf]').inputValue()

/** What a phone camera reads from the QR code shown in `element` (a screenshot of it, decoded by jsQR). */
export async function qrIn(element: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await element.screenshot())
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}
