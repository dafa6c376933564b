/**
 * The set-based default points: a code already taken is skipped by the unique
 * index and the statement runs again for whoever was skipped; when no free code
 * can be found, nothing at all is created.
 */
import { describe, expect, it } from 'vitest'
import { countDefaultPoints, createDefaultServicePoints } from '../../src/db/queries/default-service-points.js'
import { importRegistry } from '../../src/registry/import-registry.js'
import { arrangeSurvey, SURVEY_REGISTRY_CSV } from '../helpers/survey-fixture.js'

const HEADER = SURVEY_REGISTRY_CSV.split('\n')[0]!
const ALL = { scope: 'all', provinceCodes: [], organisationIds: [] } as const
const NAMES = { nameTh: 'สำนักงาน อปท. – ทุกบริการ', nameEn: 'LGU office – all services' }

/** The survey fixture (two organisations with open points, KRB1001 among their codes) and `n` without any. */
function arrange(n: number) {
  const s = arrangeSurvey({ round: false })
  const rows = Array.from({ length: n }, (_, i) => `กระบี่,เมืองกระบี่,,${6810100 + i},อบต.,ทดสอบ ${i},,,,,,,`)
  importRegistry(s.db, `${HEADER}\n${rows.join('\n')}\n`, new Date(s.clock.now))
  const codes = () =>
    (s.db.$client.prepare('select code from service_points order by id').all() as { code: string }[]).map((r) => r.code)
  return { ...s, codes }
}

/** Hands out the given codes in turn, then the last one for ever. */
const handing = (...codes: string[]) => {
  let i = 0
  return () => codes[Math.min(i++, codes.length - 1)]!
}

describe('createDefaultServicePoints', () => {
  it('skips a code already taken and gives the skipped organisation the next one', () => {
    const { db, codes } = arrange(3)
    expect(countDefaultPoints(db, ALL)).toEqual({ covered: 5, withoutPoint: 3 })
    const created = createDefaultServicePoints(db, ALL, NAMES, new Date(), handing('KRB1001', 'DEF0001', 'DEF0002', 'DEF0003'))
    expect(created).toBe(3)
    expect(codes().slice(4)).toEqual(['DEF0001', 'DEF0002', 'DEF0003'])
    expect(countDefaultPoints(db, ALL)).toEqual({ covered: 5, withoutPoint: 0 })
  })

  it('creates nothing when every code it is given is taken', () => {
    const { db, codes } = arrange(1)
    const before = codes()
    expect(() => createDefaultServicePoints(db, ALL, NAMES, new Date(), handing('KRB1001'))).toThrow(/free service point codes/)
    expect(codes()).toEqual(before)
  })

  it('does nothing for organisations that all have an open point', () => {
    const { db, codes } = arrange(0)
    expect(createDefaultServicePoints(db, ALL, NAMES, new Date())).toBe(0)
    expect(codes()).toHaveLength(4)
  })
})
