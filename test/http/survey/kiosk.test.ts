/**
 * A tablet in kiosk mode: the device link sets an HttpOnly cookie and opens
 * the Thai survey; its answers are stored as channel 'kiosk', never flagged as
 * repeats and not rate limited; the thank-you page returns to a fresh form.
 * Revoking the kiosk ends all of that at once.
 */
import { describe, expect, it } from 'vitest'
import type { Config } from '../../../src/config.js'
import { createKiosk, kioskRows, openKiosk, storedResponses } from '../../posters/arrange-kiosk.js'
import { arrangePosters, BASE_URL, type ArrangedPosters } from '../../posters/arrange-posters.js'
import { formBody, TEST_PASSWORD } from '../../helpers/staff.js'
import { answer, cookiesFrom, DEFAULT_NOW, validAnswers } from '../../helpers/survey-fixture.js'
import { throughEachTransport } from '../../helpers/transport.js'
import { readPage } from '../html.js'

/** DEFAULT_NOW is 10:00 on 10 June 2025 in Bangkok: the day in the repeat cookie. */
const TODAY = '20250610'
const REFRESH = /<meta\b[^>]*http-equiv="refresh"[^>]*>/

async function arrange(config: Partial<Config> = {}) {
  const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL, ...config })
  const kiosk = await createKiosk(s, s.points.main.id)
  const kioskCookie = await openKiosk(s, kiosk.token)
  const answers = {
    main: validAnswers(s.definition, s.points.main.services),
    single: validAnswers(s.definition, s.points.single.services),
  }
  return { ...s, kiosk, kioskCookie, answers }
}

const join = (...cookies: string[]) => cookies.filter(Boolean).join('; ')
const thanks = async (s: ArrangedPosters, code: string, cookie: string) =>
  (await s.app.request(`/s/${code}/thanks`, { headers: cookie ? { Cookie: cookie } : {} })).text()

throughEachTransport(() => {
  describe('opening the device link', () => {
    it('sets an HttpOnly kiosk cookie and sends the tablet to the Thai survey', async () => {
      const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
      const { token } = await createKiosk(s, s.points.main.id)
      const res = await s.app.request(`/k/${token}`)
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/s/KRB1001?lang=th')
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kiosk='))
      expect(cookie).toBeDefined()
      expect(cookie).toMatch(/;\s*HttpOnly/i)
      expect(cookie).toMatch(/;\s*Path=\//i)
    })

    it('marks the cookie Secure on an https deployment, as the staff session cookie is', async () => {
      const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
      const signIn = await s.app.request('/staff/sign-in', {
        method: 'POST',
        body: formBody({ username: 'dla', password: TEST_PASSWORD }),
      })
      expect(signIn.headers.getSetCookie().find((c) => c.startsWith('staff_session='))).toMatch(/;\s*Secure/i)
      const { token } = await createKiosk(s, s.points.main.id)
      const cookie = (await s.app.request(`/k/${token}`)).headers.getSetCookie().find((c) => c.startsWith('kiosk='))
      // The device secret lives 400 days and exempts answers from repeat flags and rate limits.
      expect(cookie).toMatch(/;\s*Secure/i)
    })

    it.each(['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'not-a-token', 'x'])(
      'answers 410 for an unknown token %s, setting no cookie',
      async (token) => {
        const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
        const res = await s.app.request(`/k/${token}`)
        expect(res.status).toBe(410)
        expect(res.headers.getSetCookie().filter((c) => c.startsWith('kiosk='))).toEqual([])
      },
    )
  })

  describe('answers from a kiosk', () => {
    it('are all stored unflagged as kiosk answers, while a browser repeat is flagged', async () => {
      const s = await arrange()
      const first = await answer(s.app, 'KRB1001', s.answers.main, { Cookie: s.kioskCookie })
      expect(first.status).toBe(303)
      // Even with a repeat cookie for today from before the tablet became a kiosk.
      const cookie = join(s.kioskCookie, cookiesFrom(first), `answered=KRB1001.${TODAY}`)
      expect((await answer(s.app, 'KRB1001', s.answers.main, { Cookie: cookie })).status).toBe(303)

      const browser = await answer(s.app, 'KRB1001', s.answers.main)
      await answer(s.app, 'KRB1001', s.answers.main, { Cookie: cookiesFrom(browser) })

      expect(storedResponses(s)).toEqual([
        { code: 'KRB1001', channel: 'kiosk', flag_reason: null },
        { code: 'KRB1001', channel: 'kiosk', flag_reason: null },
        { code: 'KRB1001', channel: 'web', flag_reason: null },
        { code: 'KRB1001', channel: 'web', flag_reason: 'repeat' },
      ])
    })

    it('end on a thank-you page whose link starts a fresh Thai form, and whose script counts 8 seconds down to it', async () => {
      const s = await arrange()
      const res = await answer(s.app, 'KRB1001', s.answers.main, { Cookie: s.kioskCookie })
      expect(res.headers.get('location')).toBe('/s/KRB1001/thanks')
      const html = await thanks(s, 'KRB1001', s.kioskCookie)
      // A meta refresh cannot be paused (WCAG 2.2.1): the return is a link, and a script that can be paused.
      expect(html).not.toMatch(REFRESH)
      const view = readPage(html)
      expect(view.getByRole('link', { name: 'เริ่มแบบประเมินใหม่' }).attrs.href).toBe('/s/KRB1001?lang=th')
      expect(view.allByRole('link', { name: 'ดูผลการประเมินของหน่วยงานนี้' })).toEqual([])
      expect(view.elements.filter((el) => el.tag === 'script').map((el) => el.attrs.src)).toEqual(['/static/kiosk.js'])
      expect(view.elements.find((el) => 'data-kiosk-return' in el.attrs)?.attrs['data-seconds']).toBe('8')
      // Shown by the script only: without it nothing promises a return by itself.
      const countdown = view.elements.find((el) => 'data-countdown' in el.attrs)!
      expect(view.isHidden(countdown)).toBe(true)
      expect(view.text(countdown)).toContain('หน้าจอจะกลับไปที่แบบประเมินสำหรับท่านถัดไปใน 8 วินาที')
      expect(view.allByRole('button')).toEqual([])

      // A resident's own phone stays on the thank-you page, with no countdown and no script.
      const own = await thanks(s, 'KRB1001', '')
      expect(own).not.toMatch(REFRESH)
      expect(own).not.toContain('kiosk.js')
      expect(readPage(own).getByRole('link', { name: 'กลับไปหน้าแบบประเมิน' }).attrs.href).toBe('/s/KRB1001')
    })

    it('offer the countdown in English too, when the tablet was switched to English', async () => {
      const s = await arrange()
      await answer(s.app, 'KRB1001', s.answers.main, { Cookie: s.kioskCookie })
      const res = await s.app.request('/s/KRB1001/thanks?lang=en', { headers: { Cookie: s.kioskCookie } })
      const view = readPage(await res.text())
      expect(view.lang).toBe('en')
      // The next resident starts in Thai, whatever the last one chose.
      expect(view.getByRole('link', { name: 'Start a new survey' }).attrs.href).toBe('/s/KRB1001?lang=th')
      const toggle = view.elements.find((el) => 'data-countdown-toggle' in el.attrs)!
      expect(toggle.attrs).toMatchObject({ 'data-pause': 'Pause the countdown', 'data-resume': 'Resume the countdown' })
      const countdown = view.elements.find((el) => 'data-countdown' in el.attrs)!
      expect(view.text(countdown)).toContain('This screen returns to a fresh survey for the next person in 8 seconds.')
    })

    it('are not rate limited as one client, while a browser at the same address is', async () => {
      const s = await arrange({ RATE_LIMIT_SUBMISSIONS: 1, TRUST_PROXY: true })
      const from = { 'X-Forwarded-For': '198.51.100.7' }
      for (let i = 0; i < 3; i++)
        expect((await answer(s.app, 'KRB1001', s.answers.main, { ...from, Cookie: s.kioskCookie })).status).toBe(303)
      expect((await answer(s.app, 'KRB1001', s.answers.main, from)).status).toBe(303)
      expect((await answer(s.app, 'KRB1001', s.answers.main, from)).status).toBe(429)
      expect(storedResponses(s).map((r) => r.channel)).toEqual(['kiosk', 'kiosk', 'kiosk', 'web'])
    })

    it('mark the kiosk as seen', async () => {
      const s = await arrange()
      expect(kioskRows(s)[0]!.last_seen_at).toBeNull()
      s.clock.advance(90_000)
      await answer(s.app, 'KRB1001', s.answers.main, { Cookie: s.kioskCookie })
      expect(kioskRows(s)[0]!.last_seen_at).toBe(DEFAULT_NOW + 90_000)
    })
  })

  describe('a kiosk cookie at another service point', () => {
    it('does not make that point’s answers kiosk answers', async () => {
      const s = await arrange()
      const first = await answer(s.app, 'KRB1002', s.answers.single, { Cookie: s.kioskCookie })
      await answer(s.app, 'KRB1002', s.answers.single, { Cookie: join(s.kioskCookie, cookiesFrom(first)) })
      expect(storedResponses(s)).toEqual([
        { code: 'KRB1002', channel: 'web', flag_reason: null },
        { code: 'KRB1002', channel: 'web', flag_reason: 'repeat' },
      ])
      expect(await thanks(s, 'KRB1002', s.kioskCookie)).not.toMatch(REFRESH)
      expect(kioskRows(s)[0]!.last_seen_at).toBeNull()
    })
  })

  describe('after the kiosk is revoked', () => {
    async function revoked(config: Partial<Config> = {}) {
      const s = await arrange(config)
      const res = await (await s.as('lgu')).post(`/staff/service-points/${s.points.main.id}/kiosks/${s.kiosk.id}/revoke`)
      expect(res.status).toBe(303)
      return s
    }

    it('the device link answers 410', async () => {
      const s = await revoked()
      const res = await s.app.request(`/k/${s.kiosk.token}`)
      expect(res.status).toBe(410)
      expect(res.headers.getSetCookie().filter((c) => c.startsWith('kiosk='))).toEqual([])
    })

    it('the old cookie makes ordinary web answers: repeats flagged, no return to the form', async () => {
      const s = await revoked()
      const first = await answer(s.app, 'KRB1001', s.answers.main, { Cookie: s.kioskCookie })
      await answer(s.app, 'KRB1001', s.answers.main, { Cookie: join(s.kioskCookie, cookiesFrom(first)) })
      expect(storedResponses(s)).toEqual([
        { code: 'KRB1001', channel: 'web', flag_reason: null },
        { code: 'KRB1001', channel: 'web', flag_reason: 'repeat' },
      ])
      expect(await thanks(s, 'KRB1001', s.kioskCookie)).not.toMatch(REFRESH)
    })

    it('the old cookie is rate limited like any browser', async () => {
      const s = await revoked({ RATE_LIMIT_SUBMISSIONS: 1, TRUST_PROXY: true })
      const headers = { 'X-Forwarded-For': '198.51.100.7', Cookie: s.kioskCookie }
      expect((await answer(s.app, 'KRB1001', s.answers.main, headers)).status).toBe(303)
      expect((await answer(s.app, 'KRB1001', s.answers.main, headers)).status).toBe(429)
    })
  })
})
