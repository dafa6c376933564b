/**
 * Activating an account from its letter: /staff/activate takes a typed code;
 * /staff/activate?code=… (the QR's link) lets the officer choose a password and
 * signs them in. Open to anyone with a code, so wrong codes are throttled per
 * client; a used, replaced, expired or made-up code gets one clear page and
 * changes nothing.
 */
import { Hono } from 'hono'
import type { Db } from '../../db/client.js'
import { completeActivation, findActivation, type PendingActivation } from '../../db/queries/activation.js'
import { recordAudit } from '../../db/queries/audit.js'
import { createSession, deleteSessionsOf } from '../../db/queries/sessions.js'
import { findUserById } from '../../db/queries/users.js'
import { activationUsable, lastActivationMoment, normaliseActivationCode } from '../../domain/activation.js'
import { formatLongDate } from '../../i18n/format.js'
import { activationPath } from '../../letters/activation-letter.js'
import { onboardingTranslator } from '../../i18n/staff/onboarding.js'
import { hashActivationCode } from '../../security/activation-code.js'
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../security/password.js'
import type { SignInThrottle } from '../../security/sign-in-throttle.js'
import { ActivateCodePage, ActivateInvalidPage, ActivatePasswordPage } from '../../../views/staff/activate-pages.js'
import { clientAddress } from '../client-address.js'
import type { StaffContext, StaffEnv } from './context.js'
import { homeHref, renderStaffPage, staffLocale } from './render.js'
import { fromAnotherSite } from './same-site.js'
import { setSessionCookie } from './session.js'
import { renderStaffStatus } from './staff-status.js'

export type ActivationRouteDeps = {
  db: Db
  throttle: SignInThrottle
  trustProxy: boolean
  session: { absoluteMs: number; secure: boolean }
  now: () => number
}

/** The throttle's account key for activation attempts: one budget per client, whatever code is tried. */
const ATTEMPTS = 'activation-code'

export function activationRoutes(deps: ActivationRouteDeps) {
  const { db, throttle } = deps
  const app = new Hono<StaffEnv>()
  const t = (c: StaffContext) => onboardingTranslator(staffLocale(c))

  const codeForm = (c: StaffContext, code = '', error?: string, status: 400 | 422 = 422) => {
    const title = error ? `${t(c)('staff.error.titlePrefix')}${t(c)('activate.title')}` : t(c)('activate.title')
    return renderStaffPage(c, title, <ActivateCodePage t={t(c)} code={code} error={error} />, error ? status : 200)
  }

  const invalid = (c: StaffContext, expiredAt?: number) => {
    c.header('Referrer-Policy', 'no-referrer')
    const body =
      expiredAt === undefined
        ? t(c)('activate.invalid.body')
        : t(c)('activate.expired.body', { date: formatLongDate(lastActivationMoment(expiredAt), staffLocale(c)) })
    return renderStaffPage(c, t(c)('activate.invalid.title'), <ActivateInvalidPage t={t(c)} body={body} />, expiredAt ? 410 : 404)
  }

  /** The live account behind a code in the address, or the page that says why there is none. */
  const lookUp = (
    c: StaffContext,
    typed: string,
  ): { code: string; account: PendingActivation } | { refused: Response | Promise<Response> } => {
    const address = clientAddress(c, deps.trustProxy)
    const verdict = throttle.check(ATTEMPTS, address)
    if (!verdict.allowed) {
      c.header('Retry-After', String(verdict.retryAfterSeconds))
      return { refused: codeFormThrottled(c, verdict.retryAfterSeconds) }
    }
    const code = normaliseActivationCode(typed)
    const account = code ? findActivation(db, hashActivationCode(code)) : undefined
    if (!code || !account) {
      throttle.recordFailure(ATTEMPTS, address)
      return { refused: invalid(c) }
    }
    if (!activationUsable(account.expiresAt, deps.now())) return { refused: invalid(c, account.expiresAt) }
    return { code, account }
  }

  const codeFormThrottled = (c: StaffContext, seconds: number) =>
    renderStaffPage(
      c,
      t(c)('activate.title'),
      <ActivateCodePage t={t(c)} code="" error={t(c)('activate.throttled', { seconds })} />,
      429,
    )

  const passwordForm = (c: StaffContext, code: string, account: PendingActivation, errors: Record<string, string> = {}) => {
    c.header('Referrer-Policy', 'no-referrer')
    const title =
      Object.keys(errors).length > 0 ? `${t(c)('staff.error.titlePrefix')}${t(c)('activate.title')}` : t(c)('activate.title')
    return renderStaffPage(
      c,
      title,
      <ActivatePasswordPage
        t={t(c)}
        code={code}
        username={account.username}
        displayName={account.displayName}
        passwordHint={t(c)('staff.password.newHint', { min: MIN_PASSWORD_LENGTH })}
        errors={errors}
      />,
      Object.keys(errors).length > 0 ? 422 : 200,
    )
  }

  app.get('/staff/activate', (c) => {
    if (c.req.query('code') === undefined) return codeForm(c)
    const found = lookUp(c, c.req.query('code') ?? '')
    return 'refused' in found ? found.refused : passwordForm(c, found.code, found.account)
  })

  /** Two steps on one address: the typed code (sent on to the password form), then the password with the code. */
  app.post('/staff/activate', async (c) => {
    if (fromAnotherSite(c)) return renderStaffStatus(c, 'csrf', 403)
    const body = await c.req.parseBody()
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).slice(0, 1000) : '')
    if (body.step !== 'password') {
      const typed = text('code').slice(0, 100)
      if (typed.trim() === '') return codeForm(c, typed, t(c)('activate.error.codeShape'), 400)
      const code = normaliseActivationCode(typed)
      if (!code) return codeForm(c, typed, t(c)('activate.error.codeShape'))
      return c.redirect(activationPath(code), 303)
    }
    const found = lookUp(c, text('code'))
    if ('refused' in found) return found.refused
    const { code, account } = found
    const errors: Record<string, string> = {}
    if ([...text('password')].length < MIN_PASSWORD_LENGTH)
      errors.password = t(c)('staff.password.tooShort', { min: MIN_PASSWORD_LENGTH })
    else if (text('password') !== text('confirm')) errors.confirm = t(c)('staff.password.mismatch')
    if (Object.keys(errors).length > 0) return passwordForm(c, code, account, errors)

    const at = deps.now()
    if (!completeActivation(db, account.id, hashActivationCode(code), await hashPassword(text('password')), at)) return invalid(c)
    deleteSessionsOf(db, account.id)
    const user = findUserById(db, account.id)!
    recordAudit(
      db,
      {
        action: 'account_activated',
        actor: user,
        targetType: 'user',
        targetId: user.id,
        provinceCode: user.provinceCode,
        organisationId: user.organisationId,
      },
      new Date(at),
    )
    const session = createSession(db, user.id, at)
    setSessionCookie(c, session.id, deps.session)
    return c.redirect(homeHref({ user }), 303)
  })

  return app
}
