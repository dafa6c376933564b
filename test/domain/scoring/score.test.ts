import { describe, expect, it } from 'vitest'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import { DEFAULT_SCORING_OPTIONS as options, score } from '../../../src/domain/scoring/index.js'
import { lv } from './helpers.js'

describe('score dispatches on the definition’s method', () => {
  it.each([
    ['thai-lgu-standard', 'thai-mean'],
    ['arta-csm', 'arta-csm'],
    ['a11-trust', 'a11-trust'],
  ])('%s → %s', (slug, method) => {
    expect(score(builtinDefinition(slug), {}, 0, options).method).toBe(method)
  })

  it('returns a union narrowed by method', () => {
    const result = score(builtinDefinition('a11-trust'), { trust: lv(1, 1, 0, 0, 0) }, 2, options)
    if (result.method !== 'a11-trust') throw new Error('unexpected')
    expect(result.trust.percentPositive).toBe(100) // 2 of 2
  })
})
