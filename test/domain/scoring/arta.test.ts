import { describe, expect, it } from 'vitest'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import { artaBand, DEFAULT_SCORING_OPTIONS as options, scoreArta } from '../../../src/domain/scoring/index.js'
import { lv } from './helpers.js'

const definition = builtinDefinition('arta-csm')

const counts = {
  sqd0: lv(19, 1, 0, 0, 0, 2), //   n 20, positive 20 → 100.00
  sqd1: lv(60, 39, 1, 0, 0), //     n 100, positive 99 → 99.00
  sqd2: lv(50, 45, 5, 0, 0), //     n 100, positive 95 → 95.00 (same for sqd2–sqd7)
  sqd3: lv(50, 45, 5, 0, 0),
  sqd4: lv(50, 45, 5, 0, 0),
  sqd5: lv(50, 45, 5, 0, 0),
  sqd6: lv(50, 45, 5, 0, 0),
  sqd7: lv(50, 45, 5, 0, 0),
  sqd8: lv(2, 3, 0, 3, 2, 90), //  100 responses − 90 N/A = n 10, positive 5 → 50.00
  cc1: { know_saw: 30, know_not_saw: 10, learned_on_seeing: 0, not_aware: 10 },
  cc2: { easy: 1, somewhat_easy: 1, difficult: 1 },
}

describe('scoreArta on the built-in CSM', () => {
  const result = scoreArta(definition, counts, options)

  it.each([
    ['sqd1', 100, 99, 99, 'outstanding'],
    ['sqd2', 100, 95, 95, 'outstanding'],
    ['sqd8', 10, 5, 50, 'poor'], // N/A left out: 5 ÷ (100 − 90), not 5 ÷ 100
  ])('item %s: n %i, positive %i → %s (%s)', (id, n, positive, score, band) => {
    const item = result.items.find((i) => i.id === id)!
    expect(item).toMatchObject({ n, positive, score, band: { id: band } })
  })

  it('lists the pooled items in order, with N/A and the distribution', () => {
    expect(result.items.map((i) => i.id)).toEqual(['sqd1', 'sqd2', 'sqd3', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8'])
    const sqd8 = result.items[7]!
    expect(sqd8.notApplicable).toBe(90)
    // 2, 3, 0, 3, 2 of n 10
    expect(sqd8.levels.map((l) => l.percent)).toEqual([20, 30, 0, 30, 20])
    expect(sqd8.text.en).toMatch(/^SQD8/)
  })

  it('pools SQD1–SQD8 for the overall score, which is not the mean of item scores', () => {
    // Mean of item scores: (99 + 6 × 95 + 50) ÷ 8 = 719 ÷ 8 = 89.875 → Satisfactory.
    const meanOfScores = result.items.reduce((t, i) => t + i.score!, 0) / result.items.length
    expect(meanOfScores).toBeCloseTo(89.875, 10)
    // Pooled: n = 7 × 100 + 10 = 710; positive = 99 + 6 × 95 + 5 = 674; 674 ÷ 710 = 94.9296 → 94.93.
    expect(result.overall).toEqual({
      n: 710,
      notApplicable: 90,
      positive: 674,
      score: 94.93,
      band: { id: 'very-satisfactory', label: { th: 'น่าพึงพอใจมาก', en: 'Very satisfactory' } },
    })
  })

  it('reports SQD0 separately and keeps it out of the overall score', () => {
    expect(result.separate).toHaveLength(1)
    expect(result.separate[0]).toMatchObject({
      id: 'sqd0',
      n: 20,
      notApplicable: 2,
      positive: 20,
      score: 100,
      band: { id: 'outstanding' },
    })
  })

  it('gives Citizen’s Charter shares among the answers to each item', () => {
    const [cc1, cc2, cc3] = result.charter
    // cc1: 30, 10, 0, 10 of 50
    expect(cc1!.n).toBe(50)
    expect(cc1!.options.map((o) => [o.value, o.count, o.percent])).toEqual([
      ['know_saw', 30, 60],
      ['know_not_saw', 10, 20],
      ['learned_on_seeing', 0, 0],
      ['not_aware', 10, 20],
    ])
    // cc2: 1 of 3 each = 33.333… → 33.33; the item's own "na" option is listed too
    expect(cc2!.options.map((o) => o.percent)).toEqual([33.33, 33.33, 33.33, 0, 0])
    expect(cc2!.options[4]!.value).toBe('na')
    // cc3: nobody answered → no shares, never 0 %
    expect(cc3!.n).toBe(0)
    expect(cc3!.options.every((o) => o.count === 0 && o.percent === null)).toBe(true)
  })

  it('gives no score, rather than 0, when nobody answered', () => {
    const empty = scoreArta(definition, { sqd1: { na: 5 } }, options)
    expect(empty.items[0]).toMatchObject({ n: 0, notApplicable: 5, positive: 0, score: null, band: null })
    expect(empty.items[0]!.levels.every((l) => l.percent === null)).toBe(true)
    expect(empty.overall).toEqual({ n: 0, notApplicable: 5, positive: 0, score: null, band: null })
  })

  it('bands a pooled score on its printed value: 18,999 of 20,000 = 94.995 → 95.00 → Outstanding', () => {
    const r = scoreArta(definition, { sqd1: lv(18999, 0, 1001, 0, 0) }, options)
    expect(r.overall).toMatchObject({ n: 20000, score: 95, band: { id: 'outstanding' } })
  })
})

describe('artaBand edges (on the 2-decimal score)', () => {
  it.each([
    [100, 'outstanding'],
    [95, 'outstanding'],
    [94.995, 'outstanding'], // printed 95.00
    [94.99, 'very-satisfactory'],
    [90, 'very-satisfactory'],
    [89.99, 'satisfactory'],
    [80, 'satisfactory'],
    [79.99, 'fair'],
    [60, 'fair'],
    [59.99, 'poor'],
    [0, 'poor'],
  ])('%s → %s', (score, id) => {
    expect(artaBand(score).id).toBe(id)
  })

  it('has Thai and English labels', () => {
    expect(artaBand(96).label).toEqual({ th: 'ดีเด่น', en: 'Outstanding' })
    expect(artaBand(10).label).toEqual({ th: 'ต้องปรับปรุง', en: 'Poor' })
  })
})
