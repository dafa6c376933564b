/**
 * Posters as PDF, drawn with PDFKit and the Sarabun font (the Thai government's
 * typeface, from npm): Thai vowels and tone marks are placed by the font's own
 * OpenType rules, and the QR code is drawn as vector squares so it prints sharp.
 */
import { createRequire } from 'node:module'
import { PassThrough, type Readable } from 'node:stream'
import type { PosterContent } from './poster-content.js'
import { QUIET_ZONE_MODULES, qrMatrix } from './qr-code.js'

const require = createRequire(import.meta.url)
const FONTS = {
  regular: require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf'),
}

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
const withQuietZone = (text: string, codeSize: number) => {
  const modules = qrMatrix(text).size
  return (codeSize * (modules + 2 * QUIET_ZONE_MODULES)) / modules
}

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const { size: modules, isDark } = qrMatrix(text)
  const cell = size / (modules + 2 * QUIET_ZONE_MODULES)
  doc.rect(x, y, size, size).fill('#ffffff')
  for (let r = 0; r < modules; r++)
    for (let c = 0; c < modules; c++)
      if (isDark(r, c))
        doc.rect(x + (c + QUIET_ZONE_MODULES) * cell, y + (r + QUIET_ZONE_MODULES) * cell, cell + 0.01, cell + 0.01)
  doc.fill('#000000')
}

function drawPoster(doc: PDFKit.PDFDocument, p: PosterContent, size: PosterSize) {
  const L = LAYOUT[size]
  const width = doc.page.width - 2 * L.margin
  const centre = { width, align: 'center' as const }

  doc.rect(0, 0, doc.page.width, L.band).fill(BLUE)
  doc
    .fillColor('#ffffff')
    .font('bold')
    .fontSize(L.name)
    .text(p.organisation.th, L.margin, L.band * 0.22, centre)
  doc.font('regular').fontSize(L.body).text(`จุดให้บริการ: ${p.servicePoint.th}`, centre)

  doc
    .fillColor('#000000')
    .font('bold')
    .fontSize(L.headline)
    .text(p.headline.th, L.margin, L.band + 0.5 * CM, centre)
  doc.fillColor(GREY).font('regular').fontSize(L.body).text(p.headline.en, centre)

  const qrY = doc.y
  const qrBox = withQuietZone(p.url, L.qr)
  drawQr(doc, p.url, (doc.page.width - qrBox) / 2, qrY, qrBox)

  doc
    .fillColor('#000000')
    .font('regular')
    .fontSize(L.small)
    .text(`${p.codeLabel.th} / ${p.codeLabel.en}`, L.margin, qrY + qrBox, centre)
  doc.font('bold').fontSize(L.name).text(p.shortUrl, centre)
  doc.font('regular').fontSize(L.body).text(`รหัสจุดให้บริการ / Code: ${p.code}`, centre)

  doc.moveDown(0.8)
  p.steps.forEach((step, i) => {
    doc
      .fillColor('#000000')
      .font('bold')
      .fontSize(L.body)
      .text(`${i + 1}. ${step.th}`, centre)
    doc.fillColor(GREY).font('regular').fontSize(L.small).text(step.en, centre)
    doc.moveDown(size === 'a4' ? 0.5 : 0.25)
  })

  const footerY = doc.page.height - L.margin - 2.2 * L.small
  doc.fillColor('#000000').font('regular').fontSize(L.small).text(p.privacy.th, L.margin, footerY, centre)
  doc.fillColor(GREY).text(p.privacy.en, centre)
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
    doc.registerFont('regular', FONTS.regular)
    doc.registerFont('bold', FONTS.bold)
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
