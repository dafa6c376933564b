import type { Child } from 'hono/jsx'

export type FieldFrame = {
  id: string
  legend: Child
  hint?: string
  error?: string
  errorPrefix: string
  children?: Child
}

/** Ids for the GOV.UK scheme: the first input's id is the field id, so `#field` always lands on it. */
export const hintId = (id: string) => `${id}-hint`
export const errorId = (id: string) => `${id}-error`

export function describedBy(f: { id: string; hint?: string; error?: string }): string | undefined {
  const ids = [f.hint ? hintId(f.id) : '', f.error ? errorId(f.id) : ''].filter(Boolean)
  return ids.length > 0 ? ids.join(' ') : undefined
}

export function ErrorMessage({ id, text, prefix }: { id: string; text: string; prefix: string }) {
  return (
    <p id={errorId(id)} class="error-message">
      <span class="visually-hidden">{prefix}</span> {text}
    </p>
  )
}

/** A question as a fieldset: legend, hint, inline error, then the inputs. */
export function Fieldset({ id, legend, hint, error, errorPrefix, children }: FieldFrame) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="fieldset" aria-describedby={describedBy({ id, hint, error })}>
        <legend class="fieldset__legend">{legend}</legend>
        {hint && (
          <p id={hintId(id)} class="hint">
            {hint}
          </p>
        )}
        {error && <ErrorMessage id={id} text={error} prefix={errorPrefix} />}
        {children}
      </fieldset>
    </div>
  )
}
