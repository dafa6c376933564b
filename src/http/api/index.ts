/**
 * The read-only JSON API under /api/v1. The OpenAPI document is public; every
 * other call needs a bearer token. Every answer under /api is JSON, errors
 * included: unknown paths, wrong methods and crashes never fall through to the
 * HTML pages.
 *
 * @example
 * app.route('/', apiRoutes({ db, config, now }))
 * // curl -H "Authorization: Bearer $TOKEN" https://survey.example.go.th/api/v1/rounds
 */
import { Hono } from 'hono'
import type { Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { createDefinitionCache } from '../../db/queries/questionnaires.js'
import { apiError } from './api-error.js'
import { bearerAuth, type ApiEnv } from './bearer-auth.js'
import { openApiDocument } from './openapi.js'
import { publicBaseUrl } from '../public-base-url.js'
import { apiOrganisationRoutes } from './organisations-routes.js'
import { apiRoundRoutes } from './rounds-routes.js'

export function apiRoutes({ db, config, now }: { db: Db; config: Config; now: () => number }) {
  const deps = { db, config, now, definitions: createDefinitionCache(db) }
  const api = new Hono<ApiEnv>()
  api.onError((error, c) => {
    console.error(error)
    return apiError(c, 500, 'server_error', 'Something went wrong on our side. Try again later.')
  })

  api.get('/api/v1/openapi.json', (c) => {
    c.header('Cache-Control', 'public, max-age=3600')
    return c.json(openApiDocument(`${publicBaseUrl(config, c)}/api/v1`))
  })
  api.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/api/*', (c) => {
    c.header('Allow', 'GET, HEAD')
    return apiError(c, 405, 'method_not_allowed', 'The API is read-only: use GET.')
  })
  api.use('/api/v1/*', bearerAuth({ db, now }))
  api.route('/', apiRoundRoutes(deps))
  api.route('/', apiOrganisationRoutes(deps))
  api.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such endpoint. See /api/v1/openapi.json.'))
  return api
}
