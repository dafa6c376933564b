/**
 * The per-organisation results of a round for a scope, as a file: XLSX, CSV
 * for people (Thai headers, BOM), CSV for machines (column codes, no BOM) or
 * JSON. Every format takes the same rows and columns from the results engine,
 * so every file carries the numbers the results pages show.
 *
 * @example
 * const table = readResultsTable(db, { round, scope, settings })
 * const file = resultsExport('xlsx', table)
 * return c.body(Readable.toWeb(file.body), 200, { 'Content-Type': file.contentType, 'Content-Disposition': file.contentDisposition })
 */
import { Readable } from 'node:stream'
import type { Db } from '../db/client.js'
import type { Localized } from '../domain/questionnaire/definition.js'
import type { Scope } from '../domain/scope.js'
import { resultsStanding } from '../domain/round-status.js'
import { createResultsService, type ResultsSettings } from '../results/organisation-results.js'
import type { OrganisationRow } from '../results/organisation-rows.js'
import type { ResultColumn } from '../results/result-columns.js'
import { CSV_CONTENT_TYPE, csvStream } from './csv.js'
import { peopleCells } from './people-numbers.js'
import { columnJson, resultTable, rowJson } from './result-table.js'
import { XLSX_CONTENT_TYPE, xlsxStream } from './xlsx.js'

export const RESULTS_FORMATS = ['xlsx', 'csv', 'csv-machines', 'json'] as const
export type ResultsFormat = (typeof RESULTS_FORMATS)[number]

/** A scope as a file names it: `national`, `province:81`, `organisation:5810401`. */
export type ExportScope = { key: string; scope: Scope; name: Localized }

export type ExportRound = {
  id: number
  nameTh: string
  nameEn: string
  opensAt: number
  closesAt: number
  finalisedAt: number | null
}

export type ResultsTable = {
  round: ExportRound
  scope: ExportScope
  columns: ResultColumn<OrganisationRow>[]
  /** One per organisation in scope, those without responses included. */
  rows: OrganisationRow[]
  minimumResponses: number
  flaggedIncluded: boolean
}

export type ResultsFile = { contentType: string; filename: string; contentDisposition: string; body: Readable }

export const RESULTS_SHEET = 'ผลรายหน่วยงาน'
export const DICTIONARY_SHEET = 'คำอธิบายคอลัมน์'

/** Reads the table from the tallies; undefined when the round has no questionnaire to score by. */
export function readResultsTable(
  db: Db,
  input: { round: ExportRound; scope: ExportScope; settings: ResultsSettings },
): ResultsTable | undefined {
  const { round, scope, settings } = input
  const definition = createResultsService(db, settings).definitionFor(round.id)
  if (!definition) return undefined
  const { minimumResponses, includeFlagged } = settings
  const roundInfo = {
    id: round.id,
    nameTh: round.nameTh,
    opensAt: new Date(round.opensAt),
    closesAt: new Date(round.closesAt),
    finalisedAt: round.finalisedAt,
  }
  const { columns, rows } = resultTable(db, {
    round: roundInfo,
    definition,
    scope: scope.scope,
    minimumResponses,
    includeFlagged,
  })
  return { round, scope, columns, rows, minimumResponses, flaggedIncluded: includeFlagged }
}

const EXTENSION: Record<ResultsFormat, string> = { xlsx: 'xlsx', csv: 'csv', 'csv-machines': 'csv', json: 'json' }

/** Lower-case ASCII words joined by hyphens: "Fiscal year 2568 (BE)" → "fiscal-year-2568-be". */
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)

/** Characters no file system or browser is happy with in a name. */
export const safeName = (text: string) =>
  text
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** RFC 5987 percent-encoding of a UTF-8 value (`encodeURIComponent` leaves `'()*` alone). */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * `lgu-results_fiscal-year-2568-be_province-81.xlsx`, with the Thai name
 * (`ผลรายหน่วยงาน_ปีงบประมาณ 2568_จังหวัดกระบี่.xlsx`) in `filename*` for
 * browsers that take it.
 */
export function resultsFilename(
  format: ResultsFormat,
  table: Pick<ResultsTable, 'round' | 'scope'>,
): { ascii: string; thai: string } {
  const round = slug(table.round.nameEn) || `round-${table.round.id}`
  const scope = slug(table.scope.key) || 'scope'
  const audience = format === 'csv-machines' ? '_machines' : ''
  const ext = EXTENSION[format]
  const thaiAudience = format === 'csv-machines' ? '_สำหรับโปรแกรม' : ''
  return {
    ascii: `lgu-results_${round}_${scope}${audience}.${ext}`,
    thai: `${safeName(`${RESULTS_SHEET}_${table.round.nameTh}_${table.scope.name.th}${thaiAudience}`)}.${ext}`,
  }
}

export function contentDisposition(name: { ascii: string; thai: string }): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${rfc5987(name.thai)}`
}

const isoInstant = (ms: number) => new Date(ms).toISOString()

/** JSON written row by row: `{ round, scope, …, columns, rows: [{ code: value, … }] }`. */
async function* jsonChunks(table: ResultsTable): AsyncGenerator<string> {
  const head = {
    round: {
      id: table.round.id,
      nameTh: table.round.nameTh,
      nameEn: table.round.nameEn,
      opensAt: isoInstant(table.round.opensAt),
      closesAt: isoInstant(table.round.closesAt),
      results: resultsStanding(table.round),
      finalisedAt: table.round.finalisedAt === null ? null : isoInstant(table.round.finalisedAt),
    },
    scope: { key: table.scope.key, kind: table.scope.scope.kind, nameTh: table.scope.name.th, nameEn: table.scope.name.en },
    minimumResponses: table.minimumResponses,
    flaggedIncluded: table.flaggedIncluded,
    columns: table.columns.map(columnJson),
  }
  yield `${JSON.stringify(head).slice(0, -1)},"rows":[`
  let first = true
  for (const row of table.rows) {
    yield `${first ? '' : ','}\n${JSON.stringify(rowJson(table.columns, row))}`
    first = false
  }
  yield '\n]}\n'
}

async function* asBytes(chunks: AsyncIterable<string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk, 'utf8')
}

function bodyOf(format: ResultsFormat, table: ResultsTable): Readable {
  const { columns, rows } = table
  switch (format) {
    case 'xlsx':
      return xlsxStream({
        sheetName: RESULTS_SHEET,
        dictionarySheetName: DICTIONARY_SHEET,
        columns,
        rows,
        frozenColumns: 2,
        widths: {
          dla_code: 10,
          name: 36,
          type: 12,
          province: 14,
          district: 18,
          status: 13,
          overall_band: 14,
          round: 22,
          round_opens: 12,
          round_closes: 12,
          results_status: 12,
        },
        title: `${RESULTS_SHEET} ${table.round.nameTh} ${table.scope.name.th}`,
        creator: 'ระบบประเมินความพึงพอใจ อปท.',
      })
    case 'csv':
    case 'csv-machines': {
      const people = format === 'csv'
      const header = columns.map((c) => (people ? c.label.th : c.code))
      return csvStream(
        header,
        (function* () {
          for (const row of rows) {
            const cells = columns.map((c) => c.value(row))
            yield people ? peopleCells(columns, cells) : cells
          }
        })(),
        people ? 'people' : 'machines',
      )
    }
    case 'json':
      return Readable.from(asBytes(jsonChunks(table)), { objectMode: false })
  }
}

const CONTENT_TYPE: Record<ResultsFormat, string> = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: CSV_CONTENT_TYPE,
  'csv-machines': CSV_CONTENT_TYPE,
  json: 'application/json; charset=utf-8',
}

/** The file for a format: its type, names and a body that is written as it is read. */
export function resultsExport(format: ResultsFormat, table: ResultsTable): ResultsFile {
  const name = resultsFilename(format, table)
  return {
    contentType: CONTENT_TYPE[format],
    filename: name.ascii,
    contentDisposition: contentDisposition(name),
    body: bodyOf(format, table),
  }
}
