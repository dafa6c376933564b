import { describe, expect, it } from 'vitest'
import { overallItemOf } from '../../../src/domain/alerts/overall-item.js'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'

describe('the overall-satisfaction item the low-share alert counts', () => {
  it.each([
    ['thai-lgu-standard', 'overall'],
    ['arta-csm', 'sqd0'],
    ['a11-trust', 'trust'],
  ])('%s: %s at levels 1 and 2', (slug, itemId) => {
    expect(overallItemOf(builtinDefinition(slug))).toEqual({ itemId, lowValues: new Set(['1', '2']) })
  })

  it('is none when a Thai-mean questionnaire names no overall item', () => {
    const definition = builtinDefinition('thai-lgu-standard')
    const scoring = { ...definition.scoring, overallItem: undefined }
    expect(overallItemOf({ ...definition, scoring } as typeof definition)).toBeUndefined()
  })
})
