/**
 * API tokens, DLA officers only (anyone else: 404). List every token, issue one
 * to a named user (the token is shown once, on the page after), revoke one.
 * Issuing and revoking are audited as changes to the user's account.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { findApiToken, issueApiToken, listApiTokens, revokeApiToken } from '../../../db/queries/api-tokens.js'
import { recordAudit } from '../../../db/queries/audit.js'
import { findManagedUser } from '../../../db/queries/staff-users.js'
import { findUserByLogin } from '../../../db/queries/users.js'
import { showableName } from '../../../domain/names.js'
import { formatDateTime } from '../../../i18n/format.js'
import { apiTokensTranslator } from '../../../i18n/staff/api-tokens.js'
import { IssuedTokenPage } from '../../../../views/staff/api-tokens/issued-token-page.js'
import { NewTokenPage, type NewTokenField } from '../../../../views/staff/api-tokens/new-token-page.js'
import { TokenListPage } from '../../../../views/staff/api-tokens/token-list-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { createOneTimePasswords } from '../users/one-time-passwords.js'

const PAGE_SIZE = 50
const BASE = '/staff/api-tokens'

const newTokenForm = z.object({
  username: z.string().trim().min(1, 'error.usernameRequired').max(200, 'error.userNotFound'),
  name: z
    .string()
    .trim()
    .min(1, 'error.nameRequired')
    .refine((s) => [...s].length <= 100, 'error.nameRequired')
    .superRefine(showableName('error.nameInvisible')),
})

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 1000) : '')

export function apiTokenRoutes({ db, now }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()
  // The secret waits here between the POST and the page that shows it, for that session only.
  const shownOnce = createOneTimePasswords(now)
  app.use(BASE, requireRole('dla'))
  app.use(`${BASE}/*`, requireRole('dla'))

  /** The account the audit entry concerns, with its province for scoped readers of the log. */
  const audit = (c: StaffContext, userId: number, change: 'created' | 'revoked', name: string) => {
    const target = findManagedUser(db, { kind: 'national' }, userId)
    recordAudit(
      db,
      {
        action: 'user_updated',
        actor: staffOf(c).user,
        targetType: 'user',
        targetId: userId,
        provinceCode: target?.province?.code ?? null,
        organisationId: target?.organisationId ?? null,
        detail: { apiToken: change, name },
      },
      new Date(now()),
    )
  }

  app.get(BASE, (c) => {
    const locale = staffLocale(c)
    const t = apiTokensTranslator(locale)
    const page = Math.max(1, Math.min(1_000_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1))
    const { rows, total } = listApiTokens(db, { page, pageSize: PAGE_SIZE })
    const revokedId = Number(c.req.query('revoked'))
    const revoked = Number.isSafeInteger(revokedId) && revokedId > 0 ? findApiToken(db, revokedId) : undefined
    const items = rows.map((r) => ({
      id: r.id,
      name: r.name,
      user: {
        text: `${r.user.displayName} (${r.user.username})`,
        href: `/staff/users/${r.user.id}`,
        role: t(`staff.role.${r.user.role}`),
      },
      created: formatDateTime(r.createdAt, locale),
      createdBy: r.createdByUsername,
      lastUsed: r.lastUsedAt ? formatDateTime(r.lastUsedAt, locale) : t('tokens.never'),
      revoked: r.revokedAt ? formatDateTime(r.revokedAt, locale) : null,
      userInactive: !r.user.active,
    }))
    return renderStaffPage(
      c,
      t('tokens.title'),
      <TokenListPage
        t={t}
        csrfToken={staffOf(c).csrfToken}
        docsHref="/api/v1/openapi.json"
        notice={revoked?.revokedAt ? t('tokens.revokedDone', { name: revoked.name }) : undefined}
        items={items}
        revokeAction={(id) => `${BASE}/${id}/revoke`}
        paging={{ page, pageSize: PAGE_SIZE, total, hrefFor: (p) => `${BASE}?page=${p}` }}
      />,
    )
  })

  const form = (
    c: StaffContext,
    values: Partial<Record<NewTokenField, string>>,
    errors: Partial<Record<NewTokenField, string>>,
  ) => {
    const t = apiTokensTranslator(staffLocale(c))
    const failed = Object.keys(errors).length > 0
    return renderStaffPage(
      c,
      `${failed ? t('staff.error.titlePrefix') : ''}${t('new.title')}`,
      <NewTokenPage t={t} csrfToken={staffOf(c).csrfToken} values={values} errors={errors} />,
      failed ? 422 : 200,
    )
  }

  app.get(`${BASE}/new`, (c) => form(c, { username: text(c.req.query('username')) }, {}))

  app.post(`${BASE}/new`, async (c) => {
    const t = apiTokensTranslator(staffLocale(c))
    const body = await c.req.parseBody()
    const values = { username: text(body.username), name: text(body.name) }
    const parsed = newTokenForm.safeParse(values)
    const errors: Partial<Record<NewTokenField, string>> = {}
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        errors[issue.path[0] as NewTokenField] ??= t(issue.message as Parameters<typeof t>[0])
    const user = parsed.success ? findUserByLogin(db, parsed.data.username) : undefined
    if (parsed.success && !user?.active) errors.username = t('error.userNotFound')
    if (!parsed.success || !user?.active) return form(c, values, errors)

    const staff = staffOf(c)
    const { token, secret } = issueApiToken(db, { userId: user.id, name: parsed.data.name, createdBy: staff.user.id }, now())
    audit(c, user.id, 'created', token.name)
    const once = shownOnce.put(staff.sessionIdHash, token.id, secret)
    return c.redirect(`${BASE}/issued?token=${token.id}&once=${once}`, 303)
  })

  app.get(`${BASE}/issued`, (c) => {
    const t = apiTokensTranslator(staffLocale(c))
    const tokenId = Number(c.req.query('token'))
    const token = Number.isSafeInteger(tokenId) && tokenId > 0 ? findApiToken(db, tokenId) : undefined
    // Taken out of the store as it is shown: a reload, the back button or a shared link shows nothing.
    const secret =
      token && !token.revokedAt ? shownOnce.take(staffOf(c).sessionIdHash, token.id, c.req.query('once') ?? '') : undefined
    return renderStaffPage(
      c,
      t(secret ? 'issued.title' : 'issued.goneTitle'),
      <IssuedTokenPage
        t={t}
        issued={
          token && secret ? { secret, name: token.name, user: `${token.user.displayName} (${token.user.username})` } : undefined
        }
      />,
    )
  })

  app.post(`${BASE}/:id{[0-9]{1,15}}/revoke`, (c) => {
    const token = findApiToken(db, Number(c.req.param('id')))
    if (!token) return renderStaffStatus(c, 'notFound', 404)
    if (revokeApiToken(db, token.id, now())) audit(c, token.userId, 'revoked', token.name)
    return c.redirect(`${BASE}?revoked=${token.id}`, 303)
  })

  return app
}
