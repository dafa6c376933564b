/**
 * The poster PDF as a printer and a phone see it: rendered by poppler's
 * pdftoppm, the QR decoded by jsQR and measured in pixels; the paper size,
 * the embedded Thai font and the page count read from the PDF itself.
 */
import { describe, expect, it } from 'vitest'
import { posterContent, type PosterPoint } from '../../src/posters/poster-content.js'
import { posterPdfStream, type PosterSize } from '../../src/posters/poster-pdf.js'
import { decodeQr, mediaBoxes, pageObjectCount, pdfBytes, pdfText, PX_PER_CM, qrDarkBox, renderPdfPages } from './pdf-image.js'

const BASE = 'https://survey.example.go.th'
const point = (code: string): PosterPoint => ({
  code,
  nameTh: 'กองคลัง – งานจัดเก็บภาษี',
  nameEn: 'Finance Division – Local Taxes',
  organisationType: 'town',
  organisationNameTh: 'กระบี่',
})
const pdfOf = (codes: string[], size: PosterSize, base = BASE) =>
  pdfBytes(
    posterPdfStream(
      codes.map((code) => posterContent(point(code), base)),
      size,
      'test',
    ),
  )

/** ISO 216 sizes in points, from millimetres: 72 points to the inch, 25.4 mm to the inch. */
const points = (mm: number) => Math.round((mm / 25.4) * 72)
const A4 = { width: points(210), height: points(297) } // 595 × 842
const A5 = { width: points(148), height: points(210) } // 420 × 595
const EIGHT_CM_PX = Math.ceil(8 * PX_PER_CM) // 473 px at 150 dpi (472.4)

const rounded = (box: { width: number; height: number }) => ({ width: Math.round(box.width), height: Math.round(box.height) })

describe('a one-poster A4 PDF', () => {
  it('renders to a page whose QR decodes to the absolute survey URL', async () => {
    const pdf = await pdfOf(['KRB1001'], 'a4')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const [page] = renderPdfPages(pdf)
    expect(decodeQr(page!)?.data).toBe('https://survey.example.go.th/s/KRB1001')
  })

  it('is one A4 portrait page', async () => {
    const pdf = await pdfOf(['KRB1001'], 'a4')
    expect(pageObjectCount(pdf)).toBe(1)
    expect(mediaBoxes(pdf).map(rounded)).toEqual([A4])
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]')
    const [page] = renderPdfPages(pdf)
    // 210 × 297 mm at 150 dpi.
    expect([page!.width, page!.height].map((px) => Math.round(px / 10))).toEqual([124, 175])
  })

  it('prints the QR at least 8 cm wide and high (dark modules, quiet zone not counted)', async () => {
    const [page] = renderPdfPages(await pdfOf(['KRB1001'], 'a4'))
    const qr = decodeQr(page!)
    expect(qr).not.toBeNull()
    const box = qrDarkBox(page!, qr!)
    expect(box.width).toBeGreaterThanOrEqual(EIGHT_CM_PX)
    expect(box.height).toBeGreaterThanOrEqual(EIGHT_CM_PX)
    // Square, and centred on the page within a few pixels.
    expect(Math.abs(box.width - box.height)).toBeLessThanOrEqual(2)
    expect(Math.abs(box.left + box.right - page!.width)).toBeLessThanOrEqual(4)
  })

  it('prints the QR at least 8 cm wide for a short base URL too (a lower QR version)', async () => {
    // http://localhost/s/KRB1001 is 26 bytes: version 3 (29 modules) at level Q.
    const [page] = renderPdfPages(await pdfOf(['KRB1001'], 'a4', 'http://localhost'))
    const qr = decodeQr(page!)
    expect(qr?.data).toBe('http://localhost/s/KRB1001')
    expect(qrDarkBox(page!, qr!).width).toBeGreaterThanOrEqual(EIGHT_CM_PX)
  })

  it('embeds the Sarabun font', async () => {
    const text = (await pdfOf(['KRB1001'], 'a4')).toString('latin1')
    const fonts = [...text.matchAll(/\/FontName\s*\/(?:[A-Z]{6}\+)?([A-Za-z0-9-]+)/g)].map((m) => m[1])
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((f) => f!.startsWith('Sarabun'))).toBe(true)
    expect(text).toMatch(/\/FontFile2\s+\d+ 0 R/)
  })
})

describe('the text of a poster PDF', () => {
  it('copies as the Thai that was typed: vowels, tone marks and ำ in order, the organisation by name', async () => {
    const pdf = await pdfOf(['KRB1001'], 'a4')
    const lines = pdfText(pdf)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    const content = posterContent(point('KRB1001'), BASE)
    expect(lines).toContain('เทศบาลเมืองกระบี่')
    expect(lines).toContain('จุดให้บริการ: กองคลัง – งานจัดเก็บภาษี')
    expect(lines).toContain('ร่วมประเมินความพึงพอใจการให้บริการ')
    expect(lines).toContain('2. ตอบคำถามสั้น ๆ ใช้เวลาไม่ถึง 1 นาที')
    expect(lines).toContain('หรือพิมพ์ที่อยู่นี้ในเบราว์เซอร์ / or type this address')
    expect(lines).toContain(content.privacy.th)
    expect(lines).toContain('survey.example.go.th/s/KRB1001')
  })
})

describe('an A5 PDF', () => {
  it('is one A5 portrait page whose QR decodes', async () => {
    const pdf = await pdfOf(['KRB1002'], 'a5')
    expect(mediaBoxes(pdf).map(rounded)).toEqual([A5])
    const [page] = renderPdfPages(pdf)
    expect(decodeQr(page!)?.data).toBe('https://survey.example.go.th/s/KRB1002')
  })
})

describe('100 posters in one PDF', () => {
  it('has 100 pages, streamed in a few seconds, each QR its own point', async () => {
    const codes = Array.from({ length: 100 }, (_, i) => `KRB${String(1001 + i)}`)
    const started = Date.now()
    const pdf = await pdfOf(codes, 'a4')
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(pageObjectCount(pdf)).toBe(100)
    expect(pdf.toString('latin1')).toMatch(/\/Type\s*\/Pages\b[\s\S]*?\/Count 100\b/)
    expect(mediaBoxes(pdf).map(rounded)).toEqual(Array(100).fill(A4))
    // The last page carries the last point, not a copy of the first.
    const [last] = renderPdfPages(pdf, 100)
    expect(decodeQr(last!)?.data).toBe('https://survey.example.go.th/s/KRB1100')
  }, 30_000)
})
