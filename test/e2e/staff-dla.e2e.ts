/**
 * 7. A DLA officer at their laptop: creates a survey round for one province, finds it in the
 * list, opens and closes it; previews a published questionnaire in Thai and English; filters
 * the audit log; the account pages (users, change password) pass the same checks; and (7e) on
 * the Downloads page chooses the round and the whole country and downloads the national XLSX,
 * then opens the national results.
 *
 * The round made here takes in ลำพูน only, a province with no demo organisation: the demo's
 * round takes in every organisation for the whole fiscal year, and two rounds may not take
 * answers from one organisation at once. It is closed before the test ends, also when the test
 * fails half-way.
 */
import type { Page } from 'playwright-core'
import { readSheet } from 'read-excel-file/node'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  DEMO,
  STAFF,
  banner,
  csrfToken,
  expectH1,
  follow,
  h1,
  path,
  post,
  signIn,
  useStaffBrowsers,
  withoutReload,
} from './support/staff.js'
import { EN, TH, documentLang } from './support/survey.js'

const browsers = useStaffBrowsers()

const NATIONAL_PAGE = /^\/staff\/national$/
const ROUND_PAGE = /^\/staff\/rounds\/(\d+)$/
const QUESTIONNAIRE = 'thai-lgu-standard'

/** A `datetime-local` value in Thailand time (UTC+7, no daylight saving), `hours` from now. */
function bangkokLocal(hours: number): string {
  return new Date(Date.now() + (hours + 7) * 3600_000).toISOString().slice(0, 16)
}

/** The value of the option whose words start with `prefix`. */
async function optionStartingWith(page: Page, select: string, prefix: string): Promise<string> {
  const options = await page
    .locator(`${select} option`)
    .evaluateAll((all) => all.map((o) => ({ value: o.getAttribute('value') ?? '', text: o.textContent ?? '' })))
  const found = options.find((o) => o.text.trim().startsWith(prefix))
  if (!found) throw new Error(`no option starting with "${prefix}" in ${select}: ${options.map((o) => o.text).join(' | ')}`)
  return found.value
}

/** The round page's first table: label → shown value. */
async function roundFacts(page: Page): Promise<Record<string, string>> {
  const rows = await page
    .locator('main table')
    .first()
    .locator('tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')?.textContent?.trim() ?? '',
        (tr.querySelector('td') as { innerText?: string } | null)?.innerText?.trim() ?? '',
      ]),
    )
  return Object.fromEntries(rows)
}

describe('7. a DLA officer', () => {
  it('creates a round for ลำพูน only, sees it in the list, opens it and closes it', async () => {
    const laptop = await browsers.laptop('7a-dla-round')
    const { page } = laptop
    const nameTh = 'รอบทดสอบ e2e เฉพาะลำพูน'
    const nameEn = 'E2E test round, Lamphun only'
    let roundId: string | undefined
    let closed = false

    try {
      await signIn(laptop, DEMO.dla, NATIONAL_PAGE)
      await expectH1(page, 'ภาพรวมทั้งประเทศ')
      await laptop.look('national')

      await follow(page, page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'รอบการประเมิน' }))
      expect(path(page)).toBe('/staff/rounds')
      await expectH1(page, 'รอบการประเมิน')
      await laptop.look('rounds')

      await follow(page, page.getByRole('link', { name: 'สร้างรอบการประเมิน' }))
      expect(path(page)).toBe('/staff/rounds/new')
      await expectH1(page, 'สร้างรอบการประเมิน')
      await laptop.look('new-round-form')

      await page.getByRole('textbox', { name: 'ชื่อรอบ (ภาษาไทย)' }).fill(nameTh)
      await page.getByRole('textbox', { name: 'ชื่อรอบ (ภาษาอังกฤษ)' }).fill(nameEn)
      const questionnaire = page.getByRole('combobox', { name: 'แบบประเมิน (ฉบับที่เผยแพร่แล้ว)' })
      await questionnaire.selectOption(await optionStartingWith(page, '#questionnaireId', `${QUESTIONNAIRE} ฉบับที่`))
      // Opened an hour ago, so that "close now" is offered; closes in a month.
      await page.getByLabel('เปิดรับคำตอบ', { exact: true }).fill(bangkokLocal(-1))
      await page.getByLabel('ปิดรับคำตอบ', { exact: true }).fill(bangkokLocal(30 * 24))
      await page.getByRole('group', { name: 'อปท. ที่ร่วมประเมิน' }).getByText('เฉพาะ อปท. ในจังหวัดที่เลือก', { exact: true }).click()
      expect(await page.getByRole('radio', { name: 'เฉพาะ อปท. ในจังหวัดที่เลือก' }).isChecked()).toBe(true)
      // The province list is folded away until asked for.
      await page.getByText('เลือกจังหวัด (เลือกแล้ว 0 จังหวัด)').click()
      const provinces = page.getByRole('group', { name: 'จังหวัด', exact: true })
      await provinces.getByText('ลำพูน', { exact: true }).click()
      expect(await provinces.getByRole('checkbox', { checked: true }).count(), 'one province chosen').toBe(1)
      expect(await provinces.getByRole('checkbox', { name: 'ลำพูน', exact: true }).isChecked()).toBe(true)
      await laptop.look('new-round-filled')

      const created = await post(page, page.getByRole('button', { name: 'สร้างรอบการประเมิน' }))
      expect(created.status(), 'the round is saved and the browser sent to it (303)').toBe(303)
      roundId = ROUND_PAGE.exec(path(page))?.[1]
      expect(roundId, `the new round's page, not ${page.url()}`).toBeDefined()
      expect((await banner(page).innerText()).trim()).toBe('สร้างรอบการประเมินแล้ว')
      await expectH1(page, nameTh)
      await laptop.look('round-created')

      await follow(page, page.getByRole('link', { name: 'กลับไปรายการรอบการประเมิน' }))
      expect(path(page)).toBe('/staff/rounds')
      const row = page.locator('#rounds tbody tr').filter({ has: page.getByRole('link', { name: nameTh, exact: true }) })
      expect(await row.count(), 'the new round is listed once').toBe(1)
      const cells = (await row.locator('td').allInnerTexts()).map((text) => text.trim())
      expect(cells[1]).toMatch(new RegExp(`^${QUESTIONNAIRE} ฉบับที่ \\d+$`))
      expect(cells[3], 'scope').toBe('1 จังหวัด')
      expect(cells[4], 'status').toBe('เปิดรับอยู่')
      await laptop.look('round-listed')

      await follow(page, row.getByRole('link', { name: nameTh, exact: true }))
      expect(path(page)).toBe(`/staff/rounds/${roundId}`)
      await expectH1(page, nameTh)
      const facts = await roundFacts(page)
      expect(facts['สถานะ']).toBe('เปิดรับอยู่')
      expect(facts['ชื่อรอบ (ภาษาอังกฤษ)']).toBe(nameEn)
      expect(facts['อปท. ที่ร่วมประเมิน']?.split('\n').map((line) => line.trim())).toEqual(['1 จังหวัด', 'ลำพูน'])
      await laptop.look('round-open')

      const closing = await post(page, page.getByRole('button', { name: 'ปิดรับคำตอบทันที' }))
      expect(closing.status()).toBe(303)
      closed = true
      expect(path(page)).toBe(`/staff/rounds/${roundId}`)
      expect(new URL(page.url()).searchParams.get('done')).toBe('closed')
      expect((await banner(page).innerText()).trim()).toBe('ปิดรับคำตอบแล้ว')
      expect((await roundFacts(page))['สถานะ']).toBe('ปิดแล้ว')
      expect(await page.getByRole('button', { name: 'ปิดรับคำตอบทันที' }).count(), 'a closed round cannot be closed again').toBe(0)
      await laptop.look('round-closed')
      await laptop.done()
    } finally {
      // Never leave an open round behind for the journeys that follow.
      if (roundId && !closed && !laptop.closed) {
        const token = await csrfToken(page).catch(() => '')
        await page.request
          .post(laptop.url(`/staff/rounds/${roundId}/close`), { form: { _csrf: token }, maxRedirects: 0 })
          .catch(() => undefined)
      }
    }
  })

  it('previews a published questionnaire as residents see it, in Thai and in English', async () => {
    const laptop = await browsers.laptop('7b-dla-questionnaire-preview')
    const { page } = laptop
    await signIn(laptop, DEMO.dla, NATIONAL_PAGE)
    await laptop.look('national')

    await follow(page, page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'แบบประเมิน' }))
    expect(path(page)).toBe('/staff/questionnaires')
    await expectH1(page, 'แบบประเมิน')
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: QUESTIONNAIRE, exact: true }) })
      .first()
    await laptop.look('questionnaires')

    await follow(page, row.getByRole('link', { name: TH.surveyHeading }))
    expect(path(page)).toMatch(/^\/staff\/questionnaires\/\d+\/preview$/)
    const preview = page.locator('[data-staff-preview]')
    expect(await preview.innerText()).toContain('ตัวอย่างสำหรับเจ้าหน้าที่')
    expect(await preview.innerText()).toMatch(new RegExp(`เผยแพร่แล้วเป็น “${QUESTIONNAIRE}” ฉบับที่ \\d+`))
    await expectH1(page, TH.surveyHeading)
    expect(await documentLang(page)).toBe('th')
    expect(await page.getByRole('button', { name: TH.submit }).isDisabled(), 'a preview never sends').toBe(true)
    expect(
      await page.locator('form[data-survey-form]').getByRole('group').count(),
      'the questions, as residents get them',
    ).toBeGreaterThan(5)
    await laptop.look('preview-thai')

    await follow(page, preview.getByRole('link', { name: 'View in English' }))
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en')
    await expectH1(page, EN.surveyHeading)
    expect(await documentLang(page)).toBe('en')
    expect(await page.getByRole('button', { name: EN.submit }).isDisabled()).toBe(true)
    await laptop.look('preview-english')
    await laptop.done()
  })

  it('filters the audit log by action, in place', async () => {
    const laptop = await browsers.laptop('7c-dla-audit')
    const { page } = laptop
    await signIn(laptop, DEMO.dla, NATIONAL_PAGE)
    await laptop.look('national')

    await follow(page, page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'บันทึกการใช้งาน' }))
    expect(path(page)).toBe('/staff/audit')
    await expectH1(page, 'บันทึกการใช้งาน')
    await laptop.look('audit')

    const actions = () => page.locator('#audit-results tbody tr td:nth-child(3)').allInnerTexts()
    await withoutReload(page, async () => {
      await page.getByRole('combobox', { name: 'การกระทำ' }).selectOption({ label: 'เข้าสู่ระบบ' })
      await page.getByRole('button', { name: STAFF.search }).click()
      await page.waitForURL((url) => url.pathname === '/staff/audit' && url.searchParams.get('action') === 'sign_in')
      await expect.poll(async () => (await actions()).every((a) => a.trim() === 'เข้าสู่ระบบ'), { timeout: 10_000 }).toBe(true)
    })
    const shown = await actions()
    expect(shown.length, 'this officer’s own sign-in, at least').toBeGreaterThan(0)
    const actors = await page.locator('#audit-results tbody tr td:nth-child(2)').allInnerTexts()
    expect(actors.some((actor) => actor.includes(DEMO.dla))).toBe(true)
    expect(await page.getByRole('combobox', { name: 'การกระทำ' }).inputValue()).toBe('sign_in')
    expect(await h1(page).innerText()).toBe('บันทึกการใช้งาน')
    await laptop.look('audit-sign-ins')
    await laptop.done()
  })

  it('the users list and the change-password page (and its errors) pass the same checks', async () => {
    const laptop = await browsers.laptop('7d-dla-account-pages')
    const { page } = laptop
    await signIn(laptop, DEMO.dla, NATIONAL_PAGE)
    await laptop.look('national')

    await follow(page, page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'บัญชีผู้ใช้' }))
    expect(path(page)).toBe('/staff/users')
    await expectH1(page, 'บัญชีผู้ใช้')
    const users = await page.locator('main table').innerText()
    for (const username of Object.values(DEMO)) expect(users).toContain(username)
    await laptop.look('users')

    await follow(page, page.getByRole('link', { name: 'เปลี่ยนรหัสผ่าน' }))
    expect(path(page)).toBe('/staff/password')
    await expectH1(page, 'เปลี่ยนรหัสผ่าน')
    await laptop.look('password')

    // A wrong current password and a short new one: refused, nothing changed, both named.
    await page.getByLabel('รหัสผ่านปัจจุบัน', { exact: true }).fill('not-the-password')
    await page.getByLabel('รหัสผ่านใหม่', { exact: true }).fill('short')
    await page.getByLabel('ยืนยันรหัสผ่านใหม่', { exact: true }).fill('short')
    const refused = await post(page, page.getByRole('button', { name: 'เปลี่ยนรหัสผ่าน' }))
    expect(refused.status()).toBe(422)
    expect(await page.title()).toMatch(/^ข้อผิดพลาด: /)
    const summary = page.getByRole('alert')
    expect(await summary.innerText()).toContain('รหัสผ่านปัจจุบันไม่ถูกต้อง')
    await laptop.look('password-errors')
    await laptop.done()
  })
})

describe('7. a DLA officer downloads', () => {
  it('the national XLSX of a round from the Downloads page, and opens the national results', async () => {
    const laptop = await browsers.laptop('7e-dla-national-xlsx')
    const { page } = laptop
    await signIn(laptop, DEMO.dla, NATIONAL_PAGE)
    await laptop.look('national')

    await follow(page, page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ดาวน์โหลดข้อมูล' }))
    expect(path(page)).toBe('/staff/exports')
    await laptop.look('exports')

    const round = page.getByRole('combobox', { name: 'รอบการประเมิน' })
    const roundId = await optionStartingWith(page, '#round', 'ปีงบประมาณ')
    await round.selectOption(roundId)
    await page.getByRole('combobox', { name: 'ขอบเขต' }).selectOption('national')
    await follow(page, page.getByRole('button', { name: 'เลือก', exact: true }))
    expect(path(page)).toBe('/staff/exports')
    const chosen = new URL(page.url()).searchParams
    expect([chosen.get('round'), chosen.get('scope')]).toEqual([roundId, 'national'])
    const downloads = page.locator('section[aria-labelledby=downloads-title]')
    expect(await downloads.innerText()).toContain('ทั้งประเทศ')
    await laptop.look('exports-national')

    const xlsxLink = downloads.getByRole('link', { name: /Excel \(XLSX\)/ })
    expect(new URL((await xlsxLink.getAttribute('href')) ?? '', page.url()).pathname).toBe('/staff/exports/results.xlsx')
    const [download] = await Promise.all([page.waitForEvent('download'), xlsxLink.click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const file = await download.path()
    const bytes = await readFile(file)
    expect(bytes.subarray(0, 2).toString('latin1'), 'an XLSX is a zip file').toBe('PK')
    expect(bytes.length, 'the national file holds every LGU').toBeGreaterThan(5 * 1024)
    const rows = await readSheet(bytes)
    expect(String(rows[0]?.[0]), 'the first header: the DLA code column, in Thai').toMatch(/^รหัส อปท\./)
    const codes = rows.slice(1).map((row) => String(row[0]))
    for (const code of ['4810102', '5810401', '6810403']) expect(codes, `a row for ${code}`).toContain(code)
    expect(path(page), 'downloading leaves the page as it was').toBe('/staff/exports')

    await laptop.goto('/staff/national/results')
    expect(path(page)).toBe('/staff/national/results')
    await h1(page).waitFor()
    expect(await page.locator('main table').count(), 'the national results tables').toBeGreaterThan(0)
    expect(await page.locator('main').innerText()).toContain('กระบี่')
    await laptop.look('national-results')
    await laptop.done()
  })
})
