/** Fields the form carries besides the answers. Item ids cannot start with "_", so these never clash. */
export const CONTROL_FIELDS = ['_token', '_lang', '_website', '_large', '_step', '_go'] as const

export type SurveyForm = {
  token?: string
  lang?: string
  /** The honeypot: people never see it, so anything here came from a bot. */
  honeypot: string
  /** A step of large-type mode: which step was shown and where the resident goes from it. */
  large?: { step?: string; go?: string }
  /** Every other field, by name, in the order sent. */
  fields: Record<string, string[]>
}

/** Only `application/x-www-form-urlencoded` is a survey form; anything else is refused before it is parsed. */
export const isFormBody = (contentType: string | undefined) =>
  contentType?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded'

/** A survey form from its url-encoded body. */
export function parseSurveyForm(body: string): SurveyForm {
  // No prototype: a field named "__proto__" or "constructor" is just another unknown field.
  const fields: Record<string, string[]> = Object.create(null)
  for (const [name, value] of new URLSearchParams(body)) (fields[name] ??= []).push(value)
  const first = (name: string) => fields[name]?.[0]
  const large = first('_large') === '1' ? { step: first('_step'), go: first('_go') } : undefined
  const form = { token: first('_token'), lang: first('_lang'), honeypot: (fields._website ?? []).join('').trim(), large, fields }
  for (const name of CONTROL_FIELDS) delete fields[name]
  return form
}

/** Names sent that the form never had: a tampered or stale form. */
export function unexpectedFields(fields: Record<string, string[]>, fieldNames: ReadonlySet<string>): string[] {
  return Object.keys(fields).filter((name) => !fieldNames.has(name))
}
