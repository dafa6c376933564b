import { describe, expect, it } from 'vitest'
import { ORGANISATION_TYPES, type OrganisationType } from '../../src/domain/organisation-types.js'
import {
  ORGANISATION_TYPE_LABELS,
  organisationDisplayName,
  organisationTypeFromRegistry,
} from '../../src/domain/organisation-types.js'

describe('organisationTypeFromRegistry', () => {
  it.each([
    ['อบจ.', 'pao'],
    ['เทศบาลนคร', 'city'],
    ['เทศบาลเมือง', 'town'],
    ['เทศบาลตำบล', 'subdistrict'],
    ['อบต.', 'sao'],
    ['ท้องถิ่นรูปแบบพิเศษ', 'special'],
    [' อบต. ', 'sao'],
  ])('%j → %s', (word, type) => {
    expect(organisationTypeFromRegistry(word)).toBe(type)
  })

  it.each([['สุขาภิบาล'], [''], ['อบจ'], ['เทศบาล'], ['pao'], ['องค์การบริหารส่วนตำบล']])('%j is unknown', (word) => {
    expect(organisationTypeFromRegistry(word)).toBeUndefined()
  })

  it('has a label for each of the six types and no other', () => {
    expect(Object.keys(ORGANISATION_TYPE_LABELS).sort()).toEqual([...ORGANISATION_TYPES].sort())
    expect(ORGANISATION_TYPES).toHaveLength(6)
  })
})

describe('organisationDisplayName', () => {
  it.each<[OrganisationType, string, string, string]>([
    ['subdistrict', 'คลองท่อมใต้', 'เทศบาลตำบลคลองท่อมใต้', 'Subdistrict Municipality คลองท่อมใต้'],
    ['pao', 'กระบี่', 'องค์การบริหารส่วนจังหวัดกระบี่', 'Provincial Administrative Organisation กระบี่'],
    ['special', 'เมืองพัทยา', 'เมืองพัทยา', 'เมืองพัทยา'],
    ['city', 'เชียงใหม่', 'เทศบาลนครเชียงใหม่', 'City Municipality เชียงใหม่'],
    ['town', 'แม่โจ้', 'เทศบาลเมืองแม่โจ้', 'Town Municipality แม่โจ้'],
    ['sao', 'คลองท่อมเหนือ', 'องค์การบริหารส่วนตำบลคลองท่อมเหนือ', 'Subdistrict Administrative Organisation คลองท่อมเหนือ'],
  ])('%s %s → %s / %s', (type, name, th, en) => {
    expect(organisationDisplayName(type, name)).toBe(th)
    expect(organisationDisplayName(type, name, 'th')).toBe(th)
    expect(organisationDisplayName(type, name, 'en')).toBe(en)
  })
})
