/**
 * The per-organisation results table of a round as data: the engine's rows
 * (`organisationRows`) under the shared columns (`organisationColumns`), the
 * same ones the results pages and staff exports use, so every file and the API
 * carry the same numbers under the same codes.
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
import { organisationColumns, type CellValue, type ResultColumn } from '../results/result-columns.js'
import type { RoundRecord } from './rounds.js'

export type ColumnJson = {
  code: string
  label: Localized
  description: Localized
  unit: Localized | null
  kind: ResultColumn<unknown>['kind']
}

/** A column as the staff JSON export also describes it. */
export const columnJson = (c: ResultColumn<never>): ColumnJson => ({ code: c.code, label: c.label, description: c.description, unit: c.unit, kind: c.kind })

/** One row as an object keyed by column code, in column order. */
export function rowJson<Row>(columns: readonly ResultColumn<Row>[], row: Row): Record<string, CellValue> {
  const out: Record<string, CellValue> = {}
  for (const c of columns) out[c.code] = c.value(row)
  return out
}

export function resultTable(
  db: Db,
  input: { round: RoundRecord; definition: Definition; scope: Scope; minimumResponses: number; includeFlagged: boolean },
): { columns: ResultColumn<OrganisationRow>[]; rows: OrganisationRow[] } {
  const options = scoringOptions({ minimumResponses: input.minimumResponses })
  const rows = organisationRows(db, { roundId: input.round.id, definition: input.definition, scope: input.scope, options, includeFlagged: input.includeFlagged })
  const columns = organisationColumns<OrganisationRow>(input.definition, input.round, input.minimumResponses)
  return { columns, rows }
}
