import { describe, expect, it } from 'vitest'
import { withoutHiddenFormatting } from '../../src/domain/hidden-formatting.js'

/** Every character the function removes, by code point. */
const HIDDEN = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]

describe('withoutHiddenFormatting', () => {
  it.each(HIDDEN.map((code) => [`U+${code.toString(16).toUpperCase()}`, String.fromCodePoint(code)]))('removes %s', (_, ch) => {
    expect(withoutHiddenFormatting(`ก${ch}ข${ch}`)).toBe('กข')
  })

  it.each([
    ['Thai with its vowels and tone marks', 'เจ้าหน้าที่บริการดีมาก'],
    ['line breaks and tabs', 'หนึ่ง\nสอง\tสาม'],
    ['left-to-right and right-to-left marks, which reorder nothing', 'a\u200Eb\u200Fc'],
    ['a soft hyphen and a non-breaking space', 'a\u00ADb\u00A0c'],
    ['emoji', '👍🏽 ดี'],
  ])('keeps %s', (_, text) => {
    expect(withoutHiddenFormatting(text)).toBe(text)
  })
})
