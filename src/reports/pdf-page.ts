/**
 * A4 pages of a long Thai report drawn with PDFKit (made with margin 0, so PDFKit never adds a
 * page of its own): margins, a cursor that starts a new page
 * when the next block would not fit, headings that remember their page for the contents, text
 * in Sarabun that copies as the Thai that was typed, and a page number in every footer. The
 * document is made with `bufferPages`, so pages drawn before the page count is known can be
 * numbered (and the contents written) once it is, and then flushed.
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
  let footer: ((page: number) => void) | undefined

  // Once numbered, a page is written out as soon as the next one starts: never before, since
  // PDFKit ends a flushed page and anything drawn on it after is lost.
  const newPage = () => {
    if (footer) doc.flushPages()
    doc.addPage()
    footer?.(pageNumber())
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
    /**
     * The page number at the foot of every page but the cover: on the pages buffered so far, and on
     * every page added from now on as it is added. The total must be known by then. From now on
     * each finished page is written out when the next begins.
     */
    footers(label: (page: number) => string) {
      const draw = (page: number) => {
        if (page === 1) return
        const { x, y } = doc
        doc.font('regular').fontSize(10).fillColor(GREY)
        cell(label(page), MARGIN.left, doc.page.height - MARGIN.bottom / 2, width(), 'center')
        doc.fillColor('#000000')
        doc.x = x
        doc.y = y
      }
      const range = doc.bufferedPageRange()
      const current = range.start + range.count - 1
      for (let i = range.start; i <= current; i++) {
        doc.switchToPage(i)
        draw(i + 1)
      }
      doc.switchToPage(current)
      footer = draw
    },
  }
}

export type ReportPage = ReturnType<typeof reportPage>
