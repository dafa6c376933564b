/**
 * A password someone else saw (made on the users page, or reset there) is
 * replaced at first sign-in: every page leads to the change-password page
 * until the owner has chosen their own.
 */
import { describe, expect, it } from 'vitest'
import { signIn } from '../../../helpers/staff.js'
import { arrangeOnboarding } from './arrange.js'

const OWN = 'a password of my own'

describe('must change password at first sign-in', () => {
  it('sends a new account from the users page to change its shown password, then lets it in', async () => {
    const { app, post, user } = await arrangeOnboarding()
    const dla = await signIn(app, 'dla')
    const created = await dla.post('/staff/users/new', {
      username: 'somchai',
      displayName: 'สมชาย ใจดี',
      email: '',
      role: 'province',
      provinceCode: '50',
      dlaCode: '',
      password: '',
    })
    expect(created.status).toBe(303)
    const shown = await (await dla.get(created.headers.get('location')!)).text()
    const password = /[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/.exec(shown)?.[0]
    expect(password).toBeDefined()
    expect(user('somchai').must_change_password).toBe(1)

    const signedIn = await post('/staff/sign-in', { username: 'somchai', password: password! })
    expect(signedIn.status).toBe(303)
    expect(signedIn.headers.get('location')).toBe('/staff/password')
    const officer = await signIn(app, 'somchai', password)
    const province = await officer.get('/staff/provinces/50')
    expect(province.status).toBe(303)
    expect(province.headers.get('location')).toBe('/staff/password')
    expect(await (await officer.get('/staff/password')).text()).toContain('กรุณาตั้งรหัสผ่านของท่านเอง')

    const changed = await officer.post('/staff/password', { current: password!, password: OWN, confirm: OWN })
    expect(changed.status).toBe(200)
    expect(user('somchai').must_change_password).toBe(0)
    expect((await officer.get('/staff/provinces/50')).status).toBe(200)
  })

  it('applies again after a reset on the users page', async () => {
    const { app, user } = await arrangeOnboarding()
    const krabi = await signIn(app, 'krabi')
    expect(user('khlong-thom').must_change_password).toBe(0)
    const reset = await krabi.post(`/staff/users/${user('khlong-thom').id}/reset-password`)
    expect(reset.status).toBe(303)
    expect(user('khlong-thom').must_change_password).toBe(1)
  })
})
