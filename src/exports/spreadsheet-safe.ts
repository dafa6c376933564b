/**
 * Spreadsheet formula injection: a cell that starts with =, +, -, @, tab or
 * carriage return can run as a formula when a CSV or XLSX is opened in Excel.
 * Every text cell of every file a spreadsheet may open goes through this; the raw
 * export for people, millions of rows, sends only the cells people wrote (the rest
 * are codes, numbers and option values, which cannot start with any of these),
 * and the raw export for programs none: a program reads the text as written.
 * Numbers stay numbers: a negative number is data, not a formula.
 */
/** = + - @ tab CR, as character codes: checked on every cell of exports of millions of rows. */
const DANGEROUS_FIRST = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d])

export function neutraliseCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value
  return DANGEROUS_FIRST.has(value.charCodeAt(0)) ? `'${value}` : value
}

export function neutraliseRow(values: readonly unknown[]): unknown[] {
  return values.map(neutraliseCell)
}
