/**
 * The survey one screen at a time (large-type mode): which questions each step asks, where a
 * step stands in the whole, and which answers the other steps carry along as hidden fields, so
 * each step is a plain form POST that works without JavaScript. Pure: the answers come in as
 * the form's values and go out as name/value pairs.
 */
import { visibleItems, type AnswerError, type FormContext, type FormValues } from './answers.js'
import type { Definition, Item } from './definition.js'

/** One screen: usually one question; a section of only optional choices shares one screen. */
export type Step = { sectionId: string; items: Item[] }

/**
 * A section of only optional choice questions (such as "about you"): asked together, behind one
 * tap on the full form and on one screen in large type, so the questions everyone answers come first.
 */
export const isOptionalGroup = (items: readonly Item[]) =>
  items.length > 0 && items.every((i) => !i.required && (i.kind === 'single' || i.kind === 'multiple'))

/** The steps of the form as the point shows it, in order. */
export function surveySteps(def: Definition, ctx: FormContext): Step[] {
  const shown = new Set(visibleItems(def, ctx).map((i) => i.id))
  const steps: Step[] = []
  for (const section of def.sections) {
    const items = section.items.filter((i) => shown.has(i.id))
    if (items.length === 0) continue
    if (isOptionalGroup(section.items)) steps.push({ sectionId: section.id, items })
    else for (const item of items) steps.push({ sectionId: section.id, items: [item] })
  }
  return steps
}

/** A posted step number ("0"-based index) as a step of the form; anything else is the first. */
export function stepIndex(posted: string | undefined, count: number): number {
  if (posted === undefined || !/^\d{1,3}$/.test(posted)) return 0
  return Math.min(Number(posted), Math.max(count - 1, 0))
}

/** "Question 3 of 7": the step's number counted from 1, the whole, and whether it is the last. */
export function stepProgress(index: number, count: number) {
  return { number: index + 1, total: count, first: index === 0, last: index === count - 1 }
}

/** The errors that belong to this step's questions. */
export function stepErrors(step: Step, errors: readonly AnswerError[]): AnswerError[] {
  const ids = new Set(step.items.map((i) => i.id))
  return errors.filter((e) => ids.has(e.itemId))
}

/** The first step with one of `errors`, for a whole form sent back wrong; the first step when none matches. */
export function firstStepWithError(steps: readonly Step[], errors: readonly AnswerError[]): number {
  const index = steps.findIndex((s) => stepErrors(s, errors).length > 0)
  return index < 0 ? 0 : index
}

/** Where Back and Next lead from `index`: never before the first step nor past the last. */
export const previousStep = (index: number) => Math.max(index - 1, 0)
export const nextStep = (index: number, count: number) => Math.min(index + 1, Math.max(count - 1, 0))

/**
 * The answers the other steps hold, as hidden fields for this step's form: every value of every
 * question not on this step, in the form's order. Answers to questions the form does not show
 * are dropped, so a step never carries what the submission would refuse.
 */
export function carriedAnswers(steps: readonly Step[], index: number, values: FormValues): { name: string; value: string }[] {
  const here = new Set(steps[index]?.items.map((i) => i.id))
  return steps
    .flatMap((s) => s.items)
    .filter((item) => !here.has(item.id))
    .flatMap((item) => (values[item.id] ?? []).map((value) => ({ name: item.id, value })))
}
