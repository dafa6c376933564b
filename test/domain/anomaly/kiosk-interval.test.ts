import { describe, expect, it } from 'vitest'
import { isKioskInterval } from '../../../src/domain/anomaly/kiosk-interval.js'
import { bangkok } from './timeline.js'

describe('kiosk_interval', () => {
  const first = bangkok(10, 10)

  it("flags a kiosk's second answer sooner than the interval", () => {
    expect(isKioskInterval(first, first + 19_999, 20)).toBe(true)
  })

  it('lets an answer at the interval or later through', () => {
    expect(isKioskInterval(first, first + 20_000, 20)).toBe(false)
    expect(isKioskInterval(first, first + 95_000, 20)).toBe(false)
  })

  it("never flags a kiosk's first answer, nor anything when the interval is 0", () => {
    expect(isKioskInterval(undefined, first, 20)).toBe(false)
    expect(isKioskInterval(first, first + 1, 0)).toBe(false)
  })
})
