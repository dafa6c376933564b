/**
 * CSV the two ways people need it: for people (UTF-8 with a BOM, so Excel shows
 * Thai) and for machines (no BOM). Both RFC 4180 with CRLF line ends, written
 * by Papa Parse: it quotes a field holding a quote, a comma, a line break (CR
 * or LF alone too, as a resident's comment may) or edge spaces. Every text
 * cell is neutralised against formula injection first.
 */
import Papa from 'papaparse'
import { Readable } from 'node:stream'
import { neutraliseRow } from './spreadsheet-safe.js'

export type CsvAudience = 'people' | 'machines'

const BOM = '\ufeff'
const CRLF = '\r\n'
/** Rows written per chunk: big enough that stream overhead is spread thin, small enough to keep memory flat. */
const BLOCK_ROWS = 1000

type Rows = Iterable<unknown[]>
type Blocks = Iterable<Rows> | AsyncIterable<Rows>

async function* csvChunks(header: string[], blocks: Blocks, audience: CsvAudience, rowsGuarded: boolean) {
  let block: unknown[][] = [neutraliseRow(header)]
  let first = true
  const flush = () => {
    // Each block ends with a line end of its own; Papa Parse puts them only between rows.
    const text = `${first && audience === 'people' ? BOM : ''}${Papa.unparse(block, { newline: CRLF })}${CRLF}`
    block = []
    first = false
    return Buffer.from(text, 'utf8')
  }
  for await (const rows of blocks)
    for (const row of rows) {
      block.push(rowsGuarded ? row : neutraliseRow(row))
      if (block.length >= BLOCK_ROWS) yield flush()
    }
  if (block.length > 0 || first) yield flush()
}

/**
 * A streaming CSV of rows given in blocks (e.g. one block per page read from
 * the database): they are pulled only as fast as the client reads and written
 * a thousand rows at a time, so memory stays flat however many rows there are
 * and no row pays for a trip through the stream on its own. `rowsGuarded`: the
 * caller has put every cell that needs it through `neutraliseCell` itself (or,
 * in a file for programs, chosen to leave text as written), and knows the
 * others cannot start a formula.
 */
export function csvStreamOfBlocks(
  header: string[],
  blocks: Blocks,
  audience: CsvAudience,
  options: { rowsGuarded?: boolean } = {},
): Readable {
  return Readable.from(csvChunks(header, blocks, audience, options.rowsGuarded ?? false), { objectMode: false })
}

/** A streaming CSV of rows that are at hand (an array, a generator). */
export function csvStream(header: string[], rows: Rows, audience: CsvAudience): Readable {
  return csvStreamOfBlocks(header, [rows], audience)
}

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8'
