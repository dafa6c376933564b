import { describe, expect, it } from 'vitest'
import { roundIsPublic, roundReaches, type RoundReach, type RoundViewer } from '../../src/domain/round-visibility.js'

const KRABI_TOWN = { id: 1, provinceCode: '81' }
const KHLONG_THOM = { id: 2, provinceCode: '81' }
const CHIANG_MAI = { id: 3, provinceCode: '50' }

const reach = (r: Partial<RoundReach> & Pick<RoundReach, 'scope'>): RoundReach => ({ provinceCodes: [], organisations: [], ...r })

const ROUNDS = {
  everyone: reach({ scope: 'all' }),
  krabi: reach({ scope: 'provinces', provinceCodes: ['81'] }),
  chiangMai: reach({ scope: 'provinces', provinceCodes: ['50'] }),
  bothProvinces: reach({ scope: 'provinces', provinceCodes: ['50', '81'] }),
  noProvince: reach({ scope: 'provinces' }),
  krabiTown: reach({ scope: 'organisations', organisations: [KRABI_TOWN] }),
  chiangMaiCity: reach({ scope: 'organisations', organisations: [CHIANG_MAI] }),
  noOrganisation: reach({ scope: 'organisations' }),
  // Only the list its scope names counts.
  krabiListedButForAll: reach({ scope: 'organisations', provinceCodes: ['81'], organisations: [CHIANG_MAI] }),
}
type RoundName = keyof typeof ROUNDS

const KRABI_TOWN_VIEWER: RoundViewer = { kind: 'organisation', organisationId: KRABI_TOWN.id, provinceCode: '81' }
const KHLONG_THOM_VIEWER: RoundViewer = { kind: 'organisation', organisationId: KHLONG_THOM.id, provinceCode: '81' }
const CHIANG_MAI_VIEWER: RoundViewer = { kind: 'organisation', organisationId: CHIANG_MAI.id, provinceCode: '50' }
const CHIANG_MAI_ROUNDS: RoundName[] = ['everyone', 'chiangMai', 'bothProvinces', 'chiangMaiCity', 'krabiListedButForAll']

const viewers: [string, RoundViewer, RoundName[]][] = [
  ['the country', { kind: 'national' }, Object.keys(ROUNDS) as RoundName[]],
  ['province 81', { kind: 'province', provinceCode: '81' }, ['everyone', 'krabi', 'bothProvinces', 'krabiTown']],
  ['province 50', { kind: 'province', provinceCode: '50' }, CHIANG_MAI_ROUNDS],
  ['Bangkok, with no organisation named anywhere', { kind: 'province', provinceCode: '10' }, ['everyone']],
  ['เทศบาลเมืองกระบี่', KRABI_TOWN_VIEWER, ['everyone', 'krabi', 'bothProvinces', 'krabiTown']],
  ['คลองท่อมใต้ (its province named, itself not)', KHLONG_THOM_VIEWER, ['everyone', 'krabi', 'bothProvinces']],
  ['เชียงใหม่', CHIANG_MAI_VIEWER, CHIANG_MAI_ROUNDS],
]

describe('roundReaches', () => {
  it.each(viewers)('shows %s the rounds that reach it, whatever their status', (_, viewer, expected) => {
    const seen = (Object.keys(ROUNDS) as RoundName[]).filter((name) => roundReaches(ROUNDS[name], viewer))
    expect(seen).toEqual(expected)
  })
})

describe('roundIsPublic', () => {
  const opensAt = Date.UTC(2025, 5, 1)
  it.each([
    ['a day before it opens', opensAt - 86_400_000, false],
    ['a millisecond before', opensAt - 1, false],
    ['the instant it opens', opensAt, true],
    ['while it is open', opensAt + 86_400_000, true],
    ['after it has closed', opensAt + 400 * 86_400_000, true],
  ])('%s: %s', (_, now, expected) => {
    expect(roundIsPublic({ opensAt }, now)).toBe(expected)
    expect(roundIsPublic({ opensAt: new Date(opensAt) }, now)).toBe(expected)
  })
})
