/**
 * `Authorization: Bearer <token>` for the API. The token's scope is its user's
 * scope, read fresh on every call, so deactivating the user or revoking the
 * token stops it at once. Anything else is a 401 with `WWW-Authenticate: Bearer`
 * (RFC 6750) and a JSON body.
 *
 * @example
 * api.use('/api/v1/rounds/*', bearerAuth({ db, now }))
 * api.get('/api/v1/rounds', (c) => c.json(roundsFor(c.get('apiCaller').scope)))
 */
import type { Context, MiddlewareHandler } from 'hono'
import type { Db } from '../../db/client.js'
import { authenticateApiToken, markApiTokenUsed } from '../../db/queries/api-tokens.js'
import type { StaffUser } from '../../db/queries/users.js'
import { scopeOf, type Scope } from '../../domain/scope.js'
import { apiError } from './api-error.js'

export type ApiCaller = { tokenId: number; user: StaffUser; scope: Scope }
export type ApiEnv = { Variables: { apiCaller: ApiCaller } }

const REALM = 'lgu-satisfaction-api'

function unauthorized(c: Context, presented: boolean) {
  // No credentials: just the challenge. Wrong ones: say so, as RFC 6750 §3.1 asks.
  c.header('WWW-Authenticate', presented ? `Bearer realm="${REALM}", error="invalid_token"` : `Bearer realm="${REALM}"`)
  return apiError(
    c,
    401,
    'invalid_token',
    presented
      ? 'The token is unknown, revoked, or its user is deactivated.'
      : 'Send an API token in the header `Authorization: Bearer <token>`.',
  )
}

export function bearerAuth({ db, now }: { db: Db; now: () => number }): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization')
    const secret = header && /^Bearer +(\S+) *$/i.exec(header)?.[1]
    if (!secret) return unauthorized(c, header !== undefined)
    const found = authenticateApiToken(db, secret)
    if (!found) return unauthorized(c, true)
    markApiTokenUsed(db, found.token.id, now())
    c.set('apiCaller', { tokenId: found.token.id, user: found.user, scope: scopeOf(found.user) })
    c.header('Cache-Control', 'no-store')
    c.header('Vary', 'Authorization')
    return next()
  }
}
