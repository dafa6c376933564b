/**
 * 8. A national round in one afternoon, on a fresh database with no demo (`DEMO=off`, a server
 * of this file's own): the first DLA account from the command line; DLA uploads a slice of the
 * registry, opens a national round with default points and makes the account of กระบี่'s
 * provincial officer, who onboards the province; one LGU officer activates from the QR code read
 * out of the letters PDF, sets a password and prints the poster; a resident answers on a phone;
 * the provincial officer sees the LGU move from "not collecting" to "collecting"; DLA closes and
 * finalises the round; the public page shows the figures as final.
 *
 * Staff laptops run with JavaScript off (every staff form works as plain HTML); the LGU
 * officer's laptop and the resident's phone run with it on.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeQr, renderPdfPages } from '../posters/pdf-image.js'
import { REPO_ROOT } from './support/paths.js'
import type { Phone } from './support/phone.js'
import { startServer, type RunningServer } from './support/server.js'
import { banner, expectH1, follow, path, post, qrIn, signIn, useStaffBrowsers } from './support/staff.js'
import { TH, answerAll, expectHeading, submit } from './support/survey.js'

const REGISTRY = '/work/shared/data/dla-lgu-registry.csv'
const REGISTRY_FILE = existsSync(REGISTRY) ? REGISTRY : `${REPO_ROOT}/../shared/data/dla-lgu-registry.csv`

/** The header, กระบี่'s first ten organisations and ลำพูน's first five. */
function registrySlice(): string {
  const [header, ...rows] = readFileSync(REGISTRY_FILE, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
  const from = (province: string, n: number) => rows.filter((row) => row.startsWith(`${province},`)).slice(0, n)
  return `${[header, ...from('กระบี่', 10), ...from('ลำพูน', 5)].join('\n')}\n`
}

/** A `datetime-local` value in Thailand time (UTC+7, no daylight saving), `hours` from now. */
const bangkokLocal = (hours: number) => new Date(Date.now() + (hours + 7) * 3600_000).toISOString().slice(0, 16)

const browsers = useStaffBrowsers()
let server: RunningServer

beforeAll(async () => {
  // One response is enough for the public page to show its figures.
  server = await startServer({ DEMO: 'off', MIN_FILL_SECONDS: '0', RESULTS_MIN_RESPONSES: '1' })
})
afterAll(async () => {
  await server?.stop()
})

/** `npm run user:create`, as the README's first steps say, against the server's database; returns the password it printed. */
function createFirstDlaAccount(username: string): string {
  const output = execFileSync(
    'npm',
    ['run', '-s', 'user:create', '--', '--role', 'dla', '--username', username, '--name', 'สมศรี ใจดี'],
    {
      cwd: REPO_ROOT,
      env: server.env,
      encoding: 'utf8',
    },
  )
  expect(output).toContain(`Created dla account "${username}".`)
  const password = /Password \(shown once\): (\S+)/.exec(output)?.[1]
  if (!password) throw new Error(`no password in the output of user:create:\n${output}`)
  return password
}

/** The first sign-in with a password someone else saw: the owner must choose their own. */
async function firstSignIn(laptop: Phone, username: string, shown: string, chosen: string) {
  const { page } = laptop
  await signIn(laptop, username, /^\/staff\/password$/, shown)
  await expectH1(page, 'เปลี่ยนรหัสผ่าน')
  await laptop.look('must-change-password')
  await page.getByLabel('รหัสผ่านปัจจุบัน', { exact: true }).fill(shown)
  await page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill(chosen)
  await page.getByLabel('ยืนยันรหัสผ่านใหม่', { exact: true }).fill(chosen)
  const changed = await post(page, page.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }))
  expect(changed.status(), `${username} chose a password`).toBe(200)
  expect((await banner(page).innerText()).trim()).toBe('เปลี่ยนรหัสผ่านแล้ว')
  await laptop.look('password-chosen')
}

/** The rows of the province's LGU list shown with `status` as the follow-up filter (a plain GET form). */
async function followUpList(laptop: Phone, status: string, step: string) {
  const { page } = laptop
  await laptop.goto('/staff/provinces/81')
  await laptop.look(`${step}-list`)
  await page.getByRole('combobox', { name: 'ติดตาม' }).selectOption(status)
  await follow(page, page.getByRole('button', { name: 'ค้นหา' }))
  expect(new URL(page.url()).searchParams.get('status')).toBe(status)
  await laptop.look(step)
  return page.locator('#lgu-results tbody tr')
}

async function download(page: Page, linkName: string): Promise<Buffer> {
  const href = await page.getByRole('link', { name: linkName }).getAttribute('href')
  if (!href) throw new Error(`no link "${linkName}" on ${page.url()}`)
  const res = await page.request.get(new URL(href, page.url()).toString())
  expect(res.status(), `${href} downloads`).toBe(200)
  return res.body()
}

describe.skipIf(!existsSync(REGISTRY_FILE))('8. a national round on a fresh system', () => {
  it('from the first DLA account to final figures on the public page', async () => {
    const dla = await browsers.laptop('8a-dla', { baseURL: server.baseURL, javaScript: false })
    const dlaPage = dla.page

    // The first DLA account, from the command line; its printed password is changed at first sign-in.
    const dlaPassword = createFirstDlaAccount('somsri')
    await firstSignIn(dla, 'somsri', dlaPassword, 'สมศรี-รหัสผ่าน-ใหม่')

    // The registry: uploaded, checked, imported.
    await dla.goto('/staff/registry')
    await expectH1(dlaPage, 'ทะเบียน อปท.')
    await dla.look('registry')
    await dlaPage
      .getByLabel('ไฟล์ทะเบียน อปท. (CSV)')
      .setInputFiles({ name: 'registry-slice.csv', mimeType: 'text/csv', buffer: Buffer.from(registrySlice()) })
    const uploaded = await post(dlaPage, dlaPage.getByRole('button', { name: 'อัปโหลดและตรวจสอบ' }))
    expect(uploaded.status()).toBe(303)
    expect(path(dlaPage)).toMatch(/^\/staff\/registry\/uploads\/\d+$/)
    await expectH1(dlaPage, 'ตรวจสอบก่อนนำเข้า: registry-slice.csv')
    await dla.look('registry-preview')
    expect((await post(dlaPage, dlaPage.getByRole('button', { name: 'ยืนยันนำเข้า' }))).status()).toBe(303)
    await dla.look('registry-imported')

    // A national round, open from an hour ago, with a default point for every organisation.
    await dla.goto('/staff/rounds/new')
    await expectH1(dlaPage, 'สร้างรอบการประเมิน')
    await dlaPage.getByRole('textbox', { name: 'ชื่อรอบ (ภาษาไทย)' }).fill('ปีงบประมาณ 2570 (ทดสอบ)')
    await dlaPage.getByRole('textbox', { name: 'ชื่อรอบ (ภาษาอังกฤษ)' }).fill('Fiscal year 2570 (test)')
    await dlaPage.getByLabel('เปิดรับคำตอบ', { exact: true }).fill(bangkokLocal(-1))
    await dlaPage.getByLabel('ปิดรับคำตอบ', { exact: true }).fill(bangkokLocal(30 * 24))
    expect(await dlaPage.getByRole('radio', { name: 'ทุก อปท. ทั่วประเทศ' }).isChecked(), 'the whole country').toBe(true)
    expect(await dlaPage.getByRole('checkbox', { name: 'ให้ อปท. ที่ยังไม่มีจุดบริการ ได้จุดบริการเริ่มต้น' }).isChecked()).toBe(true)
    await dla.look('new-round-filled')
    const reviewed = await post(dlaPage, dlaPage.getByRole('button', { name: 'สร้างรอบการประเมิน' }))
    expect(reviewed.status(), 'the summary before the round opens').toBe(200)
    await expectH1(dlaPage, 'ตรวจสอบก่อนสร้างรอบการประเมิน')
    const summary = await dlaPage.locator('main table').innerText()
    expect(summary).toMatch(/อปท\. ที่จะได้จุดบริการเริ่มต้น[^\n]*\s+15/)
    await dla.look('new-round-summary')
    const created = await post(dlaPage, dlaPage.getByRole('button', { name: 'สร้างรอบการประเมิน' }))
    expect(created.status()).toBe(303)
    const roundPath = path(dlaPage)
    expect(roundPath).toMatch(/^\/staff\/rounds\/\d+$/)
    await dla.look('round-open')

    // The provincial officer's account, its password shown once on screen.
    await dla.goto('/staff/users/new')
    await dlaPage.getByRole('textbox', { name: 'ชื่อผู้ใช้' }).fill('krabi-province')
    await dlaPage.getByRole('textbox', { name: 'ชื่อที่แสดง' }).fill('สถจ. กระบี่')
    await dlaPage.getByRole('radio', { name: 'เจ้าหน้าที่ สถจ.' }).check()
    await dlaPage.getByRole('combobox', { name: 'จังหวัด (สำหรับเจ้าหน้าที่ สถจ.)' }).selectOption('81')
    await dla.look('new-province-account')
    expect((await post(dlaPage, dlaPage.getByRole('button', { name: 'สร้างบัญชีผู้ใช้' }))).status()).toBe(303)
    const provincePassword = (await dlaPage.locator('code.one-time-password').innerText()).trim()
    await dla.look('province-account-created')

    // The provincial officer onboards กระบี่: an account and a letter for each of its ten LGUs.
    const province = await browsers.laptop('8b-province', { baseURL: server.baseURL, javaScript: false })
    const provincePage = province.page
    await firstSignIn(province, 'krabi-province', provincePassword, 'กระบี่-รหัสผ่าน-ใหม่')
    await province.goto('/staff/onboarding')
    await expectH1(provincePage, 'เปิดบัญชีด้วยหนังสือแจ้ง')
    await province.look('onboarding')
    expect((await post(provincePage, provincePage.getByRole('button', { name: 'สร้างบัญชีและหนังสือแจ้ง' }))).status()).toBe(303)
    expect(path(provincePage)).toBe('/staff/onboarding/letters')
    expect((await banner(provincePage).innerText()).trim()).toBe('สร้างบัญชีใหม่ 10 บัญชี')
    await province.look('letters-ready')

    // The first letter: its QR code, read off the printed page, is the first CSV row's link.
    const pdf = await download(provincePage, 'หนังสือแจ้ง (PDF หน้าละหนึ่งฉบับ เรียงตามอำเภอ)')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const link = decodeQr(renderPdfPages(pdf, 1)[0]!)?.data
    const csv = (await download(provincePage, 'ข้อมูลสำหรับจดหมายเวียน (CSV)')).toString('utf8').replace(/^\uFEFF/, '')
    const [header, first] = csv.split('\r\n').map((line) => line.split(','))
    const column = (name: string) => first![header!.indexOf(name)]!
    expect(link, 'the QR code of the first page').toBe(column('activation_link'))
    const dlaCode = column('dla_code')
    const lguName = column('addressee')
    expect(link).toMatch(new RegExp(`^${server.baseURL}/staff/activate\\?code=[0-9A-Z]+$`))

    // Not collecting yet: no answers, and no activated officer.
    let rows = await followUpList(province, 'collecting', 'not-collecting')
    expect(await rows.filter({ hasText: dlaCode }).count(), `${dlaCode} is not collecting yet`).toBe(0)
    rows = await followUpList(province, 'no-officer', 'no-officer')
    expect(await rows.filter({ hasText: dlaCode }).count(), `${dlaCode} has no activated officer yet`).toBe(1)

    // The LGU officer opens the link on the letter, chooses a password and prints the poster.
    const lgu = await browsers.laptop('8c-lgu', { baseURL: server.baseURL })
    const lguPage = lgu.page
    await lgu.goto(new URL(link!).pathname + new URL(link!).search)
    await expectH1(lguPage, 'เปิดใช้งานบัญชี')
    await lgu.look('activate')
    await lguPage.getByLabel('รหัสผ่านใหม่', { exact: true }).fill('อปท-รหัสผ่าน-ของฉัน')
    await lguPage.getByLabel('ยืนยันรหัสผ่านใหม่', { exact: true }).fill('อปท-รหัสผ่าน-ของฉัน')
    expect((await post(lguPage, lguPage.getByRole('button', { name: 'เปิดใช้งานและเข้าสู่ระบบ' }))).status()).toBe(303)
    expect(path(lguPage)).toMatch(/^\/staff\/organisations\/\d+$/)
    await expectH1(lguPage, lguName)
    await lgu.look('organisation')
    await follow(lguPage, lguPage.getByRole('link', { name: 'โปสเตอร์ สำนักงาน อปท. – ทุกบริการ' }))
    expect(path(lguPage)).toMatch(/^\/staff\/service-points\/\d+\/poster$/)
    const surveyUrl = await qrIn(lguPage.locator('.poster__qr'))
    expect(surveyUrl).toMatch(new RegExp(`^${server.baseURL}/s/[0-9A-Z]{7}$`))
    await lgu.look('poster')
    await lgu.done()

    // A resident scans the poster and answers on a phone.
    const phone = await browsers.phone('8d-resident', { baseURL: server.baseURL })
    await phone.goto(new URL(surveyUrl!).pathname)
    await expectHeading(phone.page, TH.surveyHeading)
    await phone.look('survey')
    await answerAll(phone.page)
    expect((await submit(phone.page)).status()).toBe(303)
    await expectHeading(phone.page, TH.thanksHeading)
    await phone.look('thanks')

    // The provincial officer now finds the LGU collecting, with its officer activated.
    rows = await followUpList(province, 'collecting', 'collecting')
    const row = rows.filter({ hasText: dlaCode })
    expect(await row.count(), `${dlaCode} is collecting`).toBe(1)
    expect((await row.locator('[data-col=responses]').innerText()).trim()).toBe('1')
    expect((await row.locator('[data-col=officer]').innerText()).trim()).toBe('เปิดใช้บัญชีแล้ว')
    await province.done()

    // DLA closes the round and finalises it.
    await dla.goto(roundPath)
    await dla.look('round-to-close')
    expect((await post(dlaPage, dlaPage.getByRole('button', { name: 'ปิดรับคำตอบทันที' }))).status()).toBe(303)
    expect((await banner(dlaPage).innerText()).trim()).toBe('ปิดรับคำตอบแล้ว')
    await dla.look('round-closed')
    await follow(dlaPage, dlaPage.getByRole('link', { name: 'ประกาศผลสุดท้าย' }))
    await expectH1(dlaPage, 'ประกาศผลสุดท้ายของรอบ “ปีงบประมาณ 2570 (ทดสอบ)”')
    expect(await dlaPage.locator('main').innerText()).toContain('(1 คำตอบ)')
    await dla.look('finalise')
    expect((await post(dlaPage, dlaPage.getByRole('button', { name: 'ยืนยันประกาศผลสุดท้าย' }))).status()).toBe(303)
    await dla.look('round-final')
    await dla.done()

    // The public page shows the figures as final.
    await phone.goto(`/o/${dlaCode}`)
    await phone.look('public-final')
    const main = await phone.page.locator('main').innerText()
    expect(main).toContain('ผลสุดท้าย: กรมส่งเสริมการปกครองท้องถิ่นประกาศผลของรอบนี้แล้ว ตัวเลขจะไม่เปลี่ยนอีก')
    expect(main).toContain('ผู้ตอบแบบประเมิน 1 คน')
    await phone.done()
    // Five people and some thirty pages, each checked by axe: longer than a single journey's two minutes.
  }, 300_000)
})
