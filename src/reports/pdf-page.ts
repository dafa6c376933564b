/**
 * A4 pages of a long Thai report drawn with PDFKit (made with margin 0, so PDFKit never adds a
 * page of its own): margins, a cursor that starts a new page
 * when the next block would not fit, headings that remember their page for the contents, text
 * in Sarabun that copies as the Thai that was typed, and a page number in every footer
 * (written once layout is done, so the document is made with `bufferPages`).
 *
 * @example
 * const page = reportPage(doc)
 * page.heading('1 วิธีการประเมิน', 1)      // on a new page if less than a few lines are left
 * page.text('…')
 */
import { paragraph } from '../posters/poster-pdf.js'

export const CM = 72 / 2.54
export const BLUE = '#1d4f91'
export const GREY = '#505a5f'
export const LIGHT = '#f3f2f1'

export const MARGIN = { top: 2 * CM, bottom: 2 * CM, left: 2 * CM, right: 1.8 * CM }
export const BODY_SIZE = 13

/** Thai and other non-ASCII text gets an ActualText span; digits and Latin copy as drawn and need none. */
const needsActualText = (text: string) => /[^\x20-\x7e]/.test(text)

export type Heading = { title: string; level: 1 | 2; page: number }

export function reportPage(doc: PDFKit.PDFDocument) {
  const width = () => doc.page.width - MARGIN.left - MARGIN.right
  const bottom = () => doc.page.height - MARGIN.bottom
  const headings: Heading[] = []

  const newPage = () => {
    doc.addPage()
    doc.x = MARGIN.left
    doc.y = MARGIN.top
  }
  /** Starts a new page unless `height` points fit below the cursor. */
  const room = (height: number) => {
    if (doc.y + height > bottom()) newPage()
  }
  /** The page being drawn, counted from 1. */
  const pageNumber = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count

  /** One line in a box, cut with an ellipsis when too long; Thai copies whole through its ActualText. */
  const cell = (text: string, x: number, y: number, w: number, align: 'left' | 'right' | 'center' = 'left') => {
    const options = { width: w, height: doc.currentLineHeight(true), ellipsis: true, lineBreak: true, align }
    if (!needsActualText(text)) {
      doc.text(text, x, y, options)
      return
    }
    doc.markContent('Span', { actual: text })
    doc.text(text, x, y, options)
    doc.endMarkedContent()
  }

  return {
    doc,
    headings,
    width,
    bottom,
    newPage,
    room,
    pageNumber,
    cell,
    /** A wrapped paragraph at the left margin. */
    text(
      text: string,
      { size = BODY_SIZE, bold = false, colour = '#000000', align = 'left' as 'left' | 'center' | 'right' } = {},
    ) {
      doc
        .font(bold ? 'bold' : 'regular')
        .fontSize(size)
        .fillColor(colour)
      room(Math.min(doc.heightOfString(text, { width: width() }), bottom() - MARGIN.top))
      paragraph(doc, text, width(), { x: MARGIN.left, y: doc.y }, align)
    },
    /** A section (level 1, always on a new page) or a subsection; recorded for the contents and the bookmarks. */
    heading(title: string, level: 1 | 2, { newPageFirst = level === 1 } = {}) {
      if (newPageFirst) newPage()
      else room(90)
      if (level === 2) doc.moveDown(0.5)
      doc
        .font('bold')
        .fontSize(level === 1 ? 20 : 15)
        .fillColor(BLUE)
      paragraph(doc, title, width(), { x: MARGIN.left, y: doc.y }, 'left')
      doc.moveDown(0.3)
      headings.push({ title, level, page: pageNumber() })
      doc.fillColor('#000000')
    },
    /** Label and value pairs in two columns. */
    figures(rows: { label: string; value: string }[]) {
      doc.font('regular').fontSize(BODY_SIZE)
      const line = doc.currentLineHeight(true) + 3
      const half = width() * 0.55
      for (const r of rows) {
        room(line)
        const y = doc.y
        doc.fillColor(GREY)
        cell(r.label, MARGIN.left, y, half - 6)
        doc.fillColor('#000000').font('bold')
        cell(r.value, MARGIN.left + half, y, width() - half)
        doc.font('regular')
        doc.y = y + line
      }
      doc.moveDown(0.5)
    },
    /** Page numbers at the foot of every page but the cover; call once every page is drawn. */
    footers(label: (page: number, total: number) => string) {
      const range = doc.bufferedPageRange()
      for (let i = range.start + 1; i < range.start + range.count; i++) {
        doc.switchToPage(i)
        doc.font('regular').fontSize(10).fillColor(GREY)
        cell(label(i + 1, range.count), MARGIN.left, doc.page.height - MARGIN.bottom / 2, width(), 'center')
      }
    },
  }
}

export type ReportPage = ReturnType<typeof reportPage>
