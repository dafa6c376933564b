/**
 * Reads an uploaded questionnaire definition (a file, or JSON pasted into the
 * textarea) and checks it: size, JSON syntax, then the definition schema, whose
 * every error names its path (`sections.1.items.0.scale`).
 */
import { parseDefinition, type Definition, type DefinitionError } from '../../../domain/questionnaire/definition.js'
import type { DlaKey } from '../../../i18n/staff/dla.js'
import type { Translate } from '../../../i18n/messages.js'
import { field, fileOf, megabytes, type FormBody } from './common.js'

export const MAX_DEFINITION_BYTES = 1024 * 1024

export type DefinitionUpload =
  | { ok: true; definition: Definition }
  | {
      ok: false
      status: 413 | 422
      /** Field errors for the summary and inline messages. */
      errors: Record<string, string>
      /** Schema errors, each with its path; shown in full. */
      pathErrors: DefinitionError[]
      /** The text to put back in the textarea so it can be corrected there. */
      text: string
    }

export async function readDefinitionUpload(body: FormBody, t: Translate<DlaKey>): Promise<DefinitionUpload> {
  const file = fileOf(body, 'file')
  const pasted = field(body, 'definition')
  const refuse = (status: 413 | 422, name: string, message: string, text = '', pathErrors: DefinitionError[] = []) =>
    ({ ok: false, status, errors: { [name]: message }, pathErrors, text }) as const

  if (file && file.size > MAX_DEFINITION_BYTES)
    return refuse(413, 'file', t('dla.q.error.tooLarge', { size: megabytes(file.size) }))
  if (!file && Buffer.byteLength(pasted) > MAX_DEFINITION_BYTES)
    return refuse(413, 'definition', t('dla.q.error.tooLarge', { size: megabytes(Buffer.byteLength(pasted)) }))
  const text = (file ? await file.text() : pasted).replace(/^\uFEFF/, '')
  if (!text.trim()) return refuse(422, 'file', t('dla.q.error.empty'))

  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return refuse(422, 'definition', t('dla.q.error.notJson', { message: (error as Error).message }), text)
  }
  const parsed = parseDefinition(json)
  if (!parsed.ok) return refuse(422, 'definition', t('dla.q.error.invalid', { n: parsed.errors.length }), text, parsed.errors)
  return { ok: true, definition: parsed.definition }
}
