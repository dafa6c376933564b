import { describe, expect, it } from 'vitest'
import { canFinalise, resultsStanding, roundStatus } from '../../src/domain/round-status.js'

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

describe('finalised rounds and the standing of their results', () => {
  const finalised = { ...window, finalisedAt: new Date('2025-04-02T03:00:00Z') }

  it('a finalised round is finalised whenever it is looked at; its results are final', () => {
    expect(roundStatus(finalised, at('2025-04-03T00:00:00Z'))).toBe('finalised')
    expect(resultsStanding(finalised)).toBe('final')
  })

  it('until then the results are provisional, open or closed', () => {
    expect(resultsStanding({ finalisedAt: null })).toBe('provisional')
    expect(resultsStanding({})).toBe('provisional')
  })

  it.each([
    ['while it is upcoming', '2024-09-29T17:00:00Z', false],
    ['while it is open', '2025-01-15T05:00:00Z', false],
    ['the instant it closes', '2025-03-31T17:00:00Z', true],
    ['a year after it closed', '2026-03-31T17:00:00Z', true],
  ])('may be finalised %s: %s', (_name, now, expected) => {
    expect(canFinalise({ ...window, finalisedAt: null }, at(now))).toBe(expected)
  })

  it('may not be finalised twice', () => {
    expect(canFinalise(finalised, at('2026-03-31T17:00:00Z'))).toBe(false)
  })
})
