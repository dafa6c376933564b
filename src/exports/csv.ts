/**
 * CSV the two ways people need it: for people (UTF-8 with a BOM, so Excel shows
 * Thai) and for machines (no BOM). Both RFC 4180 with CRLF line ends, written
 * by csv-stringify, every text cell neutralised against formula injection.
 */
import { stringify } from 'csv-stringify'
import { Readable } from 'node:stream'
import { neutraliseRow } from './spreadsheet-safe.js'

export type CsvAudience = 'people' | 'machines'

async function* withHeader(header: string[], rows: Iterable<unknown[]> | AsyncIterable<unknown[]>) {
  yield neutraliseRow(header)
  for await (const row of rows) yield neutraliseRow(row)
}

/**
 * A streaming CSV: rows may be any (async) iterable and are pulled only as fast
 * as the client reads, so memory stays flat however many rows there are.
 */
export function csvStream(header: string[], rows: Iterable<unknown[]> | AsyncIterable<unknown[]>, audience: CsvAudience): Readable {
  const csv = stringify({ bom: audience === 'people', record_delimiter: 'windows', quoted_match: /^\s|\s$/ })
  return Readable.from(withHeader(header, rows)).pipe(csv)
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8'
