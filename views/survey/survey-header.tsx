export type SurveyHeaderProps = {
  organisationName: string
  servicePointLabel: string
  servicePointName: string
  langHref: string
  langText: string
  langLabel: string
  langCode: string
  /** The switch to large type (or back to the full form), one tap from the top of every survey page. */
  large?: { href: string; text: string }
  /**
   * The id of a form the language switch submits instead of following `langHref`, so a
   * large-type screen changes language carrying every answer so far.
   */
  langForm?: string
}

/** Who is asking: the organisation and the service point, so residents know they are in the right place. */
export function SurveyHeader(p: SurveyHeaderProps) {
  return (
    <header class="survey-header">
      {p.langForm ? (
        <button type="submit" form={p.langForm} name="_go" value="lang" class="lang-switch" lang={p.langCode}>
          {p.langText}
        </button>
      ) : (
        <a class="lang-switch" href={p.langHref} hreflang={p.langCode} lang={p.langCode}>
          {p.langText}
        </a>
      )}
      {p.large && (
        <a class="large-switch" href={p.large.href}>
          {p.large.text}
        </a>
      )}
      <p class="survey-header__org">{p.organisationName}</p>
      <p class="survey-header__point">
        {p.servicePointLabel}: {p.servicePointName}
      </p>
    </header>
  )
}
