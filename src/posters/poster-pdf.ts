/**
 * Posters as PDF, drawn with PDFKit and the Sarabun font (the Thai government's
 * typeface, from npm): Thai vowels and tone marks are placed by the font's own
 * OpenType rules, and the QR code is drawn as vector squares so it prints sharp.
 */
import { PassThrough, type Readable } from 'node:stream'
import type PDFKitDocument from 'pdfkit'
import type { PosterContent } from './poster-content.js'
import { QUIET_ZONE_MODULES, qrMatrix } from './qr-code.js'
import { sarabunFile, type SarabunWeight } from './sarabun.js'

export type PosterSize = 'a4' | 'a5'

const CM = 72 / 2.54
const BLUE = '#1d4f91'
const GREY = '#505a5f'

/**
 * Sizes in points. `qr` is the printed code itself, quiet zone not included:
 * 9 cm on A4 scans from about a metre (at least 8 cm whatever the URL length);
 * the A5 table tent is read from closer.
 */
const LAYOUT = {
  a4: { page: 'A4', margin: 1.5 * CM, qr: 9 * CM, headline: 28, name: 20, body: 15, small: 11, band: 3.2 * CM },
  a5: { page: 'A5', margin: 1 * CM, qr: 6.5 * CM, headline: 19, name: 14, body: 11, small: 8.5, band: 2.3 * CM },
} as const

/** The code's outer size (with its quiet zone) for a given printed size of the code itself. */
export const withQuietZone = (text: string, codeSize: number) => {
  const modules = qrMatrix(text).size
  return (codeSize * (modules + 2 * QUIET_ZONE_MODULES)) / modules
}

export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { size: modules, isDark } = qrMatrix(text)
  const cell = size / (modules + 2 * QUIET_ZONE_MODULES)
  doc.rect(x, y, size, size).fill('#ffffff')
  for (let r = 0; r < modules; r++)
    for (let c = 0; c < modules; c++)
      if (isDark(r, c))
        doc.rect(x + (c + QUIET_ZONE_MODULES) * cell, y + (r + QUIET_ZONE_MODULES) * cell, cell + 0.01, cell + 0.01)
  doc.fill('#000000')
}

/**
 * Writes a paragraph that copies and searches as the Thai that was typed. Shaping turns ำ into two
 * glyphs (ํ and า) and moves tone marks and upper vowels onto their own positions, so text read back
 * glyph by glyph comes out with an extra า and marks out of order or on a line of their own; an
 * ActualText span gives readers the paragraph's own Unicode instead.
 */
export function paragraph(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
  at?: { x: number; y: number },
  align: 'center' | 'left' | 'right' = 'center',
) {
  const options = { width, align }
  doc.markContent('Span', { actual: text })
  if (at) doc.text(text, at.x, at.y, options)
  else doc.text(text, options)
  return doc.endMarkedContent()
}

function drawPoster(doc: PDFKit.PDFDocument, p: PosterContent, size: PosterSize) {
  const L = LAYOUT[size]
  const width = doc.page.width - 2 * L.margin
  const left = (y: number) => ({ x: L.margin, y })
  const say = (text: string, at?: { x: number; y: number }) => paragraph(doc, text, width, at)

  doc.rect(0, 0, doc.page.width, L.band).fill(BLUE)
  doc.fillColor('#ffffff').font('bold').fontSize(L.name)
  say(p.organisation.th, left(L.band * 0.22))
  doc.font('regular').fontSize(L.body)
  say(`จุดให้บริการ: ${p.servicePoint.th}`)

  doc.fillColor('#000000').font('bold').fontSize(L.headline)
  say(p.headline.th, left(L.band + 0.5 * CM))
  doc.fillColor(GREY).font('regular').fontSize(L.body)
  say(p.headline.en)

  const qrY = doc.y
  const qrBox = withQuietZone(p.url, L.qr)
  drawQr(doc, p.url, (doc.page.width - qrBox) / 2, qrY, qrBox)

  doc.fillColor('#000000').font('regular').fontSize(L.small)
  say(`${p.codeLabel.th} / ${p.codeLabel.en}`, left(qrY + qrBox))
  doc.font('bold').fontSize(L.name)
  say(p.shortUrl)
  doc.font('regular').fontSize(L.body)
  say(`รหัสจุดให้บริการ / Code: ${p.code}`)

  doc.moveDown(0.8)
  p.steps.forEach((step, i) => {
    doc.fillColor('#000000').font('bold').fontSize(L.body)
    say(`${i + 1}. ${step.th}`)
    doc.fillColor(GREY).font('regular').fontSize(L.small)
    say(step.en)
    doc.moveDown(size === 'a4' ? 0.5 : 0.25)
  })

  const footerY = doc.page.height - L.margin - 2.2 * L.small
  doc.fillColor('#000000').font('regular').fontSize(L.small)
  say(p.privacy.th, left(footerY))
  doc.fillColor(GREY)
  say(p.privacy.en)
}

type GlyphRun = { positions: Record<string, number>[] }
type ParsedFont = { layout: (text: string, features?: unknown) => GlyphRun }
let sarabun: { regular: ParsedFont; bold: ParsedFont } | undefined

/**
 * Words kept shaped: the first met, which are every poster's own lines and the first names. A run
 * holds its glyphs, which hold what fontkit decoded of them, so keeping every organisation's and
 * service point's name of a national bundle would cost far more memory than shaping them again.
 */
const SHAPED_WORDS = 1000

/**
 * Shapes each common word once per process rather than once per document. PDFKit keeps shaped
 * words per document only, and lays a paragraph out word by word, so a bundle of thousands of small
 * PDFs shaped the same Thai lines thousands of times. Each caller gets its own copy of the
 * positions: PDFKit scales them in place.
 */
function shapeOnce(font: ParsedFont): ParsedFont {
  const shape = font.layout.bind(font)
  const shaped = new Map<string, GlyphRun>()
  font.layout = (text, features) => {
    const run = features ? undefined : shaped.get(text)
    if (!run) {
      const fresh = shape(text, features)
      if (!features && shaped.size < SHAPED_WORDS) shaped.set(text, copyRun(fresh))
      return fresh
    }
    return copyRun(run)
  }
  return font
}

const copyRun = (run: GlyphRun): GlyphRun =>
  Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run, {
    positions: run.positions.map((p) => ({ ...p })),
  })

/**
 * Sarabun as fontkit parsed it, once per process. Decoding its Thai shaping tables costs far more
 * than drawing a poster, and a bundle makes a document per organisation; PDFKit takes a parsed
 * font in place of a file and still embeds only the glyphs each document uses. It hands the
 * parsed font out only through a document, hence the one made here and thrown away.
 */
export function parsedSarabun(PDFDocument: typeof PDFKitDocument) {
  if (sarabun) return sarabun
  const parse = (weight: SarabunWeight) => {
    const doc = new PDFDocument({ autoFirstPage: false })
    doc.font(sarabunFile(weight))
    return shapeOnce((doc as unknown as { _font: { font: ParsedFont } })._font.font)
  }
  sarabun = { regular: parse('regular'), bold: parse('bold') }
  return sarabun
}

/**
 * A PDF with one page per poster, streamed as it is drawn: pages are added one
 * at a time, yielding between them, so a bulk download starts at once and
 * never holds the server for the whole batch.
 */
export function posterPdfStream(posters: PosterContent[], size: PosterSize, title: string): Readable {
  const out = new PassThrough()
  void (async () => {
    // Loaded on the first poster asked for, not at start: a server that only takes answers never needs it.
    const { default: PDFDocument } = await import('pdfkit')
    const doc = new PDFDocument({
      size: LAYOUT[size].page,
      margin: 0,
      autoFirstPage: false,
      info: { Title: title, Creator: 'LGU satisfaction survey' },
    })
    doc.pipe(out)
    const fonts = parsedSarabun(PDFDocument)
    doc.registerFont('regular', fonts.regular as unknown as string)
    doc.registerFont('bold', fonts.bold as unknown as string)
    try {
      for (const poster of posters) {
        doc.addPage()
        drawPoster(doc, poster, size)
        await new Promise((resolve) => setImmediate(resolve))
      }
    } finally {
      doc.end()
    }
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))))
  return out
}
