/**
 * "You said, we did" where residents read it: each change with what residents said, what was done,
 * where, and its status. Photos are small and lazy, so the thank-you page stays light.
 */
export type PublicAction = {
  said: string
  did: string
  where?: string
  status: string
  photo?: { src: string; alt: string; width: number; href?: string }
}

export function ActionList(p: { heading: string; intro: string; saidLabel: string; didLabel: string; actions: PublicAction[] }) {
  if (p.actions.length === 0) return null
  return (
    <section class="actions-said-did" aria-labelledby="said-did-heading">
      <h2 class="heading-m" id="said-did-heading">
        {p.heading}
      </h2>
      <p>{p.intro}</p>
      <ul class="said-did">
        {p.actions.map((a) => (
          <li class="said-did__item">
            <p>
              <strong>{p.saidLabel}:</strong> {a.said}
            </p>
            <p>
              <strong>{p.didLabel}:</strong> {a.did}
            </p>
            <p class="hint">{[a.where, a.status].filter(Boolean).join(' · ')}</p>
            {a.photo &&
              (a.photo.href ? (
                <a href={a.photo.href}>
                  <img src={a.photo.src} alt={a.photo.alt} width={a.photo.width} loading="lazy" decoding="async" />
                </a>
              ) : (
                <img src={a.photo.src} alt={a.photo.alt} width={a.photo.width} loading="lazy" decoding="async" />
              ))}
          </li>
        ))}
      </ul>
    </section>
  )
}
