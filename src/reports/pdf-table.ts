/**
 * A table over as many pages as it needs: one line per row, the header row drawn again at the
 * top of every page it carries on to, rows shaded in turn. Rows are drawn as they come, so a
 * caller can hand them over a province at a time; `plan` says in advance which pages they take.
 *
 * @example
 * const table = pdfTable(page, columns)
 * table.header()
 * for (const row of rows) table.row(row)
 */
import { BLUE, LIGHT, MARGIN, type ReportPage } from './pdf-page.js'

export type Column = { label: string; width: number; align?: 'left' | 'right' | 'center' }

const SIZE = 10

export function pdfTable(page: ReportPage, columns: readonly Column[]) {
  const { doc } = page
  const total = columns.reduce((w, c) => w + c.width, 0)
  const scale = page.width() / total
  const widths = columns.map((c) => c.width * scale)
  doc.font('regular').fontSize(SIZE)
  const line = doc.currentLineHeight(true) + 4
  let shaded = false

  const draw = (cells: readonly string[], y: number) => {
    let x = MARGIN.left
    cells.forEach((text, i) => {
      page.cell(text, x + 3, y + 2, widths[i]! - 6, columns[i]!.align ?? 'left')
      x += widths[i]!
    })
  }

  const header = () => {
    page.room(line * 2)
    const y = doc.y
    doc.rect(MARGIN.left, y, page.width(), line).fill(BLUE)
    doc.font('bold').fontSize(SIZE).fillColor('#ffffff')
    draw(
      columns.map((c) => c.label),
      y,
    )
    doc.font('regular').fillColor('#000000')
    doc.y = y + line
    shaded = false
  }

  return {
    header,
    /**
     * Where rows yet to be drawn will fall, without drawing them: the page each group's line lands
     * on and the last page, from the cursor now. It follows `row` and `group` step by step, so a
     * report can print its contents and page count before the rows exist.
     */
    plan(groups: readonly { rows: number; line: boolean }[]): { starts: number[]; lastPage: number } {
      let y = doc.y
      let pageNo = page.pageNumber()
      const top = MARGIN.top
      const breakPage = () => {
        pageNo++
        y = top + line
      }
      const starts = groups.map((g) => {
        if (g.line) {
          if (y + line * 3 > page.bottom()) breakPage()
          y = y + 2 + line + 2
        }
        const start = pageNo
        for (let i = 0; i < g.rows; i++) {
          if (y + line > page.bottom()) breakPage()
          y = y + line
        }
        return start
      })
      return { starts, lastPage: pageNo }
    },
    /** A row; on a new page the header comes first. */
    row(cells: readonly string[], { bold = false } = {}) {
      if (doc.y + line > page.bottom()) {
        page.newPage()
        header()
      }
      const y = doc.y
      if (shaded) doc.rect(MARGIN.left, y, page.width(), line).fill(LIGHT)
      shaded = !shaded
      doc
        .font(bold ? 'bold' : 'regular')
        .fontSize(SIZE)
        .fillColor('#000000')
      draw(cells, y)
      doc.font('regular')
      doc.y = y + line
    },
    /** A line across the table naming the rows that follow (a province), kept with at least one row. */
    group(title: string) {
      if (doc.y + line * 3 > page.bottom()) {
        page.newPage()
        header()
      }
      const y = doc.y + 2
      doc
        .font('bold')
        .fontSize(SIZE + 1)
        .fillColor(BLUE)
      page.cell(title, MARGIN.left + 3, y + 2, page.width() - 6)
      doc.font('regular').fillColor('#000000')
      doc.y = y + line + 2
      shaded = false
    },
  }
}
