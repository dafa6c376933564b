/**
 * What a survey form may carry, which depends only on the survey state: the
 * names of the fields it shows and every item by id. Worked out once per state
 * object, since the loader hands out the same object until something changes.
 */
import { visibleItems } from '../../domain/questionnaire/answers.js'
import { allItems, type Item } from '../../domain/questionnaire/definition.js'
import type { OpenSurvey } from './load-survey.js'

export type FormShape = { fieldNames: ReadonlySet<string>; items: ReadonlyMap<string, Item> }

const shapes = new WeakMap<OpenSurvey, FormShape>()

export function formShape(survey: OpenSurvey): FormShape {
  let shape = shapes.get(survey)
  if (!shape) {
    shape = {
      fieldNames: new Set(visibleItems(survey.definition, survey).map((i) => i.id)),
      items: new Map(allItems(survey.definition).map((i) => [i.id, i])),
    }
    shapes.set(survey, shape)
  }
  return shape
}
