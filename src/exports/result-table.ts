/**
 * The per-organisation results table of a round as data: the engine's rows
 * (`organisationRows`) under the shared columns (`organisationColumns`). The
 * staff export files, the API and open data all start from it, so every file
 * and every JSON answer carries the same numbers under the same codes.
 *
 * @example
 * const table = resultTable(db, { round, definition, scope: { kind: 'national' }, minimumResponses: 10, includeFlagged: false })
 * const json = { columns: table.columns.map(columnJson), rows: table.rows.map((r) => rowJson(table.columns, r)) }
 */
import type { Db } from '../db/client.js'
import type { Definition, Localized } from '../domain/questionnaire/definition.js'
import type { Scope } from '../domain/scope.js'
import { scoringOptions } from '../results/organisation-results.js'
import { organisationRows, type OrganisationRow } from '../results/organisation-rows.js'
import { organisationColumns, type CellValue, type ResultColumn, type RoundInfo } from '../results/result-columns.js'

export type ColumnJson = {
  code: string
  label: Localized
  description: Localized
  unit: Localized | null
  kind: ResultColumn<unknown>['kind']
}

export type ResultTable = { columns: ResultColumn<OrganisationRow>[]; rows: OrganisationRow[] }

/** A column as every JSON answer describes it. */
export const columnJson = (c: ResultColumn<never>): ColumnJson => ({
  code: c.code,
  label: c.label,
  description: c.description,
  unit: c.unit,
  kind: c.kind,
})

/** One row as an object keyed by column code, in column order. */
export function rowJson<Row>(columns: readonly ResultColumn<Row>[], row: Row): Record<string, CellValue> {
  const out: Record<string, CellValue> = {}
  for (const c of columns) out[c.code] = c.value(row)
  return out
}

export function resultTable(
  db: Db,
  input: {
    round: RoundInfo & { id: number }
    definition: Definition
    scope: Scope
    minimumResponses: number
    includeFlagged: boolean
  },
): ResultTable {
  const { round, definition, scope, minimumResponses, includeFlagged } = input
  const options = scoringOptions({ minimumResponses })
  const rows = organisationRows(db, { roundId: round.id, definition, scope, options, includeFlagged })
  const columns = organisationColumns<OrganisationRow>(definition, round, minimumResponses)
  return { columns, rows }
}
