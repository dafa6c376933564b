import { describe, expect, it } from 'vitest'
import { roundStatus } from '../../src/domain/round-status.js'

// 1 October 2024 00:00 to 1 April 2025 00:00, Bangkok time (UTC+7).
const window = { opensAt: new Date('2024-09-30T17:00:00Z'), closesAt: new Date('2025-03-31T17:00:00Z') }
const at = (iso: string) => new Date(iso).getTime()

describe('roundStatus', () => {
  it.each([
    ['a day before it opens', '2024-09-29T17:00:00Z', 'upcoming'],
    ['a millisecond before it opens', '2024-09-30T16:59:59.999Z', 'upcoming'],
    ['the instant it opens', '2024-09-30T17:00:00Z', 'open'],
    ['in the middle of the window', '2025-01-15T05:00:00Z', 'open'],
    ['a millisecond before it closes', '2025-03-31T16:59:59.999Z', 'open'],
    ['the instant it closes', '2025-03-31T17:00:00Z', 'closed'],
    ['a year later', '2026-03-31T17:00:00Z', 'closed'],
  ])('%s → %s', (_name, now, expected) => {
    expect(roundStatus(window, at(now))).toBe(expected)
  })
})
