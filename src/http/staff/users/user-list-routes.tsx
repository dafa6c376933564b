/** GET /staff/users: the accounts the viewer manages, filtered and paged on the server. */
import { Hono } from 'hono'
import { z } from 'zod'
import { listUsers } from '../../../db/queries/staff-users.js'
import { STAFF_ROLES } from '../../../domain/staff-roles.js'
import { manageableRoles } from '../../../domain/scope.js'
import { usersTranslator } from '../../../i18n/staff/users.js'
import { UserListPage } from '../../../../views/staff/users/user-list-page.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { toListItem } from './present.js'

export const USERS_PAGE_SIZE = 50

/** Anything odd in the address is ignored rather than refused: a filter is only a view. */
const listQuery = z.object({
  role: z.enum(STAFF_ROLES).optional().catch(undefined),
  active: z.enum(['yes', 'no']).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})

export function userListRoutes({ db }: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()

  app.get('/staff/users', (c) => {
    const staff = staffOf(c)
    const locale = staffLocale(c)
    const t = usersTranslator(locale)
    const query = listQuery.parse(c.req.query())
    const filter = { role: query.role, active: query.active === undefined ? undefined : query.active === 'yes', q: query.q }
    let page = query.page
    let result = listUsers(db, staff.scope, { ...filter, page, pageSize: USERS_PAGE_SIZE })
    const lastPage = Math.max(1, Math.ceil(result.total / USERS_PAGE_SIZE))
    if (page > lastPage) {
      page = lastPage
      result = listUsers(db, staff.scope, { ...filter, page, pageSize: USERS_PAGE_SIZE })
    }
    const hrefFor = (p: number) => {
      const params = new URLSearchParams()
      if (query.role) params.set('role', query.role)
      if (query.active) params.set('active', query.active)
      if (query.q) params.set('q', query.q)
      if (p > 1) params.set('page', String(p))
      const search = params.toString()
      return search ? `/staff/users?${search}` : '/staff/users'
    }
    const roles = manageableRoles(staff.user.role).map((role) => ({ value: role, label: t(`staff.role.${role}`) }))
    return renderStaffPage(
      c,
      t('users.title'),
      <UserListPage
        t={t}
        roles={roles}
        filter={{ role: query.role ?? '', active: query.active ?? '', q: query.q ?? '' }}
        items={result.rows.map((row) => toListItem(t, locale, row))}
        paging={{ page, pageSize: USERS_PAGE_SIZE, total: result.total, hrefFor }}
      />,
    )
  })

  return app
}
