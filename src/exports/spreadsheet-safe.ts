/**
 * Spreadsheet formula injection: a cell that starts with =, +, -, @, tab or
 * carriage return can run as a formula when a CSV or XLSX is opened in Excel.
 * Every text cell of every file a spreadsheet may open goes through this.
 * Numbers stay numbers: a negative number is data, not a formula.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/

export function neutraliseCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value
  return DANGEROUS_START.test(value) ? `'${value}` : value
}

export function neutraliseRow(values: readonly unknown[]): unknown[] {
  return values.map(neutraliseCell)
}
