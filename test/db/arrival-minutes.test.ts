import { describe, expect, it } from 'vitest'
import { createArrivalMinutes } from '../../src/db/queries/arrival-minutes.js'

const at = (iso: string) => Date.parse(iso)

describe('arrival minutes', () => {
  it('keeps each id’s minute until its id is counted', () => {
    const minutes = createArrivalMinutes()
    minutes.set(1, at('2026-12-05T03:04:00Z'))
    minutes.set(2, at('2026-12-05T03:05:00Z'))
    minutes.set(3, at('2026-12-05T03:05:00Z'))
    expect([1, 2, 3, 4].map((id) => minutes.get(id))).toEqual([
      at('2026-12-05T03:04:00Z'),
      at('2026-12-05T03:05:00Z'),
      at('2026-12-05T03:05:00Z'),
      undefined,
    ])
    minutes.forgetThrough(2)
    expect([1, 2, 3].map((id) => minutes.get(id))).toEqual([undefined, undefined, at('2026-12-05T03:05:00Z')])
    // An id counted already is not kept again.
    minutes.set(2, at('2026-12-05T03:06:00Z'))
    expect(minutes.get(2)).toBeUndefined()
  })

  it('lets a block of 4,096 ids go once all of them are counted', () => {
    const minutes = createArrivalMinutes()
    // Ids 4,095, 4,096 and 8,192 fall in blocks 0, 1 and 2.
    for (const id of [4_095, 4_096, 8_192]) minutes.set(id, at('2026-12-05T10:00:00Z'))
    expect(minutes.blocksHeld()).toBe(3)
    minutes.forgetThrough(4_096)
    expect(minutes.blocksHeld()).toBe(2)
    expect(minutes.get(4_096)).toBeUndefined()
    expect(minutes.get(8_192)).toBe(at('2026-12-05T10:00:00Z'))
    minutes.forgetThrough(9_000)
    expect(minutes.blocksHeld()).toBe(1)
    expect(minutes.get(8_192)).toBeUndefined()
  })

  it('holds minutes of dates far ahead exactly', () => {
    const minutes = createArrivalMinutes()
    minutes.set(7, at('2100-01-01T00:01:00Z'))
    expect(minutes.get(7)).toBe(at('2100-01-01T00:01:00Z'))
  })
})
