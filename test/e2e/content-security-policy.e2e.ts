/**
 * The other journeys run in contexts with `bypassCSP: true`, only so axe can be injected as a
 * script tag. This one keeps the app's strict Content-Security-Policy enforced, as on a resident's
 * phone, and shows the pages need nothing it refuses: the stylesheet applies, survey.js runs
 * (it focuses the error summary), no violation is reported, and the answer is stored.
 * axe is evaluated through DevTools here, which the page's CSP does not govern.
 */
import { describe, expect, it } from 'vitest'
import { usePhones } from './support/phone.js'
import { TH, answerAll, expectHeading, submit, submitButton } from './support/survey.js'

const phones = usePhones()

describe('the pages under the enforced Content-Security-Policy', () => {
  it('work as in the other journeys: styles, script and a stored answer', async () => {
    const phone = await phones.open('6-csp-enforced', { bypassCSP: false })
    const { page } = phone

    await phone.goto('/s/KRB1002')
    await expectHeading(page, TH.surveyHeading)
    // The policy really is enforced in this context: an inline script is refused.
    const refusal = page.waitForEvent('console', (m) => /Content Security Policy/.test(m.text()))
    await expect(page.addScriptTag({ content: 'window.__inline = 1' })).rejects.toThrow(/Content Security Policy/)
    phone.forgive(`CSP violation on ${page.url()}: ${(await refusal).text()}`) // ours, not the app's
    const green = await submitButton(page).evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor)
    expect(green, 'site.css applies').toBe('rgb(0, 112, 60)')
    await phone.look('survey')

    const empty = await submit(page)
    expect(empty.status()).toBe(422)
    const summary = page.getByRole('alert')
    await summary.waitFor()
    expect(await summary.evaluate((el) => el === el.ownerDocument.activeElement), 'survey.js ran and focused the summary').toBe(
      true,
    )
    await phone.look('error-summary')

    await answerAll(page)
    const sent = await submit(page)
    expect(sent.status()).toBe(303)
    await expectHeading(page, TH.thanksHeading)
    await phone.look('thank-you')
    await phone.done()
  })
})
