/**
 * The service point CSV: its columns, reading a file into rows, and the template
 * people download. A row per service point; `dla_code` may be left blank by an
 * LGU officer (their own organisation); services in one cell are separated by
 * `|`, and `services_en` pairs with `services_th` by position.
 */
import { CsvReadError, readCsvRows, type CsvReadFailure } from '../csv/read-csv.js'
import { SERVICE_SEPARATOR, type BatchProblem, type BatchRow } from '../domain/service-point-batch.js'

export const POINT_CSV_COLUMNS = ['dla_code', 'name_th', 'name_en', 'services_th', 'services_en'] as const

/** Enough for every organisation in the country with two points each, and a file Excel opens. */
export const MAX_POINT_ROWS = 20_000
export const MAX_POINT_MEGABYTES = 2

export type PointFileFailure =
  CsvReadFailure | 'missingColumns' | 'unknownColumns' | 'duplicateColumns' | 'noRows' | 'tooManyRows'

/** The file as a whole cannot be used; nothing of it is stored. */
export class PointFileError extends Error {
  override name = 'PointFileError'
  constructor(
    readonly reason: PointFileFailure,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(`${reason} ${JSON.stringify(vars)}`)
  }
}

function checkHeader(names: string[]): string[] {
  // Excel leaves unnamed columns behind formatted cells; they are read as nothing.
  const lower = names.map((name, i) => (name ? name.toLowerCase() : `(unnamed ${i})`))
  const known: readonly string[] = POINT_CSV_COLUMNS
  const unknown = lower.filter((name) => !known.includes(name) && !name.startsWith('(unnamed '))
  if (unknown.length > 0) throw new PointFileError('unknownColumns', { names: unknown.join(', '), expected: known.join(',') })
  if (new Set(lower).size !== lower.length) throw new PointFileError('duplicateColumns', { names: lower.join(',') })
  if (!lower.includes('name_th')) throw new PointFileError('missingColumns', { expected: known.join(',') })
  return lower
}

/** Rows with their line numbers, and the rows whose field count is wrong as problems. */
export function readPointCsv(text: string): { rows: BatchRow[]; problems: BatchProblem[] } {
  // Thai saved as TIS-620 decodes to U+FFFD under an ASCII header, so look at every line.
  const garbled = text.indexOf('\uFFFD')
  if (garbled >= 0) throw new PointFileError('notUtf8', { line: text.slice(0, garbled).split('\n').length })
  let read: ReturnType<typeof readCsvRows>
  try {
    read = readCsvRows(text, checkHeader)
  } catch (error) {
    if (error instanceof CsvReadError) throw new PointFileError(error.reason, error.line ? { line: error.line } : {})
    throw error
  }
  if (read.rows.length === 0) throw new PointFileError('noRows')
  if (read.rows.length > MAX_POINT_ROWS) throw new PointFileError('tooManyRows', { n: read.rows.length, max: MAX_POINT_ROWS })
  const rows: BatchRow[] = []
  const problems: BatchProblem[] = []
  for (const { record, line, fieldCount } of read.rows) {
    if (fieldCount !== undefined) {
      problems.push({ line, key: 'fieldCount', vars: { n: fieldCount ?? '?', expected: read.columnCount } })
      continue
    }
    const value = (column: (typeof POINT_CSV_COLUMNS)[number]) => record[column] ?? ''
    rows.push({
      line,
      dlaCode: value('dla_code'),
      nameTh: value('name_th'),
      nameEn: value('name_en'),
      servicesTh: value('services_th'),
      servicesEn: value('services_en'),
    })
  }
  return { rows, problems }
}

/** A template with a BOM, so Excel opens the Thai as Thai; the examples show the `|` between services. */
export function pointCsvTemplate(dlaCode: string): string {
  const s = SERVICE_SEPARATOR
  const lines = [
    POINT_CSV_COLUMNS.join(','),
    `${dlaCode},กองคลัง – งานจัดเก็บภาษี,Finance Division – Local Taxes,ชำระภาษีที่ดินและสิ่งปลูกสร้าง${s}ชำระภาษีป้าย,Land and building tax${s}Signboard tax`,
    `${dlaCode},งานทะเบียนราษฎร,Civil Registration,แจ้งเกิด${s}แจ้งตาย${s}ย้ายที่อยู่,Birth registration${s}Death registration${s}Change of address`,
    `${dlaCode},ศูนย์บริการประชาชน,Citizen Service Centre,,`,
  ]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
