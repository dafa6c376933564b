/**
 * An XLSX workbook from a table of described columns, streamed as it is
 * written: sheet 1 holds the data, sheet 2 describes each column.
 *
 * Sheet 1 has two header rows: the Thai headers people read, then the stable
 * column codes programs read (pandas: `read_excel(f, header=1)`). Both stay
 * frozen on screen and the auto filter sits on the codes row, so sorting and
 * filtering never move either header. Sheet 2 has the same shape: one row per
 * column of sheet 1 (its letter, code, Thai and English header, description
 * and unit), again Thai headings over codes.
 *
 * Numbers are stored as numbers with the formats `0` and `0.00`; null is an
 * empty cell; every text cell, headers included, is neutralised against
 * formula injection.
 *
 * @example
 * const body = xlsxStream({ sheetName: 'ผลรายหน่วยงาน', dictionarySheetName: 'คำอธิบายคอลัมน์', columns, rows })
 */
import type ExcelJS from 'exceljs'
import { PassThrough, type Readable } from 'node:stream'
import type { ResultColumn } from '../results/result-columns.js'
import { neutraliseCell } from './spreadsheet-safe.js'

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export type XlsxTable<Row> = {
  sheetName: string
  dictionarySheetName: string
  columns: readonly ResultColumn<Row>[]
  rows: Iterable<Row> | AsyncIterable<Row>
  /** Columns kept in view when scrolling sideways (e.g. code and name). */
  frozenColumns?: number
  /** Widths in characters by column code; others get one by kind. */
  widths?: Record<string, number>
  /** Workbook properties. */
  title?: string
  creator?: string
  created?: Date
}

const CELL_STYLE: Record<ResultColumn<unknown>['kind'], Partial<ExcelJS.Style>> = {
  text: {},
  integer: { numFmt: '0' },
  decimal: { numFmt: '0.00' },
}
const DAY_STYLE: Partial<ExcelJS.Style> = { numFmt: 'yyyy-mm-dd' }
const DEFAULT_WIDTH = { text: 16, integer: 14, decimal: 14 } as const

/** Sheet 2's own columns: what it says about each column of sheet 1. */
type Described = { letter: string; column: ResultColumn<unknown> }
const DICTIONARY: { code: string; th: string; width: number; value: (d: Described) => string }[] = [
  { code: 'column', th: 'คอลัมน์', width: 10, value: (d) => d.letter },
  { code: 'code', th: 'รหัสคอลัมน์', width: 24, value: (d) => d.column.code },
  { code: 'label_th', th: 'หัวคอลัมน์ (ไทย)', width: 36, value: (d) => d.column.label.th },
  { code: 'label_en', th: 'หัวคอลัมน์ (อังกฤษ)', width: 32, value: (d) => d.column.label.en },
  { code: 'description_th', th: 'คำอธิบาย (ไทย)', width: 60, value: (d) => d.column.description.th },
  { code: 'description_en', th: 'คำอธิบาย (อังกฤษ)', width: 60, value: (d) => d.column.description.en },
  { code: 'unit_th', th: 'หน่วย (ไทย)', width: 14, value: (d) => d.column.unit?.th ?? '' },
  { code: 'unit_en', th: 'หน่วย (อังกฤษ)', width: 14, value: (d) => d.column.unit?.en ?? '' },
  { code: 'kind', th: 'ชนิดข้อมูล', width: 10, value: (d) => d.column.kind },
]

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FA' } }
const CODE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F2F1' } }

/** "A", …, "Z", "AA", …: the letter Excel shows over column `n` (1-based). */
function columnLetter(n: number): string {
  let letters = ''
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

const text = (value: string) => neutraliseCell(value)

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** A cell as stored: text neutralised, numbers as numbers, days as dates, null as no cell at all. */
function cellOf<Row>(column: ResultColumn<Row>, row: Row): string | number | Date | null {
  const value = column.value(row)
  if (value === null || value === undefined) return null
  // Midnight UTC of the day: ExcelJS counts serial days in UTC, so the cell shows that very day.
  if (column.isoDay && typeof value === 'string' && ISO_DAY.test(value)) return new Date(`${value}T00:00:00Z`)
  if (column.kind === 'text' || typeof value === 'string') return text(String(value))
  return value
}

/** The Thai header row (tall enough for long headers to wrap) and the code row, styled apart. */
function addHeaderRows(sheet: ExcelJS.Worksheet, labels: string[], codes: string[], labelHeight?: number) {
  const labelRow = sheet.addRow(labels.map(text))
  if (labelHeight) labelRow.height = labelHeight
  labelRow.eachCell((cell) => {
    cell.style = { font: { bold: true }, fill: HEADER_FILL, alignment: { wrapText: true, vertical: 'top' } }
  })
  labelRow.commit()
  const codeRow = sheet.addRow(codes.map(text))
  codeRow.eachCell((cell) => {
    cell.style = { font: { color: { argb: 'FF505A5F' }, size: 9 }, fill: CODE_FILL }
  })
  codeRow.commit()
}

async function writeWorkbook<Row>(table: XlsxTable<Row>, out: PassThrough): Promise<void> {
  // Loaded on the first workbook asked for, not at start: a server that only takes answers never needs it.
  const { default: excel } = await import('exceljs')
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true })
  workbook.creator = table.creator ?? ''
  workbook.title = table.title ?? ''
  workbook.created = workbook.modified = table.created ?? new Date()

  const { columns } = table
  const data = workbook.addWorksheet(table.sheetName, {
    pageSetup: { orientation: 'landscape' },
    views: [
      {
        state: 'frozen',
        xSplit: table.frozenColumns ?? 0,
        ySplit: 2,
        topLeftCell: columnLetter((table.frozenColumns ?? 0) + 1) + '3',
      },
    ],
  })
  data.columns = columns.map((c) => ({ key: c.code, width: table.widths?.[c.code] ?? DEFAULT_WIDTH[c.kind] }))
  addHeaderRows(
    data,
    columns.map((c) => c.label.th),
    columns.map((c) => c.code),
    80,
  )
  // One style object per kind, shared by every cell: ExcelJS then looks each up once, not once per cell.
  const styles = columns.map((c) => (c.isoDay ? DAY_STYLE : CELL_STYLE[c.kind]))
  let lastRow = 2
  for await (const row of table.rows) {
    const added = data.addRow(columns.map((c) => cellOf(c, row)))
    added.eachCell((cell, n) => {
      cell.style = styles[n - 1]!
    })
    added.commit()
    lastRow++
  }
  data.autoFilter = `A2:${columnLetter(columns.length)}${lastRow}`
  data.commit()

  const dictionary = workbook.addWorksheet(table.dictionarySheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, topLeftCell: 'A3' }],
  })
  dictionary.columns = DICTIONARY.map((d) => ({ key: d.code, width: d.width }))
  addHeaderRows(
    dictionary,
    DICTIONARY.map((d) => d.th),
    DICTIONARY.map((d) => d.code),
  )
  columns.forEach((column, i) => {
    const described = { letter: columnLetter(i + 1), column: column as ResultColumn<unknown> }
    const row = dictionary.addRow(DICTIONARY.map((d) => text(d.value(described)) || null))
    row.alignment = { wrapText: true, vertical: 'top' }
    row.commit()
  })
  dictionary.autoFilter = `A2:${columnLetter(DICTIONARY.length)}${columns.length + 2}`
  dictionary.commit()

  await workbook.commit()
}

/**
 * The workbook as a byte stream: rows are written one by one (ExcelJS's
 * streaming writer keeps no sheet in memory) and the client receives the zip
 * as it is made. A failure part-way destroys the stream, so a client sees a
 * broken download, never a short file that looks whole.
 */
export function xlsxStream<Row>(table: XlsxTable<Row>): Readable {
  const out = new PassThrough()
  writeWorkbook(table, out).catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))))
  return out
}
