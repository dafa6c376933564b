/**
 * `GET /staff/exports/raw.csv?round=<id>&scope=national|province:<code>&audience=people|machines`:
 * every response of a round, one row each, as a streamed CSV (see
 * `exports/raw-responses.ts`). For DLA (any scope) and provincial officers
 * (their own province, which is also what they get without `scope`), for
 * the rounds they can see. Anything else, another province, a round that
 * does not reach theirs, a round or province that does not exist, or an LGU
 * officer, is not found; a link without a round is a bad request. Every
 * download is in the audit log.
 */
import { pipeline, Readable } from 'node:stream'
import { constants, createGzip } from 'node:zlib'
import { Hono } from 'hono'
import { z } from 'zod'
import { recordAudit } from '../../../db/queries/audit.js'
import type { Db } from '../../../db/client.js'
import { findProvince } from '../../../db/queries/collection.js'
import type { RawExportScope } from '../../../db/queries/raw-responses.js'
import { roundsInScope } from '../../../db/queries/round-visibility.js'
import { formatScopeKey, parseScopeKey, type Scope } from '../../../domain/scope.js'
import { CSV_CONTENT_TYPE } from '../../../exports/csv.js'
import { rawResponsesCsv } from '../../../exports/raw-responses.js'
import { acceptsGzip } from '../../accepts-gzip.js'
import { rawExportTranslator } from '../../../i18n/staff/raw-export.js'
import { createResultsService } from '../../../results/organisation-results.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'

const rawExportQuery = z.object({
  round: z
    .string()
    .regex(/^[1-9]\d{0,14}$/)
    .transform(Number),
  audience: z.enum(['people', 'machines']).default('people'),
  scope: z.string().optional(),
})

/**
 * A `scope=` key (`parseScopeKey`) this export offers: `national` or `province:<code>`, never one organisation;
 * absent or empty means the caller's own scope. Undefined: no such scope.
 */
function requestedScope(value: string | undefined, own: Scope): RawExportScope | undefined {
  if (value === undefined || value === '') return own.kind === 'organisation' ? undefined : own
  const key = parseScopeKey(value)
  return key?.kind === 'organisation' ? undefined : key
}

/** Whether the caller may export that scope, and it exists. Another province's code reads as a missing one. */
function scopeAllowed(db: Db, own: Scope, wanted: RawExportScope): boolean {
  if (wanted.kind === 'national') return own.kind === 'national'
  return findProvince(db, own, wanted.provinceCode) !== undefined
}

/** DLA sees every round; a provincial officer those reaching their province, as on their other pages. */
function roundVisible(db: Db, own: Scope, roundId: number): boolean {
  return roundsInScope(db, own).some((r) => r.id === roundId)
}

const fileScope = (scope: RawExportScope) => (scope.kind === 'national' ? 'national' : `province-${scope.provinceCode}`)

export function rawExportRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  // Only the round → questionnaire lookup is used here; the settings do not matter to it.
  const results = createResultsService(db, {
    minimumResponses: config.RESULTS_MIN_RESPONSES,
    includeFlagged: !config.EXCLUDE_FLAGGED,
  })
  const app = new Hono<StaffEnv>()

  const badRequest = (c: StaffContext) => {
    const t = rawExportTranslator(staffLocale(c))
    return renderStaffPage(
      c,
      t('rawExport.badRequest.title'),
      <>
        <h1 class="heading-l">{t('rawExport.badRequest.title')}</h1>
        <p>{t('rawExport.badRequest.body')}</p>
      </>,
      400,
    )
  }

  app.get('/staff/exports/raw.csv', requireRole('dla', 'province'), (c) => {
    const staff = staffOf(c)
    // Who may see what comes first, so a malformed link tells nobody more than "not found" would.
    const scope = requestedScope(c.req.query('scope'), staff.scope)
    if (!scope || !scopeAllowed(db, staff.scope, scope)) return renderStaffStatus(c, 'notFound', 404)
    const query = rawExportQuery.safeParse(c.req.query())
    if (!query.success) return badRequest(c)
    const { round: roundId, audience } = query.data
    const definition = roundVisible(db, staff.scope, roundId) ? results.definitionFor(roundId) : undefined
    if (!definition) return renderStaffStatus(c, 'notFound', 404)

    recordAudit(
      db,
      {
        action: 'export_downloaded',
        actor: staff.user,
        targetType: 'round',
        targetId: roundId,
        provinceCode: scope.kind === 'province' ? scope.provinceCode : null,
        detail: { export: 'raw-responses', format: 'csv', audience, scope: formatScopeKey(scope), round: roundId },
      },
      new Date(deps.now()),
    )

    const csv = rawResponsesCsv(db, { roundId, scope, definition, audience })
    // Millions of rows: gzip at the fastest level, here, costs a fraction of the general middleware's
    // default level for a file still about a fifth of its size. A failure part-way ends both streams.
    const gzip = acceptsGzip(c.req.header('Accept-Encoding'))
    const body = gzip ? pipeline(csv, createGzip({ level: constants.Z_BEST_SPEED }), () => {}) : csv
    return c.body(Readable.toWeb(body) as ReadableStream, 200, {
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': `attachment; filename="raw-responses-round-${roundId}-${fileScope(scope)}-${audience}.csv"`,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    })
  })

  return app
}
