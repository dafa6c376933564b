import { describe, expect, it } from 'vitest'
import { neutraliseCell, neutraliseRow } from '../../src/exports/spreadsheet-safe.js'

describe('neutraliseCell', () => {
  it.each(['=1+1', '+66 81 234 5678', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])(
    'makes %j inert with a leading apostrophe',
    (text) => {
      expect(neutraliseCell(text)).toBe(`'${text}`)
    },
  )

  it.each(['', 'ดีมาก', ' =1', "'=1", 'a=b', '5', 'na'])('leaves %j as it is', (text) => {
    expect(neutraliseCell(text)).toBe(text)
  })

  it('leaves numbers and empty cells alone: a negative number is data', () => {
    expect(neutraliseRow([-5, 0, null, undefined, 4.5, '-x'])).toEqual([-5, 0, null, undefined, 4.5, "'-x"])
  })
})
