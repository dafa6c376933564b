/** GET and POST /staff/users/new: create an account the viewer may manage. */
import { Hono } from 'hono'
import { errorTexts } from '../../../accounts/account-problems.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { listProvinces } from '../../../db/queries/staff-users.js'
import { manageableRoles } from '../../../domain/scope.js'
import { usersTranslator } from '../../../i18n/staff/users.js'
import { MIN_PASSWORD_LENGTH } from '../../../security/password.js'
import { NewUserPage } from '../../../../views/staff/users/new-user-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { createUserAs, NEW_USER_INPUTS, type NewUserInput } from './create-user.js'
import type { OneTimePasswords } from './one-time-passwords.js'
import { userHref } from './present.js'

export function newUserRoutes({ db, now }: StaffAreaDeps, passwords: OneTimePasswords) {
  const app = new Hono<StaffEnv>()

  const form = (c: StaffContext, values: Partial<NewUserInput>, problems: Record<string, string>) => {
    const staff = staffOf(c)
    const locale = staffLocale(c)
    const t = usersTranslator(locale)
    const roles = manageableRoles(staff.user.role)
    const errors = errorTexts(t, problems)
    const title = t('users.create')
    const provinces = roles.includes('province')
      ? listProvinces(db).map((p) => ({ value: p.code, label: locale === 'th' ? p.nameTh : p.nameEn }))
      : undefined
    return renderStaffPage(
      c,
      Object.keys(errors).length > 0 ? `${t('staff.error.titlePrefix')}${title}` : title,
      <NewUserPage
        t={t}
        csrfToken={staff.csrfToken}
        roles={roles.map((role) => ({ value: role, label: t(`staff.role.${role}`) }))}
        provinces={provinces}
        dlaCodeHint={t(staff.scope.kind === 'province' ? 'users.field.dlaCodeHintProvince' : 'users.field.dlaCodeHint')}
        passwordHint={t('users.field.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        values={values}
        errors={errors}
      />,
      Object.keys(errors).length > 0 ? 422 : 200,
    )
  }

  app.get('/staff/users/new', (c) => form(c, {}, {}))

  app.post('/staff/users/new', async (c) => {
    const staff = staffOf(c)
    const body = await c.req.parseBody()
    const input = Object.fromEntries(
      NEW_USER_INPUTS.map((name) => [name, typeof body[name] === 'string' ? (body[name] as string).slice(0, 1000) : '']),
    ) as NewUserInput
    const at = new Date(now())
    const result = await createUserAs(db, staff, input, at)
    if (!result.ok) return form(c, input, result.errors)
    const { user, generatedPassword } = result
    recordAudit(
      db,
      {
        action: 'user_created',
        actor: staff.user,
        targetType: 'user',
        targetId: user.id,
        provinceCode: user.province?.code ?? null,
        organisationId: user.organisationId,
        detail: { username: user.username, role: user.role, passwordGenerated: generatedPassword !== undefined },
      },
      at,
    )
    const once = generatedPassword ? `&once=${passwords.put(staff.sessionIdHash, user.id, generatedPassword)}` : ''
    return c.redirect(`${userHref(user.id)}?done=created${once}`, 303)
  })

  return app
}
