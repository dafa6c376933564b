/**
 * The QR codes residents scan: decoded by an independent reader (jsQR), with
 * a four-module quiet zone, error correction Q, and a low version for a
 * typical survey URL so the modules stay large on paper.
 */
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { qrMatrix, qrPng, qrSvg } from '../../src/posters/qr-code.js'
import { decodeQr } from './pdf-image.js'

const URL_TYPICAL = 'https://survey.example.go.th/s/KRB1001'
const URLS = [URL_TYPICAL, 'http://localhost/s/CNX1001', 'https://survey.example.go.th/s/KRB2001']

/** A version-v symbol is 17 + 4v modules wide. */
const versionOf = (modules: number) => (modules - 17) / 4

/**
 * The error-correction level as written in the symbol's format information
 * (ISO/IEC 18004 §7.9): its two most significant bits, XORed with the mask
 * 101010000010010, give L=01, M=00, Q=11, H=10. Bit 14 sits at (row 8, col 0)
 * and bit 13 at (8, 1); the second copy puts them at (n-1, 8) and (n-2, 8).
 */
function errorCorrectionLevel(text: string): string {
  const { size, isDark } = qrMatrix(text)
  const levels: Record<string, string> = { '01': 'L', '00': 'M', '11': 'Q', '10': 'H' }
  const level = (b14: boolean, b13: boolean) => levels[`${Number(b14) ^ 1}${Number(b13) ^ 0}`]!
  const first = level(isDark(8, 0), isDark(8, 1))
  const second = level(isDark(size - 1, 8), isDark(size - 2, 8))
  expect(second, 'both copies of the format information agree').toBe(first)
  return first
}

describe('qrPng', () => {
  it.each(URLS)('decodes with jsQR to exactly %s', async (url) => {
    const png = PNG.sync.read(await qrPng(url))
    expect(decodeQr(png)?.data).toBe(url)
  })

  it('draws 10 px per module with a white quiet zone of four modules on every side', async () => {
    const modules = qrMatrix(URL_TYPICAL).size
    const png = PNG.sync.read(await qrPng(URL_TYPICAL))
    expect([png.width, png.height]).toEqual([(modules + 8) * 10, (modules + 8) * 10])
    const quiet = 4 * 10
    let darkInQuietZone = 0
    for (let y = 0; y < png.height; y++)
      for (let x = 0; x < png.width; x++) {
        const inside = x >= quiet && x < png.width - quiet && y >= quiet && y < png.height - quiet
        if (!inside && png.data[(y * png.width + x) * 4]! < 128) darkInQuietZone++
      }
    expect(darkInQuietZone).toBe(0)
    // The finder pattern's corner is the first dark pixel just inside the quiet zone.
    expect(png.data[(quiet * png.width + quiet) * 4]).toBeLessThan(128)
  })
})

describe('qrSvg', () => {
  it('is an SVG with a path and a viewBox of the modules plus the quiet zone', async () => {
    const modules = qrMatrix(URL_TYPICAL).size
    const svg = await qrSvg(URL_TYPICAL)
    expect(svg).toMatch(/^<svg\b/)
    expect(svg).toMatch(/<path\b[^>]*\bd="M/)
    const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1]
    expect(viewBox?.trim().split(/\s+/).map(Number)).toEqual([0, 0, modules + 8, modules + 8])
  })
})

describe('qrMatrix', () => {
  it('keeps a typical survey URL at a low version (at most 5, 37 modules)', () => {
    const modules = qrMatrix(URL_TYPICAL).size
    expect(modules).toBeLessThanOrEqual(37)
    expect(Number.isInteger(versionOf(modules))).toBe(true)
    // Worked out by hand: 38 bytes at level Q need version 4 (3-Q holds 32 bytes, 4-Q 46).
    expect(versionOf(modules)).toBe(4)
  })

  it.each(URLS)('uses error correction level Q for %s', (url) => {
    expect(errorCorrectionLevel(url)).toBe('Q')
  })

  it('has the three finder patterns in the corners', () => {
    const { size, isDark } = qrMatrix(URL_TYPICAL)
    // A finder's 7×7 ring is dark, its next ring light, its 3×3 centre dark.
    for (const [r0, c0] of [
      [0, 0],
      [0, size - 7],
      [size - 7, 0],
    ] as const) {
      expect([isDark(r0, c0), isDark(r0 + 6, c0 + 6), isDark(r0 + 1, c0 + 1), isDark(r0 + 3, c0 + 3)]).toEqual([
        true,
        true,
        false,
        true,
      ])
    }
  })
})
