import { describe, expect, it } from 'vitest'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import { DEFAULT_SCORING_OPTIONS as options, scoreA11 } from '../../../src/domain/scoring/index.js'
import { lv } from './helpers.js'

const definition = builtinDefinition('a11-trust')

const counts = {
  trust: lv(30, 20, 10, 5, 5), // n 70; Σx = 150 + 80 + 30 + 10 + 5 = 275
  went_well: { effectiveness: 35, ease: 7, humanity: 1 },
  not_well: { efficiency: 14 },
  comment: { '*': 12 },
}

describe('scoreA11 on the built-in A-11 survey', () => {
  const result = scoreA11(definition, counts, 70, options)

  it('gives percent positive on the trust question', () => {
    // positive = 30 + 20 = 50; 50 ÷ 70 = 71.4286 → 71.43
    expect(result.trust).toMatchObject({ n: 70, positive: 50, percentPositive: 71.43 })
    const stats = result.trust.stats
    if (stats.kind !== 'rating') throw new Error('expected figures')
    expect(stats.mean).toBeCloseTo(275 / 70, 12) // 3.9286 → 3.93
    expect(stats.band.label.th).toBe('มาก')
  })

  it('gives each reason’s share of the respondents', () => {
    const [wentWell, notWell] = result.reasons
    expect(wentWell!.id).toBe('went_well')
    // 35/70 = 50 % · 7/70 = 10 % · 1/70 = 1.4286 % → 1.43
    expect(Object.fromEntries(wentWell!.options.map((o) => [o.value, [o.count, o.share]]))).toEqual({
      effectiveness: [35, 50],
      ease: [7, 10],
      efficiency: [0, 0],
      transparency: [0, 0],
      humanity: [1, 1.43],
      employee: [0, 0],
      other: [0, 0],
    })
    // 14/70 = 20 %
    expect(notWell!.options.find((o) => o.value === 'efficiency')).toMatchObject({ count: 14, share: 20 })
    expect(notWell!.text.en).toMatch(/didn’t go well/)
  })

  it('counts the levels the definition calls positive', () => {
    const scoring = definition.scoring
    if (scoring.method !== 'a11-trust') throw new Error('unexpected')
    const topOnly = { ...definition, scoring: { ...scoring, positiveLevels: [5] } }
    // 30 ÷ 70 = 42.857 → 42.86
    expect(scoreA11(topOnly, counts, 70, options).trust).toMatchObject({ positive: 30, percentPositive: 42.86 })
  })

  it('gives no data, never NaN or 0 %, with no respondents', () => {
    const empty = scoreA11(definition, {}, 0, options)
    expect(empty.trust).toEqual({ n: 0, positive: 0, percentPositive: null, stats: { kind: 'no-data', n: 0, notApplicable: 0 } })
    expect(empty.reasons.flatMap((r) => r.options).every((o) => o.count === 0 && o.share === null)).toBe(true)
  })

  it('refuses impossible input', () => {
    expect(() => scoreA11(definition, counts, 10, options)).toThrow(/ticked 35 times by 10/)
    expect(() => scoreA11(definition, counts, -1, options)).toThrow()
    expect(() => scoreA11(builtinDefinition('thai-lgu-standard'), counts, 70, options)).toThrow(/thai-mean/)
  })
})
