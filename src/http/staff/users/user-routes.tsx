/**
 * Staff accounts: DLA officers manage every account; a provincial officer the
 * LGU officers of their province's organisations; an LGU officer none (404).
 */
import { Hono } from 'hono'
import type { StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { newUserRoutes } from './new-user-routes.js'
import { createOneTimePasswords } from './one-time-passwords.js'
import { userAccountRoutes } from './user-account-routes.js'
import { userListRoutes } from './user-list-routes.js'

export function userRoutes(deps: StaffAreaDeps) {
  const app = new Hono<StaffEnv>()
  const passwords = createOneTimePasswords(deps.now)
  app.use('/staff/users', requireRole('dla', 'province'))
  app.use('/staff/users/*', requireRole('dla', 'province'))
  app.route('/', userListRoutes(deps))
  app.route('/', newUserRoutes(deps, passwords))
  app.route('/', userAccountRoutes(deps, passwords))
  return app
}
