/**
 * 10. The user guide in a real browser: its pages pass axe, fit a 360 px phone without sideways
 * scrolling and print without the menus; every section shows its screenshot, and every screenshot in
 * static/guide/ belongs to a section and is small (`npm run guide:screenshots` makes them); and
 * "วิธีใช้หน้านี้" on a staff page opens that page's section.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { GUIDE_SECTIONS, sectionsOf } from '../../src/guide/sections.js'
import { screenshotFile, screenshotHref, type GuideRole } from '../../src/guide/types.js'
import {
  GUIDE_SCREENSHOT_DIR,
  GUIDE_SCREENSHOT_WIDTH,
  GUIDE_SCREENSHOTS_MAX_BYTES,
  storedScreenshots,
} from './support/guide-shots.js'
import { DEMO, expectH1, follow, path, signIn, useStaffBrowsers } from './support/staff.js'

const browsers = useStaffBrowsers()

const PNG_SIGNATURE = '89504e470d0a1a0a'

/** Every section's screenshot is on the page and has loaded. */
async function expectScreenshots(page: Page, role: GuideRole) {
  for (const section of sectionsOf(role)) {
    const image = page.locator(`#${section.id} img`)
    expect(await image.getAttribute('src'), section.id).toBe(screenshotHref(section))
    // The screenshots load lazily: scrolled to, each starts loading, and a busy machine may take a moment.
    const width = async () => {
      await image.scrollIntoViewIfNeeded()
      return image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)
    }
    await expect.poll(width, { message: `${section.id}'s screenshot loads`, timeout: 20_000 }).toBeGreaterThan(0)
  }
}

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } })
      .document.documentElement
    return root.scrollWidth - root.clientWidth
  })

/** The guide printed: no menus, one section a page, as a PDF with at least a page per section. */
async function expectPrintable(page: Page, role: GuideRole) {
  await page.emulateMedia({ media: 'print' })
  const hidden = await page
    .locator('.staff-header, .survey-header')
    .first()
    .evaluate(
      (el) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { display: string } }).getComputedStyle(el).display,
    )
  expect(hidden).toBe('none')
  await page.emulateMedia({ media: 'screen' })
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
  expect(pages, `${role}: a printed page for each section`).toBeGreaterThan(sectionsOf(role).length)
}

describe('10. the user guide', () => {
  it('keeps one small screenshot for every section, and nothing else, in static/guide/', () => {
    const expected = GUIDE_SECTIONS.map(screenshotFile).sort()
    expect(storedScreenshots().sort(), 'run `npm run guide:screenshots` after adding or renaming a section').toEqual(expected)
    let total = 0
    for (const name of expected) {
      const file = join(GUIDE_SCREENSHOT_DIR, name)
      const bytes = readFileSync(file)
      expect(bytes.subarray(0, 8).toString('hex'), name).toBe(PNG_SIGNATURE)
      // IHDR: the width is the first field, big-endian, at byte 16.
      expect(bytes.readUInt32BE(16), `${name} is at most ${GUIDE_SCREENSHOT_WIDTH} px wide`).toBeLessThanOrEqual(
        GUIDE_SCREENSHOT_WIDTH,
      )
      total += statSync(file).size
    }
    expect(total, 'all guide screenshots together').toBeLessThan(GUIDE_SCREENSHOTS_MAX_BYTES)
  })

  it('answers residents on a phone: from the home page, axe-clean in Thai and English, no sideways scroll, printable', async () => {
    const phone = await browsers.phone('10a-guide-resident')
    const { page } = phone
    await phone.goto('/')
    await phone.look('home')
    await follow(page, page.getByRole('link', { name: 'คำถามที่พบบ่อย' }))
    expect(path(page)).toBe('/guide')
    await expectH1(page, 'คำถามที่พบบ่อย')
    await phone.look('guide-th')
    expect(await sidewaysOverflow(page), 'no sideways scroll at 360 px').toBeLessThanOrEqual(0)
    await expectScreenshots(page, 'resident')
    await expectPrintable(page, 'resident')

    await follow(page, page.getByRole('link', { name: 'English' }))
    await expectH1(page, 'Questions residents ask')
    await phone.look('guide-en')
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
    await phone.done()
  })

  for (const [role, account, home] of [
    ['lgu', DEMO.krabiTown, /^\/staff\/organisations\/\d+$/],
    ['province', DEMO.krabi, /^\/staff\/provinces\/81$/],
    ['dla', DEMO.dla, /^\/staff\/national$/],
  ] as const) {
    it(`opens the ${role} officer’s section from “วิธีใช้หน้านี้”; the guide is axe-clean and printable`, async () => {
      const laptop = await browsers.laptop(`10b-guide-${role}`)
      const { page } = laptop
      await signIn(laptop, account, home)
      await laptop.look('home')
      await follow(page, page.getByRole('link', { name: 'วิธีใช้หน้านี้' }))
      const url = new URL(page.url())
      expect(url.pathname).toBe(`/staff/guide/${role}`)
      const section = GUIDE_SECTIONS.find((s) => `#${s.id}` === url.hash)
      expect(section?.role, `${url.hash} is a section of the ${role} guide`).toBe(role)
      expect(await page.locator(url.hash).isVisible()).toBe(true)
      await laptop.look('guide')
      await expectScreenshots(page, role)
      await expectPrintable(page, role)
      await laptop.done()
    })
  }

  it('fits a staff guide on a 360 px phone without sideways scroll', async () => {
    const phone = await browsers.phone('10c-guide-staff-phone')
    const { page } = phone
    await signIn(phone, DEMO.krabiTown, /^\/staff\/organisations\/\d+$/)
    await phone.look('home')
    await phone.goto('/staff/guide/lgu')
    await phone.look('guide-lgu')
    expect(await sidewaysOverflow(page), 'no sideways scroll at 360 px').toBeLessThanOrEqual(0)
    await phone.done()
  })
})
