/**
 * The guide's screenshots: where they live, how a section's page is found on the demo, and how a
 * page becomes a small PNG (the visible part of the page, scaled down, in a palette of a few
 * dozen colours: a staff page comes to some 30–50 KB).
 */
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import type { GuideSection } from '../../../src/guide/types.js'
import { REPO_ROOT } from './paths.js'

export const GUIDE_SCREENSHOT_DIR = resolve(REPO_ROOT, 'static/guide')

/** What every screenshot together may weigh (about 40 KB a section), so the repository stays light. */
export const GUIDE_SCREENSHOTS_MAX_BYTES = 2_000_000

/** Widest a stored screenshot is: staff pages are taken at 1280 px and scaled to this. */
export const GUIDE_SCREENSHOT_WIDTH = 800

export const storedScreenshots = () => readdirSync(GUIDE_SCREENSHOT_DIR).filter((name) => name.endsWith('.png'))

/** The demo's ids that section paths name: `{organisation}` is เทศบาลเมืองกระบี่, `{province}` กระบี่. */
export type DemoIds = { organisation: string; point: string; round: string; province: string }

export const pathOf = (section: GuideSection, ids: DemoIds) =>
  section.shot.path.replace(/\{(\w+)\}/g, (whole, name: string) => ids[name as keyof DemoIds] ?? whole)

/** The part of the page the section is about: an element (`shot.clip`) or the first screen, at most a screen tall. */
export async function capture(page: Page, section: GuideSection): Promise<Buffer> {
  const viewport = page.viewportSize()!
  let clip = { x: 0, y: 0, width: viewport.width, height: viewport.height }
  if (section.shot.clip) {
    const element = page.locator(section.shot.clip).first()
    await element.scrollIntoViewIfNeeded()
    const box = await element.boundingBox()
    if (!box) throw new Error(`${section.id}: nothing laid out for ${section.shot.clip} on ${page.url()}`)
    const margin = 8
    const x = Math.max(0, box.x - margin)
    const y = Math.max(0, box.y - margin)
    clip = {
      x,
      y,
      width: Math.min(viewport.width - x, box.width + 2 * margin),
      height: Math.min(viewport.height, box.height + 2 * margin),
    }
  }
  const png = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' })
  return sharp(png)
    .resize({ width: GUIDE_SCREENSHOT_WIDTH, withoutEnlargement: true })
    .png({ palette: true, colours: 48, compressionLevel: 9, effort: 10 })
    .toBuffer()
}
