/** The top of every public results page: where you are, and the other language. */
export type PublicHeaderProps = {
  siteName: string
  siteHref: string
  /** The front door (`/`), for a visitor who came from a poster or a search engine. */
  home: { href: string; text: string }
  /** The other language's own name ("English", "ภาษาไทย"), marked with its `lang`. */
  lang: { href: string; text: string; code: string }
}

export function PublicHeader(p: PublicHeaderProps) {
  return (
    <header class="survey-header">
      <a class="lang-switch" href={p.lang.href} hreflang={p.lang.code} lang={p.lang.code}>
        {p.lang.text}
      </a>
      <a class="home-link" href={p.home.href}>
        {p.home.text}
      </a>
      <p class="survey-header__org">
        <a href={p.siteHref}>{p.siteName}</a>
      </p>
    </header>
  )
}
