/** 5. The pages around the survey: the front door, an unknown code, a closed service point. */
import { describe, expect, it } from 'vitest'
import { usePhones } from './support/phone.js'
import { TH, expectHeading } from './support/survey.js'

const phones = usePhones()

const SITE_NAME = 'ระบบประเมินความพึงพอใจการให้บริการขององค์กรปกครองส่วนท้องถิ่น'

describe('5. pages that are not the survey', () => {
  it.each([
    { name: 'home', path: '/', status: 200, heading: SITE_NAME },
    { name: 'unknown-code', path: '/s/XYZ2345', status: 404, heading: 'ไม่พบแบบประเมินนี้' },
    { name: 'inactive-point', path: '/s/CNX1009', status: 410, heading: 'จุดให้บริการนี้ปิดรับแบบประเมินแล้ว' },
    { name: 'unknown-page', path: '/no-such-page', status: 404, heading: 'ไม่พบหน้านี้' },
  ])('$name ($path) says so in Thai', async ({ name, path, status, heading }) => {
    const phone = await phones.open(`5-${name}`)
    const response = await phone.goto(path)
    expect(response?.status()).toBe(status)
    await expectHeading(phone.page, heading)
    await phone.look(name)
    await phone.done()
  })

  it('the front door takes a code typed the forgiving way and opens its survey', async () => {
    const phone = await phones.open('5-home-typed-code')
    const { page } = phone
    await phone.goto('/')
    await phone.look('home')
    await page.getByRole('textbox', { name: 'รหัสจุดให้บริการ' }).fill('krb-1oo1')
    await page.getByRole('button', { name: 'ไปที่แบบประเมิน' }).click()
    await page.waitForURL((url) => url.pathname === '/s/KRB1001')
    await expectHeading(page, TH.surveyHeading)
    await phone.look('survey')
    await phone.done()
  })
})
