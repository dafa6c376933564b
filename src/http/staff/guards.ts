/**
 * Guards for staff routes. Each is a factory, resolved once; the per-request
 * part is a short check that redirects, refuses, or calls next().
 */
import type { MiddlewareHandler } from 'hono'
import type { StaffRole } from '../../domain/staff-roles.js'
import type { StaffEnv } from './context.js'
import { fromAnotherSite } from './same-site.js'
import { renderStaffStatus } from './staff-status.js'

/** Signed-in staff only: a page asks the browser to sign in first and come back. */
export function requireStaff(): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (c.get('staff')) return next()
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      const url = new URL(c.req.url)
      return c.redirect(`/staff/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`, 303)
    }
    return renderStaffStatus(c, 'signInAgain', 401)
  }
}

/**
 * Only these roles. Others get 404, not 403: a page of another role's is, for
 * them, simply not there.
 */
export function requireRole(...roles: StaffRole[]): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const staff = c.get('staff')
    if (staff && roles.includes(staff.user.role)) return next()
    return renderStaffStatus(c, 'notFound', 404)
  }
}

/**
 * CSRF: every state-changing staff request must carry the session's token in
 * the `_csrf` field (or `X-CSRF-Token` header for htmx), and a browser that says
 * the request comes from another site is refused outright.
 */
export function csrfProtection(): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next()
    const crossSite = fromAnotherSite(c)
    const staff = c.get('staff')
    let token = c.req.header('x-csrf-token')
    if (!token && !crossSite) {
      const type = c.req.header('content-type') ?? ''
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody()
        token = typeof body._csrf === 'string' ? body._csrf : undefined
      }
    }
    if (crossSite || !staff || !token || token !== staff.csrfToken) return renderStaffStatus(c, 'csrf', 403)
    return next()
  }
}

/**
 * A password someone else saw (a generated one, a reset) is replaced before
 * anything else: every page leads to the change-password page until then.
 */
export function passwordChosenByOwner(): MiddlewareHandler<StaffEnv> {
  return async (c, next) => (c.get('staff')?.user.mustChangePassword ? c.redirect('/staff/password', 303) : next())
}
