/**
 * Activation letters as one PDF, one A4 page each, laid out as a Thai official
 * notice in Sarabun 16 pt: heading, date, subject, addressee, body, then a box
 * with the QR code of the activation link beside the account's details and its
 * code. Drawn with the poster's helpers, so the QR prints as vector squares and
 * Thai text copies as typed.
 */
import { PassThrough, type Readable } from 'node:stream'
import { drawQr, paragraph, withQuietZone } from '../posters/poster-pdf.js'
import { sarabunFile } from '../posters/sarabun.js'
import type { LetterContent } from './activation-letter.js'

const CM = 72 / 2.54
const BLUE = '#1d4f91'
const GREY = '#505a5f'
const LEFT = 2.5 * CM
const RIGHT = 2 * CM
const TOP = 1.8 * CM
/** Read from a desk with a phone: 4 cm is plenty. */
const QR = 4 * CM

function drawLetter(doc: PDFKit.PDFDocument, l: LetterContent) {
  const width = doc.page.width - LEFT - RIGHT
  const say = (text: string, align: 'left' | 'center' | 'right' = 'left', at?: { x: number; y: number }, w = width) =>
    paragraph(doc, text, w, at, align)

  doc.fillColor(BLUE).font('bold').fontSize(20)
  say(l.title, 'center', { x: LEFT, y: TOP })
  doc.fillColor(GREY).font('regular').fontSize(13)
  say(l.system, 'center')
  doc.moveDown(0.6)
  doc.fillColor('#000000').fontSize(16)
  say(l.date, 'right')
  doc.moveDown(0.4)
  say(l.subject)
  say(l.to)
  doc.moveDown(0.4)
  say(l.body, 'left', { x: LEFT, y: doc.y })

  doc.moveDown(0.6)
  const boxY = doc.y
  const qrBox = withQuietZone(l.link, QR)
  const textX = LEFT + qrBox + 0.5 * CM
  const textWidth = width - qrBox - 0.8 * CM
  drawQr(doc, l.link, LEFT + 0.15 * CM, boxY + 0.3 * CM, qrBox)
  doc.fillColor('#000000').font('regular').fontSize(14)
  doc.y = boxY + 0.3 * CM
  for (const d of l.details) say(`${d.label}: ${d.value}`, 'left', { x: textX, y: doc.y }, textWidth)
  doc.fontSize(13)
  say('รหัสเปิดใช้งาน / Activation code', 'left', { x: textX, y: doc.y + 4 }, textWidth)
  doc.font('bold').fontSize(22)
  say(l.code, 'left', { x: textX, y: doc.y }, textWidth)
  doc.font('regular').fontSize(14)
  say(`ใช้ได้ถึงวันที่ ${l.expiry}`, 'left', { x: textX, y: doc.y }, textWidth)
  const boxBottom = Math.max(doc.y, boxY + 0.3 * CM + qrBox) + 0.3 * CM
  doc
    .lineWidth(1)
    .strokeColor(BLUE)
    .rect(LEFT, boxY, width, boxBottom - boxY)
    .stroke()

  doc.fillColor('#000000').font('bold').fontSize(16)
  say('ขั้นตอนการเปิดใช้งาน', 'left', { x: LEFT, y: boxBottom + 0.4 * CM })
  doc.font('regular')
  l.steps.forEach((step, i) => say(`${i + 1}. ${step}`))
  doc.moveDown(0.4)
  say(l.contact)
  doc.moveDown(0.4)
  doc.fillColor(GREY).fontSize(12)
  say(l.english)

  doc.fillColor('#000000').fontSize(12)
  say(l.footer, 'center', { x: LEFT, y: doc.page.height - 1.8 * CM })
}

/** How a letters job follows the drawing: pages done, and its pause (which waits while residents' answers are written). */
export type LettersPdfSteps = { progress: (done: number) => void; pause: () => Promise<void> }

const yieldOnly: LettersPdfSteps = {
  progress: () => undefined,
  pause: () => new Promise((resolve) => setImmediate(resolve)),
}

/** A PDF streamed as it is drawn, yielding between pages so a province's batch never holds the server. */
export function lettersPdfStream(letters: LetterContent[], title: string, steps: LettersPdfSteps = yieldOnly): Readable {
  const out = new PassThrough()
  void (async () => {
    const { default: PDFDocument } = await import('pdfkit')
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      info: { Title: title, Creator: 'LGU satisfaction survey' },
    })
    doc.pipe(out)
    doc.registerFont('regular', sarabunFile('regular'))
    doc.registerFont('bold', sarabunFile('bold'))
    try {
      for (const [i, letter] of letters.entries()) {
        doc.addPage()
        drawLetter(doc, letter)
        steps.progress(i + 1)
        await steps.pause()
      }
    } finally {
      doc.end()
    }
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))))
  return out
}
