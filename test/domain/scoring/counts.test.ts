import { describe, expect, it } from 'vitest'
import { addCounts, poolItems, readLevels } from '../../../src/domain/scoring/index.js'

describe('addCounts', () => {
  it('adds value by value and item by item, without touching the inputs', () => {
    const a = { q1: { '5': 1, na: 2 } }
    const b = { q1: { '5': 2, '4': 1 }, q2: { '*': 3 } }
    expect(addCounts(a, b)).toEqual({ q1: { '5': 3, '4': 1, na: 2 }, q2: { '*': 3 } })
    expect(a).toEqual({ q1: { '5': 1, na: 2 } })
    expect(b).toEqual({ q1: { '5': 2, '4': 1 }, q2: { '*': 3 } })
  })

  it('is neutral with an empty group', () => {
    const a = { q1: { '3': 4 } }
    expect(addCounts(a, {})).toEqual(a)
    expect(addCounts({}, a)).toEqual(a)
  })

  it.each([[-1], [1.5], [NaN]])('refuses a count of %s', (count) => {
    expect(() => addCounts({}, { q1: { '5': count } })).toThrow()
  })
})

describe('poolItems', () => {
  it('sums the named items, N/A included, and ignores the rest', () => {
    const counts = { a: { '5': 2, '4': 1 }, b: { '5': 1, '1': 3, na: 4 }, c: { '2': 100 } }
    // 5: 2 + 1 = 3 · 4: 1 · 1: 3 · na: 4; c is not named
    expect(poolItems(counts, ['a', 'b'])).toEqual({ '5': 3, '4': 1, '1': 3, na: 4 })
  })

  it('treats an item with no counts as nothing', () => {
    expect(poolItems({ a: { '3': 2 } }, ['a', 'missing'])).toEqual({ '3': 2 })
    expect(poolItems({}, [])).toEqual({})
  })
})

describe('readLevels', () => {
  it('reads 1–5 and N/A; skips free text and whole numbers off the scale', () => {
    const read = readLevels({ '5': 2, '1': 1, na: 3, '*': 9, '0': 4, '6': 5, '-1': 1 })
    expect(read).toEqual({ byLevel: [0, 1, 0, 0, 0, 2], n: 3, notApplicable: 3 })
  })

  it.each([['4.5'], ['five'], ['05'], [''], [' 5'], ['NA']])('refuses the value key %j', (key) => {
    expect(() => readLevels({ [key]: 1 })).toThrow()
  })

  it.each([[-1], [0.5], [Infinity]])('refuses a count of %s', (count) => {
    expect(() => readLevels({ '5': count })).toThrow()
  })
})
