/**
 * Figures in files for people written as the results pages write them: every decimal column to
 * exactly 2 decimals (4.5 → "4.50", 92 → "92.00"), rounded half away from zero by the engine's
 * `round2`, as `fixed2` on the pages does. Digits are not grouped, so Excel still reads a number.
 * Files for programs keep plain numbers (4.5).
 *
 * @example
 * peopleCells(columns, [4.5, 10, 'ok']) // ['4.50', 10, 'ok'] for a decimal, an integer and a text column
 */
import { round2 } from '../domain/scoring/index.js'
import type { CellValue, ResultColumn } from '../results/result-columns.js'

/** Decimals the results pages print for every mean, S.D., percent, margin and rate. */
export const PAGE_DECIMALS = 2

export function peopleCells(columns: readonly Pick<ResultColumn<never>, 'kind'>[], cells: readonly CellValue[]): CellValue[] {
  return cells.map((cell, i) =>
    columns[i]?.kind === 'decimal' && typeof cell === 'number' ? round2(cell).toFixed(PAGE_DECIMALS) : cell,
  )
}
