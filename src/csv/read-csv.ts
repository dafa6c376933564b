/**
 * The one reader of CSV files that staff upload (DLA's registry, service points
 * in bulk): csv-parse over UTF-8 text, with or without a BOM, each row with its
 * physical line number. Pure: no database, no file system.
 *
 * @example
 * const { rows } = readCsvRows(text, (names) => names) // rows[0].line === 2 (1 is the header)
 */
import { CsvError, parse } from 'csv-parse/sync'
import type { InfoRecord } from 'csv-parse/sync'

export type CsvReadFailure = 'notCsv' | 'empty' | 'notUtf8'

/** The file as a whole cannot be read; `reason` for words in the page's language, `message` in English. */
export class CsvReadError extends Error {
  override name = 'CsvReadError'
  constructor(
    readonly reason: CsvReadFailure,
    message: string,
    /** The line where reading stopped, when csv-parse says. */
    readonly line?: number,
  ) {
    super(message)
  }
}

type Parsed = { record: Record<string, string | undefined>; info: InfoRecord }

export type CsvRow = {
  record: Record<string, string | undefined>
  /**
   * Physical line in the file, 1 being the header, as csv-parse's `info.lines`
   * counts it: a row whose quoted field spans lines is numbered by its last line.
   */
  line: number
  /** Set when the row has another number of fields than the header: how many it has (null: unknown). */
  fieldCount?: number | null
}

/**
 * Reads the rows under the header. `checkHeader` gets the trimmed column names
 * and returns the names to key records by, or throws to refuse the file. Thai
 * text saved as TIS-620 (older Excel) decodes to U+FFFD, refused as `notUtf8`.
 */
export function readCsvRows(
  csv: string | Buffer,
  checkHeader: (names: string[]) => string[],
): { rows: CsvRow[]; columnCount: number } {
  let columnCount = 0
  let parsed: Parsed[]
  try {
    // csv-parse 7 counts a CRLF inside a quoted field as two lines, which would
    // shift every later line number in a Windows file; LF-only text counts right.
    const text = (typeof csv === 'string' ? csv : csv.toString('utf8')).replace(/\r\n/g, '\n')
    parsed = parse<Parsed>(text, {
      bom: true,
      columns: (header: string[]) => {
        columnCount = header.length
        const names = header.map((name) => name.trim())
        if (names.some((name) => name.includes('\uFFFD'))) {
          throw new CsvReadError('notUtf8', 'the file is not UTF-8 text (perhaps TIS-620/Windows-874); save it as UTF-8 CSV')
        }
        return checkHeader(names)
      },
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    })
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as { lines?: unknown }).lines
      throw new CsvReadError('notCsv', `not valid CSV: ${error.message}`, typeof line === 'number' ? line : undefined)
    }
    throw error
  }
  if (columnCount === 0) throw new CsvReadError('empty', 'the file is empty')
  const rows = parsed.map(({ record, info }): CsvRow => {
    if (!info.error) return { record, line: info.lines }
    return { record, line: info.lines, fieldCount: Array.isArray(info.error.record) ? info.error.record.length : null }
  })
  return { rows, columnCount }
}
