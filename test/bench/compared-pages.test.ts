import { describe, expect, it } from 'vitest'
import { comparedPages } from '../../src/bench/page-measures.js'

const page = (median: number, status = 200) => ({ ms: { median, min: median - 1, max: median + 2 }, status, bytes: 1000 })

describe('a page on the big dataset against the small one', () => {
  it('gives one row per page with the ratio of the medians, met up to 1.2', () => {
    const rows = comparedPages(
      'P13',
      'review queue',
      { organisation: page(12), province: page(25) },
      { organisation: page(10), province: page(20) },
    )
    expect(rows.map((r) => [r.id, r.name, r.ratio, r.met])).toEqual([
      ['P13', 'organisation review queue (ms), big vs small', 1.2, true],
      ['P13', 'province review queue (ms), big vs small', 1.25, false],
    ])
    expect(rows[0]!.value).toBe('12 ms (11–14) (status 200)')
    expect(rows[0]!.ceiling).toBe('10 ms (9–12) (status 200)')
  })

  it('is not met when either page failed, however fast', () => {
    const rows = comparedPages('P13', 'review queue', { a: page(5, 404), b: page(5) }, { a: page(10), b: page(10, 500) })
    expect(rows.map((r) => r.met)).toEqual([false, false])
  })
})
