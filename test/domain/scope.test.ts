import { describe, expect, it } from 'vitest'
import { formatScopeKey, parseScopeKey, SCOPE_KEY_PATTERN, type ScopeKey } from '../../src/domain/scope.js'

describe('parseScopeKey', () => {
  it.each<[string, ScopeKey]>([
    ['national', { kind: 'national' }],
    ['province:81', { kind: 'province', provinceCode: '81' }],
    ['province:10', { kind: 'province', provinceCode: '10' }],
    ['organisation:4810102', { kind: 'organisation', dlaCode: '4810102' }],
    ['organisation:0000000', { kind: 'organisation', dlaCode: '0000000' }],
  ])('reads %s', (text, key) => {
    expect(parseScopeKey(text)).toEqual(key)
    expect(formatScopeKey(key)).toBe(text)
    expect(new RegExp(SCOPE_KEY_PATTERN).test(text)).toBe(true)
  })

  it.each([
    ['empty', ''],
    ['another word', 'everything'],
    ['upper case', 'NATIONAL'],
    ['national with a code', 'national:81'],
    ['a province without a code', 'province:'],
    ['a one-digit province', 'province:8'],
    ['a three-digit province', 'province:081'],
    ['letters for a province', 'province:KB'],
    ['an organisation of 1 digit', 'organisation:1'],
    ['an organisation of 8 digits', 'organisation:48101020'],
    ['letters in a DLA code', 'organisation:481010A'],
    ['spaces around', ' province:81 '],
    ['a trailing newline', 'province:81\n'],
    ['no colon', 'province81'],
    ['another separator', 'province=81'],
    ['an unknown kind', 'district:8101'],
  ])('refuses %s', (_, text) => {
    expect(parseScopeKey(text)).toBeUndefined()
    expect(new RegExp(SCOPE_KEY_PATTERN).test(text)).toBe(false)
  })
})
