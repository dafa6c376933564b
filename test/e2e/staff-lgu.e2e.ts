/**
 * 5. An LGU officer at their laptop: signs in through the form, adds a service point, prints
 * its poster (HTML, PDF, A5), checks a resident's phone opens its survey, and signs out; and
 * makes a kiosk link for a tablet. Every point made here has its own name, in เทศบาลเมืองกระบี่.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { decodeQr, renderPdfPages } from '../posters/pdf-image.js'
import { SCREENSHOT_DIR } from './support/paths.js'
import type { Phone } from './support/phone.js'
import { DEMO, banner, expectH1, follow, path, post, qrIn, signIn, signOut, useStaffBrowsers } from './support/staff.js'
import { TH } from './support/survey.js'

const browsers = useStaffBrowsers()

const ORGANISATION = 'เทศบาลเมืองกระบี่'
const ORGANISATION_PAGE = /^\/staff\/organisations\/\d+$/

/** Adds a service point through the organisation page's form; returns its new code and survey link. */
async function addServicePoint(laptop: Phone, nameTh: string, services: string[]) {
  const { page } = laptop
  await follow(page, page.getByRole('link', { name: 'เพิ่มจุดให้บริการ', exact: true }))
  expect(path(page)).toMatch(/^\/staff\/organisations\/\d+\/service-points\/new$/)
  await expectH1(page, 'เพิ่มจุดให้บริการ')
  await laptop.look('new-point-form')

  await page.getByRole('textbox', { name: 'ชื่อจุดให้บริการ (ภาษาไทย)' }).fill(nameTh)
  // One service a line, typed as a person types them: Enter between the two.
  const servicesBox = page.getByRole('textbox', { name: 'บริการที่ให้ ณ จุดนี้ (ไม่บังคับ)' })
  await servicesBox.click()
  for (const [i, service] of services.entries()) {
    if (i > 0) await servicesBox.press('Enter')
    await servicesBox.pressSequentially(service)
  }
  expect(await servicesBox.inputValue()).toBe(services.join('\n'))
  await laptop.look('new-point-filled')

  const response = await post(page, page.getByRole('button', { name: 'เพิ่มจุดให้บริการ' }))
  expect(response.status(), 'the new point is saved and the browser sent back (303)').toBe(303)
  expect(path(page)).toMatch(ORGANISATION_PAGE)
  expect(new URL(page.url()).searchParams.get('done')).toBe('created')

  const notice = (await banner(page).innerText()).trim()
  const code = /รหัสแบบประเมินคือ ([0-9A-Z]{7})$/.exec(notice)?.[1]
  expect(notice, 'the banner names the point and its new code').toContain(`“${nameTh}”`)
  if (!code) throw new Error(`no new code in the banner: ${notice}`)
  const row = page.locator(`#collection tr[data-point="${code}"]`)
  expect(await row.count(), `the table lists ${code}`).toBe(1)
  const heading = (await row.getByRole('rowheader').innerText()).replace(/\s+/g, ' ')
  expect(heading).toContain(nameTh)
  expect(heading).toContain(`รหัส ${code}`)
  expect((await row.locator('.tag').innerText()).trim()).toBe('เปิดรับ')
  await laptop.look('point-added')
  // Found by its address, not its words: its accessible name is under review (see the report on label-in-name).
  const surveyHref = await row.locator('a[href^="/s/"]').getAttribute('href')
  return { code, row, surveyHref: surveyHref ?? '' }
}

/** Clicks "ดาวน์โหลด PDF", keeps the file next to the screenshots, and reads its first page's QR code. */
async function downloadPdf(page: Page, saveAs: string) {
  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).click()
  const download = await downloading
  const file = join(SCREENSHOT_DIR, saveAs)
  await download.saveAs(file)
  const bytes = readFileSync(file)
  const head = bytes.subarray(0, 5).toString('latin1')
  const [first] = head === '%PDF-' ? renderPdfPages(bytes) : []
  return { name: download.suggestedFilename(), head, size: bytes.length, qr: first && decodeQr(first)?.data }
}

describe('5. an LGU officer', () => {
  it('signs in, adds a service point with two services, prints its poster (HTML, PDF, A5), opens its survey on a phone, signs out', async () => {
    const laptop = await browsers.laptop('5a-lgu-service-point')
    const { page } = laptop
    const pointName = 'งานสวัสดิการสังคม'
    const services = ['ลงทะเบียนเบี้ยความพิการ', 'ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด']

    await signIn(laptop, DEMO.krabiTown, ORGANISATION_PAGE)
    await expectH1(page, ORGANISATION)
    await laptop.look('organisation')

    const { code, row, surveyHref } = await addServicePoint(laptop, pointName, services)
    expect(surveyHref).toBe(`/s/${code}`)

    // The poster: organisation, point, an SVG QR code, the code to type.
    await follow(page, row.getByRole('link', { name: `โปสเตอร์ ${pointName}` }))
    expect(path(page)).toMatch(/^\/staff\/service-points\/\d+\/poster$/)
    const pointId = /\/service-points\/(\d+)\//.exec(page.url())?.[1]
    expect((await page.locator('.poster__org').innerText()).trim()).toBe(ORGANISATION)
    expect((await page.locator('.poster__point').innerText()).trim()).toBe(`จุดให้บริการ: ${pointName}`)
    const surveyUrl = laptop.url(surveyHref)
    expect(await page.locator('.poster__qr svg').count(), 'one SVG QR code').toBe(1)
    expect(await qrIn(page.locator('.poster__qr')), 'the QR code on screen opens the new point’s survey').toBe(surveyUrl)
    expect(await page.locator('.poster__code').innerText()).toContain(code)
    await laptop.look('poster-a4')

    const a4 = await downloadPdf(page, '5a-lgu-service-point--poster-a4.pdf')
    expect(a4.name).toBe(`poster-${code}-a4.pdf`)
    expect(a4.head, 'the download is a PDF').toBe('%PDF-')
    expect(a4.size, 'a PDF with the Sarabun font and a QR code').toBeGreaterThan(10 * 1024)
    expect(a4.qr, 'the printed QR code opens the new point’s survey').toBe(surveyUrl)

    await follow(page, page.getByRole('link', { name: 'ขนาด A5 (ตั้งโต๊ะ)' }))
    expect(new URL(page.url()).searchParams.get('size')).toBe('a5')
    expect(await page.getByRole('link', { name: 'ดาวน์โหลด PDF' }).getAttribute('href')).toBe(
      `/staff/service-points/${pointId}/poster.pdf?size=a5`,
    )
    expect((await page.locator('.poster__point').innerText()).trim()).toBe(`จุดให้บริการ: ${pointName}`)
    await laptop.look('poster-a5')

    // A resident scans the poster: their phone opens the new point's survey.
    const phone = await browsers.phone('5b-new-point-survey')
    await phone.goto(surveyHref)
    await expectH1(phone.page, TH.surveyHeading)
    expect((await phone.page.locator('.survey-header__point').innerText()).trim()).toBe(`จุดให้บริการ: ${pointName}`)
    expect((await phone.page.locator('.survey-header__org').innerText()).trim()).toBe(ORGANISATION)
    for (const service of services)
      expect(await phone.page.getByRole('radio', { name: service, exact: true }).count(), service).toBe(1)
    await phone.look('survey')
    await phone.done()

    await follow(page, page.getByRole('link', { name: 'กลับ / Back' }))
    expect(path(page)).toMatch(ORGANISATION_PAGE)
    await laptop.look('organisation-again')

    await signOut(laptop)
    await laptop.look('signed-out')
    // Signed out means signed out: the organisation page asks to sign in again.
    await laptop.goto(`/staff/service-points/${pointId}/poster`)
    expect(path(page)).toBe('/staff/sign-in')
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/staff/service-points/${pointId}/poster`)
    await laptop.look('poster-needs-sign-in')
    await laptop.done()
  })

  it('makes a kiosk link for a tablet at a new service point; the link and its QR code are shown once', async () => {
    const laptop = await browsers.laptop('5c-lgu-kiosk')
    const { page } = laptop
    const pointName = 'งานกองช่าง – ขออนุญาตขุดดิน (คิออสก์)'
    const label = 'แท็บเล็ตเคาน์เตอร์กองช่าง'

    await signIn(laptop, DEMO.krabiTown, ORGANISATION_PAGE)
    await laptop.look('organisation')
    const { row } = await addServicePoint(laptop, pointName, ['ขออนุญาตขุดดินถมดิน'])

    await follow(page, row.getByRole('link', { name: `คิออสก์ ${pointName}` }))
    expect(path(page)).toMatch(/^\/staff\/service-points\/\d+\/kiosks$/)
    await expectH1(page, `เครื่องตอบแบบประเมิน (คิออสก์): ${pointName}`)
    expect(await page.getByRole('table').innerText()).toContain('ยังไม่มีเครื่อง')
    await laptop.look('kiosks-none')

    await page.getByRole('textbox', { name: 'ชื่อเครื่อง' }).fill(label)
    const response = await post(page, page.getByRole('button', { name: 'สร้างลิงก์สำหรับเครื่อง' }))
    expect(response.status(), 'the page with the new link is the POST’s own answer').toBe(200)
    const created = banner(page)
    expect(await created.getByRole('heading').innerText()).toBe(`สร้างลิงก์แล้ว: ${label}`)
    const link = (await created.locator('code.kiosk-link').first().innerText()).trim()
    expect(link).toMatch(new RegExp(`^${laptop.url('/k/').replace(/[.?]/g, '\\$&')}[A-Za-z0-9_-]{20,}$`))
    const qr = created.getByRole('img', { name: 'คิวอาร์โค้ดของลิงก์สำหรับแท็บเล็ต' })
    expect(await qr.locator('svg').count()).toBe(1)
    expect(await qrIn(qr), 'the tablet’s camera reads the same link').toBe(link)
    const listed = page.getByRole('row').filter({ hasText: label })
    expect(await listed.count()).toBe(1)
    expect(await listed.innerText()).toContain('ใช้งานอยู่')
    await laptop.look('kiosk-created')
    await laptop.done()
  })
})
