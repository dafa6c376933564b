/**
 * Looking at a poster PDF the way a phone does: render pages to PNG with
 * poppler's pdftoppm (independent of PDFKit), decode the QR with jsQR, and
 * measure what was printed in pixels at a known resolution.
 *
 * @example
 * const [page] = renderPdfPages(await pdfBytes(stream))
 * decodeQr(page)?.data // 'https://survey.example.go.th/s/KRB1001'
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import jsQR, { type QRCode } from 'jsqr'
import { PNG } from 'pngjs'

export const DPI = 150
/** Pixels per centimetre at DPI. */
export const PX_PER_CM = DPI / 2.54

export async function pdfBytes(stream: Readable | ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/** Renders pages `first`..`last` (1-based) at DPI; fails, never skips, when poppler-utils is missing. */
export function renderPdfPages(pdf: Buffer, first = 1, last = first): PNG[] {
  const dir = mkdtempSync(join(tmpdir(), 'poster-'))
  try {
    const pdfPath = join(dir, 'poster.pdf')
    writeFileSync(pdfPath, pdf)
    try {
      execFileSync('pdftoppm', ['-r', String(DPI), '-png', '-f', String(first), '-l', String(last), pdfPath, join(dir, 'page')])
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new Error(
          'pdftoppm is not installed: install poppler-utils (apt-get install poppler-utils) to check the poster PDF',
          {
            cause: error,
          },
        )
      throw error
    }
    // pdftoppm pads page numbers to the width of the page count: page-1.png or page-001.png.
    return readdirSync(dir)
      .filter((f) => f.startsWith('page-') && f.endsWith('.png'))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)![1]) - Number(/(\d+)\.png$/.exec(b)![1]))
      .map((f) => PNG.sync.read(readFileSync(join(dir, f))))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The PDF's text as a reader copies it (poppler's pdftotext, through the fonts' ToUnicode maps), in reading order. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8')
}

export function decodeQr(png: { width: number; height: number; data: Buffer }): QRCode | null {
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
}

const isDark = (png: PNG, x: number, y: number) => {
  const i = (y * png.width + x) * 4
  return 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]! < 128
}

/**
 * The bounding box of dark pixels around a decoded QR: jsQR only says roughly
 * where the code is; the size is measured from the pixels, searching a little
 * beyond jsQR's corners but well inside the quiet zone.
 */
export function qrDarkBox(png: PNG, qr: QRCode, slack = 20) {
  const xs = [
    qr.location.topLeftCorner.x,
    qr.location.topRightCorner.x,
    qr.location.bottomLeftCorner.x,
    qr.location.bottomRightCorner.x,
  ]
  const ys = [
    qr.location.topLeftCorner.y,
    qr.location.topRightCorner.y,
    qr.location.bottomLeftCorner.y,
    qr.location.bottomRightCorner.y,
  ]
  const x0 = Math.max(0, Math.floor(Math.min(...xs)) - slack)
  const x1 = Math.min(png.width - 1, Math.ceil(Math.max(...xs)) + slack)
  const y0 = Math.max(0, Math.floor(Math.min(...ys)) - slack)
  const y1 = Math.min(png.height - 1, Math.ceil(Math.max(...ys)) + slack)
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity }
  for (let y = y0; y <= y1; y++)
    for (let x = x0; x <= x1; x++)
      if (isDark(png, x, y)) {
        box.left = Math.min(box.left, x)
        box.right = Math.max(box.right, x)
        box.top = Math.min(box.top, y)
        box.bottom = Math.max(box.bottom, y)
      }
  return { ...box, width: box.right - box.left + 1, height: box.bottom - box.top + 1 }
}

/** Page objects of a PDF (`/Type /Page`, not `/Pages`), read from its uncompressed object dictionaries. */
export function pageObjectCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0
}

/** Width and height in points of each page's MediaBox. */
export function mediaBoxes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g)].map(
    (m) => ({
      width: Number(m[3]) - Number(m[1]),
      height: Number(m[4]) - Number(m[2]),
    }),
  )
}
