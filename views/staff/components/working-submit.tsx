/**
 * A form's submit button for an action that takes more than a second. `data-working` holds the
 * words static/staff.js puts on the button once the form is sent (it also disables it, so a second
 * press sends nothing twice); without JavaScript it is a plain submit button.
 *
 * @example
 * <WorkingSubmit label={t('bundle.start')} working={t('staff.working')} />
 */
export function WorkingSubmit(p: { label: string; working: string; variant?: 'secondary' }) {
  return (
    <button type="submit" class={p.variant ? `button button--${p.variant}` : 'button'} data-working={p.working}>
      {p.label}
    </button>
  )
}
