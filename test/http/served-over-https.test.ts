/**
 * A site served over HTTPS (PUBLIC_BASE_URL https://…) marks every cookie it
 * sets Secure and tells browsers to stay on HTTPS; over plain HTTP it does
 * neither. Framing is refused in both headers that say so, in the same words.
 */
import { describe, expect, it } from 'vitest'
import { createStaff, formBody, signIn, TEST_PASSWORD } from '../helpers/staff.js'
import { answer, arrangeSurvey, cookiesFrom, validAnswers, type ArrangedSurvey } from '../helpers/survey-fixture.js'
import { throughEachTransport } from '../helpers/transport.js'

const HTTPS = { PUBLIC_BASE_URL: 'https://survey.example.go.th' }
const HTTP = { PUBLIC_BASE_URL: 'http://survey.example.go.th' }

/** Every Set-Cookie a site can send: the survey's language and repeat cookies, the site's language, the staff session and its end. */
async function everyCookie(s: ArrangedSurvey) {
  await createStaff(s.db, { role: 'dla', username: 'admin' })
  const surveyLanguage = await s.app.request('/s/KRB1001?lang=en')
  const answered = await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services))
  const siteLanguage = await s.app.request('/?lang=en')
  const signedIn = await s.app.request('/staff/sign-in', {
    method: 'POST',
    body: formBody({ username: 'admin', password: TEST_PASSWORD }),
  })
  const agent = await signIn(s.app, 'admin')
  const signedOut = await agent.post('/staff/sign-out')
  const cookies = [surveyLanguage, answered, siteLanguage, signedIn, signedOut].flatMap((res) => res.headers.getSetCookie())
  expect(cookies.map((c) => c.split('=')[0])).toEqual(['lang', 'answered', 'lang', 'staff_session', 'staff_session'])
  return cookies
}

const pages = ['/s/KRB1001', '/s/KRB1001?lang=en', '/s/krb1001', '/s/ZZZ9999', '/', '/staff/sign-in', '/no-such-page']

throughEachTransport(() => {
  describe('over HTTPS', () => {
    it('marks every cookie Secure', async () => {
      const s = arrangeSurvey({ config: HTTPS })
      for (const cookie of await everyCookie(s)) expect(cookie).toMatch(/;\s*Secure(;|$)/i)
    })

    it('marks the repeat cookie of a kiosk-less answer Secure, and the phone sends it back', async () => {
      const s = arrangeSurvey({ config: HTTPS })
      const first = await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services))
      const again = await answer(s.app, 'KRB1001', validAnswers(s.definition, s.points.main.services), {
        Cookie: cookiesFrom(first),
      })
      expect(again.headers.getSetCookie().find((c) => c.startsWith('answered='))).toMatch(/;\s*Secure/i)
      expect(s.db.$client.prepare('select flag_reason as flag from responses order by id').all()).toEqual([
        { flag: null },
        { flag: 'repeat' },
      ])
    })

    it.each(pages)('sends Strict-Transport-Security on %s', async (path) => {
      const s = arrangeSurvey({ config: HTTPS })
      const res = await s.app.request(path)
      expect(res.headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains')
    })
  })

  describe('over plain HTTP', () => {
    it('marks no cookie Secure, so the browser keeps them', async () => {
      const s = arrangeSurvey({ config: HTTP })
      for (const cookie of await everyCookie(s)) expect(cookie).not.toMatch(/Secure/i)
    })

    it.each(pages)('sends no Strict-Transport-Security on %s', async (path) => {
      const s = arrangeSurvey({ config: HTTP })
      expect((await s.app.request(path)).headers.has('strict-transport-security')).toBe(false)
    })
  })

  it.each(pages)('refuses framing on %s in both headers: frame-ancestors none, X-Frame-Options DENY', async (path) => {
    const s = arrangeSurvey()
    const res = await s.app.request(path)
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })
})
