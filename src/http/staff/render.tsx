import type { Child } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { resolveLocale } from '../locale.js'
import { staffTranslator } from '../../i18n/staff-messages.js'
import { StaffLayout } from '../../../views/staff/staff-layout.js'
import type { Staff, StaffContext } from './context.js'
import { helpHref } from '../../guide/page-help.js'

/** Where each role starts: its own organisation, its province, or the national overview. */
export function homeHref(staff: Pick<Staff, 'user'>): string {
  const { user } = staff
  if (user.role === 'lgu') return `/staff/organisations/${user.organisationId}`
  if (user.role === 'province') return `/staff/provinces/${user.provinceCode}`
  return '/staff/national'
}

/** The locale of a staff request, remembered like the resident pages. */
export const staffLocale = (c: StaffContext) => resolveLocale(c)

/**
 * Renders a staff page inside the layout with the signed-in user's menu.
 * Pages are never cached: they show scoped, changing data.
 */
export function renderStaffPage(c: StaffContext, title: string, body: Child, status: ContentfulStatusCode = 200) {
  const locale = staffLocale(c)
  const staff = c.get('staff')
  const url = new URL(c.req.url)
  url.searchParams.delete('lang')
  c.header('Cache-Control', 'no-store')
  return c.html(
    <StaffLayout
      locale={locale}
      t={staffTranslator(locale)}
      title={title}
      path={url.pathname + url.search}
      user={
        staff && {
          displayName: staff.user.displayName,
          role: staff.user.role,
          csrfToken: staff.csrfToken,
          homeHref: homeHref(staff),
          helpHref: helpHref(staff.user.role, url.pathname),
        }
      }
    >
      {body}
    </StaffLayout>,
    status,
  )
}
