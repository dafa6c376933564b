/** GET /api/v1/organisations: the directory of organisations in the token's scope, identity only, paged. */
import { Hono } from 'hono'
import { z } from 'zod'
import { listOrganisations, provinceExists, provinceOfOrganisation } from '../../db/queries/organisation-directory.js'
import type { Scope } from '../../domain/scope.js'
import { apiError, badRequest } from './api-error.js'
import type { ApiEnv } from './bearer-auth.js'
import type { ApiDeps } from './deps.js'
import { API_PAGE_SIZE } from './openapi.js'
import { organisationJson } from './present-organisation.js'

const query = z.object({
  province: z
    .string()
    .regex(/^[0-9]{2}$/, 'A province code is 2 digits, e.g. 81.')
    .optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(API_PAGE_SIZE.max).default(API_PAGE_SIZE.default),
})

export function apiOrganisationRoutes({ db }: ApiDeps) {
  const app = new Hono<ApiEnv>()

  /** A province filter is allowed only where the caller's scope reaches. */
  const provinceInReach = (scope: Scope, code: string) =>
    scope.kind === 'national'
      ? provinceExists(db, code)
      : scope.kind === 'province'
        ? scope.provinceCode === code
        : provinceOfOrganisation(db, scope.organisationId) === code

  app.get('/api/v1/organisations', (c) => {
    const parsed = query.safeParse(c.req.query())
    if (!parsed.success) return badRequest(c, parsed.error)
    const { province, page, pageSize } = parsed.data
    const scope = c.get('apiCaller').scope
    if (province && !provinceInReach(scope, province))
      return apiError(c, 404, 'not_found', 'No such province in the token’s scope.')
    const { rows, total } = listOrganisations(db, scope, { provinceCode: province, page, pageSize })
    const pages = Math.max(1, Math.ceil(total / pageSize))
    return c.json({ page, pageSize, total, pages, organisations: rows.map(organisationJson) })
  })

  return app
}
