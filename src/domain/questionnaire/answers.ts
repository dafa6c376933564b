/**
 * Turns a submitted form into answers, strictly against the questionnaire
 * definition. Pure: no HTTP, no database. The same errors feed the error summary
 * and the inline messages, so they always agree.
 */
import { withoutHiddenFormatting } from '../hidden-formatting.js'
import { allItems, type Definition, type Item } from './definition.js'

/** Everything the form knows beyond the definition: the service point's services. */
export type FormContext = { services: { id: number }[] }

export type Answer = { itemId: string; value: string }
export type AnswerErrorCode = 'required' | 'not_an_option' | 'too_long'
export type AnswerError = { itemId: string; code: AnswerErrorCode; maxLength?: number; length?: number }

/** What the resident entered, kept to re-show the form; values are as typed, after trimming. */
export type FormValues = Record<string, string[]>

export type ParsedAnswers =
  | { ok: true; answers: Answer[]; serviceId: number | null; values: FormValues }
  | { ok: false; errors: AnswerError[]; values: FormValues }

export const NOT_APPLICABLE = 'na'
/** The value tallied for an answered free-text item, whose words are never tallied. */
export const TEXT_ANSWERED = '*'

/**
 * Browsers send textarea line breaks as CRLF; count them as one character, as `maxlength` does.
 * Characters that only hide or reorder text go before anything is checked or stored.
 */
const normalise = (value: string) => withoutHiddenFormatting(value).replace(/\r\n?/g, '\n').trim()
const characterCount = (value: string) => [...value].length

/** The values an item accepts, or null for free text. */
export function allowedValues(item: Item, def: Definition, ctx: FormContext): string[] | null {
  switch (item.kind) {
    case 'rating': {
      const levels = def.scales[item.scale]?.levels.map((l) => String(l.value)) ?? []
      return item.allowNotApplicable ? [...levels, NOT_APPLICABLE] : levels
    }
    case 'single':
    case 'multiple':
      return item.options.map((o) => o.value)
    case 'service':
      return ctx.services.map((s) => String(s.id))
    case 'text':
      return null
  }
}

/** Items the form shows: a service question only when the point lists services. */
export function visibleItems(def: Definition, ctx: FormContext): Item[] {
  return allItems(def).filter((item) => item.kind !== 'service' || ctx.services.length > 0)
}

export function parseAnswers(def: Definition, ctx: FormContext, fields: Record<string, string[]>): ParsedAnswers {
  const answers: Answer[] = []
  const errors: AnswerError[] = []
  const values: FormValues = {}
  let serviceId: number | null = null

  for (const item of visibleItems(def, ctx)) {
    const given = (fields[item.id] ?? []).map(normalise).filter((v) => v !== '')
    values[item.id] = given
    const allowed = allowedValues(item, def, ctx)

    if (given.length === 0) {
      if (item.required) errors.push({ itemId: item.id, code: 'required' })
      continue
    }
    if (allowed === null) {
      const text = given.join('\n')
      const length = characterCount(text)
      if (item.kind === 'text' && length > item.maxLength) {
        errors.push({ itemId: item.id, code: 'too_long', maxLength: item.maxLength, length })
      } else answers.push({ itemId: item.id, value: text })
      continue
    }
    const distinct = [...new Set(given)]
    const allValid = distinct.every((v) => allowed.includes(v))
    if (!allValid || (item.kind !== 'multiple' && distinct.length > 1)) {
      errors.push({ itemId: item.id, code: 'not_an_option' })
      values[item.id] = distinct.filter((v) => allowed.includes(v)).slice(0, item.kind === 'multiple' ? undefined : 1)
      continue
    }
    for (const value of distinct) answers.push({ itemId: item.id, value })
    if (item.kind === 'service') serviceId = Number(distinct[0])
  }

  return errors.length > 0 ? { ok: false, errors, values } : { ok: true, answers, serviceId, values }
}

/** The value to count for an answer: free text is tallied as "answered", never by its words. */
export function tallyValue(item: Item | undefined, answer: Answer): string {
  return item?.kind === 'text' ? TEXT_ANSWERED : answer.value
}
