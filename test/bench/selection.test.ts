import { describe, expect, it } from 'vitest'
import { MEASURE_IDS, needs, parseOnly } from '../../src/bench/selection.js'

describe('--only', () => {
  it('selects every measure when absent', () => {
    expect([...parseOnly(undefined)]).toEqual([...MEASURE_IDS])
  })

  it('selects the named measures, whatever their case and spacing', () => {
    expect([...parseOnly('P9, p10,P13')].sort()).toEqual(['P10', 'P13', 'P9'])
  })

  it('takes a row measured with another as that measure', () => {
    expect([...parseOnly('P8,P2b')]).toEqual(['P2'])
    expect([...parseOnly('P12b')]).toEqual(['P12'])
    expect([...parseOnly('P10b,P9b,P13b')]).toEqual(['P10', 'P9', 'P13'])
  })

  it('refuses unknown names, naming them and the known ones', () => {
    expect(() => parseOnly('P9,P99,X')).toThrow('unknown measures P99, X; known: P1, P2, P3')
    expect(() => parseOnly('P14')).toThrow('unknown measure P14;')
  })

  it('refuses a list that names nothing', () => {
    expect(() => parseOnly(' , ')).toThrow('--only names no measure')
    expect(() => parseOnly('')).toThrow('--only names no measure')
  })
})

describe('what a selection needs', () => {
  it('starts a ceiling only for the measure compared with it', () => {
    expect(needs(parseOnly('P1'))).toEqual({ staticCeiling: true, insertCeiling: false, smallDataset: false })
    expect(needs(parseOnly('P2'))).toEqual({ staticCeiling: false, insertCeiling: true, smallDataset: false })
  })

  it('builds the small dataset only for the comparisons with it', () => {
    expect(needs(parseOnly('P9,P10')).smallDataset).toBe(false)
    for (const id of ['P3', 'P5', 'P13']) expect(needs(parseOnly(id)).smallDataset).toBe(true)
  })
})
