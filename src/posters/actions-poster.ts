/**
 * The "คุณบอก เราทำ" (you said, we did) A4 poster of one service point, to hang beside its QR
 * poster: the point's latest completed changes, each as what residents said and what was done,
 * then the survey's address. Drawn with the QR poster's helpers, so Thai copies as typed.
 */
import { PassThrough, type Readable } from 'node:stream'
import { paragraph } from './poster-pdf.js'
import { sarabunFile } from './sarabun.js'

export type ActionsPosterContent = {
  title: { th: string; en: string }
  subtitle: { th: string; en: string }
  organisation: string
  servicePoint: string
  said: { th: string; en: string }
  did: { th: string; en: string }
  actions: { said: string; did: string; doneOn: string }[]
  none: string
  footer: string
}

const CM = 72 / 2.54
const BLUE = '#1d4f91'
const GREEN = '#00703c'
const GREY = '#505a5f'
const MARGIN = 1.5 * CM
const BAND = 3.6 * CM

function drawActionsPoster(doc: PDFKit.PDFDocument, p: ActionsPosterContent) {
  const width = doc.page.width - 2 * MARGIN
  const at = (y: number) => ({ x: MARGIN, y })
  const say = (text: string, where?: { x: number; y: number }, align: 'center' | 'left' = 'center', w = width) =>
    paragraph(doc, text, w, where, align)

  doc.rect(0, 0, doc.page.width, BAND).fill(BLUE)
  doc.fillColor('#ffffff').font('bold').fontSize(34)
  say(p.title.th, at(0.5 * CM))
  doc.font('regular').fontSize(14)
  say(`${p.title.en} · ${p.organisation}`)
  say(p.servicePoint)

  doc.fillColor(GREY).font('regular').fontSize(14)
  say(`${p.subtitle.th} / ${p.subtitle.en}`, at(BAND + 0.4 * CM))
  doc.moveDown(0.6)
  if (p.actions.length === 0) {
    doc.fillColor('#000000').fontSize(18)
    say(p.none)
  }
  const footerY = doc.page.height - MARGIN - 1.2 * CM
  for (const a of p.actions) {
    if (doc.y > footerY - 3 * CM) break
    const top = doc.y
    const inner = width - 0.8 * CM
    const x = MARGIN + 0.5 * CM
    doc.fillColor(BLUE).font('bold').fontSize(15)
    say(`${p.said.th} / ${p.said.en}`, { x, y: top + 0.25 * CM }, 'left', inner)
    doc.fillColor('#000000').font('regular').fontSize(15)
    say(a.said, { x, y: doc.y }, 'left', inner)
    doc.fillColor(GREEN).font('bold').fontSize(15)
    say(`${p.did.th} / ${p.did.en}`, { x, y: doc.y + 2 }, 'left', inner)
    doc.fillColor('#000000').font('regular').fontSize(15)
    say(a.did, { x, y: doc.y }, 'left', inner)
    doc.fillColor(GREY).fontSize(12)
    say(a.doneOn, { x, y: doc.y }, 'left', inner)
    const bottom = doc.y + 0.25 * CM
    doc.lineWidth(3).strokeColor(GREEN).moveTo(MARGIN, top).lineTo(MARGIN, bottom).stroke()
    doc.y = bottom + 0.35 * CM
  }
  doc.fillColor('#000000').font('regular').fontSize(13)
  say(p.footer, at(footerY))
}

/** A one-page PDF, streamed as it is drawn. */
export function actionsPosterPdfStream(content: ActionsPosterContent, title: string): Readable {
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
      doc.addPage()
      drawActionsPoster(doc, content)
    } finally {
      doc.end()
    }
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))))
  return out
}
