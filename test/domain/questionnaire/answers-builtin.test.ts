/** parseAnswers against the default questionnaire residents actually see. */
import { describe, expect, it } from 'vitest'
import { allowedValues, parseAnswers, visibleItems } from '../../../src/domain/questionnaire/answers.js'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import { allItems } from '../../../src/domain/questionnaire/definition.js'

const def = builtinDefinition('thai-lgu-standard')
const item = (id: string) => {
  const found = allItems(def).find((it) => it.id === id)
  if (!found) throw new Error(`no item ${id}`)
  return found
}
const RATINGS = [
  'overall',
  'process_1',
  'process_2',
  'channel_1',
  'channel_2',
  'staff_1',
  'staff_2',
  'staff_3',
  'facility_1',
  'facility_2',
]
const PROFILE = ['sex', 'age', 'occupation', 'suggestion']
const withServices = { services: [{ id: 31 }, { id: 32 }, { id: 33 }] }
const noServices = { services: [] }
/** Every rating answered with 4. */
const allFours = Object.fromEntries(RATINGS.map((id) => [id, ['4']]))

describe('the Thai LGU standard form', () => {
  it('shows the service question first only when the point lists services', () => {
    expect(visibleItems(def, withServices).map((i) => i.id)).toEqual(['service', ...RATINGS, ...PROFILE])
    expect(visibleItems(def, noServices).map((i) => i.id)).toEqual([...RATINGS, ...PROFILE])
  })

  it.each([
    ['overall', ['5', '4', '3', '2', '1']],
    ['staff_3', ['5', '4', '3', '2', '1']],
    ['facility_1', ['5', '4', '3', '2', '1', 'na']],
    ['facility_2', ['5', '4', '3', '2', '1', 'na']],
    ['sex', ['male', 'female', 'other', 'not_say']],
    ['service', ['31', '32', '33']],
    ['suggestion', null],
  ])('%s accepts %j', (id, expected) => {
    expect(allowedValues(item(id), def, withServices)).toEqual(expected)
  })

  it('accepts the ten ratings and a service: eleven answers', () => {
    const result = parseAnswers(def, withServices, { ...allFours, service: ['32'] })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.serviceId).toBe(32)
    expect(result.answers).toEqual([{ itemId: 'service', value: '32' }, ...RATINGS.map((itemId) => ({ itemId, value: '4' }))])
  })

  it('accepts the ratings alone at a point without services', () => {
    const result = parseAnswers(def, noServices, allFours)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.serviceId).toBeNull()
      expect(result.answers).toHaveLength(10)
    }
  })

  it('requires the service and all ten ratings on an empty form, and nothing else', () => {
    const result = parseAnswers(def, withServices, {})
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual(['service', ...RATINGS].map((itemId) => ({ itemId, code: 'required' })))
  })

  it('takes N/A for the facilities but not for the overall rating', () => {
    expect(parseAnswers(def, noServices, { ...allFours, facility_1: ['na'], facility_2: ['na'] }).ok).toBe(true)
    const result = parseAnswers(def, noServices, { ...allFours, overall: ['na'] })
    expect(result).toMatchObject({ ok: false, errors: [{ itemId: 'overall', code: 'not_an_option' }] })
  })

  it('takes the optional profile and a suggestion', () => {
    const result = parseAnswers(def, noServices, {
      ...allFours,
      sex: ['female'],
      age: ['60_plus'],
      occupation: ['farmer'],
      suggestion: ['อยากให้มีที่จอดรถเพิ่ม'],
    })
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(result.answers.slice(10)).toEqual([
        { itemId: 'sex', value: 'female' },
        { itemId: 'age', value: '60_plus' },
        { itemId: 'occupation', value: 'farmer' },
        { itemId: 'suggestion', value: 'อยากให้มีที่จอดรถเพิ่ม' },
      ])
  })

  it.each([
    // 'ก' is one code point: 1000 of them is the limit, 1001 is one over.
    [1000, true],
    [1001, false],
  ])('a Thai suggestion of %i characters: accepted = %s', (n, ok) => {
    const result = parseAnswers(def, noServices, { ...allFours, suggestion: ['ก'.repeat(n)] })
    expect(result.ok).toBe(ok)
    if (!result.ok) expect(result.errors).toEqual([{ itemId: 'suggestion', code: 'too_long', maxLength: 1000, length: 1001 }])
  })

  it('refuses a service that is not one of the point’s services', () => {
    const result = parseAnswers(def, withServices, { ...allFours, service: ['34'] })
    expect(result).toMatchObject({ ok: false, errors: [{ itemId: 'service', code: 'not_an_option' }], values: { service: [] } })
  })
})
