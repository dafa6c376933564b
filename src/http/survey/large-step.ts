/**
 * A step of large-type mode posted to the survey's own address, decided before anything is
 * shown: Back and Next move between screens carrying every answer so far, Next only once this
 * screen's questions are answered as the full form requires. Nothing is stored here; the last
 * screen's "send" is the ordinary submission (`submission.ts`), with the token this journey
 * has carried from its first screen.
 */
import { parseAnswers } from '../../domain/questionnaire/answers.js'
import { nextStep, previousStep, stepErrors, stepIndex, surveySteps } from '../../domain/questionnaire/steps.js'
import { unexpectedFields, type SurveyForm } from './form-body.js'
import { formShape } from './form-shape.js'
import type { OpenSurvey } from './load-survey.js'
import type { Rerender, SubmissionDeps } from './submission.js'

/** A large-type screen to show: which step, and the token to carry (a fresh one when the posted one was refused). */
export type LargeStepView = Rerender & { index: number; token?: string }

export type StepDecision = { status: 200 | 400 | 422; view: LargeStepView }

export function decideStep(
  { tokens }: Pick<SubmissionDeps, 'tokens'>,
  survey: OpenSurvey,
  form: SurveyForm,
  now: number,
): StepDecision {
  const steps = surveySteps(survey.definition, survey)
  const index = stepIndex(form.large?.step, steps.length)
  const parsed = parseAnswers(survey.definition, survey, form.fields)
  const values = parsed.values
  const checked = tokens.verify(form.token, now, survey.point.id)
  // A refused token is refused here as the submission refuses it; the screen comes back with a new one.
  if (!checked.ok) {
    const formError = checked.reason === 'expired' ? 'error.form.expired' : 'error.form.invalid'
    return { status: 400, view: { index, values, formError } }
  }
  const firstShownAt = checked.token.issuedAt
  if (checked.token.roundId !== survey.round.id)
    return { status: 400, view: { index, values, formError: 'error.form.roundChanged' } }
  if (unexpectedFields(form.fields, formShape(survey).fieldNames).length > 0)
    return { status: 400, view: { index, values, formError: 'error.form.unknownField', firstShownAt } }
  const kept = { values, firstShownAt, token: form.token }
  if (form.large?.go === 'back') return { status: 200, view: { ...kept, index: previousStep(index) } }
  // The language switch: the same screen in the other language, nothing checked yet.
  if (form.large?.go === 'lang') return { status: 200, view: { ...kept, index } }
  const step = steps[index]
  const errors = parsed.ok || !step ? [] : stepErrors(step, parsed.errors)
  if (errors.length > 0) return { status: 422, view: { ...kept, index, errors } }
  return { status: 200, view: { ...kept, index: nextStep(index, steps.length) } }
}
