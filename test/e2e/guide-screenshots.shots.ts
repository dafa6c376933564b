/**
 * `npm run guide:screenshots`: photographs every guide section from its real page on the demo, as its
 * role sees it (residents on a 360×740 phone, staff on a 1280×800 laptop), into static/guide/. Run it
 * after changing a page or a section, and commit the images; `npm run test:e2e` checks they are all there.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { GUIDE_SECTIONS, sectionsOf } from '../../src/guide/sections.js'
import { screenshotFile, type GuideRole } from '../../src/guide/types.js'
import { capture, GUIDE_SCREENSHOT_DIR, pathOf, storedScreenshots, type DemoIds } from './support/guide-shots.js'
import { LAPTOP_VIEWPORT, launchChromium, PHONE_VIEWPORT } from './support/phone.js'
import { DEMO, DEMO_PASSWORD, STAFF } from './support/staff.js'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

const ACCOUNTS: Record<Exclude<GuideRole, 'resident'>, string> = { lgu: DEMO.krabiTown, province: DEMO.krabi, dla: DEMO.dla }

async function open(role: GuideRole): Promise<Page> {
  const phone = role === 'resident'
  const context = await browser.newContext({
    viewport: phone ? PHONE_VIEWPORT : LAPTOP_VIEWPORT,
    isMobile: phone,
    hasTouch: phone,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    baseURL: inject('baseURL'),
  })
  const page = await context.newPage()
  if (role === 'resident') return page
  await page.goto('/staff/sign-in')
  await page.getByRole('textbox', { name: STAFF.username }).fill(ACCOUNTS[role])
  await page.getByLabel(STAFF.password, { exact: true }).fill(DEMO_PASSWORD)
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/staff/sign-in')),
    page.getByRole('button', { name: STAFF.signIn }).click(),
  ])
  return page
}

const idIn = async (page: Page, selector: string, pattern: RegExp) => {
  const href = (await page.locator(selector).first().getAttribute('href')) ?? ''
  const id = pattern.exec(href)?.[1]
  if (!id) throw new Error(`no id in ${selector} on ${page.url()}`)
  return id
}

describe('the guide’s screenshots', () => {
  it('are taken from each section’s page and kept in static/guide/', async () => {
    const lgu = await open('lgu')
    const organisation = /\/staff\/organisations\/(\d+)$/.exec(new URL(lgu.url()).pathname)?.[1]
    if (!organisation) throw new Error(`the LGU officer landed on ${lgu.url()}`)
    const point = await idIn(lgu, '#collection a[href$="/edit"]', /service-points\/(\d+)\/edit/)
    const dla = await open('dla')
    await dla.goto('/staff/rounds')
    const round = await idIn(dla, 'main a[href^="/staff/rounds/"]:not([href$="/new"])', /rounds\/(\d+)$/)
    const ids: DemoIds = { organisation, point, round, province: '81' }

    rmSync(GUIDE_SCREENSHOT_DIR, { recursive: true, force: true })
    mkdirSync(GUIDE_SCREENSHOT_DIR, { recursive: true })
    const pages: Record<GuideRole, Page> = { lgu, dla, province: await open('province'), resident: await open('resident') }
    for (const role of ['resident', 'lgu', 'province', 'dla'] as const) {
      const page = pages[role]
      for (const section of sectionsOf(role)) {
        const response = await page.goto(pathOf(section, ids))
        expect(response?.status(), `${section.id}: ${page.url()}`).toBe(section.shot.status ?? 200)
        await page.waitForLoadState('load')
        writeFileSync(join(GUIDE_SCREENSHOT_DIR, screenshotFile(section)), await capture(page, section))
      }
    }
    expect(storedScreenshots().sort()).toEqual(GUIDE_SECTIONS.map(screenshotFile).sort())
  })
})
