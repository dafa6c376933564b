import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDay, formatMonth } from '../../src/i18n/format.js'

// 2026-01-31T17:00Z + 7 h = 00:00 on 1 Feb 2026 in Bangkok; 2026 + 543 = BE 2569.
const bangkokMidnightFeb1 = Date.parse('2026-01-31T17:00:00Z')

describe('Bangkok dates in Thai and English (Buddhist Era)', () => {
  it('prints an instant in Bangkok time, across the UTC day boundary', () => {
    expect(formatDateTime(bangkokMidnightFeb1, 'th')).toBe('1 ก.พ. 2569 00:00')
    expect(formatDateTime(bangkokMidnightFeb1, 'en')).toBe('1 Feb 2569 BE, 00:00')
    expect(formatDateTime(new Date(bangkokMidnightFeb1 - 60_000), 'th')).toBe('31 ม.ค. 2569 23:59')
  })

  it('gives the Bangkok day, not the UTC one', () => {
    expect(formatDate(bangkokMidnightFeb1, 'th')).toBe('1 ก.พ. 2569')
    expect(formatDate(bangkokMidnightFeb1 - 1, 'th')).toBe('31 ม.ค. 2569')
    expect(formatDate(bangkokMidnightFeb1 - 1, 'en')).toBe('31 Jan 2569 BE')
  })

  it('prints a stored Bangkok day and month as they are written', () => {
    expect(formatDay('2026-02-01', 'th')).toBe('1 ก.พ. 2569')
    expect(formatDay('2026-01-31', 'en')).toBe('31 Jan 2569 BE')
    expect(formatMonth('2026-02', 'th')).toBe('กุมภาพันธ์ 2569')
    expect(formatMonth('2026-02', 'en')).toBe('February 2569 BE')
  })
})
