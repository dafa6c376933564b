import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app.js'
import { testConfig } from '../../../src/config.js'
import { loadReferenceData } from '../../../src/registry/reference-data.js'
import { importRegistry } from '../../../src/registry/import-registry.js'
import { DEMO_REGISTRY_CSV } from '../../../src/demo/demo-data.js'
import { freshDatabase } from '../../helpers/database.js'
import { createStaff, formBody, signIn, TEST_PASSWORD } from '../../helpers/staff.js'

function arrange() {
  const db = freshDatabase()
  loadReferenceData(db)
  importRegistry(db, DEMO_REGISTRY_CSV)
  const clock = { now: Date.parse('2026-11-21T03:00:00Z') }
  const app = createApp({ db, config: testConfig(), now: () => clock.now })
  const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n
  return { db, app, clock, count }
}

describe('staff sign-in', () => {
  it('signs in with the username or the e-mail, in any case, and lands on the role home', async () => {
    const { db, app } = arrange()
    await createStaff(db, { role: 'province', username: 'Somchai', email: 'somchai@example.go.th', provinceCode: '81' })
    for (const login of ['somchai', 'SOMCHAI@example.go.th']) {
      const res = await app.request('/staff/sign-in', {
        method: 'POST',
        body: formBody({ username: login, password: TEST_PASSWORD }),
      })
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/staff/provinces/81')
      const cookie = res.headers.get('set-cookie') ?? ''
      expect(cookie).toMatch(/HttpOnly/i)
      expect(cookie).toMatch(/SameSite=Lax/i)
    }
  })

  it('gives the same answer for an unknown user and a wrong password, and records both', async () => {
    const { db, app, count } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const wrong = await app.request('/staff/sign-in', {
      method: 'POST',
      body: formBody({ username: 'admin', password: 'nope-nope-nope' }),
    })
    const unknown = await app.request('/staff/sign-in', {
      method: 'POST',
      body: formBody({ username: 'nobody', password: 'nope-nope-nope' }),
    })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    const message = (html: string) => /<a href="#username">([^<]+)<\/a>/.exec(html)?.[1]
    expect(message(await wrong.text())).toBe(message(await unknown.text()))
    expect(count("select count(*) as n from audit_log where action = 'sign_in_failed'")).toBe(2)
    expect(count('select count(*) as n from sessions')).toBe(0)
  })

  it('throttles repeated failures on one account, then lets the owner in after the wait', async () => {
    const { db, app, clock } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const attempt = (password: string) =>
      app.request('/staff/sign-in', { method: 'POST', body: formBody({ username: 'admin', password }) })
    // Five free failures, then each further attempt must wait 2 s, 4 s, … (base 2 s, doubling).
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).status).toBe(401)
    const blocked = await attempt(TEST_PASSWORD)
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('2')
    clock.now += 2_000
    expect((await attempt(TEST_PASSWORD)).status).toBe(303)
  })

  it('refuses a sign-in posted from another site', async () => {
    const { db, app } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const res = await app.request('/staff/sign-in', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: formBody({ username: 'admin', password: TEST_PASSWORD }),
    })
    expect(res.status).toBe(403)
  })

  it('sends a signed-out visitor to sign in and back to the page they wanted', async () => {
    const { app } = arrange()
    const res = await app.request('/staff/organisations/1?tab=points')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/staff/sign-in?next=%2Fstaff%2Forganisations%2F1%3Ftab%3Dpoints')
  })

  it('ends an idle session and a session past its absolute limit', async () => {
    const { db, app, clock } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const agent = await signIn(app, 'admin')
    clock.now += 61 * 60_000 // idle limit is 60 minutes by default
    expect((await agent.get('/staff')).headers.get('location')).toMatch(/^\/staff\/sign-in/)
    const again = await signIn(app, 'admin')
    for (let i = 0; i < 12; i++) {
      clock.now += 59 * 60_000 // busy every 59 minutes, so never idle for an hour…
      expect((await again.get('/staff/password')).status).toBe(200)
    }
    clock.now += 13 * 60_000 // …but 12 × 59 + 13 = 721 minutes is past the 12-hour limit
    expect((await again.get('/staff/password')).status).toBe(303)
  })
})

describe('CSRF and password change', () => {
  it('refuses a state-changing POST without the token, or from another site', async () => {
    const { db, app, count } = arrange()
    await createStaff(db, { role: 'dla', username: 'admin' })
    const agent = await signIn(app, 'admin')
    expect((await agent.post('/staff/sign-out', {}, { csrf: false })).status).toBe(403)
    expect((await agent.post('/staff/sign-out', {}, { headers: { origin: 'https://evil.example' } })).status).toBe(403)
    expect((await agent.post('/staff/sign-out', {}, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403)
    expect(count('select count(*) as n from sessions')).toBe(1)
    expect((await agent.post('/staff/sign-out')).status).toBe(303)
    expect(count('select count(*) as n from sessions')).toBe(0)
  })

  it('changes the password, signs out other browsers, and records it', async () => {
    const { db, app, count } = arrange()
    await createStaff(db, { role: 'lgu', username: 'clerk', dlaCode: '5810401' })
    const here = await signIn(app, 'clerk')
    const elsewhere = await signIn(app, 'clerk')
    const mismatch = await here.post('/staff/password', {
      current: TEST_PASSWORD,
      password: 'a-new-password-1',
      confirm: 'different-one-2',
    })
    expect(mismatch.status).toBe(422)
    expect(await mismatch.text()).toContain('href="#confirm"')
    const ok = await here.post('/staff/password', {
      current: TEST_PASSWORD,
      password: 'a-new-password-1',
      confirm: 'a-new-password-1',
    })
    expect(ok.status).toBe(200)
    expect((await elsewhere.get('/staff/password')).status).toBe(303)
    expect((await here.get('/staff/password')).status).toBe(200)
    await expect(signIn(app, 'clerk')).rejects.toThrow(/401/)
    await signIn(app, 'clerk', 'a-new-password-1')
    expect(count("select count(*) as n from audit_log where action = 'password_changed'")).toBe(1)
  })
})
