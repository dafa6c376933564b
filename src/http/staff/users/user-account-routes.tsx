/**
 * One account: GET /staff/users/:id, POST to change its name and e-mail, and
 * POST …/deactivate, …/reactivate, …/reset-password. An account outside the
 * viewer's scope is not found, whatever the method, and nothing changes.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { errorTexts } from '../../../accounts/account-problems.js'
import { displayNameSchema } from '../../../accounts/create-account.js'
import { setMustChangePassword } from '../../../db/queries/activation.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { type AuditAction } from '../../../domain/audit-actions.js'
import { findManagedUser, updateUserDetails, type UserRow } from '../../../db/queries/staff-users.js'
import { deleteSessionsOf } from '../../../db/queries/sessions.js'
import { setPasswordHash, setUserActive } from '../../../db/queries/users.js'
import { onboardingTranslator } from '../../../i18n/staff/onboarding.js'
import { usersTranslator } from '../../../i18n/staff/users.js'
import { hashPassword } from '../../../security/password.js'
import { UserPage } from '../../../../views/staff/users/user-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { readForm } from '../form-data.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { generatePassword, type OneTimePasswords } from './one-time-passwords.js'
import { toSummary, userHref } from './present.js'

const ID = '/staff/users/:id{[0-9]{1,15}}'
const DONE = ['created', 'updated', 'deactivated', 'reactivated'] as const

const detailsSchema = z.object({
  displayName: displayNameSchema,
  email: z
    .string('email')
    .trim()
    .pipe(z.union([z.literal(''), z.email('email')], 'email')),
})

export function userAccountRoutes({ db, now }: StaffAreaDeps, passwords: OneTimePasswords) {
  const app = new Hono<StaffEnv>()

  const target = (c: StaffContext) => findManagedUser(db, staffOf(c).scope, Number(c.req.param('id')))

  const page = (
    c: StaffContext,
    user: UserRow,
    opts: { values?: { displayName: string; email: string }; problems?: Record<string, string>; status?: 200 | 422 } = {},
  ) => {
    const staff = staffOf(c)
    const locale = staffLocale(c)
    const t = usersTranslator(locale)
    const errors = errorTexts(t, opts.problems ?? {})
    const done = DONE.find((d) => d === c.req.query('done'))
    const once = c.req.query('once')
    const title = Object.keys(errors).length > 0 ? `${t('staff.error.titlePrefix')}${user.displayName}` : user.displayName
    return renderStaffPage(
      c,
      title,
      <UserPage
        t={t}
        csrfToken={staff.csrfToken}
        user={toSummary(t, locale, user)}
        isSelf={user.id === staff.user.id}
        values={opts.values ?? { displayName: user.displayName, email: user.email ?? '' }}
        errors={errors}
        done={done && c.req.method === 'GET' ? t(`users.done.${done}`) : undefined}
        oncePassword={once && c.req.method === 'GET' ? passwords.take(staff.sessionIdHash, user.id, once) : undefined}
        letter={
          user.active && user.role !== 'dla'
            ? {
                hint: onboardingTranslator(locale)('onboarding.user.reissueHint'),
                label: onboardingTranslator(locale)('onboarding.user.reissue'),
              }
            : undefined
        }
      />,
      opts.status ?? 200,
    )
  }

  const audit = (c: StaffContext, user: UserRow, action: AuditAction, detail?: Record<string, unknown>) =>
    recordAudit(
      db,
      {
        action,
        actor: staffOf(c).user,
        targetType: 'user',
        targetId: user.id,
        provinceCode: user.province?.code ?? null,
        organisationId: user.organisationId,
        detail,
      },
      new Date(now()),
    )

  app.get(ID, (c) => {
    const user = target(c)
    return user ? page(c, user) : renderStaffStatus(c, 'notFound', 404)
  })

  app.post(ID, async (c) => {
    const user = target(c)
    if (!user) return renderStaffStatus(c, 'notFound', 404)
    const form = await readForm(c, detailsSchema)
    if (!form.ok) {
      const values = { displayName: form.raw.displayName ?? '', email: form.raw.email ?? '' }
      return page(c, user, { values, problems: form.errors, status: 422 })
    }
    const details = { displayName: form.data.displayName, email: form.data.email || null }
    const changed = (['displayName', 'email'] as const).filter((f) => details[f] !== user[f])
    if (changed.length > 0) {
      updateUserDetails(db, user.id, details, new Date(now()))
      audit(c, user, 'user_updated', { changed })
    }
    return c.redirect(`${userHref(user.id)}?done=updated`, 303)
  })

  /** Deactivating, reactivating and resetting are for other people's accounts only. */
  const otherThanSelf = (c: StaffContext, user: UserRow) =>
    user.id === staffOf(c).user.id ? page(c, user, { problems: { _form: 'self' }, status: 422 }) : undefined

  app.post(`${ID}/deactivate`, (c) => {
    const user = target(c)
    if (!user) return renderStaffStatus(c, 'notFound', 404)
    const refused = otherThanSelf(c, user)
    if (refused) return refused
    if (user.active) {
      setUserActive(db, user.id, false, new Date(now()))
      deleteSessionsOf(db, user.id)
      audit(c, user, 'user_deactivated')
    }
    return c.redirect(`${userHref(user.id)}?done=deactivated`, 303)
  })

  app.post(`${ID}/reactivate`, (c) => {
    const user = target(c)
    if (!user) return renderStaffStatus(c, 'notFound', 404)
    const refused = otherThanSelf(c, user)
    if (refused) return refused
    if (!user.active) {
      setUserActive(db, user.id, true, new Date(now()))
      audit(c, user, 'user_reactivated')
    }
    return c.redirect(`${userHref(user.id)}?done=reactivated`, 303)
  })

  app.post(`${ID}/reset-password`, async (c) => {
    const user = target(c)
    if (!user) return renderStaffStatus(c, 'notFound', 404)
    const refused = otherThanSelf(c, user)
    if (refused) return refused
    const password = generatePassword()
    setPasswordHash(db, user.id, await hashPassword(password), new Date(now()))
    setMustChangePassword(db, user.id, true, now())
    deleteSessionsOf(db, user.id)
    audit(c, user, 'user_updated', { passwordReset: true })
    return c.redirect(`${userHref(user.id)}?once=${passwords.put(staffOf(c).sessionIdHash, user.id, password)}`, 303)
  })

  return app
}
