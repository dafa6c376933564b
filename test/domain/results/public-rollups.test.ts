/**
 * The public's roll-up: an organisation below the minimum loses its figures, and a group pools
 * only the published organisations' answers, so subtracting the published rows from the group
 * reveals nothing. Figures worked out by hand.
 */
import { describe, expect, it } from 'vitest'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import { DEFAULT_SCORING_OPTIONS, momentsOf } from '../../../src/domain/scoring/index.js'
import { isPublished, publicOrganisation, publicRollUp } from '../../../src/domain/results/public-rollups.js'
import { rollUp, rollupContext, summariseOrganisation } from '../../../src/domain/results/rollups.js'
import { lv } from '../scoring/helpers.js'

const ctx = rollupContext(builtinDefinition('thai-lgu-standard'), DEFAULT_SCORING_OPTIONS)

const summary = (id: number, respondents: number, answers: ReturnType<typeof lv>) =>
  summariseOrganisation(
    {
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
    },
    momentsOf(answers),
    ctx,
  )

// Published: 10 residents, 6 answers of 5 and 4 of 4 → mean 4.60, 92.00 %.
const big = summary(1, 10, lv(6, 4, 0, 0, 0))
// Below the minimum of 10: 3 residents answering 1. Pooled with the other: Σx 46 + 3 = 49 over 13 answers.
const small = summary(2, 3, lv(0, 0, 0, 0, 3))

describe('the public roll-up', () => {
  it('publishes an organisation only with the minimum of responses', () => {
    expect([isPublished(big, ctx), isPublished(small, ctx)]).toEqual([true, false])
    expect(publicOrganisation(small, ctx).headline).toBeNull()
    expect(publicOrganisation(big, ctx)).toBe(big)
  })

  it('pools only the published organisations, while counting every one taking part', () => {
    const staff = rollUp([big, small], ctx)
    // 49 ÷ 13 ÷ 5 × 100 = 75.384…, printed to 2 decimals.
    expect(staff.headline?.percent).toBe(75.38)
    const open = publicRollUp([big, small], ctx)
    expect(open.headline?.percent).toBe(92)
    expect(open.headline?.answers).toBe(10)
    expect([open.organisations, open.meetingMinimum, open.respondents]).toEqual([2, 1, 13])
  })

  it('shows no group figure when no organisation is published', () => {
    const open = publicRollUp([small], ctx)
    expect(open.headline).toBeNull()
    expect(open.status).toBe('too-few')
  })
})
