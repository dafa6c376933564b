/**
 * QR codes for survey URLs. Error correction Q (25 %) survives a scuffed or
 * sun-faded poster; there is no logo in the centre to eat into it. The quiet
 * zone is the standard four modules.
 */
import { createRequire } from 'node:module'
import type QRCodeModule from 'qrcode'

let loaded: typeof QRCodeModule | undefined
/**
 * qrcode and what it brings (pngjs among them), required on first use: about 10 MB of a server's
 * memory that the survey and the results never need. It is CommonJS, so it loads synchronously.
 */
const qrcode = () => (loaded ??= createRequire(import.meta.url)('qrcode') as typeof QRCodeModule)

const OPTIONS = { errorCorrectionLevel: 'Q', margin: 4 } as const
export const QUIET_ZONE_MODULES = OPTIONS.margin

export type QrMatrix = { size: number; isDark: (row: number, col: number) => boolean }

/** The last code made: a poster sizes its code and then draws it, and choosing the mask is the costly part. */
let last: { text: string; matrix: QrMatrix } | undefined

/** The module grid, for drawing the code as vector squares (crisp at any print size). */
export function qrMatrix(text: string): QrMatrix {
  if (last?.text === text) return last.matrix
  const { modules } = qrcode().create(text, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel })
  const matrix: QrMatrix = { size: modules.size, isDark: (row, col) => Boolean(modules.get(row, col)) }
  last = { text, matrix }
  return matrix
}

export function qrSvg(text: string): Promise<string> {
  return qrcode().toString(text, { ...OPTIONS, type: 'svg' })
}

/** A PNG with `scale` pixels per module: 10 gives about 410 px for a survey URL. */
export function qrPng(text: string, scale = 10): Promise<Buffer> {
  return qrcode().toBuffer(text, { ...OPTIONS, type: 'png', scale })
}
