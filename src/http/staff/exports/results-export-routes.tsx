/**
 * The per-organisation results export, for every role within its scope: the
 * page choosing a round and a scope, and the downloads
 * `/staff/exports/results.{xlsx,csv,json}?round=&scope=&audience=`.
 * A round or scope outside the caller's is not found (404); every download is
 * recorded in the audit log.
 */
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { recordAudit } from '../../../db/queries/audit.js'
import { roundsInScope, type RoundOption } from '../../../db/queries/round-visibility.js'
import { parseScopeKey } from '../../../domain/scope.js'
import { readResultsTable, resultsExport, type ResultsFormat } from '../../../exports/results-export.js'
import { annualReportLink } from '../reports/annual-report-link.js'
import { ResultsExportPage } from '../../../../views/staff/exports/results-export-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { chooseRound } from '../lgu/round-choice.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { presentResultsPage } from './results-page.js'
import { organisationByDlaCode, ownExportScope, resolveExportScope, scopeChoices } from './results-scope.js'

/** The round a download names, if the caller can see it; without `round=`, the page's default. */
function roundOf(rounds: RoundOption[], requested: string | undefined, now: number): RoundOption | undefined {
  if (requested === undefined) return chooseRound(rounds, undefined, now)
  return /^[1-9]\d{0,14}$/.test(requested) ? rounds.find((r) => r.id === Number(requested)) : undefined
}

/** `audience=` of a CSV: people (the default) or machines; anything else is not a file we have. */
function csvFormat(audience: string | undefined): ResultsFormat | undefined {
  if (audience === undefined || audience === 'people') return 'csv'
  return audience === 'machines' ? 'csv-machines' : undefined
}

export function resultsExportRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const settings = { minimumResponses: config.RESULTS_MIN_RESPONSES, includeFlagged: !config.EXCLUDE_FLAGGED }
  const app = new Hono<StaffEnv>()

  app.get('/staff/exports', (c) => {
    const { scope: caller } = staffOf(c)
    const now = deps.now()
    const own = ownExportScope(db, caller)
    if (!own) return renderStaffStatus(c, 'notFound', 404)
    const rounds = roundsInScope(db, caller)
    const asked = c.req.query('scope') ?? ''
    const chosen = resolveExportScope(db, caller, asked)
    if (!chosen) return renderStaffStatus(c, 'notFound', 404)

    // DLA and provincial officers may name one organisation by its DLA code instead.
    const mayName = caller.kind !== 'organisation'
    const chosenKey = parseScopeKey(chosen.key)
    const chosenCode = chosenKey?.kind === 'organisation' && mayName ? chosenKey.dlaCode : ''
    const typed = (c.req.query('dlaCode') ?? chosenCode).trim().slice(0, 32)
    const named = mayName && typed ? organisationByDlaCode(db, caller, typed) : undefined
    const notFound = mayName && typed !== '' && !named
    const { title, props } = presentResultsPage({
      locale: staffLocale(c),
      now,
      rounds,
      round: chooseRound(rounds, c.req.query('round'), now),
      own,
      choices: scopeChoices(db, caller),
      chosenKey: chosen.key,
      target: named ?? (notFound ? undefined : chosen),
      dlaCode: mayName ? { value: typed, error: notFound } : undefined,
      minimumResponses: settings.minimumResponses,
      flaggedIncluded: settings.includeFlagged,
    })
    // DLA and provincial officers also make the round's annual report (a PDF, in the background).
    const report = mayName ? annualReportLink(staffLocale(c), props.round?.value) : undefined
    return renderStaffPage(c, title, <ResultsExportPage {...props} report={report} />, notFound ? 422 : 200)
  })

  const download = (c: StaffContext, format: ResultsFormat | undefined) => {
    const { user, scope: caller } = staffOf(c)
    const round = roundOf(roundsInScope(db, caller), c.req.query('round'), deps.now())
    const target = resolveExportScope(db, caller, c.req.query('scope'))
    const table = format && round && target ? readResultsTable(db, { round, scope: target, settings }) : undefined
    if (!format || !round || !target || !table) return renderStaffStatus(c, 'notFound', 404)

    const file = resultsExport(format, table)
    const one = target.scope.kind === 'organisation' ? table.rows[0] : undefined
    recordAudit(
      db,
      {
        action: 'export_downloaded',
        actor: user,
        targetType: 'round',
        targetId: round.id,
        provinceCode: target.scope.kind === 'province' ? target.scope.provinceCode : one?.provinceCode,
        organisationId: one?.organisationId,
        detail: { export: 'results', format, scope: target.key, round: round.id, rows: table.rows.length },
      },
      new Date(deps.now()),
    )
    return c.body(Readable.toWeb(file.body) as ReadableStream, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': file.contentDisposition,
      'Cache-Control': 'no-store',
    })
  }

  app.get('/staff/exports/results.xlsx', (c) => download(c, 'xlsx'))
  app.get('/staff/exports/results.csv', (c) => download(c, csvFormat(c.req.query('audience'))))
  app.get('/staff/exports/results.json', (c) => download(c, 'json'))

  return app
}
