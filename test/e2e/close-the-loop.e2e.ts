/**
 * 9. Closing the loop (issue 20), on a demo server of this file's own with the anomaly rules on
 * (the suite's server runs with them off) and a burst of identical answers set low enough to
 * trip: a family answers twice from one phone (the second a `repeat`), a burst of identical
 * answers arrives at another point through the real form; the LGU officer finds both in the
 * review queue, counts the family's repeat and keeps the burst out, and the results move by
 * exactly what was posted and decided; the officer records a done "you said, we did" change with
 * a photo, which the point's thank-you page and the public results page show, beside the share
 * kept out; the change's A4 poster is a one-page PDF.
 */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { keptOutPercent } from '../../src/domain/flag-review.js'
import { bangkokDay } from '../../src/domain/thai-time.js'
import { formatDay } from '../../src/i18n/format.js'
import { keptOutLine } from '../../src/i18n/flag-rate.js'
import { SCREENSHOT_DIR } from './support/paths.js'
import type { Phone } from './support/phone.js'
import { startServer, type RunningServer } from './support/server.js'
import { DEMO, banner, expectH1, follow, post, signIn, useStaffBrowsers } from './support/staff.js'
import { TH, answerAll, expectHeading, submit, suggestionBox } from './support/survey.js'

/** The demo's เทศบาลเมืองกระบี่ (organisation 1) and two of its points. */
const ORGANISATION = '/staff/organisations/1'
const FAMILY_POINT = { code: 'KRB1001', name: 'กองคลัง – งานจัดเก็บภาษี' }
const BURST_POINT = { code: 'KRB1002', name: 'งานทะเบียนราษฎร' }
/** Identical answer sets at one point within BURST_IDENTICAL_SECONDS from the IDENTICAL-th on are a burst. */
const IDENTICAL = 3
const BURST = 5
const FLAGGED_BURST = BURST - IDENTICAL + 1
const FAMILY_COMMENTS = ['แม่ตอบก่อน ที่นั่งรอไม่พอ', 'ลูกตอบต่อจากโทรศัพท์เครื่องเดียวกัน']
const CHANGED = 'เพิ่มเก้าอี้นั่งรอ 12 ตัว หน้าเคาน์เตอร์ภาษี'

const browsers = useStaffBrowsers()
let server: RunningServer

beforeAll(async () => {
  server = await startServer({
    DEMO: 'on',
    MIN_FILL_SECONDS: '0',
    BURST_IDENTICAL_ANSWERS: String(IDENTICAL),
    BURST_IDENTICAL_SECONDS: '600',
  })
})
afterAll(async () => {
  await server?.stop()
})

/**
 * One resident through the real form over plain HTTP: a fresh form and token, the first option
 * of every question (so every such answer set is identical), posted as a same-site browser would.
 */
async function answerOverHttp(code: string) {
  const url = `${server.baseURL}/s/${code}`
  const html = await (await fetch(url)).text()
  const body = new URLSearchParams()
  for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
    const name = /\bname="([^"]*)"/.exec(tag)?.[1]
    const value = /\bvalue="([^"]*)"/.exec(tag)?.[1] ?? ''
    if (!name) continue
    if (/type="hidden"/.test(tag) || (/type="radio"/.test(tag) && !body.has(name))) body.append(name, value)
  }
  expect(body.get('_token'), 'the form carries its token').toBeTruthy()
  const res = await fetch(url, { method: 'POST', body, redirect: 'manual', headers: { origin: server.baseURL } })
  expect(res.status, 'stored and sent on to the thank-you page').toBe(303)
}

/** The organisation page's collection table: each point's answers this round, counted and flagged. */
async function pointCounts(page: Page) {
  const of = async (code: string) => {
    const row = page.locator(`#collection tr[data-point="${code}"]`)
    const cell = async (col: string) => Number((await row.locator(`[data-col=${col}]`).innerText()).replaceAll(',', ''))
    return { round: await cell('round'), flagged: await cell('flagged') }
  }
  return { family: await of(FAMILY_POINT.code), burst: await of(BURST_POINT.code) }
}

const reviewLink = (page: Page) => page.getByRole('link', { name: /^คำตอบที่ถูกตั้งข้อสังเกต: รอพิจารณา/ })

/** "คำตอบที่ถูกตั้งข้อสังเกต: รอพิจารณา 4" on the organisation page: flagged answers no one has decided yet. */
const waitingForReview = async (page: Page) =>
  Number(/รอพิจารณา ([\d,]+)/.exec(await reviewLink(page).innerText())?.[1]?.replaceAll(',', ''))

type Figures = { respondents: number; flagged: number; overallFive: number; overallFour: number }

/** The staff results page's official count, the flagged ones left out, and the overall question's 5s and 4s. */
async function figures(laptop: Phone, step: string): Promise<Figures> {
  const { page } = laptop
  await laptop.goto(`${ORGANISATION}/results`)
  await laptop.look(step)
  const line = await page.locator('[data-figure=respondents]').innerText()
  const number = (found: RegExpExecArray | null) => Number((found?.[1] ?? '0').replaceAll(',', ''))
  const cells = await page
    .getByRole('row')
    .filter({ hasText: 'โดยรวมแล้ว ท่านพึงพอใจต่อการให้บริการครั้งนี้เพียงใด' })
    .first()
    .getByRole('cell')
    .allInnerTexts()
  // n, then a count and a percent per level from 5 down.
  return {
    respondents: number(/ผู้ตอบ ([\d,]+) คน/.exec(line)),
    flagged: number(/ไม่นับ ([\d,]+) คำตอบ/.exec(line)),
    overallFive: Number(cells[1]!.replaceAll(',', '')),
    overallFour: Number(cells[3]!.replaceAll(',', '')),
  }
}

/** Gives a reason in a review decision form and presses its decision button. */
async function decide(laptop: Phone, form: Locator, reason: string, decision: string, step: string) {
  await form.getByRole('textbox', { name: 'เหตุผล' }).fill(reason)
  const response = await post(laptop.page, form.getByRole('button', { name: decision }))
  expect(response.status(), `"${decision}" is saved (303)`).toBe(303)
  await laptop.look(step)
}

describe('9. closing the loop', () => {
  it('reviews a family’s repeat and a burst, records a change with a photo, and residents see it', async () => {
    const today = bangkokDay(Date.now())
    const laptop = await browsers.laptop('9a-lgu-officer', { baseURL: server.baseURL })
    const { page } = laptop
    await signIn(laptop, DEMO.krabiTown, /^\/staff\/organisations\/1$/)
    await laptop.look('organisation')
    const before = { ...(await pointCounts(page)), waiting: await waitingForReview(page) }

    // A family shares one phone: the second answer from it today is a repeat.
    const family = await browsers.phone('9b-family', { baseURL: server.baseURL })
    for (const [i, comment] of FAMILY_COMMENTS.entries()) {
      await family.goto(`/s/${FAMILY_POINT.code}`)
      await family.look(`survey-${i + 1}`)
      await answerAll(family.page)
      await suggestionBox(family.page).fill(comment)
      expect((await submit(family.page)).status()).toBe(303)
      await expectHeading(family.page, TH.thanksHeading)
      await family.look(`thanks-${i + 1}`)
    }
    await family.done()
    for (let i = 0; i < BURST; i++) await answerOverHttp(BURST_POINT.code)

    // Counted: the family's first and the burst's first IDENTICAL − 1; flagged: the repeat and the rest of the burst.
    await laptop.goto(ORGANISATION)
    await laptop.look('organisation-waiting')
    expect(await pointCounts(page)).toEqual({
      family: { round: before.family.round + 1, flagged: before.family.flagged + 1 },
      burst: { round: before.burst.round + IDENTICAL - 1, flagged: before.burst.flagged + FLAGGED_BURST },
    })
    expect(await waitingForReview(page), 'the link to the review queue counts the new flags').toBe(
      before.waiting + 1 + FLAGGED_BURST,
    )
    const queue = await reviewLink(page).getAttribute('href')
    const posted = await figures(laptop, 'results-posted')

    // The queue groups them: point × reason × day.
    await laptop.goto(queue!)
    await expectH1(page, 'คำตอบที่ถูกตั้งข้อสังเกต: เทศบาลเมืองกระบี่')
    await laptop.look('review-queue')
    const day = formatDay(today, 'th')
    const burstGroup = `${FLAGGED_BURST} คำตอบ “คำตอบเข้ามามากผิดปกติในช่วงสั้น” ที่${BURST_POINT.name} วันที่ ${day}`
    const burstRow = page.getByRole('row').filter({ hasText: burstGroup })
    expect(await burstRow.innerText()).toContain(`รอพิจารณา ${FLAGGED_BURST} · นับ 0 · คัดออก 0`)
    await follow(page, burstRow.getByRole('link'))
    await laptop.look('burst-group')
    await decide(laptop, page.locator('form.decision-form').first(), 'คำตอบเหมือนกันทุกข้อ ส่งติดกันจากที่เดียว', 'คัดออก', 'kept-out')
    expect((await banner(page).innerText()).trim()).toBe(`บันทึกการพิจารณาแล้ว: คัดออก ${FLAGGED_BURST} คำตอบ`)

    await follow(page, page.getByRole('link', { name: 'คำตอบที่ถูกตั้งข้อสังเกต', exact: true }))
    await laptop.look('review-queue-again')
    expect(await burstRow.innerText()).toContain(`รอพิจารณา 0 · นับ 0 · คัดออก ${FLAGGED_BURST}`)
    // Demo answers of today may share the family's group: the family's own answer is found by its comment.
    await follow(page, page.getByRole('link', { name: new RegExp(`“ตอบซ้ำจากเครื่องเดิม” ที่${FAMILY_POINT.name} วันที่ ${day}`) }))
    await laptop.look('repeat-group')
    const familyRow = page.getByRole('row').filter({ hasText: FAMILY_COMMENTS[1]! })
    await decide(laptop, familyRow.locator('form'), 'ครอบครัวใช้โทรศัพท์เครื่องเดียวกัน', 'นับในผล', 'counted')
    expect((await banner(page).innerText()).trim()).toBe('บันทึกการพิจารณาแล้ว: นับในผล 1 คำตอบ')

    // Keeping the burst out moves nothing; counting the repeat moves one answer from flagged to counted.
    const decided = await figures(laptop, 'results-decided')
    expect(decided).toEqual({
      ...posted,
      respondents: posted.respondents + 1,
      flagged: posted.flagged - 1,
      overallFour: posted.overallFour + 1,
    })

    // "You said, we did": done today, with a small photo, at the family's point.
    await laptop.goto(`${ORGANISATION}/actions`)
    await laptop.look('actions')
    await follow(page, page.getByRole('link', { name: 'บันทึกการปรับปรุง', exact: true }))
    await laptop.look('action-form')
    await page.getByRole('checkbox', { name: `${FAMILY_POINT.name} (${FAMILY_POINT.code})` }).check()
    await page.getByRole('combobox', { name: /^ด้านหรือข้อคำถาม/ }).selectOption({ label: 'ด้านสิ่งอำนวยความสะดวก' })
    await page.getByRole('textbox', { name: /^ประชาชนบอกว่าอะไร/ }).fill('ที่นั่งรอไม่พอ ต้องยืนรอนาน')
    await page.getByRole('textbox', { name: 'สิ่งที่ปรับปรุง' }).fill(CHANGED)
    await page.getByRole('radio', { name: 'ดำเนินการแล้ว' }).check()
    await page.getByLabel(/^วันที่แล้วเสร็จ/).fill(today)
    const photo = await sharp({ create: { width: 48, height: 32, channels: 3, background: { r: 40, g: 120, b: 200 } } })
      .png()
      .toBuffer()
    await page.getByLabel(/^ภาพประกอบ/).setInputFiles({ name: 'chairs.png', mimeType: 'image/png', buffer: photo })
    expect((await post(page, page.getByRole('button', { name: 'บันทึก', exact: true }))).status()).toBe(303)
    expect((await banner(page).innerText()).trim()).toBe('บันทึกการปรับปรุงแล้ว')
    const listed = page.getByRole('row').filter({ hasText: CHANGED })
    expect(
      await listed.locator('img').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(0)
    await laptop.look('action-recorded')

    // Its A4 poster: one page, with the change on it.
    const posterHref = await page
      .getByRole('link', { name: `โปสเตอร์ของ${FAMILY_POINT.name} (${FAMILY_POINT.code}) (PDF)` })
      .getAttribute('href')
    const pdf = await page.request.get(new URL(posterHref!, page.url()).toString())
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    const file = join(SCREENSHOT_DIR, '9a-you-said-we-did.pdf')
    writeFileSync(file, await pdf.body())
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m)
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(CHANGED)
    await laptop.done()

    // The next resident at that point reads the change on the thank-you page.
    const resident = await browsers.phone('9c-resident', { baseURL: server.baseURL })
    await resident.goto(`/s/${FAMILY_POINT.code}`)
    await resident.look('survey')
    await answerAll(resident.page)
    expect((await submit(resident.page)).status()).toBe(303)
    await expectHeading(resident.page, TH.thanksHeading)
    const thanks = await resident.page.locator('main').innerText()
    expect(thanks).toContain('คุณบอก เราทำ')
    expect(thanks).toContain(CHANGED)
    await resident.look('thanks')

    // The public page: the change, and the share kept out of all of the round's answers.
    await resident.goto('/o/4810102')
    await resident.look('public-results')
    const main = await resident.page.locator('main').innerText()
    const counted = decided.respondents + 1
    expect(main).toContain(`ผู้ตอบแบบประเมิน ${counted} คน`)
    expect(main).toContain(keptOutLine(keptOutPercent({ counted, keptOut: decided.flagged })!, 'th'))
    expect(main).toContain(CHANGED)
    await resident.done()
  })
})
