import type { Context } from 'hono'
import type { Scope } from '../../domain/scope.js'
import type { StaffUser } from '../../db/queries/users.js'
import type { Locale } from '../../i18n/messages.js'

/** What the session middleware puts on every staff request. */
export type Staff = {
  user: StaffUser
  scope: Scope
  csrfToken: string
  sessionIdHash: string
}

export type StaffEnv = { Variables: { staff: Staff | undefined; locale: Locale } }
export type StaffContext = Context<StaffEnv>

/** The signed-in member of staff; routes behind `requireStaff` can rely on it. */
export function staffOf(c: StaffContext): Staff {
  const staff = c.get('staff')
  if (!staff) throw new Error('staffOf() used on a route without requireStaff()')
  return staff
}
