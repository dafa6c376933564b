/** A one-button form for an action (deactivate, close a round): POST with the CSRF token, no JavaScript needed. */
export function PostButton(p: {
  action: string
  csrfToken: string
  label: string
  fields?: Record<string, string>
  variant?: 'secondary' | 'warning'
}) {
  return (
    <form method="post" action={p.action} class="inline-form">
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      {Object.entries(p.fields ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={`button button--small${p.variant ? ` button--${p.variant}` : ''}`}>
        {p.label}
      </button>
    </form>
  )
}
