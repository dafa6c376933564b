/**
 * Large-type mode's steps against the default questionnaire, counted by hand from its sections:
 * service (1), overall (1), process (2), channel (2), staff (3), facilities (2), "about you"
 * (sex, age, occupation: optional choices, one screen) and the suggestion (1).
 */
import { describe, expect, it } from 'vitest'
import {
  carriedAnswers,
  firstStepWithError,
  isOptionalGroup,
  nextStep,
  previousStep,
  stepErrors,
  stepIndex,
  stepProgress,
  surveySteps,
} from '../../../src/domain/questionnaire/steps.js'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'

const definition = builtinDefinition('thai-lgu-standard')
const threeServices = { services: [{ id: 7 }, { id: 8 }, { id: 9 }] }
const noServices = { services: [] }

const ids = (steps: ReturnType<typeof surveySteps>) => steps.map((s) => s.items.map((i) => i.id).join('+'))

describe('surveySteps', () => {
  it('asks one question a screen, the "about you" group on one screen: 13 steps with services', () => {
    expect(ids(surveySteps(definition, threeServices))).toEqual([
      'service',
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
      'sex+age+occupation',
      'suggestion',
    ])
  })

  it('leaves the service question out where the point lists no services: 12 steps, overall first', () => {
    const steps = surveySteps(definition, noServices)
    expect(steps).toHaveLength(12)
    expect(ids(steps)[0]).toBe('overall')
    expect(steps[10]!.sectionId).toBe('about_you')
  })

  it('groups only sections of optional choices', () => {
    const section = (id: string) => definition.sections.find((s) => s.id === id)!.items
    expect(isOptionalGroup(section('about_you'))).toBe(true)
    // Optional, but free text: it stays a question of its own.
    expect(isOptionalGroup(section('comments'))).toBe(false)
    expect(isOptionalGroup(section('process'))).toBe(false)
    expect(isOptionalGroup([])).toBe(false)
  })
})

describe('step numbers', () => {
  it('reads a posted index, falling back to the first step and stopping at the last', () => {
    expect(stepIndex('4', 13)).toBe(4)
    expect(stepIndex('12', 13)).toBe(12)
    expect(stepIndex('40', 13)).toBe(12)
    expect(stepIndex(undefined, 13)).toBe(0)
    expect(stepIndex('-1', 13)).toBe(0)
    expect(stepIndex('2x', 13)).toBe(0)
    expect(stepIndex('', 13)).toBe(0)
  })

  it('says "3 of 13" on the third step, first and last at the ends', () => {
    expect(stepProgress(2, 13)).toEqual({ number: 3, total: 13, first: false, last: false })
    expect(stepProgress(0, 13)).toEqual({ number: 1, total: 13, first: true, last: false })
    expect(stepProgress(12, 13)).toEqual({ number: 13, total: 13, first: false, last: true })
  })

  it('goes back and on without leaving the form', () => {
    expect(previousStep(3)).toBe(2)
    expect(previousStep(0)).toBe(0)
    expect(nextStep(3, 13)).toBe(4)
    expect(nextStep(12, 13)).toBe(12)
  })
})

describe('errors by step', () => {
  const steps = surveySteps(definition, threeServices)

  it('keeps only the errors of the step asked', () => {
    const errors = [
      { itemId: 'process_2', code: 'required' as const },
      { itemId: 'age', code: 'not_an_option' as const },
    ]
    expect(stepErrors(steps[3]!, errors)).toEqual([errors[0]])
    expect(stepErrors(steps[11]!, errors)).toEqual([errors[1]])
    expect(stepErrors(steps[0]!, errors)).toEqual([])
  })

  it('finds the first step a whole form is wrong on', () => {
    const errors = [
      { itemId: 'staff_2', code: 'required' as const },
      { itemId: 'channel_1', code: 'required' as const },
    ]
    // channel_1 is step index 4 (service, overall, process_1, process_2 before it).
    expect(firstStepWithError(steps, errors)).toBe(4)
    expect(firstStepWithError(steps, [])).toBe(0)
  })
})

describe('carriedAnswers', () => {
  const steps = surveySteps(definition, threeServices)
  const values = {
    service: ['8'],
    overall: ['5'],
    process_1: ['4'],
    age: ['age_30_39'],
    sex: [],
    suggestion: ['ดีมาก'],
    // Not a question of this form: never carried.
    _extra: ['x'],
  }

  it('carries every answer except the step being asked, in the form order', () => {
    expect(carriedAnswers(steps, 2, values)).toEqual([
      { name: 'service', value: '8' },
      { name: 'overall', value: '5' },
      { name: 'age', value: 'age_30_39' },
      { name: 'suggestion', value: 'ดีมาก' },
    ])
  })

  it('leaves out the whole group when the group is asked, and repeats each value of a multiple answer', () => {
    const carried = carriedAnswers(steps, 11, { ...values, process_2: ['3'], staff_1: ['2', '2'] })
    expect(carried.map((c) => c.name)).toEqual([
      'service',
      'overall',
      'process_1',
      'process_2',
      'staff_1',
      'staff_1',
      'suggestion',
    ])
  })
})
