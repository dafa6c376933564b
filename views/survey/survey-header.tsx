export type SurveyHeaderProps = {
  organisationName: string
  servicePointLabel: string
  servicePointName: string
  langHref: string
  langText: string
  langLabel: string
  langCode: string
}

/** Who is asking: the organisation and the service point, so residents know they are in the right place. */
export function SurveyHeader(p: SurveyHeaderProps) {
  return (
    <header class="survey-header">
      <a class="lang-switch" href={p.langHref} hreflang={p.langCode} lang={p.langCode}>
        {p.langText}
      </a>
      <p class="survey-header__org">{p.organisationName}</p>
      <p class="survey-header__point">
        {p.servicePointLabel}: {p.servicePointName}
      </p>
    </header>
  )
}
