/**
 * The roll-up aggregation, with every figure worked out by hand: pooled means from the sums of
 * answers (not averages of percents), the distribution of organisations by band, and the
 * minimum number of responses at its boundary.
 */
import { describe, expect, it } from 'vitest'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import { DEFAULT_SCORING_OPTIONS, momentsOf, poolMoments, ratingStats, type Moments } from '../../../src/domain/scoring/index.js'
import { scoredItems } from '../../../src/domain/scoring/definition-items.js'
import {
  bandDistribution,
  headlineOf,
  rollUp,
  rollUpBy,
  rollupContext,
  summariseOrganisation,
  type OrganisationRow,
} from '../../../src/domain/results/rollups.js'
import { lv } from '../scoring/helpers.js'

const thai = rollupContext(builtinDefinition('thai-lgu-standard'), DEFAULT_SCORING_OPTIONS)
const arta = rollupContext(builtinDefinition('arta-csm'), DEFAULT_SCORING_OPTIONS)
const a11 = rollupContext(builtinDefinition('a11-trust'), DEFAULT_SCORING_OPTIONS)

// A: 6 answers of 5 and 4 of 4.   n 10, Σx 46, Σx² 214, mean 4.60, 92.00 %, มากที่สุด, 9 points.
const A = momentsOf(lv(6, 4, 0, 0, 0))
// B: 12 answers of 3.             n 12, Σx 36, Σx² 108, mean 3.00, 60.00 %, ปานกลาง, 2 points (60 is not above 60).
const B = momentsOf(lv(0, 0, 12, 0, 0))
// C: 3 answers of 5.              n 3,  Σx 15, Σx² 75.
const C = momentsOf(lv(3, 0, 0, 0, 0))

let nextId = 1
function org(respondents: number, extra: Partial<OrganisationRow> = {}): OrganisationRow {
  const id = nextId++
  return {
    id,
    dlaCode: String(6810000 + id),
    type: 'sao',
    nameTh: `ทดสอบ${id}`,
    provinceCode: '81',
    provinceTh: 'กระบี่',
    provinceEn: 'Krabi',
    districtCode: '8101',
    districtTh: 'เมืองกระบี่',
    districtEn: 'Mueang Krabi',
    inRound: true,
    respondents,
    ...extra,
  }
}

describe('moments', () => {
  it('are the sums of one item’s counts, N/A kept apart', () => {
    expect(momentsOf(lv(6, 4, 0, 0, 0, 3))).toEqual({ n: 10, sum: 46, sumSquares: 214, topTwo: 10, notApplicable: 3 })
    expect(momentsOf({})).toEqual({ n: 0, sum: 0, sumSquares: 0, topTwo: 0, notApplicable: 0 })
  })

  it('pool by adding, and give what ratingStats gives on the pooled counts', () => {
    expect(poolMoments([A, B, C])).toEqual({ n: 25, sum: 97, sumSquares: 397, topTwo: 13, notApplicable: 0 })
    const { levels: _levels, ...fromCounts } = ratingStats(lv(9, 4, 12, 0, 0), DEFAULT_SCORING_OPTIONS) as Extract<
      ReturnType<typeof ratingStats>,
      { kind: 'rating' }
    >
    const pooled = headlineOf(poolMoments([A, B, C]), thai)!
    expect(pooled).toMatchObject({
      answers: 25,
      mean: fromCounts.mean,
      sd: fromCounts.sd,
      percent: fromCounts.percentSatisfaction,
    })
  })
})

describe('headlineOf', () => {
  it('Thai mean: percent, band, points and margin of error, worked out by hand', () => {
    const a = headlineOf(A, thai)!
    // S.D.: (10·214 − 46²) ÷ (10·9) = 24 ÷ 90, √ = 0.5164; MoE = 1.96 × 0.5164 ÷ √10 × 20 = 6.40.
    expect(a).toMatchObject({ answers: 10, mean: 4.6, percent: 92, band: 0, points: 9, marginOfError: 6.4 })
    expect(a.sd).toBeCloseTo(0.5164, 5)
    expect(headlineOf(B, thai)).toMatchObject({ mean: 3, sd: 0, percent: 60, band: 2, points: 2, marginOfError: 0 })
    expect(thai.bands[0]!.th).toBe('มากที่สุด')
    expect(thai.bands[2]!.th).toBe('ปานกลาง')
  })

  it('pools A and B from their sums: 82 ÷ 22 = 3.73 (มาก), 74.55 % (5 points), not the 76 % of averaging 92 and 60', () => {
    const pooled = headlineOf(poolMoments([A, B]), thai)!
    // S.D.: (22·322 − 82²) ÷ (22·21) = 360 ÷ 462, √ = 0.88273.
    expect(pooled).toMatchObject({ answers: 22, percent: 74.55, band: 1, points: 5 })
    expect(pooled.mean).toBeCloseTo(3.72727, 5)
    expect(pooled.sd).toBeCloseTo(0.88273, 5)
  })

  it('ARTA: (strongly agree + agree) ÷ answers and ARTA’s bands; no points', () => {
    // 19 of 20 agree: 95.00 → Outstanding; 17 of 20: 85.00 → Satisfactory.
    expect(headlineOf(momentsOf(lv(10, 9, 0, 0, 1)), arta)).toMatchObject({
      percent: 95,
      band: 0,
      points: null,
      marginOfError: null,
    })
    expect(arta.bands[headlineOf(momentsOf(lv(10, 7, 2, 1, 0)), arta)!.band!]!.en).toBe('Satisfactory')
  })

  it('A-11: percent positive (4–5), no band, no points', () => {
    expect(a11.bands).toEqual([])
    expect(headlineOf(momentsOf(lv(3, 3, 2, 1, 1)), a11)).toMatchObject({ percent: 60, band: null, points: null })
  })

  it('no answers is no headline, never 0 %', () => {
    expect(headlineOf(momentsOf({ na: 4 }), thai)).toBeNull()
  })
})

describe('the minimum number of responses (10 by default)', () => {
  it.each([
    [0, true, 'none'],
    [0, false, 'not-in-round'],
    [1, true, 'too-few'],
    [9, true, 'too-few'],
    [10, true, 'ok'],
    [10, false, 'ok'],
  ] as const)('%i respondents, in the round: %s → %s', (respondents, inRound, status) => {
    const summary = summariseOrganisation(org(respondents, { inRound }), respondents ? A : undefined, thai)
    expect(summary.status).toBe(status)
    expect(summary.headline === null).toBe(status !== 'ok')
  })

  it('follows the configured minimum', () => {
    const strict = { ...thai, options: { ...thai.options, minimumResponses: 30 } }
    expect(summariseOrganisation(org(29), A, strict).status).toBe('too-few')
    expect(summariseOrganisation(org(30), A, strict).status).toBe('ok')
  })
})

describe('groups', () => {
  const noScored: Moments = { n: 0, sum: 0, sumSquares: 0, topTwo: 0 }
  const orgs = () => [
    summariseOrganisation(org(10), A, thai), // มากที่สุด
    summariseOrganisation(org(12, { districtCode: '8104', type: 'subdistrict' }), B, thai), // ปานกลาง
    summariseOrganisation(org(3, { districtCode: '8104' }), C, thai), // too few, yet its answers count in the pool
    summariseOrganisation(org(0), undefined, thai), // none
    summariseOrganisation(org(0, { inRound: false }), undefined, thai), // not in the round: left out
    summariseOrganisation(org(10), noScored, thai), // enough responses, every scored answer N/A
  ]

  it('bands only the organisations meeting the minimum; the others are counted apart', () => {
    expect(bandDistribution(orgs(), thai)).toEqual({ bands: [1, 0, 1, 0, 0], noData: 1, tooFew: 1, none: 1 })
  })

  it('pools every answer of every organisation taking part: 97 ÷ 25 = 3.88 (มาก), 77.60 %, 6 points', () => {
    const group = rollUp(orgs(), thai)
    expect(group).toMatchObject({ organisations: 5, meetingMinimum: 3, respondents: 35, status: 'ok' })
    expect(group.headline).toMatchObject({ answers: 25, mean: 3.88, percent: 77.6, band: 1, points: 6 })
    expect(group.distribution).toEqual({ bands: [1, 0, 1, 0, 0], noData: 1, tooFew: 1, none: 1 })
  })

  it('a group below the minimum has no headline; a group without responses is "none"', () => {
    const few = rollUp([summariseOrganisation(org(4), C, thai), summariseOrganisation(org(5), C, thai)], thai)
    expect(few).toMatchObject({ respondents: 9, status: 'too-few', headline: null, meetingMinimum: 0 })
    expect(few.distribution.tooFew).toBe(2)
    expect(rollUp([summariseOrganisation(org(0), undefined, thai)], thai)).toMatchObject({
      status: 'none',
      headline: null,
      organisations: 1,
    })
    expect(rollUp([], thai)).toMatchObject({ status: 'none', organisations: 0, respondents: 0 })
  })

  it('by key: one roll-up per district, in the order districts first appear', () => {
    const byDistrict = rollUpBy(orgs(), (o) => o.districtCode, thai)
    expect([...byDistrict.keys()]).toEqual(['8101', '8104'])
    // 8104: B and C pooled, 15 respondents: (36 + 15) ÷ 15 = 3.40 → ปานกลาง, 68.00 %.
    expect(byDistrict.get('8104')).toMatchObject({
      organisations: 2,
      meetingMinimum: 1,
      respondents: 15,
      headline: { answers: 15, mean: 3.4, percent: 68, band: 2 },
    })
    expect(byDistrict.get('8101')).toMatchObject({
      organisations: 3,
      meetingMinimum: 2,
      respondents: 20,
      headline: { percent: 92 },
    })
  })
})

describe('scored items', () => {
  it('are every aspect item (Thai), the pooled SQD1–SQD8 (ARTA), the trust item (A-11)', () => {
    expect(scoredItems(builtinDefinition('thai-lgu-standard'))).toEqual([
      'process_1',
      'process_2',
      'channel_1',
      'channel_2',
      'staff_1',
      'staff_2',
      'staff_3',
      'facility_1',
      'facility_2',
    ])
    expect(scoredItems(builtinDefinition('arta-csm'))).toEqual(['sqd1', 'sqd2', 'sqd3', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8'])
    expect(scoredItems(builtinDefinition('a11-trust'))).toEqual(['trust'])
  })
})
