import { describedBy, ErrorMessage, hintId } from './field.js'

export function Textarea(props: {
  id: string
  label: string
  hint?: string
  error?: string
  errorPrefix: string
  value: string
  maxLength: number
}) {
  return (
    <div class={props.error ? 'field field--error' : 'field'}>
      <label class="label" for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <p id={hintId(props.id)} class="hint">
          {props.hint}
        </p>
      )}
      {props.error && <ErrorMessage id={props.id} text={props.error} prefix={props.errorPrefix} />}
      <textarea
        class="textarea"
        id={props.id}
        name={props.id}
        rows={4}
        maxlength={props.maxLength}
        aria-describedby={describedBy(props)}
      >
        {props.value}
      </textarea>
    </div>
  )
}
