/** GET /api/v1/rounds and GET /api/v1/rounds/:id/results: the rounds in reach and their per-organisation results. */
import { Hono } from 'hono'
import { z } from 'zod'
import { roundRecordsInScope } from '../../db/queries/round-records.js'
import { columnJson, resultTable, rowJson } from '../../exports/result-table.js'
import { apiError, badRequest } from './api-error.js'
import type { ApiEnv } from './bearer-auth.js'
import type { ApiDeps } from './deps.js'
import { roundJson } from './present-round.js'
import { resolveScope, scopeLabel, scopeParam } from './scope-param.js'

const resultsQuery = z.object({ id: z.string().regex(/^[1-9][0-9]{0,9}$/, 'A round id is a whole number.'), scope: scopeParam })

export function apiRoundRoutes({ db, config, now, definitions }: ApiDeps) {
  const app = new Hono<ApiEnv>()

  app.get('/api/v1/rounds', (c) => {
    const rounds = roundRecordsInScope(db, c.get('apiCaller').scope)
    return c.json({ rounds: rounds.map((r) => roundJson(r, now())) })
  })

  app.get('/api/v1/rounds/:id/results', (c) => {
    const parsed = resultsQuery.safeParse({ id: c.req.param('id'), scope: c.req.query('scope') })
    if (!parsed.success) return badRequest(c, parsed.error)
    const caller = c.get('apiCaller').scope
    // A round that does not reach the caller is not found, like one that does not exist.
    const round = roundRecordsInScope(db, caller).find((r) => r.id === Number(parsed.data.id))
    if (!round) return apiError(c, 404, 'not_found', 'No round with this id in the token’s scope.')
    const scope = resolveScope(db, caller, parsed.data.scope)
    if (!scope) return apiError(c, 404, 'not_found', 'No such province or organisation in the token’s scope.')
    const definition = definitions.get(round.questionnaireId)
    if (!definition) throw new Error(`round ${round.id} has no questionnaire`)
    const minimumResponses = config.RESULTS_MIN_RESPONSES
    const flaggedIncluded = !config.EXCLUDE_FLAGGED
    const table = resultTable(db, { round, definition, scope, minimumResponses, includeFlagged: flaggedIncluded })
    return c.json({
      round: roundJson(round, now()),
      scope: scopeLabel(db, scope),
      minimumResponses,
      flaggedIncluded,
      columns: table.columns.map(columnJson),
      rows: table.rows.map((r) => rowJson(table.columns, r)),
    })
  })

  return app
}
