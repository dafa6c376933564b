/**
 * The two halves of every CSV upload (the registry, service points): the file form, which reports
 * its upload's progress, and the confirm form under a preview. Both post without JavaScript; with it,
 * htmx swaps the page's main and says it is working.
 */
import { Input } from '../../components/input.js'
import { WorkingSubmit } from './working-submit.js'

export type CsvFileFormProps = {
  action: string
  csrfToken: string
  label: string
  hint: string
  error?: string
  errorPrefix: string
  uploading: string
  submit: string
  /** The button's words while the file goes up (staff.working). */
  working: string
}

export function CsvFileForm(p: CsvFileFormProps) {
  return (
    <form
      method="post"
      action={p.action}
      enctype="multipart/form-data"
      novalidate
      hx-post={p.action}
      hx-encoding="multipart/form-data"
      hx-target="#main"
      hx-select="#main"
      hx-swap="outerHTML"
      hx-disabled-elt="find button"
      data-upload-progress
      data-swap-errors
    >
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      <Input
        id="file"
        type="file"
        accept=".csv,text/csv"
        label={p.label}
        hint={p.hint}
        error={p.error}
        errorPrefix={p.errorPrefix}
      />
      <p>
        <progress id="upload-progress" max="100" value="0" hidden aria-label={p.uploading} />
      </p>
      <WorkingSubmit label={p.submit} working={p.working} />
    </form>
  )
}

export type ConfirmUploadFormProps = {
  action: string
  csrfToken: string
  confirm: string
  working: string
  /** The button's words once pressed (staff.working). */
  pressed: string
  /** The id of the "working" line, unique on its page. */
  workingId: string
}

export function ConfirmUploadForm(p: ConfirmUploadFormProps) {
  return (
    <form
      method="post"
      action={p.action}
      hx-post={p.action}
      hx-target="#main"
      hx-select="#main"
      hx-swap="outerHTML"
      hx-indicator={`#${p.workingId}`}
      hx-disabled-elt="find button"
      data-swap-errors
      class="actions"
    >
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      <WorkingSubmit label={p.confirm} working={p.pressed} />
      <span id={p.workingId} class="htmx-indicator" role="status">
        {p.working}
      </span>
    </form>
  )
}
