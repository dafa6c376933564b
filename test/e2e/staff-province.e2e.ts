/**
 * 6. A provincial officer of กระบี่ finds an LGU by name on the province page and opens it:
 * with JavaScript on the list follows the typing in place (htmx) and the address keeps the
 * search; with JavaScript off the same form is sent as a plain GET. Nothing is changed here.
 * Then (6c) the officer opens the organisation's results from its page, and the province's
 * results with one row per LGU.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Phone } from './support/phone.js'
import { DEMO, STAFF, expectH1, follow, path, signIn, useStaffBrowsers, withoutReload } from './support/staff.js'

const browsers = useStaffBrowsers()

const PROVINCE_PAGE = '/staff/provinces/81'
const SEARCH = 'คลองท่อมใต้'
const FOUND = { dlaCode: '5810401', name: 'เทศบาลตำบลคลองท่อมใต้' }
/** The demo's other two LGUs of กระบี่; a search for คลองท่อมใต้ leaves both out. */
const OTHERS = ['4810102', '6810403']

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'ชื่อหรือรหัส อปท.' })
const listed = (page: Page) =>
  page.locator('#lgu-results tr[data-lgu]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lgu')))

async function provincePageWithAll(laptop: Phone) {
  const { page } = laptop
  await signIn(laptop, DEMO.krabi, new RegExp(`^${PROVINCE_PAGE}$`))
  await expectH1(page, 'อปท. ในจังหวัดกระบี่')
  expect((await listed(page)).sort()).toEqual([FOUND.dlaCode, ...OTHERS].sort())
  await laptop.look('province')
}

/** From the one row found, to the organisation's page, and the way back is offered. */
async function openFound(laptop: Phone) {
  const { page } = laptop
  await follow(page, page.locator(`#lgu-results tr[data-lgu="${FOUND.dlaCode}"]`).getByRole('link', { name: FOUND.name }))
  expect(path(page)).toMatch(/^\/staff\/organisations\/\d+$/)
  await expectH1(page, FOUND.name)
  expect(await page.getByRole('link', { name: 'กลับไปที่ อปท. ในจังหวัดกระบี่' }).getAttribute('href')).toBe(PROVINCE_PAGE)
  expect(await page.locator('#collection tr[data-point="KRB2001"]').count(), 'its service point is listed').toBe(1)
  await laptop.look('organisation')
}

describe('6. a provincial officer finds an LGU by name', () => {
  it('with JavaScript on: the list updates in place as they type, and the address keeps the search', async () => {
    const laptop = await browsers.laptop('6a-province-search-js-on')
    const { page } = laptop
    await provincePageWithAll(laptop)

    await withoutReload(page, async () => {
      await searchBox(page).pressSequentially(SEARCH)
      await page.waitForURL((url) => url.pathname === PROVINCE_PAGE && url.searchParams.get('q') === SEARCH)
      await expect.poll(() => listed(page), { timeout: 10_000 }).toEqual([FOUND.dlaCode])
    })
    expect(await searchBox(page).inputValue(), 'what was typed stays in the box').toBe(SEARCH)
    expect(await page.locator('#lgu-results').innerText()).toContain(FOUND.name)
    await laptop.look('found-in-place')

    await openFound(laptop)
    await laptop.done()
  })

  it('with JavaScript off: the search form is sent and the page comes back with the match', async () => {
    const laptop = await browsers.laptop('6b-province-search-js-off', { javaScript: false })
    const { page } = laptop
    await provincePageWithAll(laptop)

    await searchBox(page).fill(SEARCH)
    await follow(page, page.getByRole('button', { name: STAFF.search }))
    expect(path(page)).toBe(PROVINCE_PAGE)
    expect(new URL(page.url()).searchParams.get('q')).toBe(SEARCH)
    expect(await listed(page)).toEqual([FOUND.dlaCode])
    expect(await searchBox(page).inputValue()).toBe(SEARCH)
    await laptop.look('found')

    await openFound(laptop)
    await laptop.done()
  })
})

/** A percentage as the results pages show it: two decimals. */
const PERCENT = /^\d{1,3}\.\d{2}$/

describe('6. a provincial officer opens the results', () => {
  it("of the LGU found by name, then the province's results with its LGU table", async () => {
    const laptop = await browsers.laptop('6c-province-results')
    const { page } = laptop
    await signIn(laptop, DEMO.krabi, new RegExp(`^${PROVINCE_PAGE}$`))
    await laptop.look('province')
    // JavaScript on: the list follows the typing in place (as in 6a), no new page.
    await searchBox(page).pressSequentially(SEARCH)
    await expect.poll(() => listed(page), { timeout: 10_000 }).toEqual([FOUND.dlaCode])
    await laptop.look('found')
    await openFound(laptop)

    await follow(page, page.locator('main').getByRole('link', { name: 'ผลการประเมินความพึงพอใจ', exact: true }))
    expect(path(page)).toMatch(/^\/staff\/organisations\/\d+\/results$/)
    await expectH1(page, `ผลการประเมินความพึงพอใจ ${FOUND.name}`)
    const overall = page.locator('#overall')
    expect(await overall.locator('[data-figure=respondents]').innerText()).toMatch(/ผู้ตอบ [\d,]+ คน/)
    const percent = (await overall.locator('#overall-pooled tr[data-figure=percent] td').innerText()).trim()
    expect(percent, 'the overall satisfaction percentage, two decimals').toMatch(PERCENT)
    expect(
      await page.locator('main svg[role=img]').count(),
      'the charts, as SVG images (axe checks their names)',
    ).toBeGreaterThan(0)
    await laptop.look('organisation-results')

    await laptop.goto(`${PROVINCE_PAGE}/results`)
    await expectH1(page, 'ผลการประเมินความพึงพอใจ อปท. ในจังหวัดกระบี่')
    const table = page.locator('table[data-table=lgus]')
    expect(
      await table.locator('tbody tr[data-lgu]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-lgu')).sort()),
    ).toEqual([FOUND.dlaCode, ...OTHERS].sort())
    const row = table.locator(`tr[data-lgu="${FOUND.dlaCode}"]`)
    expect(await row.getByRole('link', { name: FOUND.name }).count()).toBe(1)
    expect(await row.innerText()).toMatch(/\b\d{1,3}\.\d{2}\b/)
    expect((await page.locator('[data-rollup=province] [data-fig=percent]').innerText()).trim()).toMatch(PERCENT)
    await laptop.look('province-results')
    await laptop.done()
  })
})
