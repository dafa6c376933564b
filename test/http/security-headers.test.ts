/**
 * The security headers have one definition: Hono's middleware and the survey
 * handler's complete answers must send exactly the same ones.
 */
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { SECURITY_HEADERS, securityHeaders, TRANSPORT_SECURITY } from '../../src/http/security-headers.js'
import { arrangeSurvey } from '../helpers/survey-fixture.js'

/** The headers of a response that are not about its body. */
const OWN = new Set(['content-type', 'content-length', 'content-encoding', 'cache-control', 'vary', 'location', 'set-cookie'])
const securityOf = (res: Response) => Object.fromEntries([...res.headers].filter(([name]) => !OWN.has(name)))

describe('the security headers', () => {
  it('are what the middleware sets, name for name and value for value', async () => {
    const app = new Hono().use(securityHeaders()).get('/', (c) => c.text('ok'))
    expect(securityOf(await app.request('/'))).toEqual(SECURITY_HEADERS)
  })

  it('forbid inline script and framing', () => {
    expect(SECURITY_HEADERS['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    )
  })

  it.each([
    ['the form', '/s/KRB1001'],
    ['the form in English, with its language cookie', '/s/KRB1001?lang=en'],
    ['a redirect', '/s/krb1001'],
    ['a status page', '/s/ZZZ9999'],
  ])('are the same on %s, from the survey handler, as on a page of Hono’s', async (_, path) => {
    const s = arrangeSurvey()
    const hono = securityOf(await s.app.request('/'))
    expect(hono).toEqual(SECURITY_HEADERS)
    expect(securityOf(await s.app.request(path))).toEqual(hono)
  })

  it('are the same plus Strict-Transport-Security over HTTPS, from the middleware and from the survey handler', async () => {
    const over = { ...SECURITY_HEADERS, ...TRANSPORT_SECURITY }
    const app = new Hono().use(securityHeaders({ https: true })).get('/', (c) => c.text('ok'))
    expect(securityOf(await app.request('/'))).toEqual(over)
    const s = arrangeSurvey({ config: { PUBLIC_BASE_URL: 'https://survey.example.go.th' } })
    for (const path of ['/', '/s/KRB1001', '/s/krb1001', '/s/ZZZ9999'])
      expect(securityOf(await s.app.request(path)), path).toEqual(over)
  })
})
