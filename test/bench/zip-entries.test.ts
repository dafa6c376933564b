import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipEntries } from '../../src/bench/poster-bundle-measure.js'

const zip = (count: number) =>
  Buffer.from(
    zipSync(Object.fromEntries(Array.from({ length: count }, (_, i) => [`${i}.pdf`, new TextEncoder().encode(`poster ${i}`)]))),
  )

describe('entries in a poster bundle ZIP', () => {
  it('reads the count from the end of the file', () => {
    expect(zipEntries(zip(3))).toBe(3)
    expect(zipEntries(zip(0))).toBe(0)
  })

  it('finds the record in only the last bytes of a large ZIP', () => {
    const whole = zip(1200)
    expect(whole.length).toBeGreaterThan(50_000)
    expect(zipEntries(whole.subarray(-600))).toBe(1200)
  })

  it('says nothing when the bytes hold no end record', () => {
    expect(zipEntries(zip(5).subarray(0, 40))).toBeUndefined()
    expect(zipEntries(Buffer.alloc(10))).toBeUndefined()
  })
})
