/** A generated password, shown once, with how to hand it over. */
export function OneTimePassword(p: { title: string; password: string; shownOnce: string; advice: string }) {
  return (
    <div class="panel" role="status" aria-labelledby="one-time-password-title">
      <h2 id="one-time-password-title" class="heading-l">
        {p.title}
      </h2>
      <p class="heading-l">
        <code class="one-time-password" translate="no">
          {p.password}
        </code>
      </p>
      <p>
        <strong>{p.shownOnce}</strong>
      </p>
      <p>{p.advice}</p>
    </div>
  )
}
