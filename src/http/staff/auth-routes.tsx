/**
 * Sign in, sign out, change password. Failed sign-ins are throttled per account
 * and client, with a budget per client, and recorded in the audit log; a wrong
 * username and a wrong password get the same answer in the same time.
 */
import { Hono } from 'hono'
import { deleteCookie } from 'hono/cookie'
import type { Db } from '../../db/client.js'
import { recordAudit } from '../../db/queries/audit.js'
import { createSession, deleteSession, deleteSessionsOf } from '../../db/queries/sessions.js'
import { findUserByLogin, setPasswordHash } from '../../db/queries/users.js'
import { staffTranslator } from '../../i18n/staff-messages.js'
import { onboardingTranslator } from '../../i18n/staff/onboarding.js'
import { setMustChangePassword } from '../../db/queries/activation.js'
import { hashPassword, MIN_PASSWORD_LENGTH, UNUSABLE_PASSWORD_HASH, verifyPassword } from '../../security/password.js'
import type { SignInThrottle } from '../../security/sign-in-throttle.js'
import { PasswordPage } from '../../../views/staff/password-page.js'
import { SignInPage } from '../../../views/staff/sign-in-page.js'
import { clientAddress } from '../client-address.js'
import { staffOf, type StaffContext, type StaffEnv } from './context.js'
import { csrfProtection, requireStaff } from './guards.js'
import { homeHref, renderStaffPage, staffLocale } from './render.js'
import { fromAnotherSite } from './same-site.js'
import { SESSION_COOKIE, setSessionCookie } from './session.js'
import { renderStaffStatus } from './staff-status.js'

export type AuthRouteDeps = {
  db: Db
  throttle: SignInThrottle
  trustProxy: boolean
  session: { absoluteMs: number; secure: boolean }
  now: () => number
}

/** Only a path on this site: never send someone on to another host after signing in. */
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/staff(\/|$|\?)/.test(next) ? next : '/staff')

export function authRoutes(deps: AuthRouteDeps) {
  const { db, throttle } = deps
  const app = new Hono<StaffEnv>()

  const signInForm = (
    c: StaffContext,
    opts: { username?: string; next?: string; error?: string; notice?: string },
    status: 200 | 400 | 401 | 429 = 200,
  ) => {
    const t = staffTranslator(staffLocale(c))
    const labels = {
      title: t('staff.signIn.title'),
      username: t('staff.signIn.username'),
      password: t('staff.signIn.password'),
      submit: t('staff.signIn.submit'),
      summaryTitle: t('staff.error.summaryTitle'),
      errorPrefix: t('staff.error.inlinePrefix'),
    }
    const errors = opts.error ? [{ href: '#username', text: opts.error }] : []
    const title = opts.error ? `${t('staff.error.titlePrefix')}${labels.title}` : labels.title
    return renderStaffPage(
      c,
      title,
      <SignInPage
        labels={labels}
        username={opts.username ?? ''}
        next={safeNext(opts.next)}
        errors={errors}
        notice={opts.notice}
        activateLink={onboardingTranslator(staffLocale(c))('signIn.activateLink')}
      />,
      status,
    )
  }

  app.get('/staff/sign-in', (c) => {
    if (c.get('staff')) return c.redirect(safeNext(c.req.query('next')), 303)
    const t = staffTranslator(staffLocale(c))
    return signInForm(c, {
      next: c.req.query('next'),
      notice: c.req.query('signed-out') !== undefined ? t('staff.signIn.signedOut') : undefined,
    })
  })

  app.post('/staff/sign-in', async (c) => {
    // No session yet, so no CSRF token: refuse a sign-in posted from another site.
    if (fromAnotherSite(c)) return renderStaffStatus(c, 'csrf', 403)
    const t = staffTranslator(staffLocale(c))
    const body = await c.req.parseBody()
    const username = typeof body.username === 'string' ? body.username.trim().slice(0, 200) : ''
    const password = typeof body.password === 'string' ? body.password.slice(0, 1000) : ''
    const next = typeof body.next === 'string' ? body.next : undefined
    if (!username || !password) return signInForm(c, { username, next, error: t('staff.signIn.required') }, 400)

    const address = clientAddress(c, deps.trustProxy)
    const verdict = throttle.check(username, address)
    if (!verdict.allowed) {
      c.header('Retry-After', String(verdict.retryAfterSeconds))
      return signInForm(c, { username, next, error: t('staff.signIn.throttled', { seconds: verdict.retryAfterSeconds }) }, 429)
    }
    const user = findUserByLogin(db, username)
    const ok = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_PASSWORD_HASH)
    if (user?.active && user.awaitingActivation) {
      // Its password is no one's yet: say how to get in, not whether the password was right.
      throttle.recordFailure(username, address)
      recordAudit(
        db,
        { action: 'sign_in_failed', actorUsername: username, detail: { reason: 'not_activated' } },
        new Date(deps.now()),
      )
      return signInForm(c, { username, next, error: onboardingTranslator(staffLocale(c))('signIn.notActivated') }, 401)
    }
    if (!user || !ok || !user.active) {
      throttle.recordFailure(username, address)
      recordAudit(
        db,
        {
          action: 'sign_in_failed',
          actorUsername: username,
          detail: { reason: !user ? 'unknown_user' : !ok ? 'wrong_password' : 'inactive' },
        },
        new Date(deps.now()),
      )
      return signInForm(c, { username, next, error: t('staff.signIn.failed') }, 401)
    }
    throttle.recordSuccess(username, address)
    const session = createSession(db, user.id, deps.now())
    setSessionCookie(c, session.id, deps.session)
    recordAudit(
      db,
      { action: 'sign_in', actor: user, provinceCode: user.provinceCode, organisationId: user.organisationId },
      new Date(deps.now()),
    )
    if (user.mustChangePassword) return c.redirect('/staff/password', 303)
    const target = safeNext(next)
    return c.redirect(target === '/staff' ? homeHref({ user }) : target, 303)
  })

  app.post('/staff/sign-out', requireStaff(), csrfProtection(), (c) => {
    const staff = staffOf(c)
    deleteSession(db, staff.sessionIdHash)
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: deps.session.secure })
    recordAudit(db, { action: 'sign_out', actor: staff.user }, new Date(deps.now()))
    return c.redirect('/staff/sign-in?signed-out', 303)
  })

  const passwordForm = (c: StaffContext, errors: Record<string, string>, notice?: string, status: 200 | 422 = 200) => {
    const t = staffTranslator(staffLocale(c))
    const labels = {
      title: t('staff.password.title'),
      current: t('staff.password.current'),
      new: t('staff.password.new'),
      newHint: t('staff.password.newHint', { min: MIN_PASSWORD_LENGTH }),
      confirm: t('staff.password.confirm'),
      submit: t('staff.password.submit'),
      summaryTitle: t('staff.error.summaryTitle'),
      errorPrefix: t('staff.error.inlinePrefix'),
    }
    const title = Object.keys(errors).length > 0 ? `${t('staff.error.titlePrefix')}${labels.title}` : labels.title
    return renderStaffPage(
      c,
      title,
      <PasswordPage labels={labels} csrfToken={staffOf(c).csrfToken} errors={errors} notice={notice} />,
      status,
    )
  }

  app.get('/staff/password', requireStaff(), (c) =>
    passwordForm(
      c,
      {},
      staffOf(c).user.mustChangePassword ? onboardingTranslator(staffLocale(c))('password.mustChange') : undefined,
    ),
  )

  app.post('/staff/password', requireStaff(), csrfProtection(), async (c) => {
    const staff = staffOf(c)
    const t = staffTranslator(staffLocale(c))
    const body = await c.req.parseBody()
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '')
    const errors: Record<string, string> = {}
    if (!(await verifyPassword(text('current'), staff.user.passwordHash))) errors.current = t('staff.password.wrongCurrent')
    if ([...text('password')].length < MIN_PASSWORD_LENGTH)
      errors.password = t('staff.password.tooShort', { min: MIN_PASSWORD_LENGTH })
    else if (text('password') !== text('confirm')) errors.confirm = t('staff.password.mismatch')
    if (Object.keys(errors).length > 0) return passwordForm(c, errors, undefined, 422)
    setPasswordHash(db, staff.user.id, await hashPassword(text('password')), new Date(deps.now()))
    if (staff.user.mustChangePassword) setMustChangePassword(db, staff.user.id, false, deps.now())
    // Any other signed-in browser (perhaps the reason for the change) is signed out.
    deleteSessionsOf(db, staff.user.id, staff.sessionIdHash)
    recordAudit(
      db,
      { action: 'password_changed', actor: staff.user, targetType: 'user', targetId: staff.user.id },
      new Date(deps.now()),
    )
    return passwordForm(c, {}, t('staff.password.changed'))
  })

  return app
}
