/**
 * The overlap rule: two rounds clash when their windows overlap and some
 * organisation of the registry is reached by both. Worked cases over a small
 * registry: two provinces, three organisations in one and one in the other.
 */
import { describe, expect, it } from 'vitest'
import { firstFew, roundClashes, sharedOrganisations, windowsOverlap } from '../../src/domain/round-overlap.js'
import type { RoundReach } from '../../src/domain/round-visibility.js'

const KRABI = '81'
const CHIANG_MAI = '50'
const registry = [
  { id: 1, provinceCode: KRABI },
  { id: 2, provinceCode: KRABI },
  { id: 3, provinceCode: KRABI },
  { id: 4, provinceCode: CHIANG_MAI },
]
const org = (id: number) => registry.find((o) => o.id === id)!

const all: RoundReach = { scope: 'all', provinceCodes: [], organisations: [] }
const krabi: RoundReach = { scope: 'provinces', provinceCodes: [KRABI], organisations: [] }
const chiangMai: RoundReach = { scope: 'provinces', provinceCodes: [CHIANG_MAI], organisations: [] }
const listed = (...ids: number[]): RoundReach => ({ scope: 'organisations', provinceCodes: [], organisations: ids.map(org) })

const day = (d: number) => new Date(Date.UTC(2025, 0, d))
const window = (from: number, to: number) => ({ opensAt: day(from), closesAt: day(to) })

describe('windowsOverlap', () => {
  it.each([
    ['one inside the other', window(1, 31), window(10, 20), true],
    ['overlapping by a day', window(1, 11), window(10, 20), true],
    ['the same window', window(1, 11), window(1, 11), true],
    // Half-open windows: closing at the instant the other opens leaves no moment both take answers.
    ['one closing as the other opens', window(1, 10), window(10, 20), false],
    ['a day apart', window(1, 9), window(10, 20), false],
  ])('%s: %s', (_name, a, b, expected) => {
    expect(windowsOverlap(a, b)).toBe(expected)
    expect(windowsOverlap(b, a)).toBe(expected)
  })
})

describe('sharedOrganisations', () => {
  const ids = (a: RoundReach, b: RoundReach) => sharedOrganisations(a, b, registry).map((o) => o.id)

  it.each([
    ['the whole country with the whole country', all, all, [1, 2, 3, 4]],
    ['the whole country with a province', all, krabi, [1, 2, 3]],
    ['a province with the whole country', chiangMai, all, [4]],
    ['two different provinces', krabi, chiangMai, []],
    ['a province with a list inside it', krabi, listed(2, 3), [2, 3]],
    ['a province with a list elsewhere', chiangMai, listed(1, 2), []],
    ['a province with a list across both', chiangMai, listed(1, 4), [4]],
    ['two lists that share one', listed(1, 2), listed(2, 4), [2]],
    ['two lists that share none', listed(1), listed(2, 3), []],
    ['the whole country with a list', all, listed(3), [3]],
  ])('%s', (_name, a, b, expected) => {
    expect(ids(a, b)).toEqual(expected)
    expect(ids(b, a)).toEqual(expected)
  })

  it('a province with no organisations in the registry shares nothing, even with the whole country', () => {
    expect(ids({ scope: 'provinces', provinceCodes: ['10'], organisations: [] }, all)).toEqual([])
  })
})

describe('roundClashes', () => {
  const round = (id: number, reach: RoundReach, from: number, to: number) => ({ id, ...reach, ...window(from, to) })
  const others = [
    round(10, krabi, 1, 31), // overlaps in time, reaches Krabi
    round(11, chiangMai, 1, 31), // overlaps in time, reaches Chiang Mai only
    round(12, all, 31, 60), // reaches everyone, but opens as the proposed round closes
    round(13, listed(2), 15, 16), // overlaps in time, one Krabi organisation
  ]

  it('names each round that overlaps in time and shares an organisation, with what it shares', () => {
    const clashes = roundClashes({ ...listed(2, 3), ...window(10, 31) }, others, registry)
    expect(clashes.map((c) => [c.round.id, c.shared.map((o) => o.id)])).toEqual([
      [10, [2, 3]],
      [13, [2]],
    ])
  })

  it('finds none for a round elsewhere, or at another time', () => {
    expect(roundClashes({ ...listed(4), ...window(1, 31) }, others.slice(0, 1), registry)).toEqual([])
    expect(roundClashes({ ...all, ...window(31, 40) }, others.slice(0, 2), registry)).toEqual([])
  })

  it('a national round clashes with every round that overlaps it in time', () => {
    const clashes = roundClashes({ ...all, ...window(20, 40) }, others, registry)
    expect(clashes.map((c) => c.round.id)).toEqual([10, 11, 12])
  })
})

describe('firstFew', () => {
  it('keeps the first three and counts the rest', () => {
    expect(firstFew(['a', 'b', 'c', 'd', 'e'])).toEqual({ shown: ['a', 'b', 'c'], more: 2 })
    expect(firstFew(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 })
  })
})
