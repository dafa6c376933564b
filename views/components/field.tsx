import type { Child } from 'hono/jsx'

/** What every question's frame shows around its control: a label or legend, a hint, an inline error. */
export type FieldFrameProps = {
  id: string
  hint?: string
  error?: string
  errorPrefix: string
}

export type FieldProps = FieldFrameProps & { label: string; children?: Child }

export type FieldFrame = FieldFrameProps & { legend: Child; children?: Child }

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

const frameClass = (error: string | undefined) => (error ? 'field field--error' : 'field')

/** The hint, then the inline error: the two texts `describedBy` points at. */
function HintAndError({ id, hint, error, errorPrefix }: FieldFrameProps) {
  return (
    <>
      {hint && (
        <p id={hintId(id)} class="hint">
          {hint}
        </p>
      )}
      {error && <ErrorMessage id={id} text={error} prefix={errorPrefix} />}
    </>
  )
}

/**
 * One control's frame: label, hint, inline error, then the control, which takes
 * `id` and `aria-describedby={describedBy(props)}` itself.
 */
export function Field({ label, children, ...frame }: FieldProps) {
  return (
    <div class={frameClass(frame.error)}>
      <label class="label" for={frame.id}>
        {label}
      </label>
      <HintAndError {...frame} />
      {children}
    </div>
  )
}

/** A question as a fieldset: legend, hint, inline error, then the inputs. */
export function Fieldset({ legend, children, ...frame }: FieldFrame) {
  return (
    <div class={frameClass(frame.error)}>
      <fieldset class="fieldset" aria-describedby={describedBy(frame)}>
        <legend class="fieldset__legend">{legend}</legend>
        <HintAndError {...frame} />
        {children}
      </fieldset>
    </div>
  )
}
